import ToCModel

extension Rule {
  /// TOC304: an indicator with no target.
  static let indicatorWithoutTarget = Rule(
    .indicatorWithoutTarget,
    summary: Bilingual(
      en: "an indicator with no `streefwaarde`/`target`",
      nl: "een indicator zonder `streefwaarde`/`target`"),
    rationale: Bilingual(
      en:
        "a target says how much change is enough. Without one, any measurement can be called a success.",
      nl:
        "een streefwaarde zegt hoeveel verandering genoeg is. Zonder streefwaarde kan elke meting een succes heten."
    ),
    bad: Example("[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n"),
    good: Example(
      "[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n  streefwaarde: 2026 = 60\n"),
    check: { graph in
      graph.model.indicators.compactMap { indicator in
        guard indicator.target == nil, !indicator.writtenLines.contains(.target) else { return nil }
        return Finding(
          Diagnostic(
            .indicatorWithoutTarget,
            Bilingual(
              en: "indicator `\(indicator.localId)` has no target",
              nl: "indicator `\(indicator.localId)` heeft geen streefwaarde"),
            at: indicator.range,
            help: Bilingual(
              en: "add `target: YEAR = NUMBER`", nl: "voeg `streefwaarde: JAAR = GETAL` toe")))
      }
    })
}
