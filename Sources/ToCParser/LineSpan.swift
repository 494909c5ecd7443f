/// Where one line's bytes are in a file, its end of line (LF, CR or CRLF) excluded, and whether
/// they are all ASCII: what the parser reads lines by, and the report shows them by.
public struct LineSpan: Sendable {
  public let bytes: Range<Int>
  public let isASCII: Bool

  public init(bytes: Range<Int>, isASCII: Bool) {
    self.bytes = bytes
    self.isASCII = isASCII
  }

  /// The lines of `bytes` from `start` on; a last line ends at the end of `bytes`, and is none when
  /// that is where it would start. Every byte of a large file passes here.
  public static func find(in bytes: [UInt8], from start: Int) -> [LineSpan] {
    bytes.withUnsafeBufferPointer { bytes in
      let raw = UnsafeRawBufferPointer(bytes)
      var lines: [LineSpan] = []
      var index = start
      while index < bytes.count {
        var end = index
        var bits: UInt64 = 0
        // Eight bytes at a time while none of them ends the line; the rest one by one.
        while end + 8 <= bytes.count {
          let word = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
          guard !endsLine(word) else { break }
          bits |= word
          end += 8
        }
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D {
          bits |= UInt64(bytes[end])
          end += 1
        }
        lines.append(LineSpan(bytes: index..<end, isASCII: bits & 0x8080_8080_8080_8080 == 0))
        // A line ends at LF, CR or CRLF.
        index =
          end + (end + 1 < bytes.count && bytes[end] == 0x0D && bytes[end + 1] == 0x0A ? 2 : 1)
      }
      return lines
    }
  }

  /// Whether one of the eight bytes of `word` is LF or CR: a byte equal to one leaves a zero
  /// byte after `^`, and a zero byte is one that borrows when 1 is taken from each byte.
  static func endsLine(_ word: UInt64) -> Bool {
    let (ones, high): (UInt64, UInt64) = (0x0101_0101_0101_0101, 0x8080_8080_8080_8080)
    let (lf, cr) = (word ^ (ones &* 0x0A), word ^ (ones &* 0x0D))
    return ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & high != 0
  }
}
