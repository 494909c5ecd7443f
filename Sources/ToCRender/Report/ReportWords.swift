import ToCModel

/// The fixed words of the report, in its language.
struct ReportWords {
  let language: Language
  var nl: Bool { language == .nl }

  init(_ language: Language) {
    self.language = language
  }

  func pick(_ dutch: String, _ english: String) -> String { nl ? dutch : english }

  var overall: String { pick("Totaal", "Overall") }
  var area: String { pick("Gebied", "Area") }
  var status: String { pick("Status", "Status") }
  var howStatusIsJudged: String {
    pick("Hoe de status per gebied bepaald wordt", "How the status per area is judged")
  }
  var baseline: String { pick("nulmeting", "baseline") }
  var target: String { pick("streefwaarde", "target") }
  var baselineHeading: String { pick("Nulmeting", "Baseline") }
  var targetHeading: String { pick("Streefwaarde", "Target") }
  var higherIsBetter: String { pick("hoger is beter", "higher is better") }
  var lowerIsBetter: String { pick("lager is beter", "lower is better") }
  var noDirection: String { pick("goede richting niet opgegeven", "good direction not given") }
  var report: String { pick("Rapport", "Report") }
  var summary: String { pick("Overzicht per team", "Summary per team") }
  var contents: String { pick("Inhoud", "Contents") }
  var howToRead: String { pick("Zo lees je dit rapport", "How to read this report") }
  var goal: String { pick("Doel", "Goal") }
  var targetGroup: String { pick("Doelgroep", "Target group") }
  var period: String { pick("Looptijd", "Period") }
  var version: String { pick("Versie", "Version") }
  var source: String { pick("Bron", "Source") }
  var pillar: String { pick("Pijler", "Pillar") }
  var initiators: String { pick("Initiatiefnemers", "Initiators") }
  var partners: String { pick("Partners", "Partners") }
  var file: String { pick("Bestand", "File") }
  var figure: String { pick("Figuur", "Figure") }
  var noBoxes: String {
    pick(
      "Dit bestand heeft geen vakken om te tekenen.", "This file has no boxes to draw.")
  }
  var findings: String { pick("Bevindingen", "Findings") }
  var noFindings: String { pick("Geen bevindingen.", "No findings.") }
  func otherFindings(_ count: Int) -> String {
    pick("Toon de andere \(count) bevindingen", "Show the other \(count) findings")
  }
  var rule: String { pick("Regel", "Rule") }
  var count: String { pick("Aantal", "Count") }
  var severity: String { pick("Ernst", "Severity") }
  var explanation: String { pick("Uitleg", "Explanation") }
  var line: String { pick("regel", "line") }
  var plan: String { pick("Monitoring- en evaluatieplan", "Monitoring and evaluation plan") }
  var outcome: String { pick("Uitkomst", "Outcome") }
  var indicator: String { pick("Indicator", "Indicator") }
  var unit: String { pick("Eenheid", "Unit") }
  var direction: String { pick("Richting", "Direction") }
  var measurements: String { pick("Metingen", "Measurements") }
  var noIndicator: String { pick("geen indicator", "no indicator") }
  var noOutcomes: String { pick("Dit model heeft geen uitkomsten.", "This model has no outcomes.") }
  var indicators: String { pick("Indicatoren", "Indicators") }
  var withoutValues: String { pick("Nog zonder waarden", "No values yet") }
  var chartedIn: String { pick("getekend bij", "charted under") }
  var assumptions: String { pick("Aannames per verband", "Assumptions per link") }
  var modelAssumptions: String {
    pick("Aannames van het hele model", "Assumptions of the whole model")
  }
  var link: String { pick("Verband", "Link") }
  var sources: String { pick("Bronnen", "Sources") }
  var narrative: String { pick("Het verhaal", "The narrative") }
  var team: String { pick("Team", "Team") }
  var outcomesMeasured: String { pick("Uitkomsten met indicator", "Outcomes with an indicator") }
  var placeholders: String { pick("Open plekken", "Placeholders") }
  var higher: String { pick("hoger", "higher") }
  var lower: String { pick("lager", "lower") }

  var boxesPerColumn: String { pick("Vakken per kolom", "Boxes per column") }

  /// A column's title in two or three letters, for the summary's narrow columns.
  func short(_ kind: Kind) -> String {
    switch (kind, nl) {
    case (.resource, true): "M"
    case (.resource, false): "R"
    case (.activity, _): "A"
    case (.output, true): "R"
    case (.output, false): "O"
    case (.outcomeShort, true): "KT"
    case (.outcomeShort, false): "ST"
    case (.outcomeMedium, _): "MT"
    case (.outcomeLong, _): "LT"
    case (.impact, _): "I"
    }
  }

  /// A severity in one letter or two, for the summary's narrow columns.
  func shortSeverity(_ severity: Severity) -> String {
    switch (severity, nl) {
    case (.error, true): "F"
    case (.error, false): "E"
    case (.warning, _): "W"
    case (.info, true): "O"
    case (.info, false): "I"
    }
  }

  func severityName(_ severity: Severity, plural: Bool = false) -> String {
    switch (severity, nl, plural) {
    case (.error, true, false): "fout"
    case (.error, true, true): "Fouten"
    case (.error, false, false): "error"
    case (.error, false, true): "Errors"
    case (.warning, true, false): "waarschuwing"
    case (.warning, true, true): "Waarschuwingen"
    case (.warning, false, false): "warning"
    case (.warning, false, true): "Warnings"
    case (.info, true, false): "opmerking"
    case (.info, true, true): "Opmerkingen"
    case (.info, false, false): "info"
    case (.info, false, true): "Infos"
    }
  }

  func linksWithout(_ count: Int) -> String {
    switch (nl, count) {
    case (true, 1): "1 verband heeft geen aanname of bron."
    case (true, _): "\(count) verbanden hebben geen aanname of bron."
    case (false, 1): "1 link has no assumption or source."
    case (false, _): "\(count) links have no assumption or source."
    }
  }

  func noGraphviz(_ reason: String) -> String {
    pick(
      "De figuur kon niet getekend worden (\(reason)). Hieronder staan de kolommen als tabel; installeer Graphviz (https://graphviz.org) voor de figuur.",
      "The figure could not be drawn (\(reason)). The columns are shown as a table below; install Graphviz (https://graphviz.org) for the figure."
    )
  }

  func files(_ count: Int) -> String {
    nl ? "Rapport over \(count) bestanden" : "Report on \(count) files"
  }

  var readingNotes: String {
    pick(
      "Per team: de gegevens van het model, de figuur, de bevindingen van toc check (fouten, waarschuwingen en opmerkingen, met de regel waar ze staan en de uitleg van de regel), het monitoring- en evaluatieplan, per indicator een grafiek van de waarden per gebied en jaar, de aannames per verband en het verhaal in zinnen. Een indicator die meer teams delen, staat één keer getekend, bij het bestand dat hem beschrijft.",
      "Per team: the model's facts, the figure, the findings of toc check (errors, warnings and infos, with their line and the rule's explanation), the monitoring and evaluation plan, per indicator a chart of its values per area and year, the assumptions per link and the narrative. An indicator several teams share is charted once, under the file that defines it."
    )
  }
}
