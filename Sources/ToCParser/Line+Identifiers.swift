import ToCModel

extension Line {
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

  /// `isIdentifierContinue` for an ASCII byte: every character of every id and reference asks.
  static func isIdentifierContinue(ascii byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
      true
    default: false
    }
  }

  /// The end of the identifier starting at `start` (stopping before an arrow), or nil if none.
  func identifierEnd(from start: Int) -> Int? {
    guard start < count else { return nil }
    let (first, width) = scalar(at: start)
    guard Line.isIdentifierStart(first) else { return nil }
    var end = start + width
    while end < count {
      let byte = self[end]
      if byte < 0x80 {
        guard Line.isIdentifierContinue(ascii: byte), !isArrow(at: end) else { break }
        end += 1
        continue
      }
      let (next, width) = scalar(at: end)
      guard Line.isIdentifierContinue(next) else { break }
      end += width
    }
    return end
  }

  /// The end of a qualified identifier (`ns.id`) at `start`, or nil if none.
  func qualifiedEnd(from start: Int) -> Int? {
    guard var end = identifierEnd(from: start) else { return nil }
    while has(".", at: end), let next = identifierEnd(from: end + 1) {
      end = next
    }
    return end
  }

  /// Whether `start..<end` is exactly one (qualified) identifier that does not end with `-`.
  func isQualifiedIdentifier(_ start: Int, _ end: Int) -> Bool {
    guard start < end, qualifiedEnd(from: start) == end else { return false }
    for offset in start + 1..<end where has(".", at: offset) && has("-", at: offset - 1) {
      return false
    }
    return !has("-", at: end - 1)
  }

  /// Whether `start..<end` holds a `.`, as a qualified identifier does.
  func hasDot(_ start: Int, _ end: Int) -> Bool {
    bytes(start, end).contains(UInt8(ascii: "."))
  }

  /// Whether `start..<end` is all ASCII.
  func isAllASCII(_ start: Int, _ end: Int) -> Bool {
    isASCII || bytes(start, end).allSatisfy { $0 < 0x80 }
  }

  /// The keyword `start..<end` spells, if any: ASCII words, nearly all, without making a string.
  func keyword(_ start: Int, _ end: Int) -> (Keyword, Language?)? {
    guard isAllASCII(start, end) else { return Keyword.lookUp(text(start, end)) }
    return Keyword.lookUp(ascii: bytes(start, end))
  }

  /// An identifier as compared: NFC-normalised.
  func identifier(_ start: Int, _ end: Int) -> String {
    let raw = text(start, end)
    // The standard library's own NFC, the tables its string comparison uses: Foundation's would
    // load Foundation and ICU on every run for the odd identifier with a combining mark.
    return isAllASCII(start, end) ? raw : String(decoding: raw._nfcCodeUnits, as: UTF8.self)
  }
}
