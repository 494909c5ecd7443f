import Foundation
import ToCModel

/// One line of a file, as scalars, with the helpers the statement parser needs to read it.
struct Line {
  let scalars: [Unicode.Scalar]
  let number: Int
  let file: String

  var count: Int { scalars.count }

  /// The range of scalars `start..<end`, as 1-based columns.
  func range(_ start: Int, _ end: Int) -> SourceRange {
    SourceRange(file: file, line: number, column: start + 1, endColumn: max(end, start + 1) + 1)
  }

  func text(_ start: Int, _ end: Int) -> String {
    guard start < end else { return "" }
    var size = 0
    for index in start..<end { size += UTF8.width(scalars[index]) }
    // Encoding straight into the string's storage: this runs for every label and id of a file.
    return String(unsafeUninitializedCapacity: size) { buffer in
      var position = 0
      for index in start..<end {
        for byte in UTF8.encode(scalars[index])! {
          buffer[position] = byte
          position += 1
        }
      }
      return position
    }
  }

  func isSpace(_ index: Int) -> Bool {
    index < count && Line.isSpace(scalars[index])
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || (scalar.value > 0x7F && scalar.properties.isWhitespace)
  }

  func skipSpaces(from index: Int, to end: Int? = nil) -> Int {
    var index = index
    while index < (end ?? count), isSpace(index) { index += 1 }
    return index
  }

  /// The end of `start..<end` with trailing spaces dropped.
  func trimEnd(_ start: Int, _ end: Int) -> Int {
    var end = end
    while end > start, isSpace(end - 1) { end -= 1 }
    return end
  }

  func isArrow(at index: Int) -> Bool {
    index + 1 < count && scalars[index] == "-" && scalars[index + 1] == ">"
  }

  // MARK: Identifiers

  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
    return scalar.properties.isAlphabetic
  }

  static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return scalar == "_" || scalar == "-" || ("a"..."z").contains(scalar)
        || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
    switch scalar.properties.generalCategory {
    case .decimalNumber, .nonspacingMark, .spacingMark: return true
    default: return scalar.properties.isAlphabetic
    }
  }

  /// The end of the identifier starting at `index` (stopping before an arrow), or nil if none.
  func identifierEnd(from index: Int) -> Int? {
    guard index < count, Line.isIdentifierStart(scalars[index]) else { return nil }
    var end = index + 1
    while end < count, Line.isIdentifierContinue(scalars[end]), !isArrow(at: end) { end += 1 }
    return end
  }

  /// The end of a qualified identifier (`ns.id`) at `index`, or nil if none.
  func qualifiedEnd(from index: Int) -> Int? {
    guard var end = identifierEnd(from: index) else { return nil }
    while end + 1 < count, scalars[end] == ".", let next = identifierEnd(from: end + 1) {
      end = next
    }
    return end
  }

  /// Whether `start..<end` is exactly one (qualified) identifier that does not end with `-`.
  func isQualifiedIdentifier(_ start: Int, _ end: Int) -> Bool {
    guard start < end, qualifiedEnd(from: start) == end else { return false }
    for index in start + 1..<end where scalars[index] == "." && scalars[index - 1] == "-" {
      return false
    }
    return scalars[end - 1] != "-"
  }

  /// Whether `start..<end` holds a `.`, as a qualified identifier does.
  func hasDot(_ start: Int, _ end: Int) -> Bool {
    scalars[start..<end].contains(".")
  }

  /// The keyword `start..<end` spells, if any: ASCII words, nearly all, without making a string.
  func keyword(_ start: Int, _ end: Int) -> (Keyword, Language?)? {
    let word = scalars[start..<end]
    guard word.allSatisfy(\.isASCII) else { return Keyword.lookUp(text(start, end)) }
    return Keyword.lookUp(ascii: word.lazy.map { UInt8($0.value) })
  }

  /// An identifier as compared: NFC-normalised.
  func identifier(_ start: Int, _ end: Int) -> String {
    let raw = text(start, end)
    return raw.utf8.allSatisfy({ $0 < 0x80 }) ? raw : raw.precomposedStringWithCanonicalMapping
  }

  // MARK: Lists

  /// A piece of an identifier list, between separators.
  struct Piece {
    var start: Int
    var end: Int
    /// Whether an arrow (rather than a comma or the list's start) comes before this piece.
    var afterArrow: Bool
  }

  /// Cuts `start..<end` at commas and arrows into trimmed pieces.
  func pieces(_ start: Int, _ end: Int) -> [Piece] {
    var pieces: [Piece] = []
    var pieceStart = start
    var afterArrow = false
    var index = start
    func close(at stop: Int) {
      let from = skipSpaces(from: pieceStart, to: stop)
      pieces.append(Piece(start: from, end: trimEnd(from, stop), afterArrow: afterArrow))
    }
    while index < end {
      if scalars[index] == "," {
        close(at: index)
        afterArrow = false
        index += 1
        pieceStart = index
      } else if isArrow(at: index) && index + 1 < end {
        close(at: index)
        afterArrow = true
        index += 2
        pieceStart = index
      } else {
        index += 1
      }
    }
    close(at: end)
    return pieces
  }

  // MARK: Quoted strings

  enum Quoted {
    case text(String, end: Int)
    case failure(Bilingual, SourceRange)
  }

  /// Reads a double-quoted string starting at `index` (on the quote), with its escapes.
  func quoted(from index: Int) -> Quoted {
    var value = String.UnicodeScalarView()
    var position = index + 1
    while position < count {
      let scalar = scalars[position]
      if scalar == "\"" { return .text(String(value), end: position + 1) }
      if scalar == "\\" {
        guard position + 1 < count else { break }
        switch scalars[position + 1] {
        case "\"": value.append("\"")
        case "\\": value.append("\\")
        case "n": value.append("\n")
        case "t": value.append("\t")
        default:
          return .failure(
            Messages.unknownEscape(text(position, position + 2)), range(position, position + 2))
        }
        position += 2
      } else {
        value.append(scalar)
        position += 1
      }
    }
    return .failure(Messages.unterminatedString, range(index, count))
  }
}
