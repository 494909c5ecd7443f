import ToCModel

extension Rule {
  /// TOC402: a text that still holds a placeholder like `x-aantal` or `TODO`.
  static let placeholderText = Rule(
    .placeholderText,
    summary: Bilingual(
      en:
        "a text still holding a placeholder (`x-aantal`, `xx`, `TODO`, `TBD`, `???`, `...`, `PM`)",
      nl: "een tekst met nog een plaatshouder (`x-aantal`, `xx`, `TODO`, `TBD`, `???`, `...`, `PM`)"
    ),
    rationale: Bilingual(
      en:
        "\"an x-aantal participants\" cannot be monitored: until the number is filled in, nobody can say whether the output was delivered.",
      nl:
        "\"een x-aantal deelnemers\" kun je niet monitoren: zolang het aantal niet is ingevuld, kan niemand zeggen of het resultaat geleverd is."
    ),
    bad: Example(
      "[activiteiten]\nles: Taalles -> deelnemers\n[resultaten]\ndeelnemers: Een x-aantal deelnemers\n"
    ),
    good: Example(
      "[activiteiten]\nles: Taalles -> deelnemers\n[resultaten]\ndeelnemers: Twintig deelnemers per jaar\n"
    ),
    moreBad: [
      Example("[activiteiten]\nles: Taalles\n  toelichting: TODO\n"),
      Example(
        "[activiteiten]\nles: Taalles -> deelnemers\n[resultaten]\ndeelnemers: Twintig deelnemers\n[verbanden]\nles -> deelnemers\n  aanname: xxx\n"
      ),
    ],
    moreGood: [
      Example(
        "[activiteiten]\nles: Taalles (…) voor ouders -> deelnemers\n[resultaten]\ndeelnemers: Twintig deelnemers\n"
      )
    ],
    check: { graph in
      var findings: [Finding] = []
      Placeholders.forEachText(of: graph.model) { text in
        guard let found = Placeholders.first(in: text.value) else { return }
        findings.append(
          Finding(
            Diagnostic(
              .placeholderText,
              Bilingual(
                en: "the text still holds the placeholder `\(found.word)`",
                nl: "de tekst bevat nog de plaatshouder `\(found.word)`"),
              at: Placeholders.narrow(text, to: found.offsets),
              help: Bilingual(en: "fill in what is meant", nl: "vul in wat bedoeld wordt"))))
      }
      return findings
    })
}
