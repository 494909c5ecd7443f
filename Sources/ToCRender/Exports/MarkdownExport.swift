import ToCModel

/// The model as Markdown for a report: a logframe-style table (level, narrative, indicators and
/// the node's own target, assumptions of the node and of the links leaving it; impact at the top,
/// as logframes are read) and the M&E plan (`MonitoringPlan`).
/// Every text from the model is escaped, so no label can break a table or inject markup.
public enum MarkdownExport {
  /// The Markdown document: title, goal, logframe and M&E plan, headed in `language`.
  public static func render(_ model: Model, language: Language) -> String {
    let nl = language == .nl
    var out = "# \(inline(model.title))\n\n"
    if let goal = model.meta.goal?.value { out += "\(nl ? "Doel" : "Goal"): \(inline(goal))\n\n" }
    out += "## Logframe\n\n" + row(logframeHeader(language)) + divider(4)
    out += logframeRows(model, language, own: false).map { row($0, escaped: true) }.joined()
    out += planHeading(language) + row(planHeader(language)) + divider(8)
    out += planRows(model, language, own: false).map { row($0, escaped: true) }.joined()
    return out
  }

  /// Several files in one document: the logframe and the M&E plan each as one table, with a
  /// first column that names the team; each file gives its own boxes only.
  public static func render(_ models: [Model], language: Language) -> String {
    let nl = language == .nl
    let team = "Team"
    var out = "# \(nl ? "Verandertheorieën" : "Theories of change") (\(models.count))\n\n"
    out += "## Logframe\n\n" + row([team] + logframeHeader(language)) + divider(5)
    for model in models {
      let name = cell(PlainText.oneLine(model.title))
      out += logframeRows(model, language, own: true).map { row([name] + $0, escaped: true) }
        .joined()
    }
    out += planHeading(language) + row([team] + planHeader(language)) + divider(9)
    for model in models {
      let name = cell(PlainText.oneLine(model.title))
      out += planRows(model, language, own: true).map { row([name] + $0, escaped: true) }.joined()
    }
    return out
  }

  static func divider(_ count: Int) -> String {
    "|" + String(repeating: " --- |", count: count) + "\n"
  }

  static func logframeHeader(_ language: Language) -> [String] {
    language == .nl
      ? ["Niveau", "Beschrijving", "Indicatoren", "Aannames"]
      : ["Level", "Narrative", "Indicators", "Assumptions"]
  }

  static func planHeading(_ language: Language) -> String {
    language == .nl
      ? "\n## Monitoring- en evaluatieplan\n\n" : "\n## Monitoring and evaluation plan\n\n"
  }

  static func planHeader(_ language: Language) -> [String] {
    language == .nl
      ? [
        "Niveau", "Uitkomst", "Indicator", "Eenheid", "Nulmeting", "Streefwaarde",
        "Laatste meting", "Bron",
      ]
      : [
        "Level", "Outcome", "Indicator", "Unit", "Baseline", "Target", "Latest measurement",
        "Source",
      ]
  }

  /// The logframe's rows, escaped: impact at the top, as logframes are read. With `own`, only
  /// the file's own boxes.
  static func logframeRows(_ model: Model, _ language: Language, own: Bool) -> [[String]] {
    let nl = language == .nl
    let indicators = PlainText.index(model.indicators)
    let outgoing = Dictionary(grouping: model.links, by: \.from)
    let nodes = model.nodes.enumerated()
      .filter { !own || $0.element.namespace.isEmpty }
      .sorted { ($1.element.kind.level, $0.offset) < ($0.element.kind.level, $1.offset) }.map(
        \.element)
    return nodes.map { node in
      var measured = node.indicators.map { reference in
        indicators[reference.value].map { cell($0.label.value) } ?? cell(reference.value)
      }
      if let target = node.target?.value {
        measured.append(cell((nl ? "streefwaarde: " : "target: ") + text(target, language)))
      }
      var assumptions: [String] = []
      for text in node.assumptions.map(\.value)
        + (outgoing[node.id] ?? []).flatMap({ $0.assumptions.map(\.value) })
      where !assumptions.contains(text) {
        assumptions.append(text)
      }
      return [
        cell(node.kind.title(in: language)), cell(node.label.value),
        measured.joined(separator: "<br>"), assumptions.map(cell).joined(separator: "<br>"),
      ]
    }
  }

  /// The M&E plan's rows, escaped. With `own`, only the file's own outcomes.
  static func planRows(_ model: Model, _ language: Language, own: Bool) -> [[String]] {
    let nl = language == .nl
    return MonitoringPlan(model).rows.filter { !own || $0.outcome.namespace.isEmpty }.map { line in
      let indicator = line.indicator
      let name =
        indicator.map { cell($0.label.value) }
        ?? line.indicatorID.map(cell) ?? (nl ? "*geen indicator*" : "*no indicator*")
      return [
        cell(line.outcome.kind.title(in: language)), cell(line.outcome.label.value), name,
        cell(indicator?.unit ?? ""),
        indicator?.baseline.map { cell(PlainText.yearValue($0.value, language)) } ?? "",
        indicator?.target.map { cell(PlainText.yearValue($0.value, language)) } ?? "",
        line.latest.map { cell(MonitoringPlan.measurement($0, language)) }.joined(
          separator: "<br>"),
        cell(indicator?.source ?? ""),
      ]
    }
  }

  static func text(_ target: Target, _ language: Language) -> String {
    switch target {
    case .value(let value): PlainText.yearValue(value, language)
    case .text(let text): text
    }
  }

  static func row(_ cells: [String], escaped: Bool = false) -> String {
    "| " + cells.map { escaped ? $0 : cell($0) }.joined(separator: " | ") + " |\n"
  }

  /// A text as the content of a table cell: Markdown punctuation escaped with a backslash (`|`
  /// among it, so a label cannot end a cell), line breaks as `<br>`.
  static func cell(_ text: String) -> String {
    var out = ""
    var lastWasReturn = false
    for scalar in text.trimmingSpaces.unicodeScalars {
      defer { lastWasReturn = scalar == "\r" }
      switch scalar {
      case "\n" where lastWasReturn: continue
      case "\n", "\r", "\u{2028}", "\u{2029}": out += "<br>"
      case "\\", "|", "`", "*", "_", "[", "]", "<", ">", "~":
        out += "\\"
        out.unicodeScalars.append(scalar)
      case let control where control.properties.generalCategory == .control: out += " "
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A text in running Markdown (a heading, a paragraph): escaped like a cell, on one line.
  static func inline(_ text: String) -> String {
    cell(PlainText.oneLine(text))
  }
}
