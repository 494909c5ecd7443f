import Foundation
import Testing
import ToCModel
import ToCParser
import ToCTestSupport

@testable import ToCRender

/// `Report` and `IndicatorChart`: the page of one example and a chart are golden; the charts
/// show exactly the values of the model; the status rule; escaping of hostile text.
@Suite struct ReportTests {
  static func example(_ path: String) -> Model {
    let root = Golden.repositoryRoot()
    let reader = SourceReader {
      FileManager.default.contents(atPath: root.appendingPathComponent($0).path).map { Array($0) }
    }
    let bytes = Array(FileManager.default.contents(atPath: root.appendingPathComponent(path).path)!)
    return Parser(reader: reader).parse(bytes, file: path).model
  }

  static let chartModel = DrawingFixtures.parse(
    """
    titel: Grafiek
    taal: nl
    [indicatoren]
    groen: % Bewoners tevreden over het groen
      eenheid: %
      richting: hoger
      nulmeting: 2014 = 40
      streefwaarde: 2024 = 70
      meting: Bospolder 2014 = 36, 2018 = 50, 2020 = 66
      meting: Tussendijken 2014 = 40, 2020 = 54
      meting: Rotterdam 2020 = 66
    """)

  @Test func aChartIsGolden() {
    let indicator = Self.chartModel.indicators[0]
    Golden.assert(
      IndicatorChart.render(indicator, id: "groen", language: .nl), matches: "chart-groen.nl.html")
  }

  @Test func theEnglishExamplesPageIsGolden() {
    let model = Self.example("Examples/english/library-reading-club.toc")
    let report = Report(
      sections: [Report.Section(model: model, findings: [], figure: .missing(reason: "test"))],
      language: .en, rules: [:])
    Golden.assert(report.html(), matches: "report-library.html")
  }

  @Test func aFindingsNotesAreListedWithTheirLinesAndOtherFilesNamed() {
    var files = SourceFiles("team.toc")
    let catalogue = files.add("catalogus.toc")
    var model = Model(file: "team.toc", title: "Team")
    model.files = files
    let duplicate = Diagnostic(
      .duplicateId, Bilingual(en: "`k` is already defined", nl: "`k` is al gedefinieerd"),
      at: SourceRange(file: .first, line: 4, column: 1),
      notes: [
        Note(
          Bilingual(en: "first defined here", nl: "eerst hier gedefinieerd"), at: .startOf(.first)),
        Note(Bilingual(en: "used <here>", nl: "hier <gebruikt>"), at: .startOf(catalogue)),
      ])
    let page = Report(
      sections: [
        Report.Section(
          model: model, findings: [Report.Finding(diagnostic: duplicate, excerpt: nil)],
          figure: .missing(reason: "test"))
      ], language: .nl, rules: [:]
    ).html()
    #expect(
      page.contains("<li>eerst hier gedefinieerd <span class=\"place\">(regel 1)</span></li>"))
    #expect(
      page.contains(
        "<li>hier &lt;gebruikt&gt; <span class=\"place\">(catalogus.toc, regel 1)</span></li>"))
    // Without notes, no list.
    let plain = Report(
      sections: [
        Report.Section(
          model: model,
          findings: [
            Report.Finding(
              diagnostic: Diagnostic(.deadEnd, Bilingual(en: "d", nl: "d"), at: .startOf(.first)),
              excerpt: nil)
          ],
          figure: .missing(reason: "test"))
      ], language: .nl, rules: [:]
    ).html()
    #expect(!plain.contains("<ul class=\"notes\">"))
  }

  /// Sixteen findings: the first ten show, the other six fold into a `<details>` whose list
  /// numbers on from 11, and the print style sheet opens it so paper shows every finding.
  @Test func aLongFindingListFoldsOnScreenAndPrintsOpen() {
    let model = Self.example("Examples/english/library-reading-club.toc")
    let node = model.nodes[0]
    func findings(_ count: Int) -> [Report.Finding] {
      (1...count).map {
        Report.Finding(
          diagnostic: Diagnostic(
            .outcomeWithoutIndicator, Bilingual(en: "finding \($0)", nl: "bevinding \($0)"),
            at: node.range),
          excerpt: "line \($0)")
      }
    }
    func findingsPart(_ count: Int, _ language: Language) -> String {
      let report = Report(
        sections: [
          Report.Section(model: model, findings: findings(count), figure: .missing(reason: "x"))
        ],
        language: language, rules: [:])
      return report.findings(report.sections[0], id: "team-1")
    }
    let folded = findingsPart(16, .en)
    Golden.assert(folded, matches: "report-findings-folded.en.html")
    #expect(folded.contains("<summary>Show the other 6 findings</summary>"))
    #expect(findingsPart(16, .nl).contains("<summary>Toon de andere 6 bevindingen</summary>"))
    #expect(folded.components(separatedBy: "<li class=").count == 17)
    #expect(folded.contains("<ol class=\"findings\" start=\"11\">"))
    let short = findingsPart(15, .en)
    #expect(!short.contains("<details"))
    #expect(short.components(separatedBy: "<li class=").count == 16)
    #expect(
      ReportStyle.css.contains(
        "details.more-findings::details-content { content-visibility: visible;"))
  }

  /// Every measurement of every example is a point of its chart with its year and value, and
  /// there are no other points.
  @Test(arguments: [
    "Examples/indicatoren/index-plus.toc", "Examples/english/library-reading-club.toc",
  ])
  func chartsShowExactlyTheModelsValues(_ path: String) throws {
    let model = Self.example(path)
    let charted = model.indicators.filter(IndicatorChart.hasValues)
    #expect(!charted.isEmpty)
    for indicator in charted {
      let chart = IndicatorChart.render(indicator, id: "c", language: model.language)
      let points = chart.components(separatedBy: "class=\"point\"").dropFirst().map {
        $0.prefix(while: { $0 != ">" })
      }
      let shown = points.map { point -> String in
        let year = point.components(separatedBy: "data-year=\"")[1].prefix(while: { $0 != "\"" })
        let value = point.components(separatedBy: "data-value=\"")[1].prefix(while: { $0 != "\"" })
        return "\(year)=\(value)"
      }
      #expect(shown == indicator.measurements.map { "\($0.year)=\($0.value)" }, "\(indicator.id)")
    }
  }

  @Test func theIndexPlusIsChartedWithItsOwnNumbers() {
    let model = Self.example("Examples/indicatoren/index-plus.toc")
    let green = model.indicators.first { $0.id == "gebruiksgroen" }!
    let chart = IndicatorChart.render(green, id: "g", language: .nl)
    #expect(chart.contains("<title>Bospolder 2014: 36%</title>"))
    #expect(chart.contains("<title>Tussendijken 2020: 54%</title>"))
    #expect(chart.contains("<title>Rotterdam 2014: 65%</title>"))
    #expect(!chart.contains("class=\"baseline\""))
    #expect(!chart.contains("class=\"target\""))
  }

  @Test func statusFollowsTheStatedRule() {
    func status(_ lines: String, _ area: String? = "A") -> ProgressStatus {
      let model = DrawingFixtures.parse("[indicators]\ni: I\n" + lines)
      return ProgressStatus(model.indicators[0], area: area)
    }
    // With a target: met, on the line, below the line, the year passed.
    #expect(
      status("  direction: higher\n  target: 2030 = 50\n  measurement: A 2020 = 55") == .onTrack)
    #expect(
      status(
        "  direction: higher\n  baseline: 2020 = 10\n  target: 2030 = 50\n  measurement: A 2025 = 30"
      )
        == .onTrack)
    #expect(
      status(
        "  direction: higher\n  baseline: 2020 = 10\n  target: 2030 = 50\n  measurement: A 2025 = 29"
      )
        == .behind)
    #expect(
      status("  direction: lower\n  target: 2022 = 10\n  measurement: A 2024 = 12") == .behind)
    // Without a target: better or not than the first measurement.
    #expect(status("  direction: lower\n  measurement: A 2014 = 20, 2020 = 12") == .onTrack)
    #expect(status("  direction: higher\n  measurement: A 2014 = 20, 2020 = 12") == .behind)
    #expect(status("  direction: higher\n  measurement: A 2014 = 20, 2020 = 20") == .behind)
    // No data: no measurement, no direction, nothing to compare with.
    #expect(status("  direction: higher\n  measurement: B 2014 = 20") == .noData)
    #expect(status("  measurement: A 2014 = 20, 2020 = 30") == .noData)
    #expect(status("  direction: higher\n  measurement: A 2020 = 30") == .noData)
    #expect(ProgressStatus.rule(.nl).contains("op koers"))
    #expect(ProgressStatus.rule(.en).contains("on track"))
  }

  @Test func hostileTextIsEscapedEverywhere() {
    let model = DrawingFixtures.parse(
      #"""
      titel: "<script>alert(1)</script>"
      doel: "a & b </p>"
      [korte termijn]
      b: "<img src=x onerror=alert(1)>"
        indicator: i
      [indicatoren]
      i: "</svg><b>"
        meting: <i> 2020 = 1
      """#)
    let html = Report(
      sections: [Report.Section(model: model, findings: [], figure: .svg("<svg></svg>"))],
      language: .nl, rules: [:]
    ).html()
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("</svg><b>"))
    #expect(!html.contains("<i>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("a &amp; b &lt;/p&gt;"))
    #expect(html.contains("<title>&lt;i&gt; 2020: 1</title>"))
    #expect(html.contains("<g class=\"series\" data-area=\"&lt;i&gt;\">"))
  }

  @Test func severalFilesGetASummaryAndSharedIndicatorsAreChartedOnce() {
    let catalogue = "titel: Catalogus\n[indicatoren]\ni: Een\n  meting: 2020 = 1\n"
    let team = DrawingFixtures.parse(
      "titel: Team\ngebruik: c.toc als c\n[korte termijn]\nb: B\n  indicator: c.i\n",
      file: "team.toc", others: ["c.toc": catalogue])
    let own = DrawingFixtures.parse(catalogue, file: "c.toc")
    let html = Report(
      sections: [
        Report.Section(model: team, findings: [], figure: .missing(reason: "x")),
        Report.Section(model: own, findings: [], figure: .missing(reason: "x")),
      ], language: .nl, rules: [:]
    ).html()
    #expect(html.contains("<section class=\"summary\""))
    #expect(html.contains("I = Impact; F = fouten, W = waarschuwingen, O = opmerkingen.</p>"))
    #expect(html.components(separatedBy: "<figure class=\"chart\"").count == 2)
    #expect(html.contains("<a href=\"#team-2-indicator-i\">Een</a>"))
  }

  @Test func graphvizSVGIsInlinedWithoutPrologAndComments() {
    let svg = """
      <?xml version="1.0" encoding="UTF-8" standalone="no"?>
      <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
      <!-- Generated by graphviz -->
      <svg viewBox="0 0 1 1"><!-- a -->
      <g class="node"><!-- b&#45;&gt;c --><text>x</text></g></svg>
      """
    #expect(
      Report.inline(svg)
        == "<svg viewBox=\"0 0 1 1\">\n<g class=\"node\"><text>x</text></g></svg>\n")
    #expect(Report.inline("no figure") == "")
    #expect(Report.inline("<svg><!-- never closed") == "<svg>\n")
  }

  @Test func withoutAFigureThePageSaysSoAndShowsTheColumns() {
    let model = DrawingFixtures.parse(DrawingFixtures.team)
    let html = Report(
      sections: [Report.Section(model: model, findings: [], figure: .missing(reason: "weg"))],
      language: .nl, rules: [:]
    ).html()
    #expect(html.contains("De figuur kon niet getekend worden (weg)"))
    #expect(html.contains("<table class=\"columns\">"))
    #expect(html.contains("<li>Beleving in kaart brengen</li>"))
  }
}
