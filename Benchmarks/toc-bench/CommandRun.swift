import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program as its own process, the way a user runs it, through GNU `time` for its peak
/// resident memory: `toc check`, and Graphviz's tools beside it. (Measured from here instead, a
/// program would seem as large as the benchmark: Linux carries a process's peak across `exec`
/// from the memory it replaces, and a spawned process replaces a copy of its parent's.)
enum CommandRun {
  static let time = "/usr/bin/time"

  /// Seconds and peak bytes of `toc check file`; nil when the `toc` beside this program or GNU
  /// `time` is missing.
  static func check(_ file: URL) -> (seconds: Double, memory: Int)? {
    let toc = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("toc").path
    return measure(toc, ["check", file.path], report: file)
  }

  /// Seconds and peak bytes of `program arguments` (output discarded); nil when the program or
  /// GNU `time` is missing. GNU `time` writes its report beside `report`.
  static func measure(_ program: String, _ arguments: [String], report file: URL) -> (
    seconds: Double, memory: Int
  )? {
    guard FileManager.default.isExecutableFile(atPath: program),
      FileManager.default.isExecutableFile(atPath: time)
    else { return nil }
    let report = file.deletingPathExtension().appendingPathExtension("time")
    // posix_spawn and waitpid rather than Process, which notices a child's end only in steps.
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let words: [String] = [time, "-f", "%M", "-o", report.path, program] + arguments
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { word in strdup(word) } + [nil]
    defer { argv.forEach { free($0) } }
    var child: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&child, time, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    guard waitpid(child, &status, 0) == child else { return nil }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let kilobytes = (try? String(contentsOf: report, encoding: .utf8)).flatMap {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "")
    }
    return kilobytes.map { (seconds, $0 * 1024) }
  }
}
