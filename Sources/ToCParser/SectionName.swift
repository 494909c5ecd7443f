import ToCModel

/// What a section header opens: a column of nodes, the indicators, or the links.
package enum Section: Hashable, Sendable {
  case kind(Kind)
  case indicators
  case links
  /// An unknown section: its lines are parsed, but what they define is dropped.
  case unknown

  /// Section names as the table of LANGUAGE.md 3.1 spells them, row by row, with the section and
  /// the one language they belong to (nil: both).
  static let names: [(String, Section, Language?)] = [
    ("middelen", .kind(.resource), .nl), ("hulpbronnen", .kind(.resource), .nl),
    ("resources", .kind(.resource), .en), ("inputs", .kind(.resource), .en),
    ("activiteiten", .kind(.activity), .nl), ("activities", .kind(.activity), .en),
    ("resultaten", .kind(.output), .nl), ("output", .kind(.output), .nl),
    ("outputs", .kind(.output), nil),
    ("korte termijn", .kind(.outcomeShort), .nl),
    ("effecten korte termijn", .kind(.outcomeShort), .nl),
    ("short term", .kind(.outcomeShort), .en), ("short-term outcomes", .kind(.outcomeShort), .en),
    ("middellange termijn", .kind(.outcomeMedium), .nl),
    ("effecten middellange termijn", .kind(.outcomeMedium), .nl),
    ("medium term", .kind(.outcomeMedium), .en),
    ("medium-term outcomes", .kind(.outcomeMedium), .en),
    ("lange termijn", .kind(.outcomeLong), .nl),
    ("effecten lange termijn", .kind(.outcomeLong), .nl),
    ("long term", .kind(.outcomeLong), .en), ("long-term outcomes", .kind(.outcomeLong), .en),
    ("impact", .kind(.impact), nil),
    ("indicatoren", .indicators, .nl), ("indicators", .indicators, .en),
    ("verbanden", .links, .nl), ("links", .links, .en),
  ]

  /// The one name `toc fmt` writes for the section in `language`; nil for an unknown section.
  package func name(in language: Language) -> String? {
    let nl = language == .nl
    switch self {
    case .kind(.resource): return nl ? "middelen" : "resources"
    case .kind(.activity): return nl ? "activiteiten" : "activities"
    case .kind(.output): return nl ? "resultaten" : "outputs"
    case .kind(.outcomeShort): return nl ? "korte termijn" : "short term"
    case .kind(.outcomeMedium): return nl ? "middellange termijn" : "medium term"
    case .kind(.outcomeLong): return nl ? "lange termijn" : "long term"
    case .kind(.impact): return "impact"
    case .indicators: return nl ? "indicatoren" : "indicators"
    case .links: return nl ? "verbanden" : "links"
    case .unknown: return nil
    }
  }

  /// The section a header names: case-insensitive, inner whitespace collapsed, `-`/`_` as space.
  package static func lookUp(_ name: String) -> (Section, Language?)? {
    let folded = fold(name)
    return foldedNames.firstIndex(of: folded).map { (names[$0].1, names[$0].2) }
  }

  /// `names` as headers are compared with them, folded once.
  static let foldedNames = names.map { fold($0.0) }

  static func fold(_ name: String) -> String {
    let spaced = String(name.lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 })
    return spaced.split(whereSeparator: { $0.isWhitespace }).map(String.init).joined(separator: " ")
  }

  /// The section a misspelt name means, and the spelling to suggest: the names nearest to it (at
  /// most max(1, min(3, ⌊n/3⌋)) edits for n characters) all in one row of the table, and the first
  /// of them (section 3.1). Nil when no name is that near, or the nearest are in different rows.
  static func nearMiss(_ name: String) -> (spelling: String, section: Section)? {
    let folded = fold(name)
    let limit = max(1, min(3, folded.unicodeScalars.count / 3))
    var nearest: [(spelling: String, section: Section)] = []
    var best = limit + 1
    for ((spelling, section, _), candidate) in zip(names, foldedNames) {
      let distance = Suggestion.editDistance(folded, candidate, limit: limit)
      if distance < best {
        (best, nearest) = (distance, [(spelling, section)])
      } else if distance == best {
        nearest.append((spelling, section))
      }
    }
    guard let first = nearest.first, best <= limit,
      nearest.allSatisfy({ $0.section == first.section })
    else { return nil }
    return first
  }
}
