import Testing
import ToCModel
import ToCParser
import ToCRender
import ToCTestSupport

/// The M&E plan (Markdown, CSV) and the narrative: order, escaping and hostile labels.
@Suite struct ExportTests {
  static let model = TraceTests.parse(
    """
    titel: Taalcafé
    doel: Meer buurtbewoners spreken Nederlands.
    aanname: Bewoners willen Nederlands leren.
    [middelen]
    vrijwilligers: Tien vrijwilligers -> les
    [activiteiten]
    les: Wekelijkse taalles -> deelnemers
    [resultaten]
    deelnemers: Deelnemers volgen de les -> spreken, durven
      aanname: Wie de les volgt, oefent ook
    [korte termijn]
    spreken: Deelnemers spreken beter Nederlands
      indicator: toets, gesprek
    durven: Deelnemers durven Nederlands te spreken
    [middellange termijn]
    meedoen: Deelnemers doen mee in de buurt
      indicator: vrijwilligerswerk
    [verbanden]
    spreken, durven -> meedoen
      aanname: De taal is de drempel om mee te doen
      bron: Eigen ervaring (2023)
    [indicatoren]
    toets: % deelnemers dat de taaltoets haalt
      eenheid: %
      richting: hoger
      bron: Eigen taaltoets
      nulmeting: 2024 = 30
      streefwaarde: 2026 = 60
      meting: 2025 = 42,5
      meting: Bospolder 2024 = 28, 2025 = 35
      meting: Rotterdam 2025 = 50
    gesprek: Zelf ingeschatte gespreksvaardigheid
    vrijwilligerswerk: % deelnemers met vrijwilligerswerk
      eenheid: %
    """)

  static let hostile = TraceTests.parse(
    #"""
    titel: "Kwaad | titel\n# kop"
    [activiteiten]
    a: "=HYPERLINK(\"http://x\")" -> b
    [korte termijn]
    b: "regel 1\nregel 2 | <script>alert(1)</script> *vet* \"quote\", komma"
      indicator: i
    [verbanden]
    a -> b
      aanname: "]; \"x\" -> \"y\" [label=\"boem"
    [indicatoren]
    i: "-1 + 2, \"aanhalingstekens\"\nnieuwe regel"
      bron: @bron
    """#)

  @Test func monitoringPlanRows() {
    let rows = MonitoringPlan(Self.model).rows
    #expect(
      rows.map { "\($0.outcome.id):\($0.indicatorID ?? "-")" } == [
        "spreken:toets", "spreken:gesprek", "durven:-", "meedoen:vrijwilligerswerk",
      ])
    #expect(
      rows[0].latest.map { "\($0.area ?? "")\($0.year)=\($0.value)" } == [
        "2025=42.5", "Bospolder2025=35.0", "Rotterdam2025=50.0",
      ])
  }

  @Test func csv() {
    Golden.assert(CSVExport.render(Self.model), matches: "export-taalcafe.csv")
  }

  @Test(arguments: [Language.nl, .en])
  func markdown(_ language: Language) {
    Golden.assert(
      MarkdownExport.render(Self.model, language: language),
      matches: "export-taalcafe.\(language).md")
  }

  @Test(arguments: [Language.nl, .en])
  func narrative(_ language: Language) {
    Golden.assert(
      Narrative.render(Self.model, language: language),
      matches: "export-taalcafe.\(language).narrative.txt")
  }

  @Test func hostileLabelsStayInTheirCSVField() {
    let csv = CSVExport.render(Self.hostile)
    let records = Self.parseCSV(csv)
    #expect(records.count == 2)
    #expect(records.allSatisfy { $0.count == CSVExport.header.count })
    #expect(records[1][3] == "regel 1\nregel 2 | <script>alert(1)</script> *vet* \"quote\", komma")
    #expect(records[1][5] == "'-1 + 2, \"aanhalingstekens\"\nnieuwe regel")
    #expect(records[1][13] == "'@bron")
  }

  @Test func hostileLabelsStayInTheirMarkdownCell() {
    let markdown = MarkdownExport.render(Self.hostile, language: .nl)
    #expect(markdown.hasPrefix("# Kwaad \\| titel # kop\n"))
    let parts = markdown.split(separator: "## Monitoring")
    #expect(parts.count == 2)
    for (part, columns) in zip(parts, [4, 8]) {
      for row in part.split(separator: "\n") where row.hasPrefix("|") {
        let unescaped = row.indices.filter {
          row[$0] == "|" && ($0 == row.startIndex || row[row.index(before: $0)] != "\\")
        }
        #expect(unescaped.count == columns + 1, "\(row)")
      }
    }
    #expect(
      markdown.contains(
        "regel 1<br>regel 2 \\| \\<script\\>alert(1)\\</script\\> \\*vet\\* \"quote\", komma"))
    #expect(!markdown.contains("<script>"))
  }

  @Test func hostileLabelsStayInTheirDOTString() {
    let dot = TraceDOT.render(Trace.trace(Self.hostile, id: "b")!, model: Self.hostile)
    let skeleton = Self.outsideQuotes(dot)
    #expect(
      !skeleton.contains("boem") && !skeleton.contains("HYPERLINK") && !skeleton.contains("script"))
    #expect(
      dot.contains(
        #"label="regel 1\nregel 2 |\n<script>alert(1)</script>\n*vet* \"quote\", komma""#))
    let diff = DiffDOT.render(
      ModelDiff.compare(Self.model, Self.hostile), old: Self.model, new: Self.hostile)
    // The diff's figure is `toc render`'s, with HTML-like labels: nothing breaks out of them.
    let statements = DOTStatements(diff)
    #expect(statements.unclosed == false && statements.braces == 1)
    #expect(statements.keywords == ["digraph", "graph", "node", "edge"])
    #expect(!statements.htmlLabels.contains { $0.contains("<script>") })
    #expect(statements.htmlLabels.contains { $0.contains("&lt;script&gt;") })
  }

  /// The records of an RFC 4180 text.
  static func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text.unicodeScalars)[...]
    while let c = characters.popFirst() {
      if quoted {
        if c == "\"", characters.first == "\"" {
          field += "\""; characters.removeFirst()
        } else if c == "\"" {
          quoted = false
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        record.append(field); field = ""
      } else if c == "\r", characters.first == "\n" {
        characters.removeFirst()
        record.append(field)
        records.append(record)
        (record, field) = ([], "")
      } else {
        field.unicodeScalars.append(c)
      }
    }
    return records
  }

  /// DOT text with every double-quoted string taken out.
  static func outsideQuotes(_ dot: String) -> String {
    var out = ""
    var quoted = false
    var escaped = false
    for c in dot.unicodeScalars {
      if quoted {
        if escaped {
          escaped = false
        } else if c == "\\" {
          escaped = true
        } else if c == "\"" {
          quoted = false
        }
      } else if c == "\"" {
        quoted = true
      } else {
        out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
