import ToCModel

extension Rule {
  /// TOC306: a target year that is not after the baseline year.
  static let targetBeforeBaseline = Rule(
    .targetBeforeBaseline,
    summary: Bilingual(
      en: "a target year not after the baseline year",
      nl: "een streefjaar dat niet na het jaar van de nulmeting ligt"),
    rationale: Bilingual(
      en:
        "a target lies in the future of the baseline; a target year at or before the baseline year is almost always a typo in one of the years.",
      nl:
        "een streefwaarde ligt na de nulmeting; een streefjaar op of voor het jaar van de nulmeting is bijna altijd een tikfout in een van de jaren."
    ),
    bad: Example(
      "[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n  nulmeting: 2024 = 30\n  streefwaarde: 2022 = 60\n"
    ),
    good: Example(
      "[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n  nulmeting: 2024 = 30\n  streefwaarde: 2026 = 60\n"
    ),
    moreBad: [
      Example(
        "[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n  nulmeting: 2024 = 30\n  streefwaarde: 2024 = 60\n"
      )
    ],
    check: { graph in
      graph.model.indicators.compactMap { indicator in
        guard let baseline = indicator.baseline, let target = indicator.target,
          target.value.year <= baseline.value.year
        else { return nil }
        return Finding(
          Diagnostic(
            .targetBeforeBaseline,
            Bilingual(
              en:
                "the target year \(target.value.year) of `\(indicator.localId)` is not after its baseline year \(baseline.value.year)",
              nl:
                "het streefjaar \(target.value.year) van `\(indicator.localId)` ligt niet na het jaar van de nulmeting, \(baseline.value.year)"
            ),
            at: target.range))
      }
    })
}
