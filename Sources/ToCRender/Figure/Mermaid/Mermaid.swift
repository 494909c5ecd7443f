import ToCModel

/// Draws a model as a Mermaid flowchart, for Markdown pages that render Mermaid: one subgraph
/// per level, titled, with groups and included files as subgraphs inside it.
///
/// Ids are generated (`n0`, `n1`…, `c0` for columns), never a model's ids, and every text is in
/// a quoted label with entity codes, so no text from a `.toc` file can change the chart.
public enum Mermaid {
  /// The Mermaid text of `model`: byte for byte the same for the same model and options.
  public static func render(_ model: Model, options: RenderOptions = RenderOptions()) -> String {
    MermaidWriter(figure: Figure(model: model, options: options)).text()
  }
}

/// Writes a `Figure` as a Mermaid flowchart, the same way every time.
struct MermaidWriter {
  var figure: Figure

  func text() -> String {
    var lines = ["---", "title: \(MermaidText.yaml(figure.title))", "---"]
    lines.append("flowchart \(figure.direction.rawValue)")
    lines.append("  accTitle: \(MermaidText.line(figure.title))")
    lines.append("  accDescr: \(MermaidText.line(figure.summary))")
    let inner = figure.direction == .leftToRight ? "TB" : "LR"
    var counter = Counter()
    for (number, column) in figure.columns.enumerated() {
      lines.append("  subgraph c\(number)[\"\(MermaidText.text(column.title))\"]")
      lines.append("    direction \(inner)")
      for block in column.blocks { lines += self.lines(block, indent: "    ", counter: &counter) }
      lines.append("  end")
    }
    for arrow in figure.arrows {
      let label = arrow.number.map { "|\"#91;\($0)#93;\"| " } ?? ""
      lines.append("  n\(arrow.from) -->\(label.isEmpty ? " " : label)n\(arrow.to)")
    }
    lines += legend()
    lines += styles()
    return lines.joined(separator: "\n") + "\n"
  }

  /// Numbers for generated ids of groups, included files and notes.
  struct Counter {
    var groups = 0
    var files = 0
    var notes = 0
  }

  func lines(_ block: Figure.Block, indent: String, counter: inout Counter) -> [String] {
    switch block {
    case .box(let box):
      return lines(box, indent: indent, counter: &counter)
    case .group(let title, let boxes):
      var lines = ["\(indent)subgraph g\(counter.groups)[\"\(MermaidText.text(title))\"]"]
      counter.groups += 1
      for box in boxes { lines += self.lines(box, indent: indent + "  ", counter: &counter) }
      return lines + ["\(indent)end"]
    case .include(let title, let blocks):
      var lines = ["\(indent)subgraph f\(counter.files)[\"\(MermaidText.text(title))\"]"]
      counter.files += 1
      for block in blocks { lines += self.lines(block, indent: indent + "  ", counter: &counter) }
      return lines + ["\(indent)end"]
    }
  }

  /// A node in the shape of its kind, and its indicator notes linked to it.
  func lines(_ box: Figure.Box, indent: String, counter: inout Counter) -> [String] {
    var text = MermaidText.lines(box.label)
    if !box.description.isEmpty {
      text += "<br/><small>\(MermaidText.lines(box.description))</small>"
    }
    let (open, close) = Self.shape(box.kind)
    var lines = ["\(indent)n\(box.index)\(open)\"\(text)\"\(close)"]
    for note in box.notes {
      let id = "i\(counter.notes)"
      counter.notes += 1
      let values = note.values.isEmpty ? "" : "<br/>" + MermaidText.lines(note.values)
      lines.append("\(indent)\(id)>\"<i>\(MermaidText.lines(note.label))</i>\(values)\"]")
      lines.append("\(indent)n\(box.index) -.- \(id)")
    }
    return lines
  }

  static func shape(_ kind: Kind) -> (String, String) {
    switch kind {
    case .resource, .output: ("[", "]")
    case .activity, .outcomeShort, .outcomeMedium, .outcomeLong: ("(", ")")
    case .impact: ("{{", "}}")
    }
  }

  /// The numbered assumptions and the findings, as a subgraph of text boxes.
  func legend() -> [String] {
    let legend = figure.legend
    var entries = legend.assumptions.map { "#91;\($0.number)#93; " + MermaidText.lines($0.lines) }
    entries += legend.findings.map { MermaidText.text($0.code) + " " + MermaidText.lines($0.lines) }
    guard !entries.isEmpty else { return [] }
    var lines = ["  subgraph legend[\"\(MermaidText.text(FigureWords.legend[figure.language]))\"]"]
    lines.append("    direction TB")
    lines += entries.enumerated().map { "    l\($0.offset)[\"\($0.element)\"]" }
    return lines + ["  end"]
  }
}
