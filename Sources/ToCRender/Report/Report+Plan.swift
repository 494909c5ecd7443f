import ToCModel

extension Report {
  /// The M&E plan of the file's own outcomes: per outcome its indicators with unit, direction,
  /// baseline, target and every measurement; an indicator with values links to its chart.
  func plan(_ model: Model, anchors: [IndicatorKey: String]) -> String {
    var out = "<h3>\(words.plan)</h3>\n"
    let rows = MonitoringPlan(model).rows.filter { $0.outcome.namespace.isEmpty }
    guard !rows.isEmpty else { return out + "<p>\(words.noOutcomes)</p>\n" }
    out += "<table class=\"plan\"><thead><tr>"
    for heading in [
      words.outcome, words.indicator, words.unit, words.direction, words.baselineHeading,
      words.targetHeading, words.measurements,
    ] {
      out += "<th scope=\"col\">\(heading)</th>"
    }
    out += "</tr></thead><tbody>\n"
    for row in rows {
      out += "<tr><td>\(HTML.line(row.outcome.label.value))</td>"
      guard let indicator = row.indicator else {
        let name = row.indicatorID.map(HTML.line) ?? "<em>\(words.noIndicator)</em>"
        out += "<td>\(name)</td><td></td><td></td><td></td><td></td><td></td></tr>\n"
        continue
      }
      var name = HTML.line(indicator.label.value)
      if IndicatorChart.hasValues(indicator), let anchor = anchors[model.definingKey(indicator)] {
        name = "<a href=\"#\(anchor)\">\(name)</a>"
      }
      out += "<td>\(name)</td><td>\(HTML.line(indicator.unit ?? ""))</td>"
      out +=
        "<td>\(indicator.direction.map { $0 == .higher ? words.higher : words.lower } ?? "")</td>"
      out += "<td>\(indicator.baseline.map { PlainText.yearValue($0.value, language) } ?? "")</td>"
      out += "<td>\(indicator.target.map { PlainText.yearValue($0.value, language) } ?? "")</td>"
      out += "<td>\(HTML.escape(Self.measurements(indicator, language)))</td></tr>\n"
    }
    return out + "</tbody></table>\n"
  }

  /// Every measurement, by area: `Bospolder 2014 = 36, 2020 = 22; Rotterdam 2014 = 33`.
  static func measurements(_ indicator: Indicator, _ language: Language) -> String {
    IndicatorChart.areas(indicator).map { area in
      let values = indicator.measurements.filter { $0.area == area }.map {
        PlainText.yearValue(YearValue(year: $0.year, value: $0.value), language)
      }.joined(separator: ", ")
      return area.map { PlainText.oneLine($0) + " " + values } ?? values
    }.joined(separator: "; ")
  }

  /// A chart per indicator this file defines that has values; the others named in a list.
  func charts(_ model: Model, anchors: [IndicatorKey: String]) -> String {
    let own = model.indicators.filter { $0.namespace.isEmpty }
    guard !own.isEmpty else { return "" }
    var out = "<h3>\(words.indicators)</h3>\n"
    out += "<p class=\"rule-link\"><a href=\"#status-rule\">\(words.howStatusIsJudged)</a></p>\n"
    var empty: [String] = []
    for indicator in own {
      guard IndicatorChart.hasValues(indicator),
        let anchor = anchors[IndicatorKey(file: model.file, id: indicator.id)]
      else {
        empty.append(HTML.line(indicator.label.value))
        continue
      }
      out += IndicatorChart.render(indicator, id: anchor, language: language)
    }
    if !empty.isEmpty {
      out += "<p class=\"empty\"><strong>\(words.withoutValues):</strong> "
      out += empty.joined(separator: "; ") + ".</p>\n"
    }
    return out
  }

  /// The file's own links with what explains them (their own assumptions and sources and those
  /// of the node they start from, as `toc check` reads them), and the model's assumptions.
  func assumptions(_ model: Model) -> String {
    let links = model.links.filter { $0.namespace.isEmpty }
    guard !links.isEmpty || !model.meta.assumptions.isEmpty else { return "" }
    var out = "<h3>\(words.assumptions)</h3>\n"
    if !model.meta.assumptions.isEmpty {
      out += "<p>\(words.modelAssumptions):</p>\n<ul class=\"assumptions\">\n"
      for assumption in model.meta.assumptions {
        out += "<li><q>\(HTML.line(assumption.value))</q></li>\n"
      }
      out += "</ul>\n"
    }
    let nodes = PlainText.index(model.nodes)
    var explained = ""
    var unexplained = 0
    for link in links {
      let from = nodes[link.from]
      let assumptions = Narrative.unique(
        (from?.assumptions ?? []).map(\.value) + link.assumptions.map(\.value))
      let sources = Narrative.unique((from?.sources ?? []).map(\.value) + link.sources.map(\.value))
      guard !assumptions.isEmpty || !sources.isEmpty else {
        unexplained += 1
        continue
      }
      explained += "<tr><td>\(HTML.line(from?.label.value ?? link.from)) → "
      explained += "\(HTML.line(nodes[link.to]?.label.value ?? link.to))</td><td>"
      explained += assumptions.map { "<q>\(HTML.line($0))</q>" }.joined(separator: "<br>")
      explained += "</td><td>\(sources.map(HTML.line).joined(separator: "<br>"))</td></tr>\n"
    }
    if !explained.isEmpty {
      out += "<table class=\"links\"><thead><tr><th scope=\"col\">\(words.link)</th>"
      out += "<th scope=\"col\">\(words.assumptions)</th><th scope=\"col\">\(words.sources)</th>"
      out += "</tr></thead><tbody>\n\(explained)</tbody></table>\n"
    }
    if unexplained > 0 { out += "<p>\(words.linksWithout(unexplained))</p>\n" }
    return out
  }

  /// The theory in sentences, the file's own steps only.
  func narrative(_ model: Model) -> String {
    let paragraphs = Narrative.paragraphs(model, language: language, ownOnly: true)
    guard !paragraphs.isEmpty else { return "" }
    var out = "<h3>\(words.narrative)</h3>\n<div class=\"narrative\">\n"
    for paragraph in paragraphs {
      if let heading = paragraph.heading { out += "<h4>\(HTML.escape(heading))</h4>\n" }
      out += "<p>\(HTML.escape(paragraph.sentences.joined(separator: " ")))</p>\n"
    }
    return out + "</div>\n"
  }
}
