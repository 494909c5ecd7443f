/// The positions in `Model.nodes` of each link's ends, as the parser resolved them, so that a
/// `LinkIndex` need not look every id up again. Part of the model's value: two models are equal
/// only if these are. A model made or changed by hand may hold none or stale ones; `LinkIndex`
/// uses them only when they `match` the model.
public struct LinkEnds: Hashable, Sendable {
  public var from: [Int32] = []
  public var to: [Int32] = []

  public init() {}

  /// Whether these are the ends of exactly `model`'s links: one pair per link, naming its ids.
  public func matches(_ model: Model) -> Bool {
    guard from.count == model.links.count, to.count == model.links.count else { return false }
    for (position, link) in model.links.enumerated() {
      let (from, to) = (Int(from[position]), Int(to[position]))
      guard from < model.nodes.count, to < model.nodes.count, model.nodes[from].id == link.from,
        model.nodes[to].id == link.to
      else { return false }
    }
    return true
  }
}

/// A model's links by node position: each link's ends, and for every node the nodes its links
/// lead to and come from, in link order. What the rules and the trace walk.
public struct LinkIndex: Sendable {
  /// For each link, the positions of the nodes it leaves and enters.
  public let from: [Int]
  public let to: [Int]
  /// The positions of the nodes the links of each node lead to, in link order: those of node `p`
  /// are `next[nextStart[p]..<nextStart[p + 1]]`. One flat list rather than an array per node,
  /// which would be a million small allocations for a large model.
  @usableFromInline let next: [Int]
  @usableFromInline let nextStart: [Int]
  /// The same for the nodes the links into each node come from.
  @usableFromInline let previous: [Int]
  @usableFromInline let previousStart: [Int]

  /// The index of `model`'s links, from the parser's `linkEnds` when they still hold.
  public init(_ model: Model) {
    (from, to) = Self.ends(model)
    (next, nextStart) = Self.lists(from: from, to: to, nodes: model.nodes.count)
    (previous, previousStart) = Self.lists(from: to, to: from, nodes: model.nodes.count)
  }

  /// The number of nodes indexed.
  @inlinable public var nodeCount: Int { nextStart.count - 1 }

  /// The positions of the nodes a link from node `position` leads to, in link order.
  @inlinable public func successors(_ position: Int) -> ArraySlice<Int> {
    next[nextStart[position]..<nextStart[position + 1]]
  }

  /// The positions of the nodes a link into node `position` comes from, in link order.
  @inlinable public func predecessors(_ position: Int) -> ArraySlice<Int> {
    previous[previousStart[position]..<previousStart[position + 1]]
  }

  /// Whether any link leaves node `position`.
  @inlinable public func hasOutgoing(_ position: Int) -> Bool {
    nextStart[position] < nextStart[position + 1]
  }

  /// Whether any link enters node `position`.
  @inlinable public func hasIncoming(_ position: Int) -> Bool {
    previousStart[position] < previousStart[position + 1]
  }

  /// Every node reachable from `starts` along links (the starts included), found without
  /// recursion.
  public func reachable(from starts: [Int]) -> [Bool] {
    reachable(from: starts, along: successors)
  }

  /// Every node reachable from `starts` along `neighbours` (the starts included).
  public func reachable(
    from starts: [Int], along neighbours: (Int) -> ArraySlice<Int>
  ) -> [Bool] {
    var seen = Array(repeating: false, count: nodeCount)
    var stack = starts
    for start in starts { seen[start] = true }
    while let position = stack.popLast() {
      for next in neighbours(position) where !seen[next] {
        seen[next] = true
        stack.append(next)
      }
    }
    return seen
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
}
