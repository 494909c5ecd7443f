import ToCModel

extension Rule {
  /// TOC102: a line that is not a statement; it is skipped and the rest of the file still counts.
  /// Found by the parser: in FileParser.swift `statement`, `header`, `nodeValue`, `nonEmpty`,
  /// `targets`, `reference`, `continuation` and `chain`; in FileParser+Attributes.swift
  /// `textValue`, `identifierList`, `ignores` and `use`.
  static let syntax = Rule(
    .syntax,
    summary: Bilingual(
      en: "a line is not a statement (unterminated string, empty label, stray text)",
      nl: "een regel is geen opdracht (niet afgesloten tekst, leeg label, losse tekst)"),
    rationale: Bilingual(
      en:
        "every line must say one thing toc understands: a section, a node, an attribute, an arrow or a comment. A line it cannot read is skipped, so what it meant is missing from the model. An id is one word: `koffie_ochtend: …`, not `koffie ochtend: …`.",
      nl:
        "elke regel zegt één ding dat toc begrijpt: een sectie, een knoop, een kenmerk, een pijl of commentaar. Een regel die toc niet kan lezen wordt overgeslagen, dus wat ermee bedoeld was ontbreekt in het model. Een id is één woord: `koffie_ochtend: …`, niet `koffie ochtend: …`."
    ),
    bad: Example("[activiteiten]\nworkshops geven aan ouders\n"),
    good: Example("[activiteiten]\nworkshops: Workshops geven aan ouders\n"),
    moreBad: [
      Example(
        "[activiteiten]\nles: Taalles -> spreken -> werk\n[korte termijn]\nspreken: Beter Nederlands\nwerk: Werk\n"
      ), Example("[activiteiten]\nles: \"Taalles\n"),
      Example("[activiteiten] extra\nles: Taalles\n"),
    ],
    moreGood: [
      Example(
        "[activiteiten]\nles: Taalles\n[korte termijn]\nspreken: Beter Nederlands\nwerk: Werk\n[verbanden]\nles -> spreken -> werk\n"
      ), Example("[activiteiten]\nles: \"Taalles -> spreken\"\n"),
    ])
}
