import ToCModel

extension Rule {
  /// TOC403: a link between two outcomes with no assumption (the strict profile).
  static let linkWithoutAssumption = Rule(
    .linkWithoutAssumption,
    summary: Bilingual(
      en: "a link between outcomes with no `aanname` (strict profile)",
      nl: "een verband tussen effecten zonder `aanname` (strikt profiel)"),
    rationale: Bilingual(
      en:
        "why one change leads to the next is the heart of a theory of change. Writing the assumption down makes it something an evaluation can test.",
      nl:
        "waarom de ene verandering tot de volgende leidt is de kern van een verandertheorie. De aanname opschrijven maakt haar toetsbaar voor een evaluatie."
    ),
    bad: Example(
      "[korte termijn]\ncontact: Buren leren elkaar kennen -> cohesie\n[lange termijn]\ncohesie: Meer sociale cohesie\n"
    ),
    good: Example(
      "[korte termijn]\ncontact: Buren leren elkaar kennen -> cohesie\n[lange termijn]\ncohesie: Meer sociale cohesie\n[verbanden]\ncontact -> cohesie\n  aanname: Wie zijn buren kent, zet zich eerder in voor de buurt.\n"
    ),
    check: { graph in
      graph.model.links.indices.compactMap { position in
        guard graph.kinds[graph.linkFrom[position]].isOutcome,
          graph.kinds[graph.linkTo[position]].isOutcome,
          graph.model.links[position].assumptions.isEmpty
        else { return nil }
        let link = graph.model.links[position]
        // Only the ids are needed: a whole node is a large value to copy.
        let from = link.local(graph.model.nodes[graph.linkFrom[position]].id)
        let to = link.local(graph.model.nodes[graph.linkTo[position]].id)
        return Finding(
          Diagnostic(
            .linkWithoutAssumption,
            Bilingual(
              en: "no assumption says why `\(from)` leads to `\(to)`",
              nl: "geen aanname zegt waarom `\(from)` leidt tot `\(to)`"),
            at: link.range),
          link: link)
      }
    })
}
