import ToCModel

extension Rule {
  /// TOC201: a link whose target is a resource.
  static let linkIntoResource = Rule(
    .linkIntoResource,
    summary: Bilingual(
      en: "a link whose target is a resource",
      nl: "een verband dat naar een middel wijst"),
    rationale: Bilingual(
      en:
        "resources are what a team starts with: hours, money, knowledge. Nothing in the theory produces them, so an arrow into a resource reads the theory backwards.",
      nl:
        "middelen zijn waar een team mee begint: uren, geld, kennis. Niets in de theorie maakt ze, dus een pijl naar een middel leest de theorie achterstevoren."
    ),
    bad: Example("[middelen]\ngeld: Subsidie -> les\n[activiteiten]\nles: Taalles -> geld\n"),
    good: Example("[middelen]\ngeld: Subsidie -> les\n[activiteiten]\nles: Taalles\n"),
    check: { graph in
      graph.model.links.indices.compactMap { position in
        guard graph.kinds[graph.links.to[position]] == .resource else { return nil }
        let link = graph.model.links[position]
        return Finding(
          Diagnostic(
            .linkIntoResource,
            Bilingual(
              en: "`\(link.local(link.from))` links into resource `\(link.local(link.to))`",
              nl: "`\(link.local(link.from))` wijst naar middel `\(link.local(link.to))`"),
            at: link.range,
            help: Bilingual(
              en: "resources only feed activities; turn the arrow around or remove it",
              nl: "middelen voeden alleen activiteiten; draai de pijl om of haal hem weg")),
          link: link)
      }
    })
}
