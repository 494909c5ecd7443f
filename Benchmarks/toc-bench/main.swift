import Foundation
import ToCCheck
import ToCModel
import ToCParser
import ToCRender

#if canImport(Glibc)
  import Glibc
#endif

// toc-bench: how long toc takes to parse, check and draw layered models of growing size, side by
// side with Graphviz's own tools on the DOT that toc drew. Run by hand:
//   swift run -c release toc-bench                  (1k, 10k, 100k and 1M nodes)
//   swift run -c release toc-bench --sizes 1000,10000 --write docs/performance.md
//   swift run -c release toc-bench --emit 100000 > model.toc   (the model alone, for profiling)

let arguments = CommandLine.arguments.dropFirst()
func value(_ option: String) -> String? {
  arguments.firstIndex(of: option).flatMap {
    arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil
  }
}
let sizes = (value("--sizes") ?? "1000,10000,100000,1000000").split(separator: ",").compactMap {
  Int($0)
}
let output = value("--write")
if let emit = value("--emit").flatMap({ Int($0) }) {
  FileHandle.standardOutput.write(Data(LayeredModel(nodes: emit).text.utf8))
  exit(0)
}

/// Seconds taken by `work`, and its result.
func timed<T>(_ work: () -> T) -> (T, Double) {
  let start = DispatchTime.now().uptimeNanoseconds
  let result = work()
  return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// The process's peak resident memory so far, in bytes.
func peakMemory() -> Int {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return usage.ru_maxrss * 1024
}

/// Writes `bytes` and waits until they are on disk, so that writing them back does not compete
/// with a run that reads them.
func writeDurably(_ bytes: Data, to file: URL) {
  try? bytes.write(to: file)
  let descriptor = open(file.path, O_RDONLY)
  guard descriptor >= 0 else { return }
  fsync(descriptor)
  close(descriptor)
}

/// The median of three runs of `run` when one takes under five seconds, else the one: the same
/// for toc and Graphviz, so that neither is judged by a chance slow run.
func steady<T>(_ run: () -> T?, seconds: (T) -> Double) -> T? {
  guard let first = run() else { return nil }
  guard seconds(first) < 5 else { return first }
  let runs = [first] + (0..<2).compactMap { _ in run() }
  return runs.sorted { seconds($0) < seconds($1) }[runs.count / 2]
}

/// Seconds and peak bytes a Graphviz tool takes on `input`, or nil when it is not installed.
func graphviz(_ tool: String, _ arguments: [String], input: URL) -> (seconds: Double, memory: Int)?
{
  let path = ["/usr/bin/", "/usr/local/bin/", "/opt/homebrew/bin/"].map { $0 + tool }
    .first { FileManager.default.isExecutableFile(atPath: $0) }
  guard let path else { return nil }
  return steady(
    { CommandRun.measure(path, arguments + [input.path], report: input) }, seconds: \.seconds)
}

func milliseconds(_ seconds: Double?) -> String {
  guard let seconds else { return "–" }
  return seconds < 10
    ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.1f s", seconds)
}

func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }

var rows: [String] = []
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toc-bench-\(getpid())")
try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

for size in sizes {
  let text = LayeredModel(nodes: size).text
  let bytes = Array(text.utf8)
  // The command first, before this process has filled and freed hundreds of megabytes.
  let modelFile = folder.appendingPathComponent("model-\(size).toc")
  writeDurably(Data(bytes), to: modelFile)
  let command = steady({ CommandRun.check(modelFile) }, seconds: \.seconds)
  let parser = Parser(reader: SourceReader { _ in nil })
  let (parsed, parseTime) = timed { parser.parse(bytes, file: "model.toc") }
  let (diagnostics, checkTime) = timed {
    Checker.check(parsed.model, parserDiagnostics: parsed.diagnostics)
  }
  let (dot, dotTime) = timed { DOT.render(parsed.model, options: RenderOptions()) }
  let memory = peakMemory()
  let dotFile = folder.appendingPathComponent("model-\(size).dot")
  writeDurably(Data(dot.utf8), to: dotFile)
  let acyclic = graphviz("acyclic", ["-n"], input: dotFile)
  let nop = graphviz("nop", [], input: dotFile)
  let throughput = Double(bytes.count) / 1_048_576 / (parseTime + checkTime)
  /// `acyclic -n`'s figure over toc's, when both ran.
  func ratio(_ graphviz: Double?, _ toc: Double?) -> String {
    guard let graphviz, let toc, toc > 0 else { return "–" }
    return String(format: "%.1f×", graphviz / toc)
  }
  let row =
    "| \(size) | \(megabytes(bytes.count)) | \(milliseconds(parseTime)) | \(milliseconds(checkTime)) | \(milliseconds(dotTime)) | \(milliseconds(parseTime + checkTime)) | \(milliseconds(command?.seconds)) | \(command.map { megabytes($0.memory) } ?? "–") | \(command.map { String(format: "%.1f×", Double($0.memory) / Double(bytes.count)) } ?? "–") | \(String(format: "%.1f", throughput)) MB/s | \(megabytes(memory)) | \(milliseconds(acyclic?.seconds)) | \(acyclic.map { megabytes($0.memory) } ?? "–") | \(ratio(acyclic?.seconds, command?.seconds)) | \(ratio(acyclic.map { Double($0.memory) }, command.map { Double($0.memory) })) | \(milliseconds(nop?.seconds)) | \(diagnostics.count) |"
  rows.append(row)
  print(row)
}

// The evaluator's report of every example (issue 17), Graphviz included, when run from the
// repository's root: the command as a user runs it, wall clock and toc's peak memory.
var reportLine = ""
if FileManager.default.fileExists(atPath: "Examples") {
  let toc = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("toc").path
  let page = folder.appendingPathComponent("report.html")
  if let report = steady(
    { CommandRun.measure(toc, ["report", "Examples", "-o", page.path], report: page) },
    seconds: \.seconds)
  {
    reportLine =
      "\n`toc report Examples` (ten files, nine figures drawn by Graphviz): \(milliseconds(report.seconds)) wall clock, \(megabytes(report.memory)) peak.\n"
    print(reportLine)
  }
}

let machine =
  "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(megabytes(Int(ProcessInfo.processInfo.physicalMemory))) memory, \(ProcessInfo.processInfo.operatingSystemVersionString)"
let table = """
  | nodes | file | parse | check | render DOT | parse + check | `toc check` wall | `toc check` memory | memory ÷ file | MB/s | bench peak memory | Graphviz `acyclic -n` | `acyclic -n` memory | time: `acyclic -n` ÷ `toc check` | memory: `acyclic -n` ÷ `toc check` | Graphviz `nop` | findings |
  |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
  \(rows.joined(separator: "\n"))

  Machine: \(machine). `toc check` is the command line run as its own process on the model's file
  (output discarded) under GNU `time`: wall-clock time with process start, and its peak resident
  size; so are the Graphviz tools. All are timed on files already flushed to disk, and each is the
  median of three runs where one run takes under five seconds. Bench peak memory is this
  process's peak after that model, DOT included (sizes run in increasing order).
  \(reportLine)
  """
if let output {
  // The table replaces what follows `## Results` in the file (docs/performance.md), or is the file.
  let heading = "\n## Results\n"
  let existing = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
  let kept = existing.range(of: heading).map { String(existing[..<$0.upperBound]) + "\n" } ?? ""
  try? Data((kept + table + "\n").utf8).write(to: URL(fileURLWithPath: output))
}
