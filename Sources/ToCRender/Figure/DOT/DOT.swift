import ToCModel

/// Draws a model as a Graphviz DOT graph: one column per level, headed by its title in the
/// options' language, boxes in source order, arrows between them and a legend.
///
/// Each column is a single Graphviz node whose HTML-like label is a table of boxes, and every
/// arrow runs between the ports of two cells. Graphviz keeps the rows of a table exactly as
/// written, so column membership and source order hold for any model; with one node per box it
/// only keeps them most of the time, and its clusters crash on some layouts.
public enum DOT {
  /// The DOT text of `model`: byte for byte the same for the same model and options.
  public static func render(_ model: Model, options: RenderOptions = RenderOptions()) -> String {
    DOTWriter(figure: Figure(model: model, options: options)).text()
  }

  /// The DOT text to lay the figure of `model` out for `FigureLayout`: at 72 dpi without padding
  /// or page size, so that the image map and the JSON are both in the figure's own points, and
  /// without dotted or dashed borders, on which Graphviz 2.43's JSON writer crashes.
  public static func layoutText(_ model: Model, options: RenderOptions = RenderOptions()) -> String
  {
    var options = options
    options.style.size = nil
    return render(model, options: options)
      .replacing(#" STYLE="dotted""#, with: "")
      .replacing(#" STYLE="dashed""#, with: "")
      .replacing(#" STYLE="rounded,dashed""#, with: #" STYLE="rounded""#)
      .replacing(", pad=0.2,", with: ", pad=0, dpi=72,")
  }

  /// The size of the smallest text in the figure of `model`, in points, before Graphviz scales
  /// it to fit a page: what a page's scale is applied to for the printed size.
  public static func smallestText(_ model: Model, options: RenderOptions = RenderOptions())
    -> Double
  {
    Figure(model: model, options: options).smallestText
  }
}

/// Writes a `Figure` as DOT text, the same way every time.
struct DOTWriter {
  var figure: Figure

  /// Whether columns are stacks (left to right) rather than rows (top to bottom).
  var stacked: Bool { figure.direction == .leftToRight }

  func text() -> String {
    let style = figure.style
    let font = DOTText.quoted(style.font)
    let line = BoxStyle.lineColor(style.theme)
    var out = "digraph \(DOTText.quoted(figure.title)) {\n"
    out += "  graph [rankdir=\(figure.direction.rawValue), charset=\"UTF-8\", fontname=\(font), "
    // Two ranks between columns: the one between holds the turns of arrows within a column.
    // Rows top to bottom are wide: arrows between them travel far sideways, and need more room.
    out += "nodesep=0.05, ranksep=\(rankSeparation), pad=0.2, labelloc=t,\n"
    if style.title {
      let title = DOTText.lines(Wrapping.wrap(figure.title, width: 60))
      let size = FigureStyle.points(style.titleSize)
      out += "    label=<<FONT POINT-SIZE=\"\(size)\"><B>\(title)</B></FONT>>,\n"
    }
    if let size = style.size {
      // Without Graphviz's own half-inch margin, the page is the figure: printed at its size.
      out += "    size=\"\(size.graphviz)\", margin=0,\n"
    }
    out += "    tooltip=\(DOTText.quoted(figure.summary))];\n"
    out += "  node [shape=plaintext, fontname=\(font), "
    out += "fontsize=\(FigureStyle.points(style.fontSize)), margin=0];\n"
    out += "  edge [fontname=\(font), fontsize=\(FigureStyle.points(style.smallSize)), "
    out += "color=\"\(line)\", arrowsize=0.7];\n"
    for column in figure.columns {
      out += "\n  \(DOTText.quoted(column.kind.rawValue)) [label=<\n\(table(column))>];\n"
    }
    if !figure.legend.isEmpty {
      out += "\n  \"legend\" [label=<\n\(legend())>];\n"
    }
    let order = figure.columns.map { DOTText.quoted($0.kind.rawValue) }
    if order.count > 1 {
      out += "\n  // Columns in level order, their titles in line.\n"
      out += "  " + order.map { "\($0):\"title\"" }.joined(separator: " -> ")
      out += " [style=invis, weight=100, minlen=2];\n"
    }
    if let last = order.last, !figure.legend.isEmpty {
      // Under the last column (beside the last row): a column of its own would widen the page.
      out += "  { rank=same; \(last); \"legend\"; }\n"
      out += "  \(last) -> \"legend\" [style=invis];\n"
    }
    if !figure.arrows.isEmpty { out += "\n" }
    var turns = 0
    for arrow in figure.arrows {
      guard arrow.step == .within else {
        out += "  " + edge(arrow) + "\n"
        continue
      }
      out += turn(arrow, number: turns)
      turns += 1
    }
    return out + "}\n"
  }

  /// The space between two ranks, in inches. Two ranks lie between columns; arrows between many
  /// boxes (a programme's) need more room to fan out, and rows top to bottom, being wide, more.
  var rankSeparation: String {
    let crowded = figure.columns.contains { $0.blocks.flatMap(\.boxes).count > 10 }
    return switch (stacked, crowded) {
    case (true, false): "0.25"
    case (true, true): "0.55"
    case (false, false): "0.4"
    case (false, true): "1.0"
    }
  }

  /// How a diff's figure marks an arrow: added and changed bold, removed dashed.
  func markAttributes(_ arrow: Figure.Arrow) -> [String] {
    guard let mark = arrow.mark else { return [] }
    let color = "color=\"\(BoxStyle.markColor(mark, figure.style.theme))\""
    return switch mark {
    case .added: [color, "penwidth=2.5"]
    case .changed: [color, "penwidth=2.5", "style=\"bold,dotted\""]
    case .removed: [color, "style=dashed"]
    }
  }

  /// The compass sides of a cell facing the next column and the previous one.
  var sides: (forward: String, back: String) { stacked ? ("e", "w") : ("s", "n") }

  /// An arrow between cells of two columns: out of the side facing the next column and into the
  /// side facing the previous one, so every arrowhead points the way the figure reads.
  func edge(_ arrow: Figure.Arrow) -> String {
    let (out, into) =
      arrow.step == .forward ? (sides.forward, sides.back) : (sides.back, sides.forward)
    var attributes = ["tooltip=\(DOTText.quoted(arrow.tooltip))"] + markAttributes(arrow)
    if arrow.step == .backward { attributes.insert("constraint=false", at: 0) }
    if let number = arrow.number { attributes.insert("label=\"[\(number)]\"", at: 0) }
    return "\(DOTText.quoted(arrow.fromKind.rawValue)):\"n\(arrow.from)\":\(out) -> "
      + "\(DOTText.quoted(arrow.toKind.rawValue)):\"n\(arrow.to)\":\(into) [\(attributes.joined(separator: ", "))];"
  }

  /// An arrow between two cells of one column, as two edges from a turning point in the rank
  /// before the column: out of the first box's incoming side, round through the gap beside the
  /// column and into the second box from that same side, like every other arrow. An edge from a
  /// cell back to its own table would be a Graphviz self-loop, which cuts through other columns.
  func turn(_ arrow: Figure.Arrow, number: Int) -> String {
    let point = DOTText.quoted("turn-\(number)")
    let column = DOTText.quoted(arrow.fromKind.rawValue)
    let tooltip = (["tooltip=\(DOTText.quoted(arrow.tooltip))"] + markAttributes(arrow)).joined(
      separator: ", ")
    let label = arrow.number.map { "label=\"[\($0)]\", " } ?? ""
    return "  \(point) [shape=point, width=0.01, height=0.01, style=invis];\n"
      + "  \(point) -> \(column):\"n\(arrow.from)\":\(sides.back) [dir=none, \(tooltip)];\n"
      + "  \(point) -> \(column):\"n\(arrow.to)\":\(sides.back) [\(label)\(tooltip)];\n"
  }
}
