import ToCModel

/// A diff as a figure: the new edition in the same columns, groups and legend as `toc render`,
/// with what was added, changed and removed marked so that it survives greyscale print: a `+`,
/// `±` or `−` before the label, added and changed boxes and arrows bold, removed ones dashed
/// (a removed box in its old column), and in colour green, orange and red as well.
public enum DiffDOT {
  /// The figure in DOT; `old` and `new` are the models the diff was made from.
  public static func render(_ diff: ModelDiff, old: Model, new: Model) -> String {
    var both = new
    both.title =
      "\(new.title): \(diff.old.version ?? diff.old.file) → \(diff.new.version ?? diff.new.file)"
    let present = Set(new.nodes.map(\.id))
    both.nodes += diff.removedNodes.filter { !present.contains($0.id) }
    both.links += diff.removedLinks.map {
      Link(from: diff.newID(of: $0.from), to: diff.newID(of: $0.to), range: $0.range)
    }
    var nodeMarks: [String: Figure.Mark] = [:]
    for node in diff.removedNodes where !present.contains(node.id) { nodeMarks[node.id] = .removed }
    for change in diff.changedNodes { nodeMarks[change.new.id] = .changed }
    for node in diff.addedNodes { nodeMarks[node.id] = .added }
    var linkMarks: [LinkKey: Figure.Mark] = [:]
    for link in diff.removedLinks {
      linkMarks[LinkKey(from: diff.newID(of: link.from), to: diff.newID(of: link.to))] = .removed
    }
    for change in diff.changedLinks {
      linkMarks[LinkKey(from: change.new.from, to: change.new.to)] = .changed
    }
    for link in diff.addedLinks { linkMarks[LinkKey(from: link.from, to: link.to)] = .added }

    var figure = Figure(model: both, options: RenderOptions(language: new.language))
    figure.columns = figure.columns.map { column in
      var column = column
      column.blocks = column.blocks.map { $0.marked(nodeMarks) }
      return column
    }
    figure.arrows = figure.arrows.map { arrow in
      var arrow = arrow
      let key = LinkKey(from: both.nodes[arrow.from].id, to: both.nodes[arrow.to].id)
      arrow.mark = linkMarks[key]
      return arrow
    }
    let used = Set(nodeMarks.values).union(linkMarks.values)
    figure.legend.marks = [Figure.Mark.added, .changed, .removed].filter(used.contains)
    return DOTWriter(figure: figure).text()
  }
}

extension Figure.Block {
  /// The block with each box marked as `marks` says, by node id.
  func marked(_ marks: [String: Figure.Mark]) -> Figure.Block {
    let mark = { (box: Figure.Box) -> Figure.Box in
      var box = box
      box.mark = marks[box.id]
      return box
    }
    switch self {
    case .box(let box): return .box(mark(box))
    case .group(let title, let boxes): return .group(title: title, boxes: boxes.map(mark))
    case .include(let title, let blocks):
      return .include(title: title, blocks: blocks.map { $0.marked(marks) })
    }
  }
}
