import ToCModel

/// A model with its links indexed both ways, for the rules that walk it.
public struct Graph: Sendable {
  public let model: Model
  /// Node positions by qualified id.
  let index: [String: Int]
  /// For each node, the positions in `model.links` of the links that leave it and that enter it.
  let outgoing: [[Int]]
  let incoming: [[Int]]

  public init(_ model: Model) {
    self.model = model
    var index: [String: Int] = [:]
    index.reserveCapacity(model.nodes.count)
    for (position, node) in model.nodes.enumerated() where index[node.id] == nil {
      index[node.id] = position
    }
    var outgoing = Array(repeating: [Int](), count: model.nodes.count)
    var incoming = outgoing
    for (position, link) in model.links.enumerated() {
      guard let from = index[link.from], let to = index[link.to] else { continue }
      outgoing[from].append(position)
      incoming[to].append(position)
    }
    self.index = index
    self.outgoing = outgoing
    self.incoming = incoming
  }

  func from(_ link: Link) -> Node { model.nodes[index[link.from]!] }
  func to(_ link: Link) -> Node { model.nodes[index[link.to]!] }

  /// The positions of the nodes a link from node `position` leads to.
  func successors(_ position: Int) -> [Int] {
    outgoing[position].map { index[model.links[$0].to]! }
  }

  func predecessors(_ position: Int) -> [Int] {
    incoming[position].map { index[model.links[$0].from]! }
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
