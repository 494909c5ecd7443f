import ToCModel

extension Report {
  /// The counts a section's summary row shows: the file's own boxes per column, its outcomes
  /// with an indicator, its findings by severity and the placeholders left in it.
  struct Counts {
    var boxes: [Kind: Int]
    var outcomes: Int
    var measured: Int
    var findings: [Severity: Int]
    var placeholders: Int

    init(_ section: Section) {
      let own = section.model.nodes.filter { $0.namespace.isEmpty }
      boxes = Dictionary(grouping: own, by: \.kind).mapValues(\.count)
      let outcomes = own.filter(\.kind.isOutcome)
      self.outcomes = outcomes.count
      measured = outcomes.filter { !$0.indicators.isEmpty }.count
      findings = Dictionary(grouping: section.findings, by: \.diagnostic.severity).mapValues(
        \.count)
      placeholders = section.findings.filter { $0.diagnostic.code == .placeholderText }.count
    }
  }

  /// The table of every section, one row each, linking to it.
  func summary() -> String {
    var out = "<section class=\"summary\" id=\"summary\"><h2>\(words.summary)</h2>\n"
    out += "<table class=\"summary\"><thead><tr><th scope=\"col\" rowspan=\"2\">\(words.team)</th>"
    out += "<th scope=\"colgroup\" colspan=\"7\">\(words.boxesPerColumn)</th>"
    out += "<th scope=\"col\" rowspan=\"2\" class=\"number\">\(words.outcomesMeasured)</th>"
    out += "<th scope=\"colgroup\" colspan=\"3\">\(words.findings)</th>"
    out += "<th scope=\"col\" rowspan=\"2\" class=\"number\">\(words.placeholders)</th></tr>\n<tr>"
    for kind in Kind.allCases {
      out += "<th scope=\"col\" class=\"number\"><abbr title=\"\(kind.title(in: language))\">"
      out += "\(words.short(kind))</abbr></th>"
    }
    for severity in Severity.allCases {
      out +=
        "<th scope=\"col\" class=\"number\"><abbr title=\"\(words.severityName(severity, plural: true))\">"
      out += "\(words.shortSeverity(severity))</abbr></th>"
    }
    out += "</tr></thead><tbody>\n"
    for (position, section) in sections.enumerated() {
      let counts = Counts(section)
      out += "<tr><th scope=\"row\"><a href=\"#\(Self.sectionAnchor(position))\">"
      out += "\(HTML.line(section.model.title))</a><br><span class=\"file\">"
      out += "\(HTML.escape(section.model.file))</span></th>"
      for kind in Kind.allCases { out += "<td class=\"number\">\(counts.boxes[kind] ?? 0)</td>" }
      if counts.outcomes == 0 {
        out += "<td class=\"number\">–</td>"
      } else {
        let percent = (100 * counts.measured + counts.outcomes / 2) / counts.outcomes
        out += "<td class=\"number\">\(counts.measured)/\(counts.outcomes) (\(percent)%)</td>"
      }
      for severity in Severity.allCases {
        out += "<td class=\"number\">\(counts.findings[severity] ?? 0)</td>"
      }
      out += "<td class=\"number\">\(counts.placeholders)</td></tr>\n"
    }
    out += "</tbody></table>\n<p class=\"legend\">"
    out += Kind.allCases.map { "\(words.short($0)) = \($0.title(in: language))" }.joined(
      separator: ", ")
    out +=
      "; "
      + Severity.allCases.map {
        "\(words.shortSeverity($0)) = \(words.severityName($0, plural: true).lowercased())"
      }.joined(separator: ", ")
    return out + ".</p>\n</section>\n"
  }
}
