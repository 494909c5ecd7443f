import ToCModel

extension Rule {
  /// TOC109: a `gebruik:` file that cannot be read.
  /// Found by the parser while it follows includes: `Loader.add` (Loader.swift).
  static let missingInclude = Rule(
    .missingInclude,
    summary: Bilingual(
      en: "a `gebruik:` file that cannot be read",
      nl: "een `gebruik:`-bestand dat niet gelezen kan worden"),
    rationale: Bilingual(
      en:
        "the model depends on what the included file defines; without it, every reference into it is undefined. Paths are relative to the file that includes.",
      nl:
        "het model hangt af van wat het opgenomen bestand definieert; zonder dat bestand is elke verwijzing ernaar onbekend. Paden gaan uit van het bestand dat opneemt."
    ),
    bad: Example("gebruik: bestaat-niet.toc als si\n[activiteiten]\na: Activiteit\n"),
    good: Example("[activiteiten]\na: Activiteit\n"))
}
