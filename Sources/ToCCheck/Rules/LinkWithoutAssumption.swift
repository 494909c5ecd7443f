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
      let links = graph.model.links
      let nodes = graph.model.nodes
      var findings: [Finding] = []
      for position in links.indices
      where graph.kinds[graph.links.from[position]].isOutcome
        && graph.kinds[graph.links.to[position]].isOutcome && links[position].assumptions.isEmpty
      {
        // Only the ids are needed: a whole node, or link, is a large value to copy.
        let namespace = links[position].namespace
        let from = Namespace.strip(namespace, from: nodes[graph.links.from[position]].id)
        let to = Namespace.strip(namespace, from: nodes[graph.links.to[position]].id)
        findings.append(
          Finding(
            Diagnostic(
              .linkWithoutAssumption,
              Bilingual(
                en: "no assumption says why `\(from)` leads to `\(to)`",
                nl: "geen aanname zegt waarom `\(from)` leidt tot `\(to)`"),
              at: links[position].range),
            link: links[position]))
      }
      return findings
    })
}
