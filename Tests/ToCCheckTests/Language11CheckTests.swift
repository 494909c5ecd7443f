import Testing
import ToCCheck
import ToCModel
import ToCParser
import ToCTestSupport

/// The rules of section 6 that language 1.1 changed: TOC301 and TOC303–TOC305 only when the line
/// is absent, TOC402 for every text of every loaded file.
@Suite struct Language11CheckTests {
  static func found(_ files: [String: String], codes: Set<Code>) -> Set<String> {
    let diagnostics = CheckerTests.check(files)
    return Set(
      diagnostics.filter { codes.contains($0.code) }.map {
        "\($0.code.rawValue) \(diagnostics.files[$0.range.file]):\($0.range.line)"
      })
  }

  @Test func anOutcomeWithAnIndicatorLineNamingNothingKnownGetsTOC111Only() {
    let found = Self.found(
      [
        "main.toc":
          "[activiteiten]\na: A -> k, l, m, n\n[korte termijn]\nk: K\n  indicator: onbekend\nl: L\n  indicator: i\nm: M\nn: N\n  indicator: ,\n[indicatoren]\ni: I\n"
      ], codes: [.outcomeWithoutIndicator, .undefinedReference, .syntax])
    // `n`'s line is written, though it names nothing: TOC102 for the line, no TOC301.
    #expect(
      found == [
        "TOC111 main.toc:5", "TOC301 main.toc:8", "TOC102 main.toc:10",
      ])
  }

  @Test func anIndicatorWithAMalformedLineGetsTOC107Only() {
    let found = Self.found(
      [
        "main.toc":
          "[indicatoren]\ni: Gebruikt\n  nulmeting: twintig\n  streefwaarde: 30 = 8\n  bron: \"open\nj: Zonder\n"
      ],
      codes: [
        .invalidValue, .syntax, .indicatorWithoutBaseline, .indicatorWithoutTarget,
        .indicatorWithoutSource,
      ])
    #expect(
      found == [
        "TOC107 main.toc:3", "TOC107 main.toc:4", "TOC102 main.toc:5", "TOC303 main.toc:6",
        "TOC304 main.toc:6", "TOC305 main.toc:6",
      ])
  }

  @Test func placeholdersAreFoundInEveryTextOfEveryLoadedFile() {
    let found = Self.found(
      [
        "main.toc": "aanname: Nog TODO\ngebruik: team.toc als t\n[activiteiten]\na: A\n",
        "team.toc": "doel: xxx\naanname: TBD\n[activiteiten]\nb: B\n",
      ], codes: [.placeholderText])
    #expect(found == ["TOC402 main.toc:1", "TOC402 team.toc:1", "TOC402 team.toc:2"])
  }

  @Test func placeholdersInWhatIsDroppedAreFoundToo() {
    let found = Self.found(
      [
        "main.toc":
          "[activiteiten]\na: A\na: Dubbel TODO\n  toelichting: ook ???\n[overig]\nx: TBD\n[verbanden]\na -> nergens\n  aanname: xxx\n"
      ], codes: [.placeholderText])
    #expect(
      found == [
        "TOC402 main.toc:3", "TOC402 main.toc:4", "TOC402 main.toc:6", "TOC402 main.toc:9",
      ])
  }

  @Test func aCleanModelHasNoPlaceholderFindings() {
    let found = Self.found(
      [
        "main.toc": "aanname: Klaar\ngebruik: team.toc als t\n[activiteiten]\na: A\n",
        "team.toc": "doel: Goed\naanname: Ook klaar\n[activiteiten]\nb: B\n",
      ], codes: [.placeholderText, .outcomeWithoutIndicator])
    #expect(found.isEmpty)
  }
}
