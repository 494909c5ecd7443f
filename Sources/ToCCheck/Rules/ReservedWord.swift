import ToCModel

extension Rule {
  /// TOC104: a keyword used where an id belongs.
  /// Found by the parser: `FileParser.statement` and `FileParser.reference` (FileParser.swift),
  /// `FileParser.ignores` and `FileParser.use` (FileParser+Attributes.swift).
  static let reservedWord = Rule(
    .reservedWord,
    summary: Bilingual(
      en: "a keyword where an identifier is expected",
      nl: "een sleutelwoord waar een id hoort"),
    rationale: Bilingual(
      en:
        "words like `doel`, `bron` and `taal` start attribute lines, so a node cannot be called that: `bron: …` would always be read as a source. Choose another id.",
      nl:
        "woorden als `doel`, `bron` en `taal` beginnen een kenmerkregel, dus een knoop kan zo niet heten: `bron: …` wordt altijd als bron gelezen. Kies een andere id."
    ),
    bad: Example(
      "[activiteiten]\na: Verhalen ophalen -> bron\n[resultaten]\nverhalen: Opgehaalde verhalen\n"),
    good: Example(
      "[activiteiten]\na: Verhalen ophalen -> verhalen\n[resultaten]\nverhalen: Opgehaalde verhalen\n"
    ),
    moreBad: [
      Example(
        "[activiteiten]\na: Verhalen ophalen\n[resultaten]\nverhalen: Opgehaalde verhalen\n[verbanden]\nbron -> verhalen\n"
      )
    ])
}
