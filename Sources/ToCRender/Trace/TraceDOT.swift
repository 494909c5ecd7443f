import ToCModel

/// A trace as a figure: the whole model, with the traced paths highlighted and the rest greyed.
public enum TraceDOT {
  /// The figure in DOT, the traced node boldest; the model's own language titles the columns.
  public static func render(_ trace: Trace, model: Model) -> String {
    let onPath = Set(trace.nodes)
    let linksOnPath = Set(trace.links)
    let nodes = model.nodes.map { node -> (Node, HighlightDOT.Style) in
      (node, node.id == trace.id ? .focus : onPath.contains(node.id) ? .highlighted : .muted)
    }
    let links = model.links.map { link in
      (
        from: link.from, to: link.to,
        style: linksOnPath.contains(LinkKey(from: link.from, to: link.to))
          ? HighlightDOT.Style.highlighted : .muted
      )
    }
    return HighlightDOT.render(
      title: "\(model.title): \(trace.id)", language: model.language, nodes: nodes, links: links)
  }
}
