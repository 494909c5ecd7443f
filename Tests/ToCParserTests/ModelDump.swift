import ToCModel

/// A model and its diagnostics printed one fact a line with `@line:col` ranges, so parser tests
/// read like the file they parse.
enum ModelDump {
  static func dump(_ model: Model, _ diagnostics: [Diagnostic]) -> String {
    var lines = [
      "model \(quote(model.title)) language=\(model.language.rawValue) file=\(model.file)"
    ]
    let meta = model.meta
    if let goal = meta.goal { lines.append("  goal \(text(goal))") }
    for (key, value) in [
      ("targetGroup", meta.targetGroup), ("pillar", meta.pillar), ("initiators", meta.initiators),
      ("partners", meta.partners), ("period", meta.period), ("version", meta.version),
      ("source", meta.source),
    ] {
      if let value { lines.append("  \(key) \(quote(value))") }
    }
    lines += meta.assumptions.map { "  assumption \(text($0))" }
    for include in model.includes {
      lines.append(
        "include \(include.namespace) \(include.file) \(quote(include.title)) \(at(include.range))")
    }
    for node in model.nodes {
      lines.append("node \(node.id) \(node.kind.rawValue) \(at(node.range)) \(text(node.label))")
      if let description = node.description { lines.append("  description \(text(description))") }
      if let group = node.group { lines.append("  group \(quote(group))") }
      lines += node.indicators.map { "  indicator \($0.value) \(at($0.range))" }
      lines += node.assumptions.map { "  assumption \(text($0))" }
      lines += node.sources.map { "  source \(text($0))" }
      if let owner = node.owner { lines.append("  owner \(quote(owner))") }
      if let target = node.target {
        switch target.value {
        case .value(let value):
          lines.append("  target \(value.year) = \(value.value) \(at(target.range))")
        case .text(let words): lines.append("  target \(quote(words)) \(at(target.range))")
        }
      }
    }
    for link in model.links {
      lines.append("link \(link.from) -> \(link.to) \(at(link.range))")
      lines += link.assumptions.map { "  assumption \(text($0))" }
      lines += link.sources.map { "  source \(text($0))" }
    }
    for indicator in model.indicators {
      lines.append("indicator \(indicator.id) \(at(indicator.range)) \(text(indicator.label))")
      for (key, value) in [
        ("unit", indicator.unit), ("source", indicator.source),
        ("direction", indicator.direction?.rawValue),
      ] {
        if let value { lines.append("  \(key) \(quote(value))") }
      }
      if let description = indicator.description {
        lines.append("  description \(text(description))")
      }
      if let baseline = indicator.baseline {
        lines.append(
          "  baseline \(baseline.value.year) = \(baseline.value.value) \(at(baseline.range))")
      }
      if let target = indicator.target {
        lines.append("  target \(target.value.year) = \(target.value.value) \(at(target.range))")
      }
      lines += indicator.measurements.map {
        "  measurement \($0.area.map(quote) ?? "-") \($0.year) = \($0.value)"
      }
    }
    for suppression in model.suppressions {
      let links = suppression.links.map { "\($0.from)->\($0.to)" }.joined(separator: " ")
      lines.append(
        "ignore \(suppression.codes.sorted().joined(separator: ",")) lines \(suppression.lines.lowerBound)-\(suppression.lines.upperBound) \(model.files[suppression.file]) [\(links)]"
      )
    }
    for diagnostic in Diagnostic.sorted(diagnostics, in: model.files) {
      let range = diagnostic.range
      var line =
        "\(diagnostic.code.rawValue) \(model.files[range.file])@\(range.line):\(range.column)-\(range.endLine):\(range.endColumn) \(diagnostic.message.en)"
      if let help = diagnostic.help { line += " | help: \(help.en)" }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func at(_ range: SourceRange) -> String {
    "@\(range.line):\(range.column)-\(range.endColumn)"
  }

  static func text(_ text: Located<String>) -> String {
    "\(quote(text.value))\(at(text.range))"
  }

  static func quote(_ text: String) -> String {
    "\""
      + text.replacingOccurrences("\\", "\\\\").replacingOccurrences("\"", "\\\"")
      .replacingOccurrences("\n", "\\n").replacingOccurrences("\t", "\\t") + "\""
  }
}

extension String {
  func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
