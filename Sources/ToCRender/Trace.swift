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
    guard model.node(id) != nil else { return nil }
    let graph = TraceGraph(model)
    var onPath: Set<String> = [id]
    var keys: Set<LinkKey> = []
    if backward {
      let reached = graph.reach(from: id, along: graph.predecessors)
      onPath.formUnion(reached)
      keys.formUnion(
        model.links.map { LinkKey(from: $0.from, to: $0.to) }
          .filter { reached.contains($0.from) && ($0.to == id || reached.contains($0.to)) })
    }
    if forward {
      let reached = graph.reach(from: id, along: graph.successors)
      onPath.formUnion(reached)
      keys.formUnion(
        model.links.map { LinkKey(from: $0.from, to: $0.to) }
          .filter { reached.contains($0.to) && ($0.from == id || reached.contains($0.from)) })
    }
    return Trace(
      id: id,
      backward: backward ? TraceTree.paths(from: id, along: graph.predecessors, limit: limit) : nil,
      forward: forward ? TraceTree.paths(from: id, along: graph.successors, limit: limit) : nil,
      nodes: model.nodes.map(\.id).filter { onPath.contains($0) },
      links: model.links.map { LinkKey(from: $0.from, to: $0.to) }.filter { keys.contains($0) })
  }
}

/// The links of a model as neighbour lists, in link order.
struct TraceGraph {
  var successors: [String: [String]] = [:]
  var predecessors: [String: [String]] = [:]

  init(_ model: Model) {
    for link in model.links {
      successors[link.from, default: []].append(link.to)
      predecessors[link.to, default: []].append(link.from)
    }
  }

  /// The nodes reachable from `start` (not itself, unless on a cycle), walked without recursion.
  func reach(from start: String, along neighbours: [String: [String]]) -> Set<String> {
    var seen: Set<String> = []
    var pending = [start]
    while let current = pending.popLast() {
      for next in neighbours[current] ?? [] where seen.insert(next).inserted {
        pending.append(next)
      }
    }
    return seen
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

  /// Every path from `root` along `neighbours`, depth first in link order, up to `limit` paths.
  static func paths(from root: String, along neighbours: [String: [String]], limit: Int)
    -> TraceTree
  {
    struct Frame {
      var id: String
      var next: [String]
      var position = 0
    }
    var lines = [Line(depth: 0, id: root)]
    var stack = [Frame(id: root, next: neighbours[root] ?? [])]
    var onPath: Set<String> = [root]
    var paths = 0
    while let top = stack.last, paths < limit {
      guard top.position < top.next.count else {
        onPath.remove(top.id)
        stack.removeLast()
        continue
      }
      let child = top.next[top.position]
      stack[stack.count - 1].position += 1
      let following = neighbours[child] ?? []
      if onPath.contains(child) || following.isEmpty {
        lines.append(
          Line(depth: stack.count, id: child, end: onPath.contains(child) ? .cycle : .leaf))
        paths += 1
      } else {
        lines.append(Line(depth: stack.count, id: child))
        stack.append(Frame(id: child, next: following))
        onPath.insert(child)
      }
    }
    let truncated = stack.contains { $0.position < $0.next.count }
    return TraceTree(lines: lines, paths: paths, truncated: truncated)
  }
}
