import ToCModel
import ToCSupport

/// A file's valid UTF-8 bytes cut into lines, read in place: a line is the file's bytes and where
/// it starts and ends, never a copy.
struct SourceText {
  let bytes: [UInt8]
  let lines: [LineSpan]

  /// Calls `body` with each line of the file `file`, numbered from 1.
  func forEachLine(file: SourceFile, _ body: (Line) -> Void) {
    for index in lines.indices { body(line(index, file: file)) }
  }

  /// Line `index` (0-based; its number is one more) of the file `file`.
  func line(_ index: Int, file: SourceFile) -> Line {
    Line(bytes, lines[index].bytes, isASCII: lines[index].isASCII, number: index + 1, file: file)
  }

  /// The first line that starts at byte `offset` or later (`lines.count` if none does).
  func firstLine(startingFrom offset: Int) -> Int {
    var (low, high) = (0, lines.count)
    while low < high {
      let middle = (low + high) / 2
      if lines[middle].bytes.lowerBound >= offset { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// Decodes UTF-8 (a leading byte-order mark skipped) or tells where the first bad byte is.
  /// Large files are read in parts of at least `bytesPerPart` bytes on up to `cores` threads.
  static func decode(
    _ bytes: [UInt8], source: SourceFile, bytesPerPart: Int = Tuning.bytesPerPart,
    cores: Int = Cores.online
  ) -> Decoded {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    if let bad = UTF8Validation.firstInvalidByte(
      in: bytes, from: start, bytesPerPart: bytesPerPart, cores: cores)
    {
      let (line, column) = position(of: bad, in: bytes, from: start)
      let range = SourceRange(file: source, line: line, column: column)
      return .invalid(
        Diagnostic(.invalidEncoding, Messages.invalidEncoding(byte: bytes[bad]), at: range))
    }
    return .text(
      SourceText(
        bytes: bytes,
        lines: LineSpan.find(in: bytes, from: start, bytesPerPart: bytesPerPart, cores: cores)))
  }

  /// The 1-based line and column (in scalars) of byte `offset`.
  private static func position(of offset: Int, in bytes: [UInt8], from start: Int) -> (Int, Int) {
    var line = 1
    var column = 1
    var index = start
    while index < offset {
      let byte = bytes[index]
      if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
        line += 1
        column = 1
      } else if byte != 0x0D && (byte & 0xC0) != 0x80 {
        column += 1
      }
      index += 1
    }
    return (line, column)
  }
}

/// A decoded file, or the TOC101 that says where its first bad byte is.
enum Decoded {
  case text(SourceText)
  case invalid(Diagnostic)
}

/// Finds the first byte that breaks UTF-8 (overlong forms, surrogates and values past U+10FFFF too).
enum UTF8Validation {
  /// The first bad byte from `start` on, looked for in parts of at least `bytesPerPart` bytes on
  /// all cores: a part ends after an LF, which no sequence holds, so each is valid on its own.
  static func firstInvalidByte(
    in bytes: [UInt8], from start: Int, bytesPerPart: Int, cores: Int
  ) -> Int? {
    let parts = LineSpan.parts(of: bytes, from: start, bytesPerPart: bytesPerPart, cores: cores)
    guard parts.count > 1 else { return firstInvalidByte(in: bytes, parts[0]) }
    return Cores.map(parts.count) { firstInvalidByte(in: bytes, parts[$0]) }.lazy.compactMap { $0 }
      .first
  }

  static func firstInvalidByte(in bytes: [UInt8], _ part: Range<Int>) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidByte(in: $0, part) }
  }

  private static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>)
    -> Int?
  {
    var index = part.lowerBound
    let count = part.upperBound
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; upper = 0x9F
      case 0xF0: length = 4; lower = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; upper = 0x8F
      default: return index
      }
      for offset in 1..<length {
        // A broken sequence is reported at its first byte, where the user sees the bad character.
        guard index + offset < count else { return index }
        let byte = bytes[index + offset]
        let (low, high) = offset == 1 ? (lower, upper) : (0x80, 0xBF)
        if byte < low || byte > high { return index }
      }
      index += length
    }
    return nil
  }
}
