import ToCModel

extension Rule {
  /// TOC207: an activity that no resource feeds.
  static let activityWithoutResources = Rule(
    .activityWithoutResources,
    summary: Bilingual(
      en: "an activity that no resource feeds",
      nl: "een activiteit die door geen middel gevoed wordt"),
    rationale: Bilingual(
      en:
        "an activity takes time, money or knowledge. Naming which resources it uses shows whether the plan is feasible.",
      nl:
        "een activiteit kost tijd, geld of kennis. Laten zien welke middelen ze gebruikt maakt duidelijk of het plan haalbaar is."
    ),
    bad: Example("[activiteiten]\nles: Taalles\n"),
    good: Example(
      "[middelen]\nuren: Uren van vrijwilligers -> les\n[activiteiten]\nles: Taalles\n"),
    moreBad: [Example("[activiteiten]\nwerving: Deelnemers werven -> les\nles: Taalles\n")],
    moreGood: [
      Example(
        "[middelen]\nuren: Uren van vrijwilligers -> les\n[activiteiten]\nles: Taalles\n  negeer: activity-without-resources\n"
      )
    ],
    check: { graph in
      graph.model.nodes.indices.compactMap { position in
        guard graph.kinds[position] == .activity,
          !graph.links.predecessors(position).contains(where: { graph.kinds[$0] == .resource })
        else { return nil }
        let node = graph.model.nodes[position]
        return Finding(
          Diagnostic(
            .activityWithoutResources,
            Bilingual(
              en: "no resource feeds activity `\(node.localId)`",
              nl: "geen middel voedt activiteit `\(node.localId)`"),
            at: node.range))
      }
    })
}
