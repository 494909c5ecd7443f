import ToCCheck
import ToCModel

extension LanguageServer {
  /// `textDocument/hover`: what an id, keyword, section or rule code under the cursor means.
  mutating func hover(_ params: JSON) throws -> JSON {
    let document = try document(params)
    let place = try place(params, in: document)
    let analysis = analysis(document.uri)
    guard let token = analysis.syntax.token(line: place.line, column: place.column),
      let text = hoverText(token, analysis)
    else { return .null }
    return .object([
      ("contents", .object([("kind", .string("markdown")), ("value", .string(text))])),
      ("range", json(token, in: document)),
    ])
  }

  func hoverText(_ token: Syntax.Token, _ analysis: Analysis) -> String? {
    let language = analysis.language
    switch token.role {
    case .definition, .reference, .indicatorReference:
      return analysis.entity(token.text).map { Self.describe($0, analysis) }
    case .keyword:
      if let key = Vocabulary.key(token.text) {
        return "**\(key.spelling(language))**: \(key.meaning[language])"
      }
      return "**\(token.text)**: \(Vocabulary.alias[language])"
    case .header:
      let name = String(token.text.dropFirst().prefix { $0 != "]" })
      return Vocabulary.meaning(of: Vocabulary.section(named: name))[language]
    case .ruleCode:
      guard let rule = Rule.named(token.text) else { return nil }
      return
        "**\(rule.code.rawValue)** `\(rule.name)` (\(rule.severity.rawValue)): \(rule.summary[language])\n\n\(rule.rationale[language])"
    case .includePath:
      let include = analysis.model.includes.first { $0.range.line == token.line + 1 }
      return include.map { "**\($0.title)** (`\($0.namespace)`): \($0.file)" }
    case .namespaceName:
      let include = analysis.model.includes.first { $0.namespace == token.text }
      return include.map { "**\($0.title)**: \($0.file)" }
    case .placeholder:
      return language == .nl
        ? "Plaatshouder: hier moet nog echte tekst komen (TOC402)."
        : "Placeholder: real text still has to go here (TOC402)."
    case .comment, .arrow:
      return nil
    }
  }

  /// A node or indicator in Markdown: label, column, description, indicators, assumptions.
  static func describe(_ entity: Entity, _ analysis: Analysis) -> String {
    let language = analysis.language
    let nl = language == .nl
    switch entity {
    case .node(let node):
      var lines = [
        "**\(node.label.value.markdownEscaped)**", "",
        "`\(node.id)` · \(node.kind.title(in: language))",
      ]
      if let description = node.description { lines += ["", description.value.markdownEscaped] }
      let indicators = node.indicators.compactMap { reference in
        analysis.model.indicators.first { $0.id == reference.value }
      }
      if !indicators.isEmpty {
        lines += ["", nl ? "**Indicatoren**" : "**Indicators**"]
        lines += indicators.map { "- " + indicatorLine($0, language) }
      }
      let assumptions = analysis.model.links.filter { $0.to == node.id }.flatMap { link in
        link.assumptions.map { "- `\(link.from)` → `\(node.id)`: \($0.value.markdownEscaped)" }
      }
      if !assumptions.isEmpty {
        lines += [
          "", nl ? "**Aannames van de pijlen hierheen**" : "**Assumptions of the links into it**",
        ]
        lines += assumptions
      }
      return lines.joined(separator: "\n")
    case .indicator(let indicator):
      var lines = [
        "**\(indicator.label.value.markdownEscaped)**", "",
        "`\(indicator.id)` · " + (nl ? "indicator" : "indicator"),
      ]
      if let description = indicator.description {
        lines += ["", description.value.markdownEscaped]
      }
      lines += ["", "- " + indicatorLine(indicator, language)]
      return lines.joined(separator: "\n")
    }
  }

  /// Baseline, target and latest value of an indicator on one line.
  static func indicatorLine(_ indicator: Indicator, _ language: Language) -> String {
    let nl = language == .nl
    func value(_ year: Int, _ number: Double) -> String {
      let text =
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
      let unit = indicator.unit.map { $0 == "%" ? "%" : " " + $0 } ?? ""
      return "\(year) = \(nl ? text.replacingDecimalPoint : text)\(unit)"
    }
    var parts = ["`\(indicator.id)` \(indicator.label.value.markdownEscaped)"]
    parts.append(
      (nl ? "nulmeting " : "baseline ")
        + (indicator.baseline.map { value($0.value.year, $0.value.value) } ?? "–"))
    parts.append(
      (nl ? "streefwaarde " : "target ")
        + (indicator.target.map { value($0.value.year, $0.value.value) } ?? "–"))
    parts.append(
      (nl ? "laatste meting " : "latest ")
        + (indicator.latest.map { ($0.area.map { $0 + " " } ?? "") + value($0.year, $0.value) }
          ?? "–"))
    return parts.joined(separator: "; ")
  }
}

extension String {
  /// The text shown as itself in Markdown: `*`, `_`, `[` and the like escaped.
  var markdownEscaped: String {
    var out = ""
    for character in self {
      if "\\`*_[]<>#|".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// `12.5` as Dutch writes it: `12,5`.
  var replacingDecimalPoint: String { String(map { $0 == "." ? "," : $0 }) }
}
