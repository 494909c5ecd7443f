import ToCModel

extension Rule {
  /// TOC209: a file that defines nodes but no outcome.
  static let emptyModel = Rule(
    .emptyModel,
    summary: Bilingual(
      en: "a model that defines nodes but no outcome",
      nl: "een model met knopen maar zonder effect"),
    rationale: Bilingual(
      en:
        "a theory of change is about the change: without a short, medium or long-term outcome or impact, it is a plan of activities, not a theory.",
      nl:
        "een verandertheorie gaat over de verandering: zonder effect op korte, middellange of lange termijn of impact is het een activiteitenplan, geen theorie."
    ),
    bad: Example("[activiteiten]\nles: Taalles\n"),
    good: Example(
      "[activiteiten]\nles: Taalles -> spreken\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n"
    ),
    check: { graph in
      var files: [String] = []
      var withOutcome: Set<String> = []
      for node in graph.model.nodes {
        if !files.contains(node.range.file) { files.append(node.range.file) }
        if node.kind.isOutcome { withOutcome.insert(node.range.file) }
      }
      return files.filter { !withOutcome.contains($0) }.map { file in
        Finding(
          Diagnostic(
            .emptyModel,
            Bilingual(en: "the model defines no outcome", nl: "het model definieert geen effect"),
            at: .startOf(file),
            help: Bilingual(
              en:
                "add the change it aims for under [short term], [medium term], [long term] or [impact]",
              nl:
                "voeg de beoogde verandering toe onder [korte termijn], [middellange termijn], [lange termijn] of [impact]"
            )))
      }
    })
}
