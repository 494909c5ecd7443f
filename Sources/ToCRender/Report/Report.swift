import ToCModel

/// The evaluator's report: one self-contained HTML page (no script, no request) for one model or
/// for several teams and a programme. Pure: the models, their findings and their figures in, the
/// page out; the command line reads the files, runs Graphviz and writes the page.
public struct Report: Sendable {
  /// One file of the report: a team, a programme or an indicator catalogue.
  public struct Section: Sendable {
    /// The file's model, as `toc check` reads it (included files' nodes too).
    public var model: Model
    /// The findings in this file itself, each with the source line it points at.
    public var findings: [Finding]
    public var figure: Figure

    public init(model: Model, findings: [Finding], figure: Figure) {
      self.model = model
      self.findings = findings
      self.figure = figure
    }
  }

  /// A diagnostic with the line of the file it points at.
  public struct Finding: Sendable {
    public var diagnostic: Diagnostic
    /// The source line, without its line break; nil when it could not be read.
    public var excerpt: String?

    public init(diagnostic: Diagnostic, excerpt: String?) {
      self.diagnostic = diagnostic
      self.excerpt = excerpt
    }
  }

  /// The figure of a section: an SVG drawn by Graphviz, or why there is none.
  public enum Figure: Sendable {
    case svg(String)
    case missing(reason: String)
  }

  /// What a rule is about, for the findings' explanations.
  public struct RuleText: Sendable {
    public var name: String
    public var summary: Bilingual
    public var rationale: Bilingual

    public init(name: String, summary: Bilingual, rationale: Bilingual) {
      self.name = name
      self.summary = summary
      self.rationale = rationale
    }
  }

  public var sections: [Section]
  public var language: Language
  /// The rules' explanations by code; a finding whose rule is missing shows only its message.
  public var rules: [Code: RuleText]

  public init(sections: [Section], language: Language, rules: [Code: RuleText]) {
    self.sections = sections
    self.language = language
    self.rules = rules
  }

  var words: ReportWords { ReportWords(language) }

  /// The page.
  public func html() -> String {
    let title =
      sections.count == 1
      ? PlainText.oneLine(sections[0].model.title) : words.files(sections.count)
    var out =
      "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<meta name=\"generator\" content=\"toc\">\n"
    out +=
      "<title>\(HTML.escape(title))</title>\n<style>\n\(ReportStyle.css)</style>\n</head>\n<body>\n"
    out += "<header class=\"report\"><h1>\(HTML.escape(title))</h1>\n"
    out += "<p class=\"about\">\(words.report) · toc</p></header>\n"
    out += howToRead()
    if sections.count > 1 {
      out += summary()
    }
    let anchors = chartAnchors()
    for (position, section) in sections.enumerated() {
      out += self.section(section, position: position, anchors: anchors)
    }
    return out + "</body>\n</html>\n"
  }

  func howToRead() -> String {
    var out = "<section class=\"how\" id=\"how\"><h2>\(words.howToRead)</h2>\n"
    out += "<p>\(HTML.escape(words.readingNotes))</p>\n"
    out += "<p id=\"status-rule\">\(HTML.escape(ProgressStatus.rule(language)))</p>\n"
    return out + "</section>\n"
  }

  /// The fragment identifier of a section.
  static func sectionAnchor(_ position: Int) -> String { "team-\(position + 1)" }

  /// Where each indicator is charted, by the file that defines it and its id there: in the
  /// section of that file, once, however many files include it.
  func chartAnchors() -> [IndicatorKey: String] {
    var anchors: [IndicatorKey: String] = [:]
    for (position, section) in sections.enumerated() {
      for indicator in section.model.indicators where indicator.namespace.isEmpty {
        let key = IndicatorKey(file: section.model.file, id: indicator.id)
        if anchors[key] == nil {
          anchors[key] = HTML.anchor(Self.sectionAnchor(position), "indicator", indicator.id)
        }
      }
    }
    return anchors
  }

  /// An indicator as the file that defines it names it.
  struct IndicatorKey: Hashable {
    var file: String
    var id: String
  }
}

extension Model {
  /// The file that defines an indicator of this model, and its id there.
  func definingKey(_ indicator: Indicator) -> Report.IndicatorKey {
    guard !indicator.namespace.isEmpty,
      let include = includes.first(where: { $0.namespace == indicator.namespace })
    else { return Report.IndicatorKey(file: file, id: indicator.id) }
    return Report.IndicatorKey(file: include.file, id: indicator.localId)
  }
}
