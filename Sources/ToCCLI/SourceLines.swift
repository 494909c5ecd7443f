import ToCParser

/// A file's bytes cut into lines at LF, CR and CRLF (a leading byte-order mark dropped), each
/// decoded only when a diagnostic shows it.
struct SourceLines {
  let bytes: [UInt8]
  /// Where each line is in `bytes`; after a last end of line (or in an empty file), an empty line.
  let lines: [LineSpan]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var lines = LineSpan.find(in: bytes, from: start)
    if bytes.count == start || bytes.last == 0x0A || bytes.last == 0x0D {
      lines.append(LineSpan(bytes: bytes.count..<bytes.count, isASCII: true))
    }
    self.lines = lines
  }

  /// Line `number` (1-based), or nil past the end.
  func line(_ number: Int) -> String? {
    guard number >= 1, number <= lines.count else { return nil }
    return String(decoding: bytes[lines[number - 1].bytes], as: UTF8.self)
  }
}
