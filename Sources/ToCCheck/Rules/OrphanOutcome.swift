import ToCModel

extension Rule {
  /// TOC203: an outcome that nothing leads to.
  static let orphanOutcome = Rule(
    .orphanOutcome,
    summary: Bilingual(
      en: "an outcome that nothing leads to",
      nl: "een effect waar niets naartoe leidt"),
    rationale: Bilingual(
      en:
        "an outcome with no arrow into it is hoped for, not explained: the theory does not say which activity or output brings it about. Add the link, or say why it happens.",
      nl:
        "een effect zonder pijl ernaartoe wordt gehoopt, niet verklaard: de theorie zegt niet welke activiteit of welk resultaat het teweegbrengt. Voeg het verband toe, of zeg waarom het gebeurt."
    ),
    bad: Example(
      "[activiteiten]\nles: Taalles\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n"
    ),
    good: Example(
      "[activiteiten]\nles: Taalles -> spreken\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n"
    ),
    check: { graph in
      graph.model.nodes.indices.compactMap { position in
        guard graph.kinds[position].isOutcome, !graph.links.hasIncoming(position) else {
          return nil
        }
        let node = graph.model.nodes[position]
        return Finding(
          Diagnostic(
            .orphanOutcome,
            Bilingual(
              en: "nothing leads to outcome `\(node.localId)`",
              nl: "niets leidt naar effect `\(node.localId)`"),
            at: node.range,
            help: Bilingual(
              en: "link an activity, output or earlier outcome to it (`a -> \(node.localId)`)",
              nl:
                "verbind er een activiteit, resultaat of eerder effect mee (`a -> \(node.localId)`)"
            )))
      }
    })
}
