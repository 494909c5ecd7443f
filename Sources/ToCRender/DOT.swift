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
    out += "nodesep=0.3, ranksep=1.1, pad=0.2, labelloc=t,\n"
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
      out += " [style=invis, weight=100];\n"
    }
    if !figure.arrows.isEmpty { out += "\n" }
    for arrow in figure.arrows { out += "  " + edge(arrow) + "\n" }
    return out + "}\n"
  }

  /// An arrow between two cells: out of the side facing the next column and into the side
  /// facing the previous one; within a column out and back in on the far side.
  func edge(_ arrow: Figure.Arrow) -> String {
    let (forward, back) = stacked ? ("e", "w") : ("s", "n")
    let (out, into): (String, String) =
      switch arrow.step {
      case .forward: (forward, back)
      case .within: (forward, forward)
      case .backward: (back, forward)
      }
    var attributes = ["tooltip=\(DOTText.quoted(arrow.tooltip))"]
    if arrow.step == .backward { attributes.insert("constraint=false", at: 0) }
    if let number = arrow.number { attributes.insert("label=\"[\(number)]\"", at: 0) }
    return "\(DOTText.quoted(arrow.fromKind.rawValue)):\"n\(arrow.from)\":\(out) -> "
      + "\(DOTText.quoted(arrow.toKind.rawValue)):\"n\(arrow.to)\":\(into) [\(attributes.joined(separator: ", "))];"
  }
}
