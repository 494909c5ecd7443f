import ToCModel

extension Rule {
  /// TOC301: an outcome with no `indicator:`.
  static let outcomeWithoutIndicator = Rule(
    .outcomeWithoutIndicator,
    summary: Bilingual(
      en: "an outcome with no `indicator:`",
      nl: "een effect zonder `indicator:`"),
    rationale: Bilingual(
      en:
        "an outcome nobody measures cannot be monitored: the evaluation will not know whether it happened. Name the indicator that shows it.",
      nl:
        "een effect dat niemand meet kun je niet monitoren: de evaluatie weet niet of het gebeurd is. Noem de indicator die het laat zien."
    ),
    bad: Example(
      "[activiteiten]\nles: Taalles -> spreken\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n"
    ),
    good: Example(
      "[activiteiten]\nles: Taalles -> spreken\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n  indicator: toets\n[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n"
    ),
    check: { graph in
      graph.model.nodes.indices.compactMap { position in
        // An `indicator:` line that names nothing known is TOC111's or TOC102's, not this rule's.
        guard graph.kinds[position].isOutcome, graph.model.nodes[position].indicators.isEmpty,
          !graph.model.nodes[position].hasIndicatorLine
        else { return nil }
        let node = graph.model.nodes[position]
        return Finding(
          Diagnostic(
            .outcomeWithoutIndicator,
            Bilingual(
              en: "outcome `\(node.localId)` has no indicator",
              nl: "effect `\(node.localId)` heeft geen indicator"),
            at: node.range,
            help: Bilingual(
              en: "add `indicator: ID` naming what shows this change",
              nl: "voeg `indicator: ID` toe met wat deze verandering laat zien")))
      }
    })
}
