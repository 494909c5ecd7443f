/// "Did you mean" for typos: the nearest candidate by edit distance, if it is near enough.
public enum Suggestion {
  /// The candidate nearest to `word` (ignoring case) within a few edits, the first of equals.
  /// A large model offers many candidates, so each is compared without making anything for it.
  public static func nearest(to word: String, among candidates: [String]) -> String? {
    let limit = max(1, min(3, word.count / 3))
    let wanted = scalars(word)
    var candidate: [UInt32] = []
    var rows = Rows()
    var best: (String, Int)?
    for name in candidates where name != word {
      candidate.removeAll(keepingCapacity: true)
      if name.utf8.allSatisfy({ $0 < 0x80 }) {
        // Lower case keeps an ASCII name's length: one too long or too short is passed over.
        guard abs(name.utf8.count - wanted.count) <= limit else { continue }
        for byte in name.utf8 { candidate.append(UInt32(lowerCase(byte))) }
      } else {
        candidate = scalars(name)
      }
      let distance = editDistance(wanted, candidate, limit: limit, rows: &rows)
      if distance <= limit, distance < (best?.1 ?? Int.max) { best = (name, distance) }
    }
    return best?.0
  }

  /// Edit distance, cut short once it exceeds `limit`: insertions, deletions, substitutions and
  /// swaps of two neighbours (`toest` for `toets`, the commonest slip of typing), one edit each.
  public static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    var rows = Rows()
    return editDistance(scalars(a), scalars(b), limit: limit, rows: &rows)
  }

  /// The three rows of the distance table a swap needs, kept from one comparison to the next.
  struct Rows {
    var beforePrevious: [Int] = []
    var previous: [Int] = []
    var current: [Int] = []
  }

  static func editDistance(_ a: [UInt32], _ b: [UInt32], limit: Int, rows: inout Rows) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty { return b.count }
    rows.previous.removeAll(keepingCapacity: true)
    rows.previous.append(contentsOf: 0...b.count)
    rows.current.removeAll(keepingCapacity: true)
    rows.current.append(contentsOf: repeatElement(0, count: b.count + 1))
    rows.beforePrevious.removeAll(keepingCapacity: true)
    rows.beforePrevious.append(contentsOf: repeatElement(0, count: b.count + 1))
    for i in 1...a.count {
      rows.current[0] = i
      var rowMinimum = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var distance = min(
          rows.previous[j] + 1, rows.current[j - 1] + 1, rows.previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          distance = min(distance, rows.beforePrevious[j - 2] + 1)
        }
        rows.current[j] = distance
        rowMinimum = min(rowMinimum, distance)
      }
      // A swap reaches back two rows, but never below a row whose every cell is past the limit.
      if rowMinimum > limit { return limit + 1 }
      swap(&rows.beforePrevious, &rows.previous)
      swap(&rows.previous, &rows.current)
    }
    return rows.previous[b.count]
  }

  /// The scalars of `text` in lower case, as numbers.
  static func scalars(_ text: String) -> [UInt32] {
    text.lowercased().unicodeScalars.map(\.value)
  }

  static func lowerCase(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
  }
}
