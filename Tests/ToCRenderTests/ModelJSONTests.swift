import Testing
import ToCModel
import ToCParser
import ToCRender
import ToCTestSupport

/// The `toc-model/1` export: every key of the spec, in its order, for a model that uses them all.
@Suite struct ModelJSONTests {
  @Test func everyKeyOfTheSpec() {
    let files = MemoryFiles([
      "team.toc": """
      titel: Team
      doel: Een doel
      doelgroep: Bewoners
      pijler: Sociaal
      initiatiefnemers: Buurtmakers
      partners: Gemeente
      looptijd: 2020 - 2024
      versie: 2021
      bron: Monitor
      aanname: Samen sterker
      gebruik: si.toc
      [middelen]
      uren: Uren -> feest
        groep: Economisch
      [activiteiten]
      feest: Straatfeest -> contact
        toelichting: Eén keer per jaar
        aanname: Buren komen als het feest is
        bron: Ervaring
        eigenaar: Wijkteam
        streefwaarde: twee feesten per jaar
      [korte termijn]
      contact: Meer contact
        indicator: si.contacten
        streefwaarde: 2024 = 12,5
      [verbanden]
      feest -> contact
        aanname: Wie feest, praat
        bron: Snel (2013)

      """,
      "si.toc":
        "[indicatoren]\ncontacten: Contacten\n  eenheid: %\n  bron: Wijkprofiel\n  richting: hoger\n  toelichting: Index+\n  nulmeting: 2018 = 48\n  streefwaarde: 2028 = 55\n  meting: Bospolder 2020 = 50, 2018 = 48\n  meting: 2020 = 51\n",
    ])
    let result = Parser(reader: SourceReader { files.read($0) }).parse(
      files.read("team.toc")!, file: "team.toc")
    #expect(result.diagnostics.isEmpty)
    Golden.assert(ModelJSON.render(result.model), matches: "model.json")
  }
}
