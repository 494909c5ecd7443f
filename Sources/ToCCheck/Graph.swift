import ToCModel

/// A model with its links indexed both ways, for the rules that walk it.
public struct Graph: Sendable {
  public let model: Model
  /// Node positions by qualified id.
  let index: [String: Int]
  /// For each node, the positions in `model.links` of the links that leave it and that enter it.
  let outgoing: [[Int]]
  let incoming: [[Int]]
  /// For each link, the positions of the nodes it leaves and enters.
  let linkFrom: [Int]
  let linkTo: [Int]
  /// For each node, the positions of the nodes its links lead to, and come from.
  let next: [[Int]]
  let previous: [[Int]]

  public init(_ model: Model) {
    self.model = model
    var index: [String: Int] = [:]
    index.reserveCapacity(model.nodes.count)
    for (position, node) in model.nodes.enumerated() where index[node.id] == nil {
      index[node.id] = position
    }
    var outgoing = Array(repeating: [Int](), count: model.nodes.count)
    var incoming = outgoing
    var next = outgoing
    var previous = outgoing
    var linkFrom: [Int] = []
    var linkTo: [Int] = []
    linkFrom.reserveCapacity(model.links.count)
    linkTo.reserveCapacity(model.links.count)
    // The parser keeps only links between defined nodes, so both ends are always found.
    for (position, link) in model.links.enumerated() {
      let from = index[link.from]!
      let to = index[link.to]!
      linkFrom.append(from)
      linkTo.append(to)
      outgoing[from].append(position)
      incoming[to].append(position)
      next[from].append(to)
      previous[to].append(from)
    }
    self.index = index
    self.outgoing = outgoing
    self.incoming = incoming
    self.linkFrom = linkFrom
    self.linkTo = linkTo
    self.next = next
    self.previous = previous
  }

  /// The positions of the nodes a link from node `position` leads to.
  func successors(_ position: Int) -> [Int] { next[position] }

  func predecessors(_ position: Int) -> [Int] { previous[position] }

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
