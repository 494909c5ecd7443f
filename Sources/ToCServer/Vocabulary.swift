import ToCModel
import ToCParser

/// The words of the language an editor helps with: attribute keys and section names, in Dutch and
/// English, with where each is allowed and what it means (for hover and completion).
enum Vocabulary {
  /// Where an attribute line stands: before the first section, under a node, an indicator or a chain.
  enum Place: Hashable, Sendable {
    case model, node, indicator, chain
  }

  /// An attribute key (its spellings are the parser's), where it is allowed and what it means.
  struct Key: Sendable {
    var keyword: Keyword
    var places: Set<Place>
    var meaning: Bilingual

    var canonical: String { keyword.rawValue }
    func spelling(_ language: Language) -> String { keyword.spelling(in: language) }
    var spellings: [String] { keyword.spellings.map(\.0) }
  }

  static let keys: [Key] = [
    Key(
      keyword: .title, places: [.model],
      meaning: Bilingual(
        en: "The title of the theory of change.", nl: "De titel van de verandertheorie.")),
    Key(
      keyword: .goal, places: [.model],
      meaning: Bilingual(
        en: "What the programme or team wants to achieve.",
        nl: "Wat het programma of team wil bereiken.")),
    Key(
      keyword: .targetGroup, places: [.model],
      meaning: Bilingual(en: "Who the change is for.", nl: "Voor wie de verandering is.")),
    Key(
      keyword: .pillar, places: [.model],
      meaning: Bilingual(
        en: "The pillar of the programme this belongs to.",
        nl: "De pijler van het programma waar dit bij hoort.")),
    Key(
      keyword: .initiators, places: [.model],
      meaning: Bilingual(en: "Who started the initiative.", nl: "Wie het initiatief nam.")),
    Key(
      keyword: .partners, places: [.model],
      meaning: Bilingual(
        en: "The organisations that take part.", nl: "De organisaties die meedoen.")),
    Key(
      keyword: .period, places: [.model],
      meaning: Bilingual(en: "How long the initiative runs.", nl: "Hoe lang het initiatief loopt.")),
    Key(
      keyword: .version, places: [.model],
      meaning: Bilingual(
        en: "Which edition of the theory this is (`toc diff` compares editions).",
        nl: "Welke editie van de theorie dit is (`toc diff` vergelijkt edities).")),
    Key(
      keyword: .source, places: [.model, .node, .indicator, .chain],
      meaning: Bilingual(
        en: "Where this comes from: evidence, literature or a data source.",
        nl: "Waar dit vandaan komt: onderbouwing, literatuur of een databron.")),
    Key(
      keyword: .assumption, places: [.model, .node, .chain],
      meaning: Bilingual(
        en: "Why this step should work: an assumption behind the theory (repeatable).",
        nl: "Waarom deze stap zou werken: een aanname achter de theorie (mag vaker).")),
    Key(
      keyword: .language, places: [.model],
      meaning: Bilingual(
        en: "The language of the file: `nl` or `en`.", nl: "De taal van het bestand: `nl` of `en`.")
    ),
    Key(
      keyword: .use, places: [.model],
      meaning: Bilingual(
        en: "Includes another .toc file: `use: PATH [as NAME]`; its ids are then `NAME.id`.",
        nl:
          "Neemt een ander .toc-bestand op: `gebruik: PAD [als NAAM]`; de ids heten dan `NAAM.id`.")
    ),
    Key(
      keyword: .description, places: [.node, .indicator],
      meaning: Bilingual(en: "A longer explanation.", nl: "Een langere uitleg.")),
    Key(
      keyword: .group, places: [.node],
      meaning: Bilingual(
        en: "Nodes with the same group in a column are drawn together.",
        nl: "Knopen met dezelfde groep in een kolom worden samen getekend.")),
    Key(
      keyword: .indicator, places: [.node],
      meaning: Bilingual(
        en: "The indicators that show whether this change happens (ids from `[indicators]`).",
        nl: "De indicatoren die laten zien of deze verandering gebeurt (ids uit `[indicatoren]`).")),
    Key(
      keyword: .owner, places: [.node],
      meaning: Bilingual(en: "Who is responsible.", nl: "Wie verantwoordelijk is.")),
    Key(
      keyword: .target, places: [.node, .indicator],
      meaning: Bilingual(
        en: "What is aimed for: `YEAR = NUMBER`, or words.",
        nl: "Waar naar gestreefd wordt: `JAAR = GETAL`, of woorden.")),
    Key(
      keyword: .ignore, places: [.node, .indicator, .chain],
      meaning: Bilingual(
        en: "Silences rules (codes or names) for this statement.",
        nl: "Zet regels (codes of namen) stil voor deze regel.")),
    Key(
      keyword: .unit, places: [.indicator],
      meaning: Bilingual(
        en: "The unit of the indicator (`%`, `number`, `score`).",
        nl: "De eenheid van de indicator (`%`, `aantal`, `score`).")),
    Key(
      keyword: .direction, places: [.indicator],
      meaning: Bilingual(
        en: "Which way is better: `higher` or `lower`.",
        nl: "Welke kant beter is: `hoger` of `lager`.")),
    Key(
      keyword: .baseline, places: [.indicator],
      meaning: Bilingual(
        en: "The value at the start: `YEAR = NUMBER`.",
        nl: "De waarde bij de start: `JAAR = GETAL`.")),
    Key(
      keyword: .measurement, places: [.indicator],
      meaning: Bilingual(
        en: "Measured values: `[AREA] YEAR = NUMBER, …` (repeatable).",
        nl: "Gemeten waarden: `[GEBIED] JAAR = GETAL, …` (mag vaker).")),
  ]

  /// `als`/`as` in a `gebruik:` line.
  static let alias = Bilingual(
    en: "Names the namespace of an included file: its ids become `NAME.id`.",
    nl: "Noemt de naamruimte van een opgenomen bestand: de ids heten dan `NAAM.id`.")

  /// The key a word spells (case-insensitive, `_` as `-`), as the parser reads it.
  static func key(_ word: String) -> Key? {
    guard let (keyword, _) = Keyword.lookUp(word) else { return nil }
    return keys.first { $0.keyword == keyword }
  }

  /// Whether a word is reserved: an attribute key or `als`/`as`.
  static func isKeyword(_ word: String) -> Bool {
    Keyword.lookUp(word) != nil
  }

  /// What a section header opens, as the parser reads it.
  typealias Section = ToCParser.Section

  static func section(named name: String) -> Section {
    Section.lookUp(name)?.0 ?? .unknown
  }

  /// The name `toc fmt` writes for a section in `language`.
  static func name(of section: Section, in language: Language) -> String {
    section.name(in: language) ?? ""
  }

  /// Every section, in the order of the figure.
  static let sections: [Section] = Kind.allCases.map(Section.kind) + [.indicators, .links]

  /// What a section holds, for hover.
  static func meaning(of section: Section) -> Bilingual {
    switch section {
    case .kind(.resource):
      Bilingual(
        en: "Resources: what the team has (people, money, knowledge).",
        nl: "Middelen: wat het team heeft (mensen, geld, kennis).")
    case .kind(.activity):
      Bilingual(en: "Activities: what the team does.", nl: "Activiteiten: wat het team doet.")
    case .kind(.output):
      Bilingual(
        en: "Outputs: what the activities directly produce.",
        nl: "Resultaten: wat de activiteiten direct opleveren.")
    case .kind(.outcomeShort):
      Bilingual(
        en: "Short-term outcomes: the first changes expected.",
        nl: "Korte termijn: de eerste veranderingen die verwacht worden.")
    case .kind(.outcomeMedium):
      Bilingual(
        en: "Medium-term outcomes: the changes that follow.",
        nl: "Middellange termijn: de veranderingen die daarop volgen.")
    case .kind(.outcomeLong):
      Bilingual(
        en: "Long-term outcomes: the lasting change the theory aims at.",
        nl: "Lange termijn: de blijvende verandering waar de theorie op mikt.")
    case .kind(.impact):
      Bilingual(
        en: "Impact: the change in society.", nl: "Impact: de verandering in de samenleving.")
    case .indicators:
      Bilingual(
        en: "Indicators: measurable signs that outcomes happen, with baseline and target.",
        nl: "Indicatoren: meetbare tekens dat effecten optreden, met nulmeting en streefwaarde.")
    case .links:
      Bilingual(
        en: "Links: chains of arrows `a -> b -> c`, with their assumptions.",
        nl: "Verbanden: ketens van pijlen `a -> b -> c`, met hun aannames.")
    case .unknown:
      Bilingual(en: "Not a section name.", nl: "Geen sectienaam.")
    }
  }
}
