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

  /// What a malformed `YEAR = NUMBER` most likely means, written well: its one year (1900–2100)
  /// and its one other number, in the order the language wants (`2020: 30` and `30 in 2020` are
  /// `2020 = 30`). Nil when the text holds more or fewer numbers, or two years or none.
  static func meantYearValue(_ text: Substring) -> String? {
    var numbers: [Substring] = []
    var index = text.startIndex
    while index < text.endIndex {
      guard text[index].isASCII, text[index].isNumber else {
        index = text.index(after: index)
        continue
      }
      var end = index
      while end < text.endIndex, text[end].isASCII,
        text[end].isNumber || text[end] == "," || text[end] == "."
      {
        end = text.index(after: end)
      }
      // A separator at the end is punctuation, not a decimal one.
      var token = text[index..<end]
      while let last = token.last, last == "," || last == "." { token = token.dropLast() }
      numbers.append(token)
      index = end
    }
    let years = numbers.filter { Int($0).map { (1900...2100).contains($0) } ?? false }
    guard numbers.count == 2, years.count == 1 else { return nil }
    let year = years[0]
    let value = numbers.first { $0.startIndex != year.startIndex }!
    let meant = "\(year) = \(value)"
    return yearValue(Substring(meant)) == nil ? nil : meant
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
