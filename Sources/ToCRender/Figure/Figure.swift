import ToCModel

/// What a drawing of a model shows, worked out once from the model and the options, so that the
/// DOT and Mermaid writers draw the same figure and only differ in syntax. Texts are the model's
/// own, not yet escaped.
struct Figure {
  var title: String
  /// One paragraph saying what the figure contains, for readers who cannot see it.
  var summary: String
  /// The language of column titles and the legend.
  var language: Language
  var direction: LayoutDirection
  /// One per level that has nodes, in level order.
  var columns: [Column]
  var arrows: [Arrow]
  var legend: Legend
  var style: FigureStyle

  /// The nodes of one level, headed by the level's title.
  struct Column {
    var kind: Kind
    var title: String
    /// The model's own boxes first, then one block per included file; in source order, with
    /// the boxes of a group together where the group first appears.
    var blocks: [Block]
  }

  /// One entry of a column: a box, a group of boxes, or the boxes of an included file.
  indirect enum Block {
    case box(Box)
    case group(title: String, boxes: [Box])
    case include(title: String, blocks: [Block])
  }

  /// A node as drawn.
  struct Box {
    /// The node's position in `Model.nodes`: what writers derive their ids from.
    var index: Int
    var kind: Kind
    var id: String
    var label: [String]
    /// The description, wrapped smaller, when descriptions are shown.
    var description: [String]
    /// The indicators the node is measured by, when indicators are shown.
    var notes: [IndicatorNote]
    /// Whether a finding is located on the node's definition line.
    var flagged: Bool
    /// Everything known about the node, one fact per line, for a tooltip.
    var tooltip: String
    /// What a new edition did to the node, in a diff's figure.
    var mark: Mark? = nil
  }

  /// What a new edition did to a box or an arrow.
  enum Mark {
    case added, changed, removed
  }

  /// An indicator shown beside the node it measures.
  struct IndicatorNote {
    var label: [String]
    /// `2020: 55%` and the target: lines under the label.
    var values: [String]
  }

  /// A link between two boxes.
  struct Arrow {
    /// The positions of its ends in `Model.nodes`, as in `Box.index`.
    var from: Int
    var to: Int
    /// The columns of its ends.
    var fromKind: Kind
    var toKind: Kind
    var step: Step
    /// The number of its assumptions in the legend, when assumptions are shown.
    var number: Int?
    var tooltip: String
    /// What a new edition did to the link, in a diff's figure.
    var mark: Mark? = nil
  }

  /// Where a link goes, seen from its start.
  enum Step {
    /// To a later column.
    case forward
    /// To a box in the same column.
    case within
    /// To an earlier column.
    case backward
  }

  /// What the legend explains: the kinds drawn and the numbers and marks the options add.
  struct Legend {
    var kinds: [Kind]
    var notes: Bool
    var flagged: Bool
    var assumptions: [(number: Int, lines: [String])]
    /// `TOC203 orphan-outcome` and its message.
    var findings: [(code: String, lines: [String])]
    /// The marks of a diff's figure drawn, in order.
    var marks: [Mark] = []

    var isEmpty: Bool {
      kinds.isEmpty && assumptions.isEmpty && findings.isEmpty && marks.isEmpty
    }
  }
}

extension Figure.Block {
  /// The boxes in the block, in drawing order.
  var boxes: [Figure.Box] {
    switch self {
    case .box(let box): [box]
    case .group(_, let boxes): boxes
    case .include(_, let blocks): blocks.flatMap(\.boxes)
    }
  }
}

extension Figure {
  /// The size of the smallest text drawn, in points, before any scaling.
  var smallestText: Double {
    let boxes = columns.flatMap { $0.blocks.flatMap(\.boxes) }
    if arrows.contains(where: { $0.number != nil })
      || boxes.contains(where: { !$0.description.isEmpty || !$0.notes.isEmpty })
    {
      return style.smallSize
    }
    let framed = columns.contains { column in
      column.blocks.contains {
        if case .box = $0 { return false }
        return true
      }
    }
    return !legend.isEmpty || framed ? style.legendSize : style.fontSize
  }
}
