import Foundation
import Testing
import ToCCheck
import ToCModel
import ToCParser
import ToCRender
import ToCTestSupport

/// Bad input never crashes or hangs: thousands of deterministic mutations of the conformance files
/// go through parse, check and export, and each ends with a model and well-formed diagnostics.
@Suite struct MutationTests {
  @Test func tenThousandMutationsEndWithAModelAndDiagnostics() throws {
    let cases = Golden.repositoryRoot().deletingLastPathComponent()
      .appendingPathComponent("shared/conformance/cases")
    let names = try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted()
    try #require(
      names.count >= 30, "the conformance cases belong beside the repository, in ../shared")
    var random = SplitMix(seed: 2028)
    var runs = 0
    while runs < 10_000 {
      for name in names {
        let folder = cases.appendingPathComponent(name)
        guard
          let original = FileManager.default.contents(
            atPath: folder.appendingPathComponent("main.toc").path)
        else {
          continue
        }
        let mutated = Mutation.mutate(Array(original), &random)
        let reader = SourceReader { path in
          path == "main.toc"
            ? mutated
            : FileManager.default.contents(atPath: folder.appendingPathComponent(path).path).map {
              Array($0)
            }
        }
        let parsed = Parser(reader: reader).parse(mutated, file: "main.toc")
        let diagnostics = Checker.check(parsed.model, parserDiagnostics: parsed.diagnostics)
        let json = ModelJSON.render(parsed.model)
        #expect(json.hasPrefix("{\n  \"format\": \"toc-model/1\""), "run \(runs) of \(name)")
        for diagnostic in diagnostics {
          let range = diagnostic.range
          #expect(
            range.line >= 1 && range.column >= 1 && range.endColumn > range.column
              || range.endLine > range.line,
            "run \(runs) of \(name): \(diagnostic.code.rawValue) at \(range)")
        }
        #expect(diagnostics == Diagnostic.sorted(diagnostics))
        runs += 1
      }
    }
  }
}
