import ToCModel

extension Rule {
  /// TOC204: an outcome that links lead to, but that no activity reaches.
  static let unreachableOutcome = Rule(
    .unreachableOutcome,
    summary: Bilingual(
      en: "an outcome with incoming links but no path from any activity",
      nl: "een effect met inkomende verbanden maar zonder pad vanaf een activiteit"),
    rationale: Bilingual(
      en:
        "the outcome rests on other outcomes that nothing the team does brings about. The chain is broken further back: follow the arrows back to find where.",
      nl:
        "het effect rust op andere effecten die door niets wat het team doet ontstaan. De keten is verderop gebroken: volg de pijlen terug om te zien waar."
    ),
    bad: Example(
      "[korte termijn]\ncontact: Buren leren elkaar kennen -> cohesie\n[lange termijn]\ncohesie: Meer sociale cohesie\n"
    ),
    good: Example(
      "[activiteiten]\nfeest: Straatfeest -> contact\n[korte termijn]\ncontact: Buren leren elkaar kennen -> cohesie\n[lange termijn]\ncohesie: Meer sociale cohesie\n"
    ),
    check: { graph in
      let activities = graph.kinds.indices.filter { graph.kinds[$0] == .activity }
      let reached = graph.links.reachable(from: activities)
      return graph.model.nodes.indices.compactMap { position in
        guard graph.kinds[position].isOutcome, graph.links.hasIncoming(position), !reached[position]
        else { return nil }
        let node = graph.model.nodes[position]
        return Finding(
          Diagnostic(
            .unreachableOutcome,
            Bilingual(
              en: "no activity leads to outcome `\(node.localId)`, not even through other nodes",
              nl: "geen activiteit leidt naar effect `\(node.localId)`, ook niet via andere knopen"),
            at: node.range))
      }
    })
}
