import ToCModel

extension Rule {
  /// TOC106: an id defined twice in one file; the first definition wins.
  /// Found by the parser: `FileParser.isDuplicate` (FileParser.swift), also across the pieces of a
  /// large file; `Loader.add` (Loader.swift) for a namespace given to two includes.
  static let duplicateId = Rule(
    .duplicateId,
    summary: Bilingual(
      en: "an id defined twice; the note points at the first definition",
      nl: "een id die twee keer gedefinieerd is; de notitie wijst naar de eerste"),
    rationale: Bilingual(
      en:
        "arrows name nodes by id, so an id must name one thing. Nodes and indicators share the ids of a file; the second definition is dropped.",
      nl:
        "pijlen noemen knopen bij hun id, dus een id hoort bij één ding. Knopen en indicatoren delen de id's van een bestand; de tweede definitie vervalt."
    ),
    bad: Example("[activiteiten]\nles: Taalles\nles: Huiswerkbegeleiding\n"),
    good: Example("[activiteiten]\nles: Taalles\nhuiswerk: Huiswerkbegeleiding\n"),
    moreBad: [Example("[activiteiten]\nles: Taalles\n[indicatoren]\nles: Aantal lessen\n")])
}
