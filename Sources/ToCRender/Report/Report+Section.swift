import ToCModel

extension Report {
  /// One file's part of the page: its facts, figure, findings, M&E plan, charts, assumptions and
  /// narrative. A team starts on a new page in print.
  func section(_ section: Section, position: Int, anchors: [IndicatorKey: String]) -> String {
    let model = section.model
    let id = Self.sectionAnchor(position)
    var out = "<section class=\"team\" id=\"\(id)\" data-file=\"\(HTML.escape(model.file))\">\n"
    out += "<h2>\(HTML.line(model.title))</h2>\n"
    out += facts(model)
    out += "<h3 id=\"\(id)-figure\">\(words.figure)</h3>\n"
    out += figure(section)
    out += findings(section, id: id)
    out += plan(model, anchors: anchors)
    out += charts(model, anchors: anchors)
    out += assumptions(model)
    out += narrative(model)
    return out + "</section>\n"
  }

  func facts(_ model: Model) -> String {
    let meta = model.meta
    let rows: [(String, String?)] = [
      (words.goal, meta.goal?.value), (words.targetGroup, meta.targetGroup),
      (words.period, meta.period), (words.version, meta.version), (words.source, meta.source),
      (words.pillar, meta.pillar), (words.initiators, meta.initiators),
      (words.partners, meta.partners), (words.file, model.file),
    ]
    var out = "<dl class=\"facts\">\n"
    for case (let name, let value?) in rows {
      out += "<dt>\(name)</dt><dd>\(HTML.line(value))</dd>\n"
    }
    return out + "</dl>\n"
  }

  func figure(_ section: Section) -> String {
    guard !section.model.nodes.isEmpty else {
      return "<p class=\"no-boxes\">\(words.noBoxes)</p>\n"
    }
    switch section.figure {
    case .svg(let svg):
      return "<figure class=\"toc-figure\">\n\(Self.inline(svg))</figure>\n"
    case .missing(let reason):
      return "<p class=\"notice\">\(HTML.escape(words.noGraphviz(reason)))</p>\n"
        + columnTable(section.model)
    }
  }

  /// Graphviz's SVG document as an element of the page: without its XML declaration, doctype
  /// and comments. One pass over the bytes: a programme's figure holds a comment per box and arrow.
  static func inline(_ svg: String) -> String {
    let bytes = Array(svg.utf8)
    let open = Array("<!--".utf8)
    let close = Array("-->".utf8)
    let start = Array("<svg".utf8)
    func matches(_ pattern: [UInt8], at index: Int) -> Bool {
      index + pattern.count <= bytes.count
        && bytes[index..<index + pattern.count].elementsEqual(pattern)
    }
    guard var index = bytes.indices.first(where: { matches(start, at: $0) }) else { return "" }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count - index + 1)
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "<"), matches(open, at: index) {
        index += open.count
        while index < bytes.count, !matches(close, at: index) { index += 1 }
        index += close.count
        continue
      }
      out.append(bytes[index])
      index += 1
    }
    if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
    return String(decoding: out, as: UTF8.self)
  }

  /// The boxes of the model per column, for a page without a figure.
  func columnTable(_ model: Model) -> String {
    let kinds = Kind.allCases.filter { kind in model.nodes.contains { $0.kind == kind } }
    guard !kinds.isEmpty else { return "" }
    var out = "<table class=\"columns\"><thead><tr>"
    for kind in kinds { out += "<th scope=\"col\">\(kind.title(in: language))</th>" }
    out += "</tr></thead><tbody><tr>"
    for kind in kinds {
      out += "<td><ul>"
      for node in model.nodes where node.kind == kind {
        out += "<li>\(HTML.line(node.label.value))</li>"
      }
      out += "</ul></td>"
    }
    return out + "</tr></tbody></table>\n"
  }

  func findings(_ section: Section, id: String) -> String {
    var out = "<h3 id=\"\(id)-findings\">\(words.findings)</h3>\n"
    let findings = section.findings
    guard !findings.isEmpty else { return out + "<p>\(words.noFindings)</p>\n" }
    out += "<table class=\"counts\"><thead><tr>"
    for severity in Severity.allCases {
      out += "<th scope=\"col\">\(words.severityName(severity, plural: true))</th>"
    }
    out += "</tr></thead><tbody><tr>"
    for severity in Severity.allCases {
      let count = findings.filter { $0.diagnostic.severity == severity }.count
      out += "<td class=\"number\">\(count)</td>"
    }
    out += "</tr></tbody></table>\n"

    let counts = Dictionary(grouping: findings, by: \.diagnostic.code).mapValues(\.count)
    out += "<table class=\"rules\"><thead><tr><th scope=\"col\">\(words.rule)</th>"
    out +=
      "<th scope=\"col\">\(words.severity)</th><th scope=\"col\" class=\"number\">\(words.count)</th>"
    out += "<th scope=\"col\">\(words.explanation)</th></tr></thead><tbody>\n"
    for code in counts.keys.sorted() {
      let rule = rules[code]
      out += "<tr id=\"\(id)-\(code.rawValue)\"><th scope=\"row\">\(code.rawValue)"
      if let rule { out += " <span class=\"name\">\(HTML.escape(rule.name))</span>" }
      out +=
        "</th><td>\(words.severityName(code.severity))</td><td class=\"number\">\(counts[code]!)</td><td>"
      if let rule {
        out += "<strong>\(HTML.message(rule.summary[language]))</strong> "
        out += HTML.message(rule.rationale[language])
      }
      out += "</td></tr>\n"
    }
    out += "</tbody></table>\n<ol class=\"findings\">\n"
    let folds = findings.count > Self.foldFindingsAbove
    for (position, finding) in findings.enumerated() {
      if folds && position == Self.findingsBeforeFold {
        out += "</ol>\n<details class=\"more-findings\"><summary>"
        out += "\(words.otherFindings(findings.count - position))</summary>\n"
        out += "<ol class=\"findings\" start=\"\(position + 1)\">\n"
      }
      let diagnostic = finding.diagnostic
      out += "<li class=\"\(diagnostic.severity.rawValue)\"><p><span class=\"severity\">"
      out += "\(words.severityName(diagnostic.severity))</span> "
      out += "<a href=\"#\(id)-\(diagnostic.code.rawValue)\">\(diagnostic.code.rawValue)</a> "
      out +=
        "\(words.line) \(diagnostic.range.line): \(HTML.message(diagnostic.message[language]))</p>\n"
      if let excerpt = finding.excerpt, !excerpt.isEmpty {
        out +=
          "<pre class=\"excerpt\"><span class=\"line-number\">\(diagnostic.range.line) |</span> "
        out += "\(HTML.escape(PlainText.oneLine(excerpt)))</pre>\n"
      }
      var explained: [String] = []
      if let rule = rules[diagnostic.code] {
        explained.append(HTML.message(rule.summary[language]))
      }
      if let help = diagnostic.help { explained.append(HTML.message(help[language])) }
      if !explained.isEmpty {
        out += "<p class=\"explain\">\(explained.joined(separator: " "))</p>\n"
      }
      out += notes(diagnostic, files: section.model.files)
      out += "</li>\n"
    }
    return out + (folds ? "</ol>\n</details>\n" : "</ol>\n")
  }

  /// A finding's notes (a duplicate's first definition, the uses told at the error that dropped a
  /// definition), each with its line; the file too when it is another.
  func notes(_ diagnostic: Diagnostic, files: SourceFiles) -> String {
    guard !diagnostic.notes.isEmpty else { return "" }
    var out = "<ul class=\"notes\">\n"
    for note in diagnostic.notes {
      let file = note.range.file == diagnostic.range.file ? "" : files[note.range.file] + ", "
      out += "<li>\(HTML.message(note.message[language])) "
      out +=
        "<span class=\"place\">(\(HTML.escape(file))\(words.line) \(note.range.line))</span></li>\n"
    }
    return out + "</ul>\n"
  }

  /// A list of more findings than this shows its first `findingsBeforeFold` and folds the rest
  /// into a `<details>` on screen (no script); the print style sheet opens it on paper.
  static let foldFindingsAbove = 15
  static let findingsBeforeFold = 10
}
