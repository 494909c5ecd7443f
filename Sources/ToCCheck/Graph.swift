import ToCModel

/// A model with its links indexed both ways, for the rules that walk it.
public struct Graph: Sendable {
  public let model: Model
  /// The kind of each node: what most rules test first, without copying the node.
  let kinds: [Kind]
  /// For each link, the positions of the nodes it leaves and enters.
  let linkFrom: [Int]
  let linkTo: [Int]
  /// The positions of the nodes the links of each node lead to, in link order: those of node `p`
  /// are `next[nextStart[p]..<nextStart[p + 1]]`. One flat list rather than an array per node,
  /// which would be a million small allocations for a large model.
  let next: [Int]
  let nextStart: [Int]
  /// The same for the nodes the links into each node come from.
  let previous: [Int]
  let previousStart: [Int]

  public init(_ model: Model) {
    self.model = model
    (linkFrom, linkTo) = Self.ends(model)
    (next, nextStart) = Self.lists(from: linkFrom, to: linkTo, nodes: model.nodes.count)
    (previous, previousStart) = Self.lists(from: linkTo, to: linkFrom, nodes: model.nodes.count)
    self.kinds = model.nodes.map(\.kind)
  }

  /// The positions of each link's ends: the parser's, when they still hold, or else found by id.
  static func ends(_ model: Model) -> (from: [Int], to: [Int]) {
    if model.linkEnds.matches(model) {
      return (model.linkEnds.from.map { Int($0) }, model.linkEnds.to.map { Int($0) })
    }
    var index: [String: Int] = [:]
    index.reserveCapacity(model.nodes.count)
    for (position, node) in model.nodes.enumerated() where index[node.id] == nil {
      index[node.id] = position
    }
    // The parser keeps only links between defined nodes, so both ends are always found.
    return (model.links.map { index[$0.from]! }, model.links.map { index[$0.to]! })
  }

  /// For every node, the ends `to` of the links that start at it in `from`, in link order, as
  /// one flat list and where each node's part of it starts (a counting sort).
  static func lists(from: [Int], to: [Int], nodes: Int) -> (list: [Int], start: [Int]) {
    var start = Array(repeating: 0, count: nodes + 1)
    for node in from { start[node + 1] += 1 }
    for node in 0..<nodes { start[node + 1] += start[node] }
    var fill = start
    var list = Array(repeating: 0, count: from.count)
    for (link, node) in from.enumerated() {
      list[fill[node]] = to[link]
      fill[node] += 1
    }
    return (list, start)
  }

  /// The positions of the nodes a link from node `position` leads to.
  func successors(_ position: Int) -> ArraySlice<Int> {
    next[nextStart[position]..<nextStart[position + 1]]
  }

  func predecessors(_ position: Int) -> ArraySlice<Int> {
    previous[previousStart[position]..<previousStart[position + 1]]
  }

  /// Whether any link leaves node `position`.
  func hasOutgoing(_ position: Int) -> Bool { nextStart[position] < nextStart[position + 1] }

  /// Whether any link enters node `position`.
  func hasIncoming(_ position: Int) -> Bool {
    previousStart[position] < previousStart[position + 1]
  }

  /// Every node reachable from `starts` along links, found without recursion.
  func reachable(from starts: [Int]) -> [Bool] {
    var seen = Array(repeating: false, count: model.nodes.count)
    var stack = starts
    for start in starts { seen[start] = true }
    while let position = stack.popLast() {
      for next in successors(position) where !seen[next] {
        seen[next] = true
        stack.append(next)
      }
    }
    return seen
  }
}
