import ToCModel

/// Finds which node (or indicator) of an old edition is which of the new one.
///
/// First by id. Then, among what is left, by label: two items match when they have the same kind
/// and their normalised labels have a similarity of at least `threshold`, or when their normalised
/// labels are equal whatever their kinds. Similarity is the Sørensen–Dice coefficient of the
/// labels' character bigrams: it forgives small edits and reordered words, and is cheap. Labels are
/// normalised by lower-casing them, turning everything but letters and digits into spaces and
/// collapsing runs of spaces. The best-scoring pairs are taken first (ties: old order, then new).
/// Beyond `pairBudget` pairs only equal labels are matched.
public enum DiffMatching {
  /// The lowest label similarity that makes two items with different ids the same.
  public static let threshold = 0.8

  /// Above this many pairs of unmatched old and new items, only equal labels match: comparing
  /// every pair would make a diff of two large, wholly renumbered models slow.
  public static let pairBudget = 4_000_000

  /// What matching needs to know of an item.
  public struct Item: Sendable {
    public var id: String
    public var label: String
    public var kind: Kind?

    /// An item; `kind` nil for indicators, which have none.
    public init(id: String, label: String, kind: Kind?) {
      self.id = id
      self.label = label
      self.kind = kind
    }
  }

  /// Matched pairs of positions in `old` and `new`, in the order of `old`.
  public static func match(old: [Item], new: [Item]) -> [(old: Int, new: Int, match: Match)] {
    var pairs: [(old: Int, new: Int, match: Match)] = []
    var newByID: [String: Int] = [:]
    for (position, item) in new.enumerated() where newByID[item.id] == nil {
      newByID[item.id] = position
    }
    var takenNew = Set<Int>()
    var leftOld: [Int] = []
    for (position, item) in old.enumerated() {
      if let n = newByID[item.id], takenNew.insert(n).inserted {
        pairs.append((position, n, .id))
      } else {
        leftOld.append(position)
      }
    }
    let leftNew = new.indices.filter { !takenNew.contains($0) }
    guard !leftOld.isEmpty, !leftNew.isEmpty else { return pairs }
    let fuzzy = leftOld.count * leftNew.count <= pairBudget

    let newKeys = leftNew.map { LabelKey(new[$0].label) }
    var sameText: [String: [Int]] = [:]
    for (position, key) in newKeys.enumerated() where !key.text.isEmpty {
      sameText[key.text, default: []].append(position)
    }
    var candidates: [(old: Int, new: Int, score: Double)] = []
    for o in leftOld {
      let a = LabelKey(old[o].label)
      let equal = sameText[a.text] ?? []
      for position in equal { candidates.append((o, leftNew[position], 1)) }
      for (position, n) in leftNew.enumerated()
      where fuzzy && old[o].kind == new[n].kind && !equal.contains(position) {
        if let score = a.similarity(to: newKeys[position], atLeast: threshold) {
          candidates.append((o, n, score))
        }
      }
    }
    candidates.sort { ($1.score, $0.old, $0.new) < ($0.score, $1.old, $1.new) }
    var takenOld = Set<Int>()
    for candidate in candidates
    where !takenOld.contains(candidate.old) && !takenNew.contains(candidate.new) {
      takenOld.insert(candidate.old)
      takenNew.insert(candidate.new)
      pairs.append((candidate.old, candidate.new, .label(similarity: candidate.score)))
    }
    return pairs.sorted { $0.old < $1.old }
  }

  /// The similarity (0…1) of two labels, after normalising them.
  public static func similarity(_ a: String, _ b: String) -> Double {
    let (a, b) = (LabelKey(a), LabelKey(b))
    return a.text == b.text ? 1 : a.similarity(to: b, atLeast: 0) ?? 0
  }
}

/// A label normalised for matching, with its character bigrams sorted.
struct LabelKey {
  var text: String
  var bigrams: [UInt64]

  init(_ label: String) {
    var scalars: [Unicode.Scalar] = []
    for scalar in label.lowercased().unicodeScalars {
      let keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if keep {
        scalars.append(scalar)
      } else if let last = scalars.last, last != " " {
        scalars.append(" ")
      }
    }
    if scalars.last == " " { scalars.removeLast() }
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars)
    self.text = text
    bigrams = zip(scalars, scalars.dropFirst()).map { UInt64($0.value) << 32 | UInt64($1.value) }
      .sorted()
  }

  /// The Dice coefficient of the bigrams, or nil when it is below `minimum` (known early from the
  /// lengths alone, which spares counting for most pairs of a large model).
  func similarity(to other: LabelKey, atLeast minimum: Double) -> Double? {
    let total = bigrams.count + other.bigrams.count
    guard total > 0 else { return nil }
    let bound = 2 * Double(min(bigrams.count, other.bigrams.count)) / Double(total)
    guard bound >= minimum else { return nil }
    var (i, j, shared) = (0, 0, 0)
    while i < bigrams.count, j < other.bigrams.count {
      if bigrams[i] == other.bigrams[j] {
        shared += 1
        i += 1
        j += 1
      } else if bigrams[i] < other.bigrams[j] {
        i += 1
      } else {
        j += 1
      }
    }
    let score = 2 * Double(shared) / Double(total)
    return score >= minimum ? score : nil
  }
}
