import ToCModel

/// A diff as a figure: the new edition, with added nodes and links in green, changed ones in
/// orange, and removed nodes and links drawn too, red and dashed (a removed node in its old
/// column).
public enum DiffDOT {
  /// The figure in DOT; `old` and `new` are the models the diff was made from.
  public static func render(_ diff: ModelDiff, old: Model, new: Model) -> String {
    let added = Set(diff.addedNodes.map(\.id))
    let changed = Set(diff.changedNodes.map(\.new.id))
    var nodes = new.nodes.map { node -> (Node, HighlightDOT.Style) in
      (node, added.contains(node.id) ? .added : changed.contains(node.id) ? .changed : .plain)
    }
    nodes += diff.removedNodes.map { ($0, .removed) }
    let addedLinks = Set(diff.addedLinks.map { LinkKey(from: $0.from, to: $0.to) })
    let changedLinks = Set(diff.changedLinks.map { LinkKey(from: $0.new.from, to: $0.new.to) })
    var links = new.links.map { link -> (from: String, to: String, style: HighlightDOT.Style) in
      let key = LinkKey(from: link.from, to: link.to)
      return (
        link.from, link.to,
        addedLinks.contains(key) ? .added : changedLinks.contains(key) ? .changed : .plain
      )
    }
    links += diff.removedLinks.map { (diff.newID(of: $0.from), diff.newID(of: $0.to), .removed) }
    let versions = [diff.old.version ?? diff.old.file, diff.new.version ?? diff.new.file]
    return HighlightDOT.render(
      title: "\(new.title): \(versions[0]) → \(versions[1])", language: new.language,
      nodes: nodes,
      links: links)
  }
}
