import ToCModel

extension Figure {
  /// The box for the node at `index`: its wrapped texts, notes, mark and tooltip. `findings` are
  /// those on the node's definition line; `indicators` finds an indicator's position by id.
  static func box(
    at index: Int, in model: Model, findings own: [Diagnostic], indicators positions: [String: Int],
    options: RenderOptions
  ) -> Box {
    let node = model.nodes[index]
    let language = options.language
    var indicators: [Indicator] = []
    for reference in node.indicators where !indicators.contains(where: { $0.id == reference.value })
    {
      if let position = positions[reference.value] { indicators.append(model.indicators[position]) }
    }
    let notes = indicators.map {
      IndicatorNote(
        label: Wrapping.wrap($0.label.value, width: options.style.wrap + 6),
        values: values(of: $0, in: language))
    }
    return Box(
      index: index, kind: node.kind, id: node.id,
      label: Wrapping.wrap(node.label.value, width: options.style.wrap),
      description: options.descriptions
        ? node.description.map { Wrapping.wrap($0.value, width: options.style.wrap + 6) } ?? []
        : [],
      notes: options.indicators ? notes : [],
      flagged: !own.isEmpty,
      tooltip: tooltip(node, indicators: indicators, findings: own, in: language))
  }

  /// Everything known about a node, one fact per line.
  static func tooltip(
    _ node: Node, indicators: [Indicator], findings: [Diagnostic], in language: Language
  ) -> String {
    var lines = [Wrapping.oneLine(node.label.value)]
    if let description = node.description { lines.append(Wrapping.oneLine(description.value)) }
    if let group = node.group {
      lines.append("\(FigureWords.group[language]): \(Wrapping.oneLine(group))")
    }
    if !indicators.isEmpty {
      let named = indicators.map { indicator in
        ([Wrapping.oneLine(indicator.label.value)] + values(of: indicator, in: language)).joined(
          separator: ", ")
      }
      lines.append("\(FigureWords.indicators[language]): \(named.joined(separator: "; "))")
    }
    switch node.target?.value {
    case .value(let value)?:
      lines.append(
        "\(FigureWords.target[language]): \(value.year): \(PlainText.number(value.value, language))"
      )
    case .text(let text)?:
      lines.append("\(FigureWords.target[language]): \(Wrapping.oneLine(text))")
    case nil: break
    }
    if let owner = node.owner {
      lines.append("\(FigureWords.owner[language]): \(Wrapping.oneLine(owner))")
    }
    lines += node.assumptions.map {
      "\(FigureWords.assumption[language]): \(Wrapping.oneLine($0.value))"
    }
    lines += node.sources.map { "\(FigureWords.source[language]): \(Wrapping.oneLine($0.value))" }
    lines += findings.map {
      "\($0.code.rawValue) \($0.code.name): \(Wrapping.oneLine($0.message[language]))"
    }
    return lines.joined(separator: "\n")
  }

  /// The latest measurement (`Bospolder 2020: 48%`) and the target (`target 2022: 60%`).
  static func values(of indicator: Indicator, in language: Language) -> [String] {
    var lines: [String] = []
    if let latest = indicator.latest {
      let area = latest.area.map { Wrapping.oneLine($0) + " " } ?? ""
      lines.append(
        "\(area)\(latest.year): \(amount(latest.value, unit: indicator.unit, in: language))")
    }
    if let target = indicator.target?.value {
      let word = FigureWords.target[language].lowercased()
      lines.append(
        "\(word) \(target.year): \(amount(target.value, unit: indicator.unit, in: language))")
    }
    return lines
  }

  /// A number with its unit: `55%`, `12,5 uur`.
  static func amount(_ value: Double, unit: String?, in language: Language) -> String {
    let number = PlainText.number(value, language)
    guard let unit = unit.map(Wrapping.oneLine), !unit.isEmpty else { return number }
    return unit == "%" ? number + "%" : number + " " + unit
  }
}
