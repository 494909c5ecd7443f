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
  func pieces(_ start: Int, _ end: Int) -> [Piece] {
    var pieces: [Piece] = []
    var pieceStart = start
    var afterArrow = false
    var offset = start
    func close(at stop: Int) {
      let from = skipSpaces(from: pieceStart, to: stop)
      pieces.append(Piece(start: from, end: trimEnd(from, stop), afterArrow: afterArrow))
    }
    while offset < end {
      if has(",", at: offset) {
        close(at: offset)
        afterArrow = false
        offset += 1
        pieceStart = offset
      } else if isArrow(at: offset) && offset + 1 < end {
        close(at: offset)
        afterArrow = true
        offset += 2
        pieceStart = offset
      } else {
        offset += 1
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
