/// A file's bytes cut into lines at LF, CR and CRLF (a leading byte-order mark dropped), each
/// decoded only when a diagnostic shows it.
struct SourceLines {
  let bytes: [UInt8]
  /// Where each line starts and ends in `bytes`, ends of lines excluded.
  let ranges: [Range<Int>]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    ranges = bytes.withUnsafeBufferPointer { bytes in
      var ranges: [Range<Int>] = []
      var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var index = start
      while index < bytes.count {
        let byte = bytes[index]
        guard byte == 0x0A || byte == 0x0D else {
          index += 1
          continue
        }
        ranges.append(start..<index)
        index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        start = index
      }
      ranges.append(start..<bytes.count)
      return ranges
    }
  }

  /// Line `number` (1-based), or nil past the end.
  func line(_ number: Int) -> String? {
    guard number >= 1, number <= ranges.count else { return nil }
    return String(decoding: bytes[ranges[number - 1]], as: UTF8.self)
  }
}
