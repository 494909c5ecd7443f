import ToCModel

/// The paths through one node: backward mapping (every path that leads to it, back to where
/// nothing leads further: a resource or activity, normally) and forward mapping (everything it
/// leads to). Paths are enumerated with an explicit stack, so deep models cannot overflow it, and
/// only the first `limit` paths of each direction are kept.
public struct Trace: Hashable, Sendable {
  /// The traced node's id.
  public var id: String
  /// What leads to the node, as a tree rooted at it; nil when not asked for.
  public var backward: TraceTree?
  /// What the node leads to, as a tree rooted at it; nil when not asked for.
  public var forward: TraceTree?
  /// Every node on a traced path (the node itself included), in model order; not cut off by
  /// `limit`.
  public var nodes: [String]
  /// Every link on a traced path, in model order; not cut off by `limit`.
  public var links: [LinkKey]

  /// How many paths of each direction are kept when nobody asks otherwise.
  public static let defaultLimit = 100

  /// Traces `id` through `model`; nil when the model has no node with that id.
  public static func trace(
    _ model: Model, id: String, backward: Bool = true, forward: Bool = true,
    limit: Int = defaultLimit
  ) -> Trace? {
    guard let root = model.nodes.firstIndex(where: { $0.id == id }) else { return nil }
    let index = LinkIndex(model)
    let ids = model.nodes.map(\.id)
    var onPath = Array(repeating: false, count: ids.count)
    var onTrace = Array(repeating: false, count: model.links.count)
    onPath[root] = true
    // A direction's links are those between nodes it reaches, or from or to the root.
    func mark(_ neighbours: (Int) -> ArraySlice<Int>, near: [Int], far: [Int]) {
      let reached = index.reachable(from: Array(neighbours(root)), along: neighbours)
      for position in reached.indices where reached[position] { onPath[position] = true }
      for link in onTrace.indices
      where reached[far[link]] && (near[link] == root || reached[near[link]]) {
        onTrace[link] = true
      }
    }
    if backward { mark(index.predecessors, near: index.to, far: index.from) }
    if forward { mark(index.successors, near: index.from, far: index.to) }
    return Trace(
      id: id,
      backward: backward
        ? TraceTree.paths(from: root, along: index.predecessors, ids: ids, limit: limit) : nil,
      forward: forward
        ? TraceTree.paths(from: root, along: index.successors, ids: ids, limit: limit) : nil,
      nodes: ids.indices.filter { onPath[$0] }.map { ids[$0] },
      links: model.links.indices.filter { onTrace[$0] }.map {
        LinkKey(from: model.links[$0].from, to: model.links[$0].to)
      })
  }
}

/// The paths from one node in one direction, as the lines of an indented tree: a path is the
/// way from the root to a line that ends one.
public struct TraceTree: Hashable, Sendable {
  /// One node on a path, `depth` steps from the root.
  public struct Line: Hashable, Sendable {
    public var depth: Int
    public var id: String
    /// Set when a path ends here.
    public var end: End?

    /// A line `depth` steps from the root.
    public init(depth: Int, id: String, end: End? = nil) {
      self.depth = depth
      self.id = id
      self.end = end
    }
  }

  /// Why a path ends at a line.
  public enum End: String, Hashable, Sendable {
    /// Nothing leads further.
    case leaf
    /// The node is already on the path: the path would go round a cycle.
    case cycle
  }

  /// The root first; each line's parent is the nearest line above it with a smaller depth.
  public var lines: [Line]
  /// The number of paths kept (lines with an `end`).
  public var paths: Int
  /// Whether there are more paths than were kept.
  public var truncated: Bool

  /// A tree of these lines.
  public init(lines: [Line], paths: Int, truncated: Bool) {
    self.lines = lines
    self.paths = paths
    self.truncated = truncated
  }

  /// Every path from node `root` along `neighbours`, depth first in link order, up to `limit`
  /// paths; lines name nodes by their `ids`.
  static func paths(
    from root: Int, along neighbours: (Int) -> ArraySlice<Int>, ids: [String], limit: Int
  ) -> TraceTree {
    struct Frame {
      var node: Int
      var next: ArraySlice<Int>
      var position = 0
    }
    var lines = [Line(depth: 0, id: ids[root])]
    var stack = [Frame(node: root, next: neighbours(root))]
    var onPath: Set<Int> = [root]
    var paths = 0
    while let top = stack.last, paths < limit {
      guard top.position < top.next.count else {
        onPath.remove(top.node)
        stack.removeLast()
        continue
      }
      let child = top.next[top.next.startIndex + top.position]
      stack[stack.count - 1].position += 1
      let following = neighbours(child)
      if onPath.contains(child) || following.isEmpty {
        lines.append(
          Line(depth: stack.count, id: ids[child], end: onPath.contains(child) ? .cycle : .leaf))
        paths += 1
      } else {
        lines.append(Line(depth: stack.count, id: ids[child]))
        stack.append(Frame(node: child, next: following))
        onPath.insert(child)
      }
    }
    let truncated = stack.contains { $0.position < $0.next.count }
    return TraceTree(lines: lines, paths: paths, truncated: truncated)
  }
}
