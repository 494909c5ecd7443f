import ToCModel

extension Rule {
  /// TOC403: a link between two outcomes with no assumption (the strict profile).
  static let linkWithoutAssumption = Rule(
    .linkWithoutAssumption,
    summary: Bilingual(
      en: "a link between outcomes with no `aanname` (strict profile)",
      nl: "een verband tussen effecten zonder `aanname` (strikt profiel)"),
    rationale: Bilingual(
      en: "why one change leads to the next is the heart of a theory of change. Writing the assumption down makes it something an evaluation can test.",
      nl: "waarom de ene verandering tot de volgende leidt is de kern van een verandertheorie. De aanname opschrijven maakt haar toetsbaar voor een evaluatie."),
    bad: Example("[korte termijn]\ncontact: Buren leren elkaar kennen -> cohesie\n[lange termijn]\ncohesie: Meer sociale cohesie\n"),
    good: Example("[korte termijn]\ncontact: Buren leren elkaar kennen -> cohesie\n[lange termijn]\ncohesie: Meer sociale cohesie\n[verbanden]\ncontact -> cohesie\n  aanname: Wie zijn buren kent, zet zich eerder in voor de buurt.\n"),
    check: { graph in
      graph.model.links.indices.compactMap { position in
        let link = graph.model.links[position]
        let from = graph.model.nodes[graph.linkFrom[position]]
        let to = graph.model.nodes[graph.linkTo[position]]
        guard from.kind.isOutcome, to.kind.isOutcome, link.assumptions.isEmpty else { return nil }
        return Finding(
          Diagnostic(
            .linkWithoutAssumption,
            Bilingual(
              en: "no assumption says why `\(link.local(from.id))` leads to `\(link.local(to.id))`",
              nl: "geen aanname zegt waarom `\(link.local(from.id))` leidt tot `\(link.local(to.id))`"),
            at: link.range),
          link: link)
      }
    })
}
