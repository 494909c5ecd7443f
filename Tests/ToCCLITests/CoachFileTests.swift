import Testing
import ToCCLI
import ToCModel
import ToCTestSupport

/// The team coach's first file, with the slips of a first file: the report leads her to the fix,
/// cause first, in her language, and says nothing that only follows from another finding.
@Suite struct CoachFileTests {
  /// A misspelt section, a misspelt id in an arrow, a misspelt `indicator:`, an id with a space,
  /// an outcome without indicator, an arrow to an indicator, a stray line; CRLF line ends, a tab
  /// and an accented id.
  static let file =
    [
      "titel: Koffie-ochtenden Spangen",
      "[middellen]",
      "coördinator: Uren van de coördinator",
      "  -> spreekuur, koffie",
      "[activiteiten]",
      "spreekuur: Wekelijks spreekuur in het buurthuis -> bezoekers",
      "koffie: Koffie-ochtend op dinsdag -> bezoekrs",
      "koffie ochtend: Extra koffie-ochtend op zaterdag",
      "[resultaten]",
      "bezoekers:\tBewoners bezoeken spreekuur en koffie-ochtend -> contact",
      "[korte termijn]",
      "contact: Bewoners leggen contact met buren -> eenzaamheid",
      "  indcator: contacten",
      "eenzaamheid: Bewoners voelen zich minder eenzaam -> contacten",
      "dit moeten we nog uitzoeken",
      "[indicatoren]",
      "contacten: Aantal nieuwe contacten per maand",
    ].joined(separator: "\r\n") + "\r\n"

  @Test(arguments: Language.allCases)
  func theReportLeadsToTheFix(_ language: Language) throws {
    let world = TestEnvironment(files: ["koffie.toc": Self.file])
    #expect(world.run("check", "--lang", language.rawValue, "koffie.toc") == .failure)
    Golden.assert(world.output, matches: "check-coach.\(language.rawValue).human")
    let first = try #require(world.output.split(separator: "\n").first)
    #expect(first.contains("[TOC103]") && first.contains("[middellen]"))
  }

  @Test func nothingIsReportedThatOnlyFollowsFromAnother() throws {
    let world = TestEnvironment(files: ["koffie.toc": Self.file])
    world.run("check", "--format", "json", "koffie.toc")
    let codes = world.output.split(separator: "\n").filter { $0.contains("\"code\"") }
      .map { $0.split(separator: "\"")[3] }
    #expect(
      codes == [
        "TOC103", "TOC111", "TOC102", "TOC113", "TOC301", "TOC108", "TOC102",
      ])
  }
}
