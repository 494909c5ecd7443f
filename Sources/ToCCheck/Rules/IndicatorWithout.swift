import ToCModel

extension Rule {
  /// TOC303: an indicator with no baseline.
  static let indicatorWithoutBaseline = indicatorWithout(
    .indicatorWithoutBaseline, Bilingual(en: "baseline", nl: "nulmeting"),
    given: { $0.baseline != nil || $0.writtenLines.contains(.baseline) },
    rationale: Bilingual(
      en:
        "change is measured against a starting point. Without a baseline a later measurement cannot show progress.",
      nl:
        "verandering meet je vanaf een beginpunt. Zonder nulmeting laat een latere meting geen vooruitgang zien."
    ),
    example: "2024 = 30",
    help: Bilingual(en: "add `baseline: YEAR = NUMBER`", nl: "voeg `nulmeting: JAAR = GETAL` toe"))

  /// TOC304: an indicator with no target.
  static let indicatorWithoutTarget = indicatorWithout(
    .indicatorWithoutTarget, Bilingual(en: "target", nl: "streefwaarde"),
    given: { $0.target != nil || $0.writtenLines.contains(.target) },
    rationale: Bilingual(
      en:
        "a target says how much change is enough. Without one, any measurement can be called a success.",
      nl:
        "een streefwaarde zegt hoeveel verandering genoeg is. Zonder streefwaarde kan elke meting een succes heten."
    ),
    example: "2026 = 60",
    help: Bilingual(
      en: "add `target: YEAR = NUMBER`", nl: "voeg `streefwaarde: JAAR = GETAL` toe"))

  /// TOC305: an indicator with no source.
  static let indicatorWithoutSource = indicatorWithout(
    .indicatorWithoutSource, Bilingual(en: "source", nl: "bron"),
    given: { $0.source != nil || $0.writtenLines.contains(.source) },
    rationale: Bilingual(
      en:
        "a reader must be able to check where numbers come from (a survey, a register, the Wijkprofiel) and measure again the same way.",
      nl:
        "een lezer moet kunnen nagaan waar getallen vandaan komen (een enquête, een register, het Wijkprofiel) en op dezelfde manier opnieuw meten."
    ),
    example: "Eigen taaltoets",
    help: Bilingual(
      en: "add `source: …` saying where the numbers come from",
      nl: "voeg `bron: …` toe met waar de getallen vandaan komen"))

  /// The rule that every indicator gives `attribute` (`given` tells whether one does); its good
  /// example gives it as `example`.
  private static func indicatorWithout(
    _ code: Code, _ attribute: Bilingual, given: @escaping @Sendable (Indicator) -> Bool,
    rationale: Bilingual, example: String, help: Bilingual
  ) -> Rule {
    let indicator = "[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n"
    return Rule(
      code,
      summary: Bilingual(
        en: "an indicator with no `\(attribute.nl)`/`\(attribute.en)`",
        nl: "een indicator zonder `\(attribute.nl)`/`\(attribute.en)`"),
      rationale: rationale,
      bad: Example(indicator),
      good: Example(indicator + "  \(attribute.nl): \(example)\n"),
      check: { graph in
        graph.model.indicators.compactMap { indicator in
          guard !given(indicator) else { return nil }
          return Finding(
            Diagnostic(
              code,
              Bilingual(
                en: "indicator `\(indicator.localId)` has no \(attribute.en)",
                nl: "indicator `\(indicator.localId)` heeft geen \(attribute.nl)"),
              at: indicator.range, help: help))
        }
      })
  }
}
