import ToCModel

/// A trace as text: each mapping an indented tree of `id (column): label` lines, with a count of
/// its paths and a note when there were more than were kept.
public enum TraceText {
  /// Both mappings the trace holds, backward first, each ending with its count of paths.
  public static func render(_ trace: Trace, model: Model, language: Language) -> String {
    let nodes = PlainText.index(model.nodes)
    var sections: [String] = []
    if let tree = trace.backward {
      sections.append(section(tree, backward: true, trace.id, nodes, language))
    }
    if let tree = trace.forward {
      sections.append(section(tree, backward: false, trace.id, nodes, language))
    }
    return sections.joined(separator: "\n")
  }

  /// The deepest level of a tree that is shown by indentation alone.
  static let deepest = 30

  static func section(
    _ tree: TraceTree, backward: Bool, _ id: String, _ nodes: [String: Node], _ language: Language
  ) -> String {
    let nl = language == .nl
    var out =
      backward
      ? (nl
        ? "Terugwaarts: elk pad dat naar `\(id)` leidt\n\n"
        : "Backward mapping: every path that leads to `\(id)`\n\n")
      : (nl
        ? "Voorwaarts: alles waar `\(id)` toe leidt\n\n"
        : "Forward mapping: everything `\(id)` leads to\n\n")
    let arrow = backward ? "← " : "→ "
    for line in tree.lines {
      // Past `deepest` the indentation stops growing and the depth is written instead, so that a
      // long chain gives lines of bounded length.
      out += String(repeating: "  ", count: min(line.depth, deepest))
      if line.depth > deepest { out += "[\(line.depth)] " }
      out += line.depth > 0 ? arrow : ""
      out += describe(line.id, nodes, language)
      if let note = note(line, backward: backward, nodes) { out += "  (\(note[language]))" }
      out += "\n"
    }
    out += "\n"
    if tree.paths == 0 {
      out +=
        backward
        ? (nl ? "niets leidt naar `\(id)`\n" : "nothing leads to `\(id)`\n")
        : (nl ? "`\(id)` leidt nergens toe\n" : "`\(id)` leads to nothing\n")
    } else if tree.truncated {
      out +=
        nl
        ? "alleen de eerste \(tree.paths) paden staan hier; er zijn er meer\n"
        : "only the first \(tree.paths) paths are shown; there are more\n"
    } else {
      out +=
        nl
        ? "\(tree.paths) \(tree.paths == 1 ? "pad" : "paden")\n"
        : "\(tree.paths) \(tree.paths == 1 ? "path" : "paths")\n"
    }
    return out
  }

  /// `id (column): label`, on one line.
  static func describe(_ id: String, _ nodes: [String: Node], _ language: Language) -> String {
    guard let node = nodes[id] else { return id }
    return "\(id) (\(node.kind.title(in: language))): \(PlainText.oneLine(node.label.value))"
  }

  /// Why a path ends where the theory has a gap or goes round.
  static func note(_ line: TraceTree.Line, backward: Bool, _ nodes: [String: Node]) -> Bilingual? {
    switch line.end {
    case .cycle?:
      return Bilingual(en: "cycle: already on this path", nl: "kring: staat al op dit pad")
    case .leaf?:
      guard let kind = nodes[line.id]?.kind else { return nil }
      if backward, kind.level > Kind.activity.level {
        return Bilingual(en: "nothing leads here", nl: "hier leidt niets naartoe")
      }
      if !backward, !kind.isOutcome {
        return Bilingual(en: "leads to nothing", nl: "leidt nergens toe")
      }
      return nil
    case nil:
      return nil
    }
  }
}
