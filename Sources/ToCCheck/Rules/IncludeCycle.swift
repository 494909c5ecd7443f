import ToCModel

extension Rule {
  /// TOC110: files that include each other.
  /// Found by the parser while it follows includes: `Loader.add` (Loader.swift).
  static let includeCycle = Rule(
    .includeCycle,
    summary: Bilingual(
      en: "files that include each other",
      nl: "bestanden die elkaar opnemen"),
    rationale: Bilingual(
      en:
        "a programme includes its teams, a team includes an indicator catalogue: inclusion goes one way. A cycle would include a file within itself forever; the closing `gebruik:` line is ignored.",
      nl:
        "een programma neemt zijn teams op, een team een indicatorencatalogus: opnemen gaat één kant op. Een kring zou een bestand eindeloos in zichzelf opnemen; de sluitende `gebruik:`-regel wordt genegeerd."
    ),
    bad: Example("gebruik: voorbeeld.toc als zelf\n[activiteiten]\na: Activiteit\n"),
    good: Example("[activiteiten]\na: Activiteit\n"))
}
