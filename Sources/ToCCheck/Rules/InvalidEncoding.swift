import ToCModel

extension Rule {
  /// TOC101: the file is not valid UTF-8; nothing in it is read.
  /// Found by the parser before any line is read: `SourceText.decode` (SourceText.swift).
  static let invalidEncoding = Rule(
    .invalidEncoding,
    summary: Bilingual(
      en: "the file is not valid UTF-8",
      nl: "het bestand is geen geldige UTF-8"),
    rationale: Bilingual(
      en:
        "toc does not guess an encoding: a guess could silently change a label. Save the file as UTF-8 (every editor can) and it is read as written.",
      nl:
        "toc raadt geen codering: een gok kan een label ongemerkt veranderen. Sla het bestand op als UTF-8 (elke editor kan dat) en het wordt gelezen zoals het er staat."
    ),
    bad: Example(
      "[activiteiten]\na: Caf\\xE9 openen\n",
      bytes: Array("[activiteiten]\na: Caf".utf8) + [0xE9] + Array(" openen\n".utf8)),
    good: Example("[activiteiten]\na: Café openen\n"))
}
