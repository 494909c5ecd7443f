import ToCModel
import ToCSupport

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
  /// that is where it would start. Every byte of a large file passes here, on all cores.
  public static func find(in bytes: [UInt8], from start: Int) -> [LineSpan] {
    find(in: bytes, from: start, bytesPerPart: Tuning.bytesPerPart, cores: Cores.online)
  }

  /// `find(in:from:)` in parts of at least `bytesPerPart` bytes, on up to `cores` threads.
  static func find(in bytes: [UInt8], from start: Int, bytesPerPart: Int, cores: Int)
    -> [LineSpan]
  {
    let parts = parts(of: bytes, from: start, bytesPerPart: bytesPerPart, cores: cores)
    guard parts.count > 1 else { return find(in: bytes, parts[0]) }
    return Cores.map(parts.count) { find(in: bytes, parts[$0]) }.flatMap { $0 }
  }

  /// `start..<bytes.count` cut into as many parts as `cores` (at most one per
  /// `bytesPerPart` bytes), each starting where a line does: after an LF, which no UTF-8 sequence
  /// holds and after which no CRLF goes on. A file without one is a single part.
  static func parts(of bytes: [UInt8], from start: Int, bytesPerPart: Int, cores: Int)
    -> [Range<Int>]
  {
    let count = max(1, min(cores, (bytes.count - start) / bytesPerPart))
    var bounds = [start]
    for part in 1..<count {
      var cut = max(start + (bytes.count - start) * part / count, bounds[bounds.count - 1] + 1)
      while cut < bytes.count, bytes[cut - 1] != 0x0A { cut += 1 }
      guard cut < bytes.count else { break }
      bounds.append(cut)
    }
    bounds.append(bytes.count)
    return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
  }

  /// The lines in `part` of `bytes`, which ends at an end of line or at the end of `bytes`.
  private static func find(in bytes: [UInt8], _ part: Range<Int>) -> [LineSpan] {
    bytes.withUnsafeBufferPointer { bytes in
      let limit = part.upperBound
      var lines: [LineSpan] = []
      var index = part.lowerBound
      while index < limit {
        var end = index
        var bits: UInt8 = 0
        while end < limit, bytes[end] != 0x0A, bytes[end] != 0x0D {
          bits |= bytes[end]
          end += 1
        }
        lines.append(LineSpan(bytes: index..<end, isASCII: bits & 0x80 == 0))
        // A line ends at LF, CR or CRLF.
        index = end + (end + 1 < limit && bytes[end] == 0x0D && bytes[end + 1] == 0x0A ? 2 : 1)
      }
      return lines
    }
  }
}
