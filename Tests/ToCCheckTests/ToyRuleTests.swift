import Testing
import ToCModel
import ToCParser
import ToCTestSupport

@testable import ToCCheck

/// The recipe of docs/architecture.md, followed: a rule is one value in one file. This one lives
/// in the test target, so it is handed to the checker instead of being a line in `Rules.all`, and
/// it borrows TOC402's code, since only Code.swift can add one.
extension Rule {
  /// A label written in capitals, which reads as shouting.
  static let shoutingLabel = Rule(
    .placeholderText,
    summary: Bilingual(en: "a label in capitals", nl: "een label in hoofdletters"),
    rationale: Bilingual(en: "capitals read as shouting.", nl: "hoofdletters lezen als roepen."),
    bad: Example("[activiteiten]\nles: TAALLES\n"),
    good: Example("[activiteiten]\nles: Taalles\n"),
    moreGood: [Example("[activiteiten]\nles: TAALLES\n  negeer: placeholder-text\n")],
    check: { graph in
      graph.model.nodes.compactMap { node in
        let label = node.label.value
        guard label.count > 1, label == label.uppercased(), label != label.lowercased() else {
          return nil
        }
        return Finding(
          Diagnostic(
            .placeholderText,
            Bilingual(
              en: "`\(node.localId)` is written in capitals",
              nl: "`\(node.localId)` staat in hoofdletters"),
            at: node.label.range,
            help: Bilingual(en: "write it as a sentence", nl: "schrijf het als een zin")))
      }
    })
}

@Suite struct ToyRuleTests {
  static func findings(_ example: Example) -> [Diagnostic] {
    let result = Parser(reader: SourceReader { _ in nil }).parse(
      example.bytes, file: Example.fileName)
    return Checker.check(
      result.model, parserDiagnostics: result.diagnostics, rules: Rules.all + [.shoutingLabel])
  }

  @Test func theToyRuleRunsThroughTheChecker() throws {
    let rule = Rule.shoutingLabel
    let found = Self.findings(rule.bad).filter { $0.code == rule.code }
    let finding = try #require(found.first)
    #expect(found.count == 1)
    #expect(finding.message.en == "`les` is written in capitals")
    #expect(finding.range.line == 2 && finding.range.column == 6)
    for good in [rule.good] + rule.moreGood {
      #expect(!Self.findings(good).contains { $0.code == rule.code })
    }
  }

  @Test func withoutItTheRegistryFindsNothingOfTheKind() {
    let result = Parser(reader: SourceReader { _ in nil }).parse(
      Rule.shoutingLabel.bad.bytes, file: Example.fileName)
    #expect(
      !Checker.check(result.model, parserDiagnostics: result.diagnostics).contains {
        $0.code == .placeholderText
      })
  }
}
