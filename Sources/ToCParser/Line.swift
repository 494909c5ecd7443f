import ToCModel

/// One line of a file as UTF-8 bytes, with the helpers the statement parser needs to read it.
///
/// Offsets are byte offsets within the line. ASCII bytes never occur inside a multi-byte sequence,
/// so punctuation is compared byte by byte and other scalars are decoded only where their kind
/// matters; the columns of a `SourceRange` still count scalars.
struct Line {
  /// The valid UTF-8 bytes of the whole text the line is in, shared by all its lines.
  private let storage: [UInt8]
  /// Where the line starts in `storage`.
  private let base: Int
  /// The line's length in bytes.
  let count: Int
  /// Whether the line is all ASCII, so that its byte offsets are scalar offsets too.
  let isASCII: Bool
  let number: Int
  let file: SourceFile

  /// The line `range` of `storage`, which must be valid UTF-8.
  init(_ storage: [UInt8], _ range: Range<Int>, isASCII: Bool, number: Int, file: SourceFile) {
    self.storage = storage
    base = range.lowerBound
    count = range.count
    self.isASCII = isASCII
    self.number = number
    self.file = file
  }

  /// `text` read as a line of its own, for checking a name or a label with the parser's rules.
  init(_ text: String) {
    let bytes = Array(text.utf8)
    self.init(
      bytes, bytes.indices, isASCII: bytes.allSatisfy { $0 < 0x80 }, number: 0,
      file: SourceFile.first)
  }

  /// The byte at `offset`.
  subscript(offset: Int) -> UInt8 { storage[base + offset] }

  /// Whether the byte at `offset` is the ASCII character `ascii`.
  func has(_ ascii: Unicode.Scalar, at offset: Int) -> Bool {
    offset < count && self[offset] == UInt8(ascii: ascii)
  }

  /// The bytes `start..<end`.
  func bytes(_ start: Int, _ end: Int) -> ArraySlice<UInt8> {
    storage[base + start..<base + end]
  }

  /// The scalar whose first byte is at `offset`, and its length in bytes.
  func scalar(at offset: Int) -> (Unicode.Scalar, width: Int) {
    let lead = self[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    var value = UInt32(lead) & (0xFF >> (width + 1))
    for next in offset + 1..<offset + width { value = value << 6 | UInt32(self[next] & 0x3F) }
    // The bytes were validated, so every sequence is a scalar.
    return (Unicode.Scalar(value)!, width)
  }

  /// Where the scalar that ends at `offset` starts.
  func scalarStart(before offset: Int) -> Int {
    var start = offset - 1
    // Continuation bytes are 10xxxxxx.
    while self[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  /// How many scalars `start..<end` holds.
  func scalarCount(_ start: Int, _ end: Int) -> Int {
    if isASCII { return end - start }
    // Every byte but a continuation byte (10xxxxxx) starts a scalar.
    var count = 0
    for index in (base + start)..<(base + end) where storage[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// The bytes `start..<end` as 1-based columns, which count scalars.
  func range(_ start: Int, _ end: Int) -> SourceRange {
    let column = 1 + scalarCount(0, start)
    let endColumn = end > start ? column + scalarCount(start, end) : column + 1
    return SourceRange(file: file, line: number, column: column, endColumn: endColumn)
  }

  /// The bytes `start..<end` as a string, copied as they are (they are valid UTF-8).
  func text(_ start: Int, _ end: Int) -> String {
    guard start < end else { return "" }
    return String(decoding: bytes(start, end), as: UTF8.self)
  }

  // MARK: White space

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || (scalar.value > 0x7F && scalar.properties.isWhitespace)
  }

  /// The length in bytes of the space at `offset`, or 0 if no space is there.
  func spaceWidth(at offset: Int) -> Int {
    guard offset < count else { return 0 }
    let byte = self[offset]
    if byte < 0x80 { return byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") ? 1 : 0 }
    let (scalar, width) = scalar(at: offset)
    return Line.isSpace(scalar) ? width : 0
  }

  func isSpace(_ offset: Int) -> Bool {
    spaceWidth(at: offset) > 0
  }

  /// Whether the scalar that ends at `offset` is a space.
  func isSpace(before offset: Int) -> Bool {
    offset > 0 && isSpace(scalarStart(before: offset))
  }

  func skipSpaces(from offset: Int, to end: Int? = nil) -> Int {
    let end = end ?? count
    var offset = offset
    while offset < end {
      let width = spaceWidth(at: offset)
      guard width > 0 else { break }
      offset += width
    }
    return offset
  }

  /// The end of `start..<end` with trailing spaces dropped.
  func trimEnd(_ start: Int, _ end: Int) -> Int {
    var end = end
    while end > start, isSpace(before: end) { end = scalarStart(before: end) }
    return end
  }

  func isArrow(at offset: Int) -> Bool {
    has("-", at: offset) && has(">", at: offset + 1)
  }
}
