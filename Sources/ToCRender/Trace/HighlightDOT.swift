import ToCModel

/// A small Graphviz DOT writer for figures that mark some nodes and links: traced paths. One
/// column per level, left to right, boxes filled as in `DOT`, labels wrapped like its labels;
/// every text goes through `DOTText.quoted`, so nothing in a `.toc` file can break or inject DOT.
enum HighlightDOT {
  /// How a node or link is drawn.
  enum Style {
    /// On a traced path.
    case highlighted
    /// The traced node itself.
    case focus
    /// Not on a traced path.
    case muted

    var attributes: String {
      switch self {
      case .highlighted: ##", color="#b45f06", penwidth=2"##
      case .focus: ##", color="#b45f06", fillcolor="#fce5cd", penwidth=3"##
      case .muted: ##", color="#c0c0c0", fontcolor="#a0a0a0", fillcolor="#f7f7f7""##
      }
    }

    var linkAttributes: String {
      switch self {
      case .highlighted, .focus: ##" [color="#b45f06", penwidth=2]"##
      case .muted: ##" [color="#d0d0d0"]"##
      }
    }
  }

  static func render(
    title: String, language: Language, nodes: [(Node, Style)],
    links: [(from: String, to: String, style: Style)]
  ) -> String {
    var out = "digraph \"toc\" {\n"
    out += "  graph [rankdir=LR, charset=\"UTF-8\", label=\(quote(title)), labelloc=t, "
    out += "fontname=\"Helvetica\", nodesep=0.3, ranksep=0.6];\n"
    out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", "
    out += "fontname=\"Helvetica\", fontsize=11];\n"
    out += "  edge [color=\"#555555\"];\n"
    for kind in Kind.allCases {
      let column = nodes.filter { $0.0.kind == kind }
      guard !column.isEmpty else { continue }
      out += "  subgraph \(quote("cluster_" + kind.rawValue)) {\n"
      out += "    label=\(quote(kind.title(in: language))); style=\"dashed\"; color=\"#dddddd\";\n"
      for (node, style) in column {
        let fill =
          style.attributes.contains("fillcolor") ? "" : ", fillcolor=\"\(BoxStyle.of(kind).fill)\""
        let label = quote(wrap(node.label.value))
        out += "    \(quote(node.id)) [label=\(label)\(fill)\(style.attributes)];\n"
      }
      out += "  }\n"
    }
    for link in links {
      out += "  \(quote(link.from)) -> \(quote(link.to))\(link.style.linkAttributes);\n"
    }
    return out + "}\n"
  }

  /// A double-quoted DOT string, escaped by the figure's own rules.
  static func quote(_ text: String) -> String { DOTText.quoted(text) }

  /// A label broken into lines of about 28 characters at spaces, like the figure's.
  static func wrap(_ label: String) -> String {
    Wrapping.wrap(label).joined(separator: "\n")
  }
}
