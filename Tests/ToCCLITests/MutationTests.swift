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
    let cases = Conformance.cases
    let names = try Conformance.names()
    try #require(names.count >= 30, "the conformance cases are copied into Tests/Conformance")
    // Read first: a loop that counts only the cases it could read would never end without them.
    let originals: [(name: String, folder: URL, bytes: Data)] = names.compactMap { name in
      let folder = cases.appendingPathComponent(name)
      return FileManager.default.contents(atPath: folder.appendingPathComponent("main.toc").path)
        .map { (name, folder, $0) }
    }
    try #require(originals.count >= 30, "the conformance cases each hold a main.toc")
    var random = SplitMix(seed: 2028)
    for run in 0..<10_000 {
      let (name, folder, original) = originals[run % originals.count]
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
      #expect(json.hasPrefix("{\n  \"format\": \"toc-model/1\""), "run \(run) of \(name)")
      for diagnostic in diagnostics {
        let range = diagnostic.range
        #expect(
          range.line >= 1 && range.column >= 1
            && (range.endColumn > range.column || range.endLine > range.line),
          "run \(run) of \(name): \(diagnostic.code.rawValue) at \(range)")
      }
      #expect(diagnostics == Diagnostic.sorted(diagnostics, in: parsed.model.files))
    }
  }
}
