import ToCModel

extension Rule {
  /// TOC305: an indicator with no source.
  static let indicatorWithoutSource = Rule(
    .indicatorWithoutSource,
    summary: Bilingual(
      en: "an indicator with no `bron`/`source`",
      nl: "een indicator zonder `bron`/`source`"),
    rationale: Bilingual(
      en:
        "a reader must be able to check where numbers come from (a survey, a register, the Wijkprofiel) and measure again the same way.",
      nl:
        "een lezer moet kunnen nagaan waar getallen vandaan komen (een enquête, een register, het Wijkprofiel) en op dezelfde manier opnieuw meten."
    ),
    bad: Example("[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n"),
    good: Example(
      "[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n  bron: Eigen taaltoets\n"),
    check: { graph in
      graph.model.indicators.compactMap { indicator in
        guard indicator.source == nil, !indicator.writtenLines.contains(.source) else { return nil }
        return Finding(
          Diagnostic(
            .indicatorWithoutSource,
            Bilingual(
              en: "indicator `\(indicator.localId)` has no source",
              nl: "indicator `\(indicator.localId)` heeft geen bron"),
            at: indicator.range,
            help: Bilingual(
              en: "add `source: …` saying where the numbers come from",
              nl: "voeg `bron: …` toe met waar de getallen vandaan komen")))
      }
    })
}
