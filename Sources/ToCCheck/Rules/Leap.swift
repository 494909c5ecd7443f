import ToCModel

extension Rule {
  /// TOC401: a link that climbs three or more columns with nothing to explain it.
  static let leap = Rule(
    .leap,
    summary: Bilingual(
      en:
        "a link that climbs three or more levels with no `aanname`/`bron` on the link or on the node it starts from",
      nl:
        "een verband dat drie of meer niveaus overslaat zonder `aanname`/`bron` bij het verband of de knoop waar het begint"
    ),
    rationale: Bilingual(
      en:
        "from an activity straight to a medium or long-term outcome is a leap of faith: the steps between are left out. Fill them in, or state the assumption or evidence that carries the leap.",
      nl:
        "van een activiteit direct naar een effect op middellange of lange termijn is een sprong in het diepe: de tussenstappen ontbreken. Vul ze in, of noem de aanname of het bewijs dat de sprong draagt."
    ),
    bad: Example(
      "[activiteiten]\nfeest: Straatfeesten organiseren -> cohesie\n[lange termijn]\ncohesie: Meer sociale cohesie in de wijk\n"
    ),
    good: Example(
      "[activiteiten]\nfeest: Straatfeesten organiseren -> cohesie\n  aanname: Wie samen feest, spreekt elkaar daarna vaker aan.\n[lange termijn]\ncohesie: Meer sociale cohesie in de wijk\n"
    ),
    moreBad: [
      Example("[middelen]\ngeld: Subsidie -> contact\n[korte termijn]\ncontact: Meer contact\n")
    ],
    moreGood: [
      Example(
        "[activiteiten]\nfeest: Straatfeesten organiseren -> contact\n[korte termijn]\ncontact: Meer contact\n"
      )
    ],
    check: { graph in
      graph.model.links.indices.compactMap { position in
        let (start, end) = (graph.links.from[position], graph.links.to[position])
        guard graph.kinds[end].level - graph.kinds[start].level >= 3,
          !graph.model.links[position].isJustified, graph.model.nodes[start].assumptions.isEmpty,
          graph.model.nodes[start].sources.isEmpty
        else { return nil }
        let link = graph.model.links[position]
        let from = graph.model.nodes[start]
        let to = graph.model.nodes[end]
        return Finding(
          Diagnostic(
            .leap,
            Bilingual(
              en:
                "`\(link.local(from.id))` leaps \(to.kind.level - from.kind.level) levels to `\(link.local(to.id))`",
              nl:
                "`\(link.local(from.id))` springt \(to.kind.level - from.kind.level) niveaus naar `\(link.local(to.id))`"
            ),
            at: link.range,
            help: Bilingual(
              en:
                "add the steps in between, or an `assumption:` or `source:` that explains the leap",
              nl: "voeg de tussenstappen toe, of een `aanname:` of `bron:` die de sprong verklaart")
          ),
          link: link)
      }
    })
}
