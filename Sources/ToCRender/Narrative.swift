import ToCModel

/// The theory as plain sentences, for reports and for readers who cannot see the figure:
/// "Als we “…” doen, leidt dat tot “…”, omdat …" / "If we do “…”, that leads to “…”, because …".
/// It follows the links from resources to impact, one paragraph per column in level order and
/// the nodes of a column in file order. The assumptions and sources of a step are those of the
/// link and of the node it starts from (as `toc check` reads them); links that share them share
/// a sentence.
public enum Narrative {
  /// The narrative in `language`: title, goal, a paragraph per column, the ends and the model's
  /// assumptions.
  public static func render(_ model: Model, language: Language) -> String {
    let nl = language == .nl
    let nodes = PlainText.index(model.nodes)
    let indicators = PlainText.index(model.indicators)
    let outgoing = Dictionary(grouping: model.links, by: \.from)
    let incoming = Set(model.links.map(\.to))
    var out = PlainText.oneLine(model.title) + "\n"
    if let goal = model.meta.goal?.value {
      out += "\n" + (nl ? "Doel: " : "Goal: ") + sentence(goal) + "\n"
    }

    for kind in Kind.allCases {
      var lines: [String] = []
      for node in model.nodes where node.kind == kind {
        lines += steps(node, outgoing[node.id] ?? [], nodes, language)
        let measured = node.indicators.map {
          indicators[$0.value].map { quote($0.label.value) } ?? quote($0.value)
        }
        if !measured.isEmpty {
          lines.append(
            nl
              ? "We meten \(quote(node.label.value)) aan \(PlainText.list(measured, language))."
              : "We measure \(quote(node.label.value)) by \(PlainText.list(measured, language)).")
        }
      }
      if !lines.isEmpty {
        out += "\n\(kind.title(in: language))\n" + lines.joined(separator: "\n") + "\n"
      }
    }

    let ends = model.nodes.filter {
      $0.kind.isOutcome && outgoing[$0.id] == nil && incoming.contains($0.id)
    }
    if model.links.isEmpty {
      out +=
        "\n"
        + (nl
          ? "Deze verandertheorie heeft nog geen verbanden."
          : "This theory of change has no links yet.") + "\n"
    } else if !ends.isEmpty {
      let list = PlainText.list(ends.map { quote($0.label.value) }, language)
      out +=
        "\n"
        + (nl
          ? "Uiteindelijk draagt dit bij aan \(list)." : "In the end, this contributes to \(list).")
        + "\n"
    }
    let assumptions = model.meta.assumptions.map { clause($0.value) }
    if !assumptions.isEmpty {
      let list = PlainText.list(assumptions, language)
      out +=
        "\n"
        + (nl ? "Daarbij gaan we ervan uit dat \(list)." : "Throughout, we assume that \(list).")
        + "\n"
    }
    return out
  }

  /// The sentences for the links that leave `node`: one per set of assumptions and sources.
  static func steps(_ node: Node, _ links: [Link], _ nodes: [String: Node], _ language: Language)
    -> [String]
  {
    var groups: [(reasons: [String], sources: [String], targets: [String])] = []
    for link in links {
      let reasons = unique(node.assumptions.map(\.value) + link.assumptions.map(\.value))
      let sources = unique(node.sources.map(\.value) + link.sources.map(\.value))
      let target = quote(nodes[link.to]?.label.value ?? link.to)
      if let index = groups.firstIndex(where: { $0.reasons == reasons && $0.sources == sources }) {
        groups[index].targets.append(target)
      } else {
        groups.append((reasons, sources, [target]))
      }
    }
    let nl = language == .nl
    let label = quote(node.label.value)
    return groups.map { group in
      let targets = PlainText.list(group.targets, language)
      var text =
        switch node.kind {
        case .resource:
          nl ? "We zetten \(label) in voor \(targets)" : "We use \(label) for \(targets)"
        case .activity:
          nl
            ? "Als we \(label) doen, leidt dat tot \(targets)"
            : "If we do \(label), that leads to \(targets)"
        default:
          nl
            ? "Als \(label) bereikt is, leidt dat tot \(targets)"
            : "If \(label) is achieved, that leads to \(targets)"
        }
      if !group.reasons.isEmpty {
        text +=
          (nl ? ", omdat " : ", because ") + PlainText.list(group.reasons.map(clause), language)
      }
      if !group.sources.isEmpty {
        text +=
          (nl ? " (bron: " : " (source: ")
          + group.sources.map { PlainText.oneLine($0) }.joined(separator: "; ") + ")"
      }
      return text + "."
    }
  }

  static func quote(_ label: String) -> String { "“\(PlainText.oneLine(label))”" }

  /// A text as it is written, on one line, ending with a full stop.
  static func sentence(_ text: String) -> String {
    let line = PlainText.oneLine(text)
    return line.hasSuffix(".") || line.hasSuffix("!") || line.hasSuffix("?") ? line : line + "."
  }

  /// A sentence as part of another: without its final full stop, and with its first letter
  /// lowered when the first word looks like an ordinary capitalised word (`De aanname` → `de
  /// aanname`; `BoTu`, `ABCD` and `I` stay).
  static func clause(_ text: String) -> String {
    var line = PlainText.oneLine(text)
    while line.hasSuffix(".") { line.removeLast() }
    let word = Array(line.unicodeScalars.prefix { $0 != " " })
    guard word.count > 1, word[0].properties.isUppercase,
      word.dropFirst().allSatisfy(\.properties.isLowercase)
    else { return line }
    return line.prefix(1).lowercased() + line.dropFirst()
  }

  static func unique(_ texts: [String]) -> [String] {
    var seen: [String] = []
    for text in texts where !seen.contains(text) { seen.append(text) }
    return seen
  }
}
