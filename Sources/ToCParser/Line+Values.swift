import ToCModel

extension Line {
  // MARK: Lists

  /// A piece of an identifier list, between separators.
  struct Piece {
    var start: Int
    var end: Int
    /// Whether an arrow (rather than a comma or the list's start) comes before this piece.
    var afterArrow: Bool
  }

  /// Cuts `start..<end` at commas and arrows into trimmed pieces.
  func pieces(_ start: Int, _ end: Int) -> Pieces {
    Pieces(line: self, offset: start, end: end)
  }

  /// The pieces of a list, cut one at a time as they are read: a list is read once, in order,
  /// and most lines have one, so no array is made for them.
  struct Pieces: Sequence, IteratorProtocol {
    let line: Line
    /// Where the next piece starts; past `end` when all are read.
    var offset: Int
    let end: Int
    var afterArrow = false

    init(line: Line, offset: Int, end: Int) {
      (self.line, self.offset, self.end) = (line, offset, end)
    }

    mutating func next() -> Piece? {
      guard offset <= end else { return nil }
      let start = offset
      var stop = offset
      var separator = 0
      while stop < end {
        if line.has(",", at: stop) {
          separator = 1
          break
        }
        if line.isArrow(at: stop) && stop + 1 < end {
          separator = 2
          break
        }
        stop += 1
      }
      let from = line.skipSpaces(from: start, to: stop)
      let piece = Piece(start: from, end: line.trimEnd(from, stop), afterArrow: afterArrow)
      afterArrow = separator == 2
      // After the last piece, one past the end: the list is read.
      offset = separator == 0 ? end + 1 : stop + separator
      return piece
    }
  }

  // MARK: Quoted strings

  enum Quoted {
    case text(String, end: Int)
    case failure(Bilingual, SourceRange)
  }

  /// Reads a double-quoted string starting at `start` (on the quote), with its escapes.
  func quoted(from start: Int) -> Quoted {
    var value = ""
    // Bytes from `copied` on are not in `value` yet: runs without escapes are copied whole.
    var copied = start + 1
    var offset = start + 1
    while offset < count {
      if has("\"", at: offset) {
        value += text(copied, offset)
        return .text(value, end: offset + 1)
      }
      guard has("\\", at: offset) else {
        offset += 1
        continue
      }
      guard offset + 1 < count else { break }
      let escaped: String
      switch self[offset + 1] {
      case UInt8(ascii: "\""): escaped = "\""
      case UInt8(ascii: "\\"): escaped = "\\"
      case UInt8(ascii: "n"): escaped = "\n"
      case UInt8(ascii: "t"): escaped = "\t"
      default:
        let end = offset + 1 + scalar(at: offset + 1).width
        return .failure(Messages.unknownEscape(text(offset, end)), range(offset, end))
      }
      value += text(copied, offset) + escaped
      offset += 2
      copied = offset
    }
    return .failure(Messages.unterminatedString, range(start, count))
  }
}
