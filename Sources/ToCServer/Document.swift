import ToCModel

/// An open text document: its bytes, where its lines start, and its version.
struct Document: Sendable {
  var uri: String
  /// The file path the uri names, as the parser sees it.
  var path: String
  var version: Int
  private(set) var bytes: [UInt8]
  /// Where each line starts in `bytes`, and where its text ends (before `\n`, `\r\n` or `\r`).
  private(set) var lines: [Range<Int>] = []

  init(uri: String, version: Int, text: String) {
    self.uri = uri
    self.path = URIPath.path(of: uri)
    self.version = version
    self.bytes = Array(text.utf8)
    index()
  }

  /// The scalars of the 0-based line, empty past the end.
  func scalars(ofLine line: Int) -> [Unicode.Scalar] {
    guard line >= 0, line < lines.count else { return [] }
    return Array(String(decoding: bytes[lines[line]], as: UTF8.self).unicodeScalars)
  }

  /// Replaces the text between two positions (a change of `didChange`), or all of it.
  mutating func replace(
    _ range: (Position, Position)?, with text: String, encoding: PositionEncoding
  ) {
    guard let (from, to) = range else {
      bytes = Array(text.utf8)
      return index()
    }
    let start = offset(of: from, encoding: encoding)
    let end = max(start, offset(of: to, encoding: encoding))
    bytes.replaceSubrange(start..<end, with: Array(text.utf8))
    index()
  }

  /// The byte offset of a protocol position; past a line's end is its end, past the last line the
  /// end of the document.
  func offset(of position: Position, encoding: PositionEncoding) -> Int {
    guard position.line >= 0 else { return 0 }
    guard position.line < lines.count else { return bytes.count }
    let line = lines[position.line]
    var units = 0
    var offset = line.lowerBound
    for scalar in String(decoding: bytes[line], as: UTF8.self).unicodeScalars {
      if units >= position.character { break }
      units += encoding.width(scalar)
      offset += scalar.utf8.count
    }
    return offset
  }

  /// The protocol position of a 1-based line and scalar column (`SourceRange`'s terms).
  func position(line: Int, column: Int, encoding: PositionEncoding) -> Position {
    let index = line - 1
    guard index >= 0, index < lines.count else {
      return Position(line: max(0, index), character: 0)
    }
    return Position(
      line: index, character: units(scalars(ofLine: index), upTo: column - 1, encoding))
  }

  /// The scalar column (0-based) of a protocol position.
  func scalarColumn(of position: Position, encoding: PositionEncoding) -> Int {
    var units = 0
    var column = 0
    for scalar in scalars(ofLine: position.line) {
      if units >= position.character { break }
      units += encoding.width(scalar)
      column += 1
    }
    return column
  }

  /// The protocol range of a source range in this document.
  func range(of range: SourceRange, encoding: PositionEncoding) -> (Position, Position) {
    let start = position(line: range.line, column: range.column, encoding: encoding)
    let end = position(line: range.endLine, column: range.endColumn, encoding: encoding)
    return (start, end < start ? start : end)
  }

  /// The units of the first `count` scalars of a line.
  func units(_ scalars: [Unicode.Scalar], upTo count: Int, _ encoding: PositionEncoding) -> Int {
    scalars.prefix(max(0, count)).reduce(0) { $0 + encoding.width($1) }
  }

  /// The end of the document, as a protocol position.
  func end(encoding: PositionEncoding) -> Position {
    let last = max(0, lines.count - 1)
    return Position(line: last, character: units(scalars(ofLine: last), upTo: .max, encoding))
  }

  private mutating func index() {
    lines.removeAll(keepingCapacity: true)
    var start = 0
    var index = 0
    let count = bytes.count
    bytes.withUnsafeBufferPointer { buffer in
      while index < count {
        let byte = buffer[index]
        if byte == 0x0A {
          lines.append(start..<index)
          index += 1
          start = index
        } else if byte == 0x0D {
          lines.append(start..<index)
          index += (index + 1 < count && buffer[index + 1] == 0x0A) ? 2 : 1
          start = index
        } else {
          index += 1
        }
      }
    }
    lines.append(start..<count)
  }
}

extension Position: Comparable {
  static func < (a: Position, b: Position) -> Bool {
    (a.line, a.character) < (b.line, b.character)
  }
}
