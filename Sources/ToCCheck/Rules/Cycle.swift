import ToCModel

extension Rule {
  /// TOC208: links that go round in a circle, reported once per circle.
  static let cycle = Rule(
    .cycle,
    summary: Bilingual(
      en: "a cycle of links, reported once per cycle",
      nl: "een kring van verbanden, één keer gemeld per kring"),
    rationale: Bilingual(
      en:
        "in a circle every step is both cause and effect, so the theory does not say where change starts. Sometimes that is the point (a reinforcing loop); then say so with `negeer: cycle`.",
      nl:
        "in een kring is elke stap zowel oorzaak als gevolg, dus zegt de theorie niet waar verandering begint. Soms is dat juist de bedoeling (een versterkende lus); zeg dat dan met `negeer: cycle`."
    ),
    bad: Example(
      "[korte termijn]\nvertrouwen: Meer vertrouwen -> contact\ncontact: Meer contact -> vertrouwen\n"
    ),
    good: Example(
      "[korte termijn]\nvertrouwen: Meer vertrouwen -> contact\ncontact: Meer contact\n"),
    moreBad: [Example("[korte termijn]\ncontact: Meer contact -> contact\n")],
    moreGood: [
      Example(
        "[korte termijn]\nvertrouwen: Meer vertrouwen -> contact\n  negeer: cycle\ncontact: Meer contact -> vertrouwen\n"
      )
    ],
    check: { graph in
      Cycles.components(of: graph).compactMap { component in
        let first = component.min()!
        guard component.count > 1 || graph.links.successors(first).contains(first) else {
          return nil
        }
        let path = Cycles.path(through: first, within: Set(component), in: graph)
        let namespace = graph.model.nodes[first].namespace
        let ids = path.map { "`\(Namespace.strip(namespace, from: graph.model.nodes[$0].id))`" }
        let shown = ids.count > 12 ? ids.prefix(6) + ["…"] + ids.suffix(5) : ids[...]
        let circle = (shown + [ids[0]]).joined(separator: " → ")
        let node = graph.model.nodes[first]
        return Finding(
          Diagnostic(
            .cycle,
            Bilingual(
              en: "links go round in a circle: \(circle)",
              nl: "verbanden gaan in een kring rond: \(circle)"),
            at: node.range,
            help: Bilingual(
              en: "if the loop is meant, add `ignore: cycle` to `\(node.localId)`",
              nl: "is de lus bedoeld, zet dan `negeer: cycle` bij `\(node.localId)`")))
      }
    })
}

/// Strongly connected components that hold a cycle (Tarjan's algorithm, with an explicit stack so
/// that a chain of a million links needs no deep recursion) and a path round one of them.
enum Cycles {
  static func components(of graph: Graph) -> [[Int]] {
    let count = graph.model.nodes.count
    var order = Array(repeating: -1, count: count)
    var low = order
    var onStack = Array(repeating: false, count: count)
    var stack: [Int] = []
    var counter = 0
    var result: [[Int]] = []
    for root in 0..<count where order[root] == -1 {
      var work: [(node: Int, next: Int)] = []
      func visit(_ node: Int) {
        order[node] = counter
        low[node] = counter
        counter += 1
        stack.append(node)
        onStack[node] = true
        work.append((node, 0))
      }
      visit(root)
      while let (node, next) = work.last {
        let successors = graph.links.successors(node)
        if next < successors.count {
          work[work.count - 1].next += 1
          let successor = successors[successors.startIndex + next]
          if order[successor] == -1 {
            visit(successor)
          } else if onStack[successor] {
            low[node] = min(low[node], order[successor])
          }
          continue
        }
        work.removeLast()
        if let parent = work.last { low[parent.node] = min(low[parent.node], low[node]) }
        guard low[node] == order[node] else { continue }
        // A lone node without a link to itself is no cycle: nearly all are, and need no array.
        if stack.last == node, !graph.links.successors(node).contains(node) {
          stack.removeLast()
          onStack[node] = false
          continue
        }
        var component: [Int] = []
        while let member = stack.popLast() {
          onStack[member] = false
          component.append(member)
          if member == node { break }
        }
        result.append(component)
      }
    }
    // Components share no node, so their smallest members differ: found once, not per comparison.
    return result.map { ($0.min()!, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// A shortest circle from `start` back to itself, through members of its component only.
  static func path(through start: Int, within members: Set<Int>, in graph: Graph) -> [Int] {
    var parent: [Int: Int] = [:]
    var queue = [start]
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for next in graph.links.successors(node) where members.contains(next) {
        if next == start {
          var path = [node]
          while let previous = parent[path[path.count - 1]] { path.append(previous) }
          return path.reversed()
        }
        if parent[next] == nil, next != start {
          parent[next] = node
          queue.append(next)
        }
      }
    }
    return [start]
  }
}
