import ToCModel

extension Rule {
  /// TOC108: an arrow to or from an indicator.
  /// Found by the parser: an arrow from an indicator in `FileParser.indicatorLabel` and
  /// `FileParser.continuation` (FileParser.swift), one to an indicator in `Loader.nodeReference`
  /// (Loader.swift).
  static let indicatorLink = Rule(
    .indicatorLink,
    summary: Bilingual(
      en: "an arrow to or from an indicator",
      nl: "een pijl naar of van een indicator"),
    rationale: Bilingual(
      en:
        "an indicator measures an outcome; it is not a step in the theory. Connect it with `indicator:` on the outcome instead of an arrow.",
      nl:
        "een indicator meet een effect; het is geen stap in de theorie. Koppel hem met `indicator:` onder het effect in plaats van met een pijl."
    ),
    bad: Example(
      "[korte termijn]\ncontact: Meer contact met buren -> contacten\n[indicatoren]\ncontacten: % bewoners met contact\n"
    ),
    good: Example(
      "[korte termijn]\ncontact: Meer contact met buren\n  indicator: contacten\n[indicatoren]\ncontacten: % bewoners met contact\n"
    ),
    moreBad: [
      Example(
        "[korte termijn]\ncontact: Meer contact met buren\n  indicator: contacten\n[indicatoren]\ncontacten: % bewoners met contact\n[verbanden]\ncontacten -> contact\n"
      )
    ])
}
