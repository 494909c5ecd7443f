import ToCModel

/// Reads the values of attributes: numbers (with a Dutch decimal comma), `YEAR = NUMBER`, series.
enum Values {
  /// `12`, `-3`, `12.5`, `12,5`, with an ignored trailing `%`.
  static func number(_ text: Substring) -> Double? {
    var text = text.trimmingSpaces
    if text.hasSuffix("%") { text = text.dropLast().trimmingSpaces }
    var digits = Substring(text)
    var negative = false
    if digits.first == "-" {
      negative = true
      digits = digits.dropFirst()
    }
    let parts = digits.split(separator: ",", omittingEmptySubsequences: false)
      .flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
    guard (1...2).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    guard let value = Double(parts.joined(separator: ".")) else { return nil }
    return negative ? -value : value
  }

  /// `YEAR = NUMBER`, with YEAR four digits.
  static func yearValue(_ text: Substring) -> YearValue? {
    guard let equals = text.firstIndex(of: "=") else { return nil }
    let year = text[..<equals].trimmingSpaces
    guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }),
      let yearNumber = Int(year),
      let value = number(text[text.index(after: equals)...])
    else { return nil }
    return YearValue(year: yearNumber, value: value)
  }

  /// `[AREA] YEAR = NUMBER[, YEAR = NUMBER…]`: the area (if named) and the values. The word before
  /// the first `=` is the first year, so `28 = 5, 2020 = 3` is malformed, not an area `28 = 5,`.
  static func series(_ text: Substring) -> (area: String?, values: [YearValue])? {
    let characters = Array(text)
    guard let yearStart = firstYear(in: characters) else { return nil }
    let area = String(characters[..<yearStart]).trimmingSpaces
    var values: [YearValue] = []
    for piece in splitPairs(characters[yearStart...]) {
      guard let value = yearValue(Substring(String(piece))) else { return nil }
      values.append(value)
    }
    return (area.isEmpty ? nil : String(area), values)
  }

  /// Where the first year starts: the word before the first `=` (checked as a year by the caller).
  static func firstYear(in characters: [Character]) -> Int? {
    guard let equals = characters.firstIndex(of: "=") else { return nil }
    var yearStart = equals
    while yearStart > 0, characters[yearStart - 1].isWhitespace { yearStart -= 1 }
    while yearStart > 0, !characters[yearStart - 1].isWhitespace { yearStart -= 1 }
    return yearStart
  }

  /// Splits at `, ` (a comma followed by white space); `12,5` stays one number.
  static func splitPairs(_ characters: ArraySlice<Character>) -> [ArraySlice<Character>] {
    var pieces: [ArraySlice<Character>] = []
    var start = characters.startIndex
    var index = characters.startIndex
    while index < characters.endIndex {
      if characters[index] == ",", index + 1 < characters.endIndex,
        characters[index + 1].isWhitespace
      {
        pieces.append(characters[start..<index])
        start = index + 1
      }
      index += 1
    }
    pieces.append(characters[start...])
    return pieces
  }
}
