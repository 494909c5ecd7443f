import ToCModel

extension Rule {
  /// TOC302: an indicator of the checked file that no node refers to.
  static let unusedIndicator = Rule(
    .unusedIndicator,
    summary: Bilingual(
      en: "an indicator of the checked file that no loaded node refers to",
      nl: "een indicator van het gecontroleerde bestand waar geen knoop naar verwijst"),
    rationale: Bilingual(
      en:
        "an indicator is measured to show an outcome. One that no node names is measured for nothing, or its outcome forgot to name it. A catalogue file without nodes is exempt.",
      nl:
        "een indicator wordt gemeten om een effect te laten zien. Een indicator die geen knoop noemt wordt voor niets gemeten, of het effect vergat hem te noemen. Een catalogus zonder knopen is vrijgesteld."
    ),
    bad: Example(
      "[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n"
    ),
    good: Example(
      "[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n  indicator: toets\n[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n"
    ),
    check: { graph in
      let model = graph.model
      guard model.nodes.contains(where: { $0.namespace.isEmpty }) else { return [] }
      let used = Set(model.nodes.flatMap { $0.indicators.map(\.value) })
      return model.indicators.compactMap { indicator in
        guard indicator.namespace.isEmpty, !used.contains(indicator.id) else { return nil }
        return Finding(
          Diagnostic(
            .unusedIndicator,
            Bilingual(
              en: "no node refers to indicator `\(indicator.localId)`",
              nl: "geen knoop verwijst naar indicator `\(indicator.localId)`"),
            at: indicator.range,
            help: Bilingual(
              en: "add `indicator: \(indicator.localId)` to the outcome it measures, or remove it",
              nl:
                "zet `indicator: \(indicator.localId)` bij het effect dat hij meet, of haal hem weg"
            )))
      }
    })
}
