/// Small deterministic changes to a file (a flipped bit, a cut, a line moved or repeated, a risky
/// fragment inserted), for tests that bad input never breaks what they hold.
public enum Mutation {
  static let fragments: [[UInt8]] =
    [
      "\"", "[", "]", "->", " -> ", ",", ":", "\\", "\n", "\r", "\t", "#", "[verbanden]", "a -> a",
      "negeer: cycle", "gebruik: main.toc", "meting: 2020 = ", "\u{00A0}", "é", "x-aantal",
    ].map { Array($0.utf8) } + [
      [0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF],
    ]

  /// `bytes` with one to four changes drawn from `random`.
  public static func mutate(_ bytes: [UInt8], _ random: inout SplitMix) -> [UInt8] {
    var bytes = bytes
    for _ in 0...random.below(3) {
      switch random.below(6) {
      case 0 where !bytes.isEmpty:
        bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8))
      case 1:
        bytes = Array(bytes.prefix(random.below(bytes.count + 1)))
      case 2, 3:
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard !lines.isEmpty else { continue }
        let from = random.below(lines.count)
        if random.below(2) == 0 {
          lines.swapAt(from, random.below(lines.count))
        } else {
          lines.insert(lines[from], at: random.below(lines.count + 1))
        }
        bytes = Array(lines.joined(separator: [0x0A]))
      default:
        let fragment = fragments[random.below(fragments.count)]
        bytes.insert(contentsOf: fragment, at: random.below(bytes.count + 1))
      }
    }
    return bytes
  }
}
