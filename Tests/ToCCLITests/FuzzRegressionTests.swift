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

  @Test(arguments: inputs)
  func regression(_ name: String) throws {
    let url = Golden.repositoryRoot().appendingPathComponent("Fuzz/Regressions/\(name)")
    let bytes = try #require(FileManager.default.contents(atPath: url.path))
    #expect(Invariants.violations(of: Array(bytes)) == [])
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
