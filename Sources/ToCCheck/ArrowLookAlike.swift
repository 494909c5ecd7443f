import ToCModel

/// A label that ends in an arrow written as something else, followed by ids of the model:
/// `les: Taalles => deelnemers`, or `→` pasted from a document. The parser reads it all as the
/// label, so the node leads nowhere; the finding that says so (TOC205, TOC206) tells how to write
/// the arrow, and the nodes it names are not called orphans besides it (`Consequences`).
struct ArrowLookAlike: Sendable {
  /// Where the node is in the model.
  var node: Int
  /// Its id, as its file writes it.
  var id: String
  /// The arrow as written: `=>`, `-->`, `→`, …
  var spelling: String
  /// The label before it.
  var label: String
  /// The ids after it, as written, and where each node is.
  var targets: [(id: String, node: Int)]

  /// What is written for an arrow, longest first so that `-->` is not read as `->`. Each holds
  /// `>` or starts with the byte 0xE2, as every arrow sign of Unicode's U+2190–U+27FF does.
  static let spellings = ["-->", "==>", "—>", "–>", "=>", "→", "⇒", "⟶", "➔", "➜"]

  /// The look-alikes in the labels of the nodes at `candidates`, by node. Most labels hold no
  /// `>` and no arrow sign at all, and are passed over without a look-up.
  static func all(at candidates: [Int], in model: Model) -> [Int: ArrowLookAlike] {
    let suspects = candidates.filter {
      model.nodes[$0].label.value.utf8.contains { $0 == UInt8(ascii: ">") || $0 == 0xE2 }
    }
    guard !suspects.isEmpty else { return [:] }
    let positions = model.nodePositions
    var found: [Int: ArrowLookAlike] = [:]
    for position in suspects {
      found[position] = find(at: position, in: model, positions)
    }
    return found
  }

  /// The look-alike in the label of the node at `position`, if its words after the arrow are all
  /// ids the node's file can name (`positions` finds them by qualified id).
  static func find(at position: Int, in model: Model, _ positions: [String: Int])
    -> ArrowLookAlike?
  {
    let node = model.nodes[position]
    let label = node.label.value
    guard let spelling = spellings.first(where: { label.contains($0) }),
      let cut = label.firstRange(of: spelling)
    else { return nil }
    let before = label[..<cut.lowerBound].trimmingSpaces
    let words = label[cut.upperBound...].split(separator: ",").map { String($0.trimmingSpaces) }
    guard !before.isEmpty, !words.isEmpty else { return nil }
    var targets: [(id: String, node: Int)] = []
    for word in words {
      let qualified = node.namespace.isEmpty ? word : node.namespace + "." + word
      guard let target = positions[qualified], target != position else { return nil }
      targets.append((word, target))
    }
    return ArrowLookAlike(
      node: position, id: node.localId, spelling: spelling, label: String(before), targets: targets)
  }

  /// The help of the finding at the node: the arrow to write instead.
  var help: Bilingual {
    let written = "\(id): \(label) -> \(targets.map(\.id).joined(separator: ", "))"
    return Bilingual(
      en: "`\(spelling)` is not an arrow: write `\(written)`",
      nl: "`\(spelling)` is geen pijl: schrijf `\(written)`")
  }
}

extension Model {
  /// Where each node is, by qualified id (the first, for an id defined twice).
  var nodePositions: [String: Int] {
    var positions: [String: Int] = [:]
    positions.reserveCapacity(nodes.count)
    for (position, node) in nodes.enumerated() where positions[node.id] == nil {
      positions[node.id] = position
    }
    return positions
  }
}
