import ToCModel

extension Rule {
  /// TOC103: a section header that names no section; what is under it is dropped.
  /// Found by the parser: `FileParser.header` (FileParser.swift).
  static let unknownSection = Rule(
    .unknownSection,
    summary: Bilingual(
      en: "`[name]` is not a section name",
      nl: "`[naam]` is geen sectienaam"),
    rationale: Bilingual(
      en:
        "the section decides the column of every node under it. Under an unknown header toc cannot know the column, so everything there is left out until the name is mended.",
      nl:
        "de sectie bepaalt de kolom van elke knoop eronder. Onder een onbekende kop weet toc de kolom niet, dus alles daar blijft weg tot de naam klopt."
    ),
    bad: Example("[middellen]\nuren: Manuren van teamleden\n"),
    good: Example("[middelen]\nuren: Manuren van teamleden\n"))
}
