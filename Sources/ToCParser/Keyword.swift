import ToCModel

/// An attribute key, in its canonical form; the Dutch and English spellings are in `spellings`.
enum Keyword: String, CaseIterable, Sendable {
  case title, goal, targetGroup, pillar, initiators, partners, period, version, source
  case assumption, language, use
  case description, group, indicator, owner, target, ignore
  case unit, direction, baseline, measurement
  /// `als`/`as` in a `gebruik:` line: reserved, but never an attribute.
  case alias

  /// The spellings of the key, with the language each belongs to (nil: both languages).
  var spellings: [(String, Language?)] {
    switch self {
    case .title: [("titel", .nl), ("title", .en)]
    case .goal: [("doel", .nl), ("goal", .en)]
    case .targetGroup: [("doelgroep", .nl), ("target-group", .en)]
    case .pillar: [("pijler", .nl), ("pillar", .en)]
    case .initiators: [("initiatiefnemers", .nl), ("initiators", .en)]
    case .partners: [("partners", nil)]
    case .period: [("looptijd", .nl), ("period", .en)]
    case .version: [("versie", .nl), ("version", .en)]
    case .source: [("bron", .nl), ("source", .en)]
    case .assumption: [("aanname", .nl), ("assumption", .en)]
    case .language: [("taal", .nl), ("language", .en)]
    case .use: [("gebruik", .nl), ("use", .en)]
    case .description: [("toelichting", .nl), ("description", .en)]
    case .group: [("groep", .nl), ("group", .en)]
    case .indicator: [("indicator", nil), ("indicatoren", .nl), ("indicators", .en)]
    case .owner: [("eigenaar", .nl), ("owner", .en)]
    case .target: [("streefwaarde", .nl), ("target", .en)]
    case .ignore: [("negeer", .nl), ("ignore", .en)]
    case .unit: [("eenheid", .nl), ("unit", .en)]
    case .direction: [("richting", .nl), ("direction", .en)]
    case .baseline: [("nulmeting", .nl), ("baseline", .en)]
    case .measurement: [("meting", .nl), ("measurement", .en)]
    case .alias: [("als", .nl), ("as", .en)]
    }
  }

  /// The key as written in `language`, for messages and `toc fmt`.
  func spelling(in language: Language) -> String {
    spellings.first { $0.1 == language || $0.1 == nil }?.0 ?? rawValue
  }

  /// Keys looked up by their folded spelling (lower-case, `_` as `-`).
  private static let table: [String: (Keyword, Language?)] = {
    var table: [String: (Keyword, Language?)] = [:]
    for keyword in Keyword.allCases {
      for (spelling, language) in keyword.spellings { table[spelling] = (keyword, language) }
    }
    return table
  }()

  /// The keyword a word spells, and the one language it belongs to (if only one).
  static func lookUp(_ word: String) -> (Keyword, Language?)? {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return lookUp(ascii: word.utf8) }
    return table[fold(word)]
  }

  /// `lookUp` for a word of ASCII bytes, compared byte by byte with the few spellings of its
  /// length: every line's first word and every reference is looked up, nearly all in vain.
  static func lookUp<Bytes: Collection<UInt8>>(ascii word: Bytes) -> (Keyword, Language?)? {
    guard word.count < byLength.count else { return nil }
    let spelling = byLength[word.count].first { spelling in
      zip(word, spelling.bytes).allSatisfy { fold($0) == $1 }
    }
    return spelling.map { ($0.keyword, $0.language) }
  }

  /// An ASCII byte folded as `fold` folds a word.
  static func fold(_ byte: UInt8) -> UInt8 {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 0x20
    case UInt8(ascii: "_"): UInt8(ascii: "-")
    default: byte
    }
  }

  /// The spellings (all ASCII) by their length in bytes.
  private static let byLength: [[Spelling]] = {
    var lists = Array(repeating: [Spelling](), count: 1 + allSpellings.map(\.utf8.count).max()!)
    for keyword in Keyword.allCases {
      for (spelling, language) in keyword.spellings {
        lists[spelling.utf8.count].append((Array(spelling.utf8), keyword, language))
      }
    }
    return lists
  }()

  static func fold(_ word: String) -> String {
    String(word.lowercased().map { $0 == "_" ? "-" : $0 })
  }

  /// A spelling as bytes, with the key and language it spells.
  private typealias Spelling = (bytes: [UInt8], keyword: Keyword, language: Language?)

  /// Every spelling, for "did you mean" suggestions.
  static var allSpellings: [String] { allCases.flatMap { $0.spellings.map(\.0) } }
}

/// The attributes allowed in each place, and whether they may be repeated.
enum Place {
  case model, node, indicator, chain

  // Made once: every attribute line asks.
  var allowed: Set<Keyword> {
    switch self {
    case .model: Self.modelKeys
    case .node: Self.nodeKeys
    case .indicator: Self.indicatorKeys
    case .chain: Self.chainKeys
    }
  }

  private static let modelKeys: Set<Keyword> = [
    .title, .goal, .targetGroup, .pillar, .initiators, .partners, .period, .version, .source,
    .assumption, .language, .use,
  ]
  private static let nodeKeys: Set<Keyword> = [
    .description, .group, .indicator, .assumption, .source, .owner, .target, .ignore,
  ]
  private static let indicatorKeys: Set<Keyword> = [
    .unit, .source, .direction, .baseline, .target, .measurement, .description, .ignore,
  ]
  private static let chainKeys: Set<Keyword> = [.assumption, .source, .ignore]

  func isRepeatable(_ key: Keyword) -> Bool {
    switch key {
    case .assumption, .use, .indicator, .ignore, .measurement: true
    case .source: self == .node || self == .chain
    default: false
    }
  }
}
