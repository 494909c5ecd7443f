import ToCModel

extension Rule {
  /// TOC209: a file that defines nodes but no outcome, or nothing at all.
  static let emptyModel = Rule(
    .emptyModel,
    summary: Bilingual(
      en: "a file that defines nodes but no outcome, or nothing at all",
      nl: "een bestand met knopen maar zonder effect, of helemaal zonder inhoud"),
    rationale: Bilingual(
      en:
        "a theory of change is about the change: without a short, medium or long-term outcome or impact, it is a plan of activities, not a theory. A file that defines nothing at all is most likely not the file that was meant, and must not pass a check as \"no problems\".",
      nl:
        "een verandertheorie gaat over de verandering: zonder effect op korte, middellange of lange termijn of impact is het een activiteitenplan, geen theorie. Een bestand dat helemaal niets definieert is waarschijnlijk niet het bedoelde bestand, en mag een controle niet doorstaan als \"geen problemen\"."
    ),
    bad: Example("[activiteiten]\nles: Taalles\n"),
    good: Example(
      "[activiteiten]\nles: Taalles -> spreken\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n"
    ),
    moreBad: [Example("# Nog niets ingevuld\n"), Example("titel: Taalcafé\n")],
    moreGood: [
      Example(
        "[indicatoren]\ncontacten: Aantal contacten\n  bron: Telling\n  nulmeting: 2020 = 1\n  streefwaarde: 2024 = 2\n"
      )
    ],
    check: { graph in
      if definesNothing(graph.model) { return [nothingDefined] }
      // By file number: the files that define nodes, and those of them that define an outcome.
      let files = graph.model.files.all
      var hasNodes = Array(repeating: false, count: files.count)
      var hasOutcome = hasNodes
      for position in graph.model.nodes.indices {
        let number = Int(graph.model.nodes[position].range.file.number)
        hasNodes[number] = true
        if graph.kinds[position].isOutcome { hasOutcome[number] = true }
      }
      return files.indices.filter { hasNodes[$0] && !hasOutcome[$0] }.map { index in
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

  /// Whether the checked file defines nothing: no node, no indicator and no include (it is empty,
  /// or holds only comments, blank lines or model attributes).
  static func definesNothing(_ model: Model) -> Bool {
    model.nodes.isEmpty && model.indicators.isEmpty && model.includes.isEmpty
  }

  static var nothingDefined: Finding {
    Finding(
      Diagnostic(
        .emptyModel,
        Bilingual(
          en: "the file defines nothing: no node, no indicator, no include",
          nl: "het bestand definieert niets: geen knoop, geen indicator, geen gebruik:"),
        at: .startOf(.first),
        help: Bilingual(
          en:
            "add what is done under [activities] and the change it aims for under [short term]; `toc init` writes a starter model",
          nl:
            "zet wat er gedaan wordt onder [activiteiten] en de beoogde verandering onder [korte termijn]; `toc init` schrijft een startmodel"
        )))
  }

  /// Drops the finding that a file defines nothing when its bytes are not text (TOC101), or when
  /// it does include a file that could not be loaded (TOC109, TOC110): those errors say more.
  static func withoutNothingDefined(
    _ findings: [Finding], _ model: Model, parserDiagnostics: [Diagnostic]
  ) -> [Finding] {
    let explained: Set<Code> = [.invalidEncoding, .missingInclude, .includeCycle]
    guard definesNothing(model),
      parserDiagnostics.contains(where: {
        explained.contains($0.code) && $0.range.file == .first
      })
    else { return findings }
    return findings.filter { $0.diagnostic.code != .emptyModel }
  }
}
