import Foundation
import Testing
import ToCFuzzing
import ToCTestSupport

/// What the fuzzer found stays found: every input in Fuzz/Regressions/ goes through the same
/// invariants as in the fuzzer (parse, check, render and fmt), and the seeds do too.
@Suite struct FuzzRegressionTests {
  static var inputs: [String] {
    let folder = Golden.repositoryRoot().appendingPathComponent("Fuzz/Regressions")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { !$0.hasPrefix(".") }.sorted()
  }

  /// A replay over no input would pass whatever the code does.
  @Test func thereAreRegressionsToReplay() {
    #expect(Self.inputs.count >= 9, "Fuzz/Regressions/ holds \(Self.inputs)")
  }

  @Test(arguments: inputs)
  func regression(_ name: String) throws {
    let url = Golden.repositoryRoot().appendingPathComponent("Fuzz/Regressions/\(name)")
    let bytes = try #require(FileManager.default.contents(atPath: url.path))
    #expect(Invariants.violations(of: Array(bytes)) == [])
    // And through the command line: whatever the file holds, the report shows no raw control
    // character (tab and line feed are the report's own).
    let world = TestEnvironment()
    world.put("input.toc", bytes: Array(bytes))
    for format in ["human", "json", "sarif", "github"] {
      let status = world.run("check", "--all", "--format", format, "input.toc")
      #expect(status == .success || status == .failure)
      let raw = (world.output + world.errors).unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || (0x7F...0x9F).contains($0.value)
      }
      #expect(raw.isEmpty, "\(format): \(raw.map { $0.value })")
    }
  }

  @Test func theExamplesHoldTheInvariants() throws {
    let folder = Golden.repositoryRoot().appendingPathComponent("Examples")
    let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".toc") }
    #expect(files.count >= 10)
    for file in files {
      let bytes = try #require(
        FileManager.default.contents(atPath: folder.appendingPathComponent(file).path))
      #expect(Invariants.violations(of: Array(bytes)) == [], "\(file)")
    }
  }
}
