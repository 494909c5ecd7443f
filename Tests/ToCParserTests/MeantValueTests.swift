import Testing
import ToCModel

@testable import ToCParser

/// A baseline or target that is not `YEAR = NUMBER` gets the value it most likely means as its
/// "did you mean", made of its own two numbers; anything less certain keeps the general help.
@Suite struct MeantValueTests {
  @Test(arguments: [
    ("2020: 30", "2020 = 30"), ("60 in 2024", "2024 = 60"), ("2020 - 12,5", "2020 = 12,5"),
    ("2020 = 30 deelnemers", "2020 = 30"), ("in 2022: 40%.", "2022 = 40"),
    ("1500 in 2020", "2020 = 1500"),
  ])
  func twoNumbersWithAYearAreWrittenAsTheLanguageWants(_ written: String, _ meant: String) {
    #expect(Values.meantYearValue(Substring(written)) == meant)
  }

  @Test(arguments: [
    "2020 =", "dertig", "30 = 40", "2020/2021 = 30", "20 = 3,4,5", "", "2020 2024", "2020: 2050",
  ])
  func otherwiseNothingIsGuessed(_ written: String) {
    #expect(Values.meantYearValue(Substring(written)) == nil)
  }

  @Test func theFindingCarriesItInBothLanguages() throws {
    let text = "[indicatoren]\ni: I\n  nulmeting: 2020: 30\n  streefwaarde: 2022 = 40\n"
    let result = Parser(reader: SourceReader { _ in nil }).parse(Array(text.utf8), file: "m.toc")
    let bad = try #require(result.diagnostics.first { $0.code == .invalidValue })
    #expect(bad.range.line == 3)
    #expect(
      bad.help?.nl == "bedoelde je `2020 = 30`?" && bad.help?.en == "did you mean `2020 = 30`?")
    let general = Parser(reader: SourceReader { _ in nil }).parse(
      Array("[indicatoren]\ni: I\n  nulmeting: dertig\n".utf8), file: "m.toc")
    #expect(
      general.diagnostics.first { $0.code == .invalidValue }?.help?.en
        == "write a four-digit year and a number, like `2020 = 12,5`")
  }
}
