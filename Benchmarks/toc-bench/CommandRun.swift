import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `toc check` as its own process, the way a user runs it, and reads its wall-clock time and
/// peak resident memory.
///
/// Linux carries a process's peak memory across `exec` from the memory it replaces, and a process
/// started with `posix_spawn` replaces its parent's: measured from here, `toc` would seem as large
/// as the benchmark. So a fresh, small copy of this program (`--run-check`) starts `toc` and
/// reports what `wait4` says about it.
enum CommandRun {
  /// Seconds and bytes of `toc check file`, measured through a fresh copy of this program.
  static func measure(_ file: URL) -> (seconds: Double, memory: Int)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["--run-check", file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return nil }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let fields = output.split(separator: " ").map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    guard fields.count == 2, let seconds = Double(fields[0]), let memory = Int(fields[1]) else {
      return nil
    }
    return (seconds, memory)
  }

  /// Starts the `toc` beside this program on `file` (output discarded) and waits for it; nil
  /// when there is no such `toc`.
  static func check(_ file: String) -> (seconds: Double, memory: Int)? {
    let toc = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("toc").path
    guard FileManager.default.isExecutableFile(atPath: toc) else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let words: [String] = [toc, "check", file]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { word in strdup(word) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, toc, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid else { return nil }
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, usage.ru_maxrss * 1024)
  }
}
