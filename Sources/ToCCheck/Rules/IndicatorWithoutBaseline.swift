import ToCModel

extension Rule {
  /// TOC303: an indicator with no baseline.
  static let indicatorWithoutBaseline = Rule(
    .indicatorWithoutBaseline,
    summary: Bilingual(
      en: "an indicator with no `nulmeting`/`baseline`",
      nl: "een indicator zonder `nulmeting`/`baseline`"),
    rationale: Bilingual(
      en:
        "change is measured against a starting point. Without a baseline a later measurement cannot show progress.",
      nl:
        "verandering meet je vanaf een beginpunt. Zonder nulmeting laat een latere meting geen vooruitgang zien."
    ),
    bad: Example("[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n"),
    good: Example(
      "[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n  nulmeting: 2024 = 30\n"),
    check: { graph in
      graph.model.indicators.compactMap { indicator in
        guard indicator.baseline == nil, !indicator.writtenLines.contains(.baseline) else {
          return nil
        }
        return Finding(
          Diagnostic(
            .indicatorWithoutBaseline,
            Bilingual(
              en: "indicator `\(indicator.localId)` has no baseline",
              nl: "indicator `\(indicator.localId)` heeft geen nulmeting"),
            at: indicator.range,
            help: Bilingual(
              en: "add `baseline: YEAR = NUMBER`", nl: "voeg `nulmeting: JAAR = GETAL` toe")))
      }
    })
}
