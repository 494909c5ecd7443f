import ToCModel

extension Loader {
  /// One link per pair of ends: a link written again (a node's arrow, then a `[verbanden]` line
  /// that gives it an assumption) is merged into where it first appears, its assumptions and
  /// sources added in the order written, each distinct text once (section 3.4).
  mutating func mergeRepeatedLinks() {
    guard
      let first = Self.firstAppearances(
        from: model.linkEnds.from, to: model.linkEnds.to, nodes: model.nodes.count)
    else { return }
    var kept: [Link] = []
    var ends = LinkEnds()
    // Where each first appearance went among the kept links.
    var keptAt = [Int](repeating: 0, count: model.links.count)
    // In link order, so that assumptions gather in the order they were written.
    for link in model.links.indices {
      let origin = first[link]
      guard origin == link else {
        kept[keptAt[origin]].assumptions = Self.distinct(
          kept[keptAt[origin]].assumptions + model.links[link].assumptions)
        kept[keptAt[origin]].sources = Self.distinct(
          kept[keptAt[origin]].sources + model.links[link].sources)
        continue
      }
      keptAt[link] = kept.count
      kept.append(model.links[link])
      ends.from.append(model.linkEnds.from[link])
      ends.to.append(model.linkEnds.to[link])
    }
    model.links = kept
    model.linkEnds = ends
  }

  /// For each link, the first link with the same ends (itself if it is the first); nil when no
  /// link repeats another, nearly always. Links are grouped by the node they leave (a counting
  /// sort) and each group sorted by target, so repeats meet without hashing every pair.
  static func firstAppearances(from: [Int32], to: [Int32], nodes: Int) -> [Int]? {
    var start = [Int](repeating: 0, count: nodes + 1)
    for node in from { start[Int(node) + 1] += 1 }
    for node in 0..<nodes { start[node + 1] += start[node] }
    var fill = start
    var order = [Int32](repeating: 0, count: from.count)
    for (link, node) in from.enumerated() {
      order[fill[Int(node)]] = Int32(link)
      fill[Int(node)] += 1
    }
    var first: [Int]?
    for node in 0..<nodes where start[node + 1] - start[node] > 1 {
      // By target, then in link order: the repeats of one pair follow their first appearance.
      order[start[node]..<start[node + 1]].sort { (to[Int($0)], $0) < (to[Int($1)], $1) }
      for index in start[node] + 1..<start[node + 1]
      where to[Int(order[index])] == to[Int(order[index - 1])] {
        if first == nil { first = Array(0..<from.count) }
        first![Int(order[index])] = first![Int(order[index - 1])]
      }
    }
    return first
  }
}
