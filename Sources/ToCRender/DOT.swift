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
}

/// Writes a `Figure` as DOT text, the same way every time.
struct DOTWriter {
  var figure: Figure

  /// Whether columns are stacks (left to right) rather than rows (top to bottom).
  var stacked: Bool { figure.direction == .leftToRight }

  func text() -> String {
    var out = "digraph \(DOTText.quoted(figure.title)) {\n"
    let title = DOTText.lines(Wrapping.wrap(figure.title, width: 60))
    out +=
      "  graph [rankdir=\(figure.direction.rawValue), charset=\"UTF-8\", fontname=\"Helvetica\", "
    // Two ranks between columns: the one between holds the turns of arrows within a column.
    // Rows top to bottom are wide: arrows between them travel far sideways, and need more room.
    out += "nodesep=0.05, ranksep=\(stacked ? "0.55" : "0.8"), pad=0.2, labelloc=t,\n"
    out += "    label=<<FONT POINT-SIZE=\"18\"><B>\(title)</B></FONT>>,\n"
    out += "    tooltip=\(DOTText.quoted(figure.summary))];\n"
    out += "  node [shape=plaintext, fontname=\"Helvetica\", fontsize=11, margin=0];\n"
    out +=
      "  edge [fontname=\"Helvetica\", fontsize=9, color=\"\(BoxStyle.lineColor)\", arrowsize=0.7];\n"
    for column in figure.columns {
      out += "\n  \(DOTText.quoted(column.kind.rawValue)) [label=<\n\(table(column))>];\n"
    }
    if !figure.legend.isEmpty {
      out += "\n  \"legend\" [label=<\n\(legend())>];\n"
    }
    var order = figure.columns.map { DOTText.quoted($0.kind.rawValue) }
    if !figure.legend.isEmpty { order.append("\"legend\"") }
    if order.count > 1 {
      out += "\n  // Columns in level order, their titles in line.\n"
      out += "  " + order.map { "\($0):\"title\"" }.joined(separator: " -> ")
      out += " [style=invis, weight=100, minlen=2];\n"
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

  /// The compass sides of a cell facing the next column and the previous one.
  var sides: (forward: String, back: String) { stacked ? ("e", "w") : ("s", "n") }

  /// An arrow between cells of two columns: out of the side facing the next column and into the
  /// side facing the previous one, so every arrowhead points the way the figure reads.
  func edge(_ arrow: Figure.Arrow) -> String {
    let (out, into) =
      arrow.step == .forward ? (sides.forward, sides.back) : (sides.back, sides.forward)
    var attributes = ["tooltip=\(DOTText.quoted(arrow.tooltip))"]
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
    let tooltip = "tooltip=\(DOTText.quoted(arrow.tooltip))"
    let label = arrow.number.map { "label=\"[\($0)]\", " } ?? ""
    return "  \(point) [shape=point, width=0.01, height=0.01, style=invis];\n"
      + "  \(point) -> \(column):\"n\(arrow.from)\":\(sides.back) [dir=none, \(tooltip)];\n"
      + "  \(point) -> \(column):\"n\(arrow.to)\":\(sides.back) [\(label)\(tooltip)];\n"
  }
}
