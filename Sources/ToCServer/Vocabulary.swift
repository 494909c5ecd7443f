import ToCModel

/// The words of the language an editor helps with: attribute keys and section names, in Dutch and
/// English, with where each is allowed and what it means (for hover and completion).
enum Vocabulary {
  /// Where an attribute line stands: before the first section, under a node, an indicator or a chain.
  enum Place: Hashable, Sendable {
    case model, node, indicator, chain
  }

  /// An attribute key, its spellings and meaning.
  struct Key: Sendable {
    var canonical: String
    var nl: String
    var en: String
    /// Other spellings (`indicatoren`, `indicators`).
    var more: [String] = []
    var places: Set<Place>
    var meaning: Bilingual

    func spelling(_ language: Language) -> String { language == .nl ? nl : en }
    var spellings: [String] { [nl, en] + more }
  }

  static let keys: [Key] = [
    Key(
      canonical: "title", nl: "titel", en: "title", places: [.model],
      meaning: Bilingual(
        en: "The title of the theory of change.", nl: "De titel van de verandertheorie.")),
    Key(
      canonical: "goal", nl: "doel", en: "goal", places: [.model],
      meaning: Bilingual(
        en: "What the programme or team wants to achieve.",
        nl: "Wat het programma of team wil bereiken.")),
    Key(
      canonical: "targetGroup", nl: "doelgroep", en: "target-group", places: [.model],
      meaning: Bilingual(en: "Who the change is for.", nl: "Voor wie de verandering is.")),
    Key(
      canonical: "pillar", nl: "pijler", en: "pillar", places: [.model],
      meaning: Bilingual(
        en: "The pillar of the programme this belongs to.",
        nl: "De pijler van het programma waar dit bij hoort.")),
    Key(
      canonical: "initiators", nl: "initiatiefnemers", en: "initiators", places: [.model],
      meaning: Bilingual(en: "Who started the initiative.", nl: "Wie het initiatief nam.")),
    Key(
      canonical: "partners", nl: "partners", en: "partners", places: [.model],
      meaning: Bilingual(
        en: "The organisations that take part.", nl: "De organisaties die meedoen.")),
    Key(
      canonical: "period", nl: "looptijd", en: "period", places: [.model],
      meaning: Bilingual(en: "How long the initiative runs.", nl: "Hoe lang het initiatief loopt.")),
    Key(
      canonical: "version", nl: "versie", en: "version", places: [.model],
      meaning: Bilingual(
        en: "Which edition of the theory this is (`toc diff` compares editions).",
        nl: "Welke editie van de theorie dit is (`toc diff` vergelijkt edities).")),
    Key(
      canonical: "source", nl: "bron", en: "source", places: [.model, .node, .indicator, .chain],
      meaning: Bilingual(
        en: "Where this comes from: evidence, literature or a data source.",
        nl: "Waar dit vandaan komt: onderbouwing, literatuur of een databron.")),
    Key(
      canonical: "assumption", nl: "aanname", en: "assumption", places: [.model, .node, .chain],
      meaning: Bilingual(
        en: "Why this step should work: an assumption behind the theory (repeatable).",
        nl: "Waarom deze stap zou werken: een aanname achter de theorie (mag vaker).")),
    Key(
      canonical: "language", nl: "taal", en: "language", places: [.model],
      meaning: Bilingual(
        en: "The language of the file: `nl` or `en`.", nl: "De taal van het bestand: `nl` of `en`.")
    ),
    Key(
      canonical: "use", nl: "gebruik", en: "use", places: [.model],
      meaning: Bilingual(
        en: "Includes another .toc file: `use: PATH [as NAME]`; its ids are then `NAME.id`.",
        nl:
          "Neemt een ander .toc-bestand op: `gebruik: PAD [als NAAM]`; de ids heten dan `NAAM.id`.")
    ),
    Key(
      canonical: "description", nl: "toelichting", en: "description", places: [.node, .indicator],
      meaning: Bilingual(en: "A longer explanation.", nl: "Een langere uitleg.")),
    Key(
      canonical: "group", nl: "groep", en: "group", places: [.node],
      meaning: Bilingual(
        en: "Nodes with the same group in a column are drawn together.",
        nl: "Knopen met dezelfde groep in een kolom worden samen getekend.")),
    Key(
      canonical: "indicator", nl: "indicator", en: "indicator",
      more: ["indicatoren", "indicators"],
      places: [.node],
      meaning: Bilingual(
        en: "The indicators that show whether this change happens (ids from `[indicators]`).",
        nl: "De indicatoren die laten zien of deze verandering gebeurt (ids uit `[indicatoren]`).")),
    Key(
      canonical: "owner", nl: "eigenaar", en: "owner", places: [.node],
      meaning: Bilingual(en: "Who is responsible.", nl: "Wie verantwoordelijk is.")),
    Key(
      canonical: "target", nl: "streefwaarde", en: "target", places: [.node, .indicator],
      meaning: Bilingual(
        en: "What is aimed for: `YEAR = NUMBER`, or words.",
        nl: "Waar naar gestreefd wordt: `JAAR = GETAL`, of woorden.")),
    Key(
      canonical: "ignore", nl: "negeer", en: "ignore", places: [.node, .indicator, .chain],
      meaning: Bilingual(
        en: "Silences rules (codes or names) for this statement.",
        nl: "Zet regels (codes of namen) stil voor deze regel.")),
    Key(
      canonical: "unit", nl: "eenheid", en: "unit", places: [.indicator],
      meaning: Bilingual(
        en: "The unit of the indicator (`%`, `number`, `score`).",
        nl: "De eenheid van de indicator (`%`, `aantal`, `score`).")),
    Key(
      canonical: "direction", nl: "richting", en: "direction", places: [.indicator],
      meaning: Bilingual(
        en: "Which way is better: `higher` or `lower`.",
        nl: "Welke kant beter is: `hoger` of `lager`.")),
    Key(
      canonical: "baseline", nl: "nulmeting", en: "baseline", places: [.indicator],
      meaning: Bilingual(
        en: "The value at the start: `YEAR = NUMBER`.",
        nl: "De waarde bij de start: `JAAR = GETAL`.")),
    Key(
      canonical: "measurement", nl: "meting", en: "measurement", places: [.indicator],
      meaning: Bilingual(
        en: "Measured values: `[AREA] YEAR = NUMBER, …` (repeatable).",
        nl: "Gemeten waarden: `[GEBIED] JAAR = GETAL, …` (mag vaker).")),
  ]

  /// `als`/`as` in a `gebruik:` line.
  static let alias = Bilingual(
    en: "Names the namespace of an included file: its ids become `NAME.id`.",
    nl: "Noemt de naamruimte van een opgenomen bestand: de ids heten dan `NAAM.id`.")

  /// The key a word spells (case-insensitive, `_` as `-`).
  static func key(_ word: String) -> Key? {
    guard word.utf8.count <= longest else { return nil }
    return keyIndex[fold(word)].map { keys[$0] }
  }

  /// Whether a word is reserved: an attribute key or `als`/`as`.
  static func isKeyword(_ word: String) -> Bool {
    guard word.utf8.count <= longest else { return false }
    let folded = fold(word)
    return folded == "als" || folded == "as" || keyIndex[folded] != nil
  }

  /// Each spelling's key, by its position in `keys`: every word of a document is looked up.
  private static let keyIndex: [String: Int] = {
    var index: [String: Int] = [:]
    for (position, key) in keys.enumerated() {
      for spelling in key.spellings { index[spelling] = position }
    }
    return index
  }()

  private static let longest = keys.flatMap(\.spellings).map(\.utf8.count).max() ?? 0

  static func fold(_ word: String) -> String {
    String(word.lowercased().map { $0 == "_" ? "-" : $0 })
  }

  /// What a section header opens.
  enum Section: Hashable, Sendable {
    case kind(Kind)
    case indicators
    case links
    case unknown
  }

  /// Section names (folded) and what they open.
  static let sectionNames: [(String, Section)] = [
    ("middelen", .kind(.resource)), ("hulpbronnen", .kind(.resource)),
    ("resources", .kind(.resource)), ("inputs", .kind(.resource)),
    ("activiteiten", .kind(.activity)), ("activities", .kind(.activity)),
    ("resultaten", .kind(.output)), ("output", .kind(.output)), ("outputs", .kind(.output)),
    ("korte termijn", .kind(.outcomeShort)), ("effecten korte termijn", .kind(.outcomeShort)),
    ("short term", .kind(.outcomeShort)), ("short term outcomes", .kind(.outcomeShort)),
    ("middellange termijn", .kind(.outcomeMedium)),
    ("effecten middellange termijn", .kind(.outcomeMedium)),
    ("medium term", .kind(.outcomeMedium)), ("medium term outcomes", .kind(.outcomeMedium)),
    ("lange termijn", .kind(.outcomeLong)), ("effecten lange termijn", .kind(.outcomeLong)),
    ("long term", .kind(.outcomeLong)), ("long term outcomes", .kind(.outcomeLong)),
    ("impact", .kind(.impact)),
    ("indicatoren", .indicators), ("indicators", .indicators),
    ("verbanden", .links), ("links", .links),
  ]

  static func section(named name: String) -> Section {
    let spaced = String(name.lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 })
    let folded = spaced.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return sectionNames.first { $0.0 == folded }?.1 ?? .unknown
  }

  /// The name `toc fmt` writes for a section in `language`.
  static func name(of section: Section, in language: Language) -> String {
    let nl = language == .nl
    switch section {
    case .kind(let kind): return kind.title(in: language).lowercased()
    case .indicators: return nl ? "indicatoren" : "indicators"
    case .links: return nl ? "verbanden" : "links"
    case .unknown: return ""
    }
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
