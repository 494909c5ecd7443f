import Foundation
import ToCModel
import ToCParser
import ToCTestSupport

/// Small models the drawing tests share, parsed from `.toc` text held in memory.
enum DrawingFixtures {
  /// A team in Dutch: groups, descriptions, indicators with measurements, a chain with an
  /// assumption, a link within a column and one back to an earlier column.
  static let team = """
    titel: Buurtmakers
    doel: Een groenere buurt waar buren elkaar kennen.
    taal: nl

    [middelen]
    uren: Manuren van teamleden -> beleving
      groep: Economisch
    netwerk: Netwerken in de buurt en binnen instituties -> samenbrengen
      groep: Sociaal
    geld: (financiële) middelen voor uitvoering van de interventies -> acties
      groep: Economisch

    [activiteiten]
    beleving: Beleving in kaart brengen -> ingrepen
    samenbrengen: Netwerken samenbrengen -> acties
      toelichting: Het vormen van een team van mensen uit de buurt en instanties.
    acties: Acties om leefklimaat te verzorgen, vergroenen, verduurzamen -> ingrepen, betrokken

    [resultaten]
    ingrepen: Aantal interventies voor een groenere buitenruimte
      indicator: aantal
    betrokken: Aantal (betaalde) mensen betrokken bij interventies -> samenbrengen

    [korte termijn]
    groener: De buitenruimte is groener en meer uitnodigend
      indicator: groen
    contact: Meer mensen komen in contact met hun buren

    [lange termijn]
    cohesie: Meer sociale cohesie

    [impact]
    veerkracht: Een veerkrachtige wijk

    [verbanden]
    ingrepen -> groener -> cohesie
    betrokken -> contact -> cohesie
      aanname: Samen werken aan de buitenruimte brengt buren met elkaar in contact.
      bron: Snel (2013)
    cohesie -> veerkracht

    [indicatoren]
    aantal: Aantal uitgevoerde ingrepen
      eenheid: aantal
      nulmeting: 2019 = 0
      streefwaarde: 2022 = 20
      meting: 2020 = 4, 2021 = 9
    groen: Tevredenheid over groen
      eenheid: %
      meting: Bospolder 2018 = 48, 2020 = 55,5
    """

  /// A programme in English that includes a team with nodes and a catalogue without any.
  static let programme: [String: String] = [
    "programme.toc": """
    title: Resilient district
    goal: A district that copes with setbacks
    use: team.toc as team
    use: catalogue.toc as cat

    [activities]
    fund: Fund the teams -> team.party
    [long term]
    resilient: Residents are more resilient
      indicator: cat.resilience
    [links]
    team.contact -> resilient
    """,
    "team.toc": """
    title: Street team
    [activities]
    party: Street party -> contact
      group: Events
    [short term]
    contact: Neighbours meet
    """,
    "catalogue.toc": """
    title: Catalogue
    [indicators]
    resilience: Resilience score
      unit: score
      baseline: 2019 = 6,1
    """,
  ]

  /// Labels that try to end strings and tables and to add nodes, edges, attributes, subgraphs.
  static let hostile = #"""
    title: "Evil \"title\" } -> x; subgraph end %%{init: {}}%%"

    [activities]
    a: "}; evil -> x [color=red]; subgraph cluster_x {" -> b
      description: "<b>&</b> ]]> <!-- --> \\N \\"
    b: "line one\nline two\\" -> c
    [short term]
    c: end
      group: "subgraph\" ] end"
    d: subgraph -> c
    e: "a\"b\\\"c [x] {y} (z) |w| ; #35; %% <br> `q` -->"
    [links]
    c -> d
      assumption: "\"]]; n0 --> n1; classDef x fill:red; <script>"
    """#

  /// A model read from `text` as file `file`, with `others` as the files it can include.
  static func parse(_ text: String, file: String = "m.toc", others: [String: String] = [:]) -> Model
  {
    let files = MemoryFiles(others.merging([file: text]) { first, _ in first })
    return Parser(reader: SourceReader { files.read($0) }).parse(Array(text.utf8), file: file).model
  }

  /// A model read from the file system, as the command line reads it.
  static func parseFile(at path: String) -> Model {
    let reader = SourceReader { FileManager.default.contents(atPath: $0).map { Array($0) } }
    return Parser(reader: reader).parse(reader.read(path) ?? [], file: path).model
  }

  static var teamModel: Model { parse(team, file: "team.toc") }

  static var programmeModel: Model {
    parse(programme["programme.toc"]!, file: "programme.toc", others: programme)
  }

  static var hostileModel: Model { parse(hostile, file: "hostile.toc") }
}

extension DrawingFixtures {
  /// Findings as the checker would report them: two on node definitions, one on a link (which
  /// starts on its node's line), one on an indicator, which no box shows.
  static func findings(in model: Model) -> [Diagnostic] {
    let link = model.links.first { $0.from == "betrokken" && $0.to == "samenbrengen" }!
    return [
      Diagnostic(
        .outcomeWithoutIndicator,
        Bilingual(
          en: "outcome `contact` has no indicator", nl: "effect `contact` heeft geen indicator"),
        at: model.node("contact")!.range),
      Diagnostic(
        .backwardLink,
        Bilingual(
          en: "link `betrokken -> samenbrengen` goes back",
          nl: "verband `betrokken -> samenbrengen` gaat terug"),
        at: link.range),
      Diagnostic(
        .deadEnd,
        Bilingual(
          en: "activity `acties` <leads> & nowhere",
          nl: "activiteit `acties` <leidt> & nergens heen"),
        at: model.node("acties")!.range),
      Diagnostic(
        .indicatorWithoutSource,
        Bilingual(en: "indicator `groen` has no source", nl: "indicator `groen` heeft geen bron"),
        at: model.indicators.first { $0.id == "groen" }!.range),
    ]
  }
}
