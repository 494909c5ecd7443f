import Testing
import ToCCheck
import ToCModel
import ToCParser
import ToCTestSupport

/// Every rule's own examples: the bad ones trigger it, the good ones do not. A new rule needs no
/// new test, only its examples.
@Suite struct RuleExampleTests {
  static func codes(_ example: Example) -> [Code] {
    let parser = Parser(reader: SourceReader { _ in nil })
    let result = parser.parse(example.bytes, file: Example.fileName)
    return Checker.check(result.model, parserDiagnostics: result.diagnostics).map(\.code)
  }

  @Test(arguments: Rules.all.map(\.code))
  func badExamplesTrigger(_ code: Code) throws {
    let rule = try #require(Rule.named(code.rawValue))
    for (number, example) in ([rule.bad] + rule.moreBad).enumerated() {
      #expect(
        Self.codes(example).contains(code),
        "bad example \(number + 1) of \(code.rawValue) does not trigger it")
    }
  }

  @Test(arguments: Rules.all.map(\.code))
  func goodExamplesAreSilent(_ code: Code) throws {
    let rule = try #require(Rule.named(code.rawValue))
    for (number, example) in ([rule.good] + rule.moreGood).enumerated() {
      #expect(
        !Self.codes(example).contains(code),
        "good example \(number + 1) of \(code.rawValue) triggers it")
    }
  }

  @Test(arguments: Rules.all.map(\.code))
  func goodExamplesHaveNoErrors(_ code: Code) throws {
    let rule = try #require(Rule.named(code.rawValue))
    for example in [rule.good] + rule.moreGood {
      #expect(!Self.codes(example).contains { $0.severity == .error })
    }
  }
}

/// The registry: one rule per code, sorted, each described in both languages.
@Suite struct RegistryTests {
  @Test func everyCodeHasExactlyOneRuleInOrder() {
    #expect(Rules.all.map(\.code) == Code.allCases.sorted())
  }

  @Test(arguments: Rules.all.map(\.code))
  func describedInBothLanguages(_ code: Code) throws {
    let rule = try #require(Rule.named(code.rawValue))
    for text in [rule.summary.en, rule.summary.nl, rule.rationale.en, rule.rationale.nl] {
      #expect(!text.isEmpty)
    }
    #expect(rule.summary.en.first?.isUppercase == false, "summaries start lower-case")
    #expect(rule.summary.nl.first?.isUppercase == false, "summaries start lower-case")
    #expect(rule.bad.text != rule.good.text)
  }

  @Test func rulesAreFoundByCodeOrName() {
    #expect(Rule.named("toc203")?.code == .orphanOutcome)
    #expect(Rule.named("orphan-outcome")?.code == .orphanOutcome)
    #expect(Rule.named("orphan") == nil)
  }

  @Test func theRulesPageIsCurrent() {
    let root = Golden.repositoryRoot()
    Golden.assert(
      RulesPage.markdown(), matches: "rules.md", folder: root.appendingPathComponent("docs"))
  }
}
