import ToCModel

extension Rule {
  /// TOC205: an activity or output that leads to nothing.
  static let deadEnd = Rule(
    .deadEnd,
    summary: Bilingual(
      en: "an activity or output that leads to nothing",
      nl: "een activiteit of resultaat dat nergens toe leidt"),
    rationale: Bilingual(
      en:
        "every activity is there to produce something and every output to contribute to a change. One that leads nowhere is either missing its link or is not part of this theory.",
      nl:
        "elke activiteit is er om iets op te leveren en elk resultaat om bij te dragen aan een verandering. Een die nergens heen leidt mist een verband, of hoort niet bij deze theorie."
    ),
    bad: Example(
      "[activiteiten]\nles: Taalles -> deelnemers\n[resultaten]\ndeelnemers: Twintig deelnemers\n"),
    good: Example(
      "[activiteiten]\nles: Taalles -> deelnemers\n[resultaten]\ndeelnemers: Twintig deelnemers -> spreken\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n"
    ),
    moreBad: [
      Example("[activiteiten]\nles: Taalles\n"),
      // An arrow written as something else is part of the label: the help says how to write it.
      Example(
        "[activiteiten]\nles: Taalles => deelnemers\n[resultaten]\ndeelnemers: Twintig deelnemers\n"
      ),
    ],
    moreGood: [
      Example(
        "[activiteiten]\nles: Taalles -> spreken\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n"
      )
    ],
    check: { graph in
      let ends = graph.model.nodes.indices.filter { position in
        let kind = graph.kinds[position]
        return (kind == .activity || kind == .output) && !graph.links.hasOutgoing(position)
      }
      let lookAlikes = ArrowLookAlike.all(at: ends, in: graph.model)
      return ends.map { position in
        let node = graph.model.nodes[position]
        let what =
          node.kind == .activity
          ? Bilingual(en: "activity", nl: "activiteit") : Bilingual(en: "output", nl: "resultaat")
        return Finding(
          Diagnostic(
            .deadEnd,
            Bilingual(
              en: "\(what.en) `\(node.localId)` leads to nothing",
              nl: "\(what.nl) `\(node.localId)` leidt nergens toe"),
            at: node.range,
            help: lookAlikes[position]?.help
              ?? Bilingual(
                en: "add what it leads to: `\(node.localId): … -> ID`",
                nl: "voeg toe waartoe het leidt: `\(node.localId): … -> ID`")),
          lookAlike: lookAlikes[position])
      }
    })
}
