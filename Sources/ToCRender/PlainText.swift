import ToCModel

/// Small helpers the text reports share: one-line labels, numbers, lists and lookups by id.
enum PlainText {
  /// `text` on one line: line breaks, tabs and other control characters become spaces.
  static func oneLine(_ text: String) -> String {
    var out = ""
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.generalCategory == .control || scalar == "\u{2028}"
        || scalar == "\u{2029}"
      {
        pendingSpace = true
        continue
      }
      if pendingSpace, !out.isEmpty, out.last != " ", scalar != " " { out += " " }
      pendingSpace = false
      out.unicodeScalars.append(scalar)
    }
    return out
  }

  /// Whether a scalar is a control character (U+0000–U+001F, U+007F–U+009F) or a noncharacter
  /// (U+FDD0–U+FDEF and the last two of every plane): what XML, SVG and Graphviz's labels reject.
  /// Both sets are fixed by Unicode, so this needs no property look-up.
  static func isControlOrNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value)
      || value & 0xFFFE == 0xFFFE
  }

  /// A number as people write it: no fraction for whole numbers, a decimal comma in Dutch.
  static func number(_ value: Double, _ language: Language = .en) -> String {
    guard value.isFinite else { return "\(value)" }
    let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    return language == .nl ? String(text.map { $0 == "." ? "," : $0 }) : text
  }

  /// `2019 = 12,5`: a value in a year, as a `.toc` file writes it.
  static func yearValue(_ value: YearValue, _ language: Language = .en) -> String {
    "\(value.year) = \(number(value.value, language))"
  }

  /// `a, b and c` / `a, b en c`.
  static func list(_ items: [String], _ language: Language) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + (language == .nl ? " en " : " and ") + items
      .last!
  }

  /// Nodes by id; the first of a duplicate id wins, as in the model.
  static func index(_ nodes: [Node]) -> [String: Node] {
    Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Indicators by id; the first of a duplicate id wins.
  static func index(_ indicators: [Indicator]) -> [String: Indicator] {
    Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }
}
