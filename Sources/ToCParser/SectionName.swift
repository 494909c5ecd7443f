import ToCModel

/// What a section header opens: a column of nodes, the indicators, or the links.
enum Section: Hashable, Sendable {
  case kind(Kind)
  case indicators
  case links
  /// An unknown section: its lines are parsed, but what they define is dropped.
  case unknown

  /// Section names (folded) with the section and the one language they belong to (nil: both).
  static let names: [(String, Section, Language?)] = [
    ("middelen", .kind(.resource), .nl), ("hulpbronnen", .kind(.resource), .nl),
    ("resources", .kind(.resource), .en), ("inputs", .kind(.resource), .en),
    ("activiteiten", .kind(.activity), .nl), ("activities", .kind(.activity), .en),
    ("resultaten", .kind(.output), .nl), ("output", .kind(.output), .nl),
    ("outputs", .kind(.output), nil),
    ("korte termijn", .kind(.outcomeShort), .nl),
    ("effecten korte termijn", .kind(.outcomeShort), .nl),
    ("short term", .kind(.outcomeShort), .en), ("short term outcomes", .kind(.outcomeShort), .en),
    ("middellange termijn", .kind(.outcomeMedium), .nl),
    ("effecten middellange termijn", .kind(.outcomeMedium), .nl),
    ("medium term", .kind(.outcomeMedium), .en),
    ("medium term outcomes", .kind(.outcomeMedium), .en),
    ("lange termijn", .kind(.outcomeLong), .nl),
    ("effecten lange termijn", .kind(.outcomeLong), .nl),
    ("long term", .kind(.outcomeLong), .en), ("long term outcomes", .kind(.outcomeLong), .en),
    ("impact", .kind(.impact), nil),
    ("indicatoren", .indicators, .nl), ("indicators", .indicators, .en),
    ("verbanden", .links, .nl), ("links", .links, .en),
  ]

  /// The one name `toc fmt` writes for the section in `language`; nil for an unknown section.
  func name(in language: Language) -> String? {
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
  static func lookUp(_ name: String) -> (Section, Language?)? {
    let folded = fold(name)
    return names.first { $0.0 == folded }.map { ($0.1, $0.2) }
  }

  static func fold(_ name: String) -> String {
    let spaced = String(name.lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 })
    return spaced.split(whereSeparator: { $0.isWhitespace }).map(String.init).joined(separator: " ")
  }

  /// The name a user most likely meant, for "did you mean".
  static func suggestion(for name: String) -> String? {
    Suggestion.nearest(to: fold(name), among: names.map(\.0))
  }
}
