import ToCModel

/// An attribute key, in its canonical form; the Dutch and English spellings are in `spellings`.
package enum Keyword: String, CaseIterable, Sendable {
  case title, goal, targetGroup, pillar, initiators, partners, period, version, source
  case assumption, language, use
  case description, group, indicator, owner, target, ignore
  case unit, direction, baseline, measurement
  /// `als`/`as` in a `gebruik:` line: reserved, but never an attribute.
  case alias

  /// The spellings of the key, with the language each belongs to (nil: both languages).
  package var spellings: [(String, Language?)] {
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
  package func spelling(in language: Language) -> String {
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
  package static func lookUp(_ word: String) -> (Keyword, Language?)? {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return lookUp(ascii: word.utf8) }
    return table[fold(word)]
  }

  /// `lookUp` for a word of ASCII bytes: every line's first word and every reference is looked up,
  /// nearly all in vain. The word is folded into two machine words and compared with the packed
  /// spellings of its length, without making a string.
  static func lookUp<Bytes: Collection<UInt8>>(ascii word: Bytes) -> (Keyword, Language?)? {
    let count = word.count
    guard count + 1 < packedStart.count else { return nil }
    var packed = (low: UInt64(0), high: UInt64(0))
    for (offset, byte) in word.enumerated() {
      let folded = UInt64(fold(byte))
      if offset < 8 {
        packed.low |= folded << (8 * offset)
      } else {
        packed.high |= folded << (8 * (offset - 8))
      }
    }
    for index in packedStart[count]..<packedStart[count + 1]
    where packedSpellings[index].low == packed.low && packedSpellings[index].high == packed.high {
      return (packedSpellings[index].keyword, packedSpellings[index].language)
    }
    return nil
  }

  /// An ASCII byte folded as `fold` folds a word.
  static func fold(_ byte: UInt8) -> UInt8 {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 0x20
    case UInt8(ascii: "_"): UInt8(ascii: "-")
    default: byte
    }
  }

  /// A spelling (all ASCII, at most 16 bytes) packed into two machine words, byte `i` at bits
  /// `8 i` on: compared in two steps, and nothing in it is reference-counted.
  private struct PackedSpelling {
    var low: UInt64
    var high: UInt64
    var keyword: Keyword
    var language: Language?
  }

  /// Every spelling packed, shortest first; those of length `n` are
  /// `packedSpellings[packedStart[n]..<packedStart[n + 1]]`.
  private static let packedSpellings: [PackedSpelling] = allCases.flatMap { keyword in
    keyword.spellings.map { spelling, language in
      var packed = PackedSpelling(low: 0, high: 0, keyword: keyword, language: language)
      for (offset, byte) in spelling.utf8.enumerated() {
        if offset < 8 {
          packed.low |= UInt64(byte) << (8 * offset)
        } else {
          packed.high |= UInt64(byte) << (8 * (offset - 8))
        }
      }
      return (spelling.utf8.count, packed)
    }
  }.sorted { $0.0 < $1.0 }.map(\.1)

  private static let packedStart: [Int] = {
    let lengths = allSpellings.map(\.utf8.count).sorted()
    return (0...lengths.last! + 1).map { length in lengths.count { $0 < length } }
  }()

  static func fold(_ word: String) -> String {
    String(word.lowercased().map { $0 == "_" ? "-" : $0 })
  }

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
    case .assumption, .use, .indicator, .measurement: true
    case .source: self == .node || self == .chain
    default: false
    }
  }
}
