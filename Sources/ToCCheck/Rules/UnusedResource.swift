import ToCModel

extension Rule {
  /// TOC206: a resource that feeds no activity.
  static let unusedResource = Rule(
    .unusedResource,
    summary: Bilingual(
      en: "a resource that feeds no activity",
      nl: "een middel dat geen activiteit voedt"),
    rationale: Bilingual(
      en:
        "resources matter through what the team does with them. A resource linked to no activity does not show how it is used.",
      nl:
        "middelen doen ertoe door wat het team ermee doet. Een middel zonder verband met een activiteit laat niet zien hoe het gebruikt wordt."
    ),
    bad: Example("[middelen]\nuren: Manuren van teamleden\n[activiteiten]\nles: Taalles\n"),
    good: Example("[middelen]\nuren: Manuren van teamleden -> les\n[activiteiten]\nles: Taalles\n"),
    moreBad: [
      Example(
        "[middelen]\nuren: Manuren van teamleden -> deelnemers\n[resultaten]\ndeelnemers: Twintig deelnemers\n"
      )
    ],
    check: { graph in
      let unused = graph.model.nodes.indices.filter { position in
        graph.kinds[position] == .resource
          && !graph.links.successors(position).contains(where: { graph.kinds[$0] == .activity })
      }
      let lookAlikes = ArrowLookAlike.all(at: unused, in: graph.model)
      return unused.map { position in
        let node = graph.model.nodes[position]
        return Finding(
          Diagnostic(
            .unusedResource,
            Bilingual(
              en: "resource `\(node.localId)` feeds no activity",
              nl: "middel `\(node.localId)` voedt geen activiteit"),
            at: node.range,
            help: lookAlikes[position]?.help
              ?? Bilingual(
                en: "link it to the activities that use it: `\(node.localId): … -> ACTIVITY`",
                nl:
                  "verbind het met de activiteiten die het gebruiken: `\(node.localId): … -> ACTIVITEIT`"
              )), lookAlike: lookAlikes[position])
      }
    })
}
