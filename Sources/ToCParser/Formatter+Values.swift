import ToCModel

extension Formatter {
  /// Whether a text value reads back the same unquoted: not empty, no leading quote, no white
  /// space at either end (it would be trimmed) and no line break.
  static func isPlainText(_ scalars: [Unicode.Scalar]) -> Bool {
    guard let first = scalars.first, let last = scalars.last else { return false }
    return first != "\"" && !Line.isSpace(first) && !Line.isSpace(last)
      && !scalars.contains { $0 == "\n" || $0 == "\r" }
  }

  /// Whether a node label reads back the same unquoted: a plain text with no `->` that has white
  /// space (or the line's end) on both sides, since that arrow would end the label.
  static func isPlainLabel(_ text: String) -> Bool {
    guard isPlainText(Array(text.unicodeScalars)) else { return false }
    let line = Line(text)
    for offset in 0..<line.count where line.isArrow(at: offset) {
      // The label follows `id: `, so an arrow at its start has a space before it.
      let spaceBefore = offset == 0 || line.isSpace(before: offset)
      if spaceBefore, offset + 2 == line.count || line.isSpace(offset + 2) { return false }
    }
    return true
  }

  static func label(_ text: String) -> String {
    isPlainLabel(text) ? text : quote(text)
  }

  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// `YEAR = NUMBER` with single spaces around `=`; the number as written. Nil if not one.
  static func yearValue(_ text: Substring) -> String? {
    guard Values.yearValue(text) != nil, let equals = text.firstIndex(of: "=") else { return nil }
    let number = text[text.index(after: equals)...].trimmingSpaces
    return "\(text[..<equals].trimmingSpaces) = \(number)"
  }

  /// `[AREA] YEAR = NUMBER, YEAR = NUMBER…` with single spaces. Nil if not a series.
  static func series(_ text: String) -> String? {
    guard Values.series(Substring(text)) != nil else { return nil }
    let characters = Array(text)
    guard let yearStart = Values.firstYear(in: characters) else { return nil }
    let area = String(characters[..<yearStart]).trimmingSpaces
    let pairs = Values.splitPairs(characters[yearStart...])
      .compactMap { yearValue(Substring(String($0))) }
    return (area.isEmpty ? "" : "\(area) ") + pairs.joined(separator: ", ")
  }

  /// `PATH als NAME` with the alias keyword in `language`; the path as written.
  static func use(_ text: String, in language: Language) -> String {
    let (path, alias) = FileParser.useParts(text)
    guard let alias else { return text }
    return "\(path) \(Keyword.alias.spelling(in: language)) \(alias.name)"
  }

  /// A list of ids (or rule names) `start..<end`, with `, ` and ` -> ` between its elements. Every
  /// element is kept as written, empty ones too, so the list reads back the same.
  static func list(_ line: Line, _ start: Int, _ end: Int) -> String {
    var out = ""
    for (index, piece) in line.pieces(start, end).enumerated() {
      if index > 0 { out += piece.afterArrow ? " -> " : ", " }
      out += line.text(piece.start, piece.end)
    }
    // Only the separators added here can put a space at either end.
    var trimmed = Substring(out)
    while trimmed.first == " " { trimmed.removeFirst() }
    while trimmed.last == " " { trimmed.removeLast() }
    return String(trimmed)
  }
}
