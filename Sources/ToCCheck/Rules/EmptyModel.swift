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
      // Files are few: a search of them beats hashing every node's file, and nodes are not copied.
      var files: [String] = []
      var hasOutcome: [Bool] = []
      for position in graph.model.nodes.indices {
        let file = graph.model.nodes[position].range.file
        var index = files.count - 1
        if index < 0 || files[index] != file {
          index = files.firstIndex(of: file) ?? files.count
          if index == files.count {
            files.append(file)
            hasOutcome.append(false)
          }
        }
        if graph.kinds[position].isOutcome { hasOutcome[index] = true }
      }
      return files.indices.filter { !hasOutcome[$0] }.map { index in
        let file = files[index]
        return Finding(
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
