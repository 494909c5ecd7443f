import Testing
import ToCModel

@testable import ToCParser

/// Ids in an arrow list run together with another separator than a comma get the list written
/// with commas as their "did you mean"; anything else that is no id keeps its plain message.
@Suite struct MeantListTests {
  @Test(arguments: [
    ("deelnemers; spreken", "deelnemers, spreken"), ("a en b", "a, b"), ("a / b/c", "a, b, c"),
    ("si.a & b", "si.a, b"), ("a and b + c", "a, b, c"),
  ])
  func idsRunTogetherAreWrittenWithCommas(_ written: String, _ meant: String) {
    #expect(FileParser.commaSeparated(written) == meant)
  }

  @Test(arguments: ["koffie ochtend", "a;", "a; bron", "a; 1b", "Deelnemers volgen de les", "a"])
  func otherwiseNothingIsGuessed(_ written: String) {
    #expect(FileParser.commaSeparated(written) == nil)
  }

  @Test func theFindingCarriesIt() throws {
    let text = "[activiteiten]\nles: Les -> deelnemers; spreken\n"
    let result = Parser(reader: SourceReader { _ in nil }).parse(Array(text.utf8), file: "m.toc")
    let bad = try #require(result.diagnostics.first { $0.code == .syntax })
    #expect(bad.message.nl == "`deelnemers; spreken` is geen id")
    #expect(bad.help?.nl == "bedoelde je `deelnemers, spreken`?")
    #expect(bad.range.column == 13 && bad.range.endColumn == 32)
  }
}

/// An `indicator:` line naming no indicator: a near miss is a "did you mean", a local id with
/// none is most likely one not written yet, and the help says where to write it.
@Suite struct UndefinedIndicatorTests {
  static func help(_ text: String) -> Bilingual? {
    let result = Parser(reader: SourceReader { _ in nil }).parse(Array(text.utf8), file: "m.toc")
    return result.diagnostics.first { $0.code == .undefinedReference }?.help
  }

  @Test func aNearMissIsADidYouMean() {
    let text = "[korte termijn]\nk: K\n  indicator: toest\n[indicatoren]\ntoets: Toets\n"
    #expect(Self.help(text)?.nl == "bedoelde je `toets`?")
  }

  @Test func anIdWithNoneIsToBeDefined() {
    let text = "taal: nl\n[korte termijn]\nk: K\n  indicator: bezoekers\n"
    #expect(
      Self.help(text)?.nl == "definieer het onder [indicatoren]: `bezoekers: WAT ER GETELD WORDT`")
    #expect(Self.help(text)?.en == "define it under [indicators]: `bezoekers: WHAT IS COUNTED`")
  }

  @Test func aQualifiedIdIsNotDefinedHere() {
    let text = "[korte termijn]\nk: K\n  indicator: si.bezoekers\n"
    #expect(Self.help(text) == nil)
  }
}
