import ToCModel

extension Rule {
  /// TOC111: an arrow or `indicator:` naming an id that is not defined.
  /// Found by the parser once every file is read: `Loader.nodeReference` and
  /// `Loader.indicatorReference` (Loader.swift).
  static let undefinedReference = Rule(
    .undefinedReference,
    summary: Bilingual(
      en: "an arrow or `indicator:` naming an unknown id",
      nl: "een pijl of `indicator:` met een onbekende id"),
    rationale: Bilingual(
      en:
        "an arrow to a node that does not exist is lost, and so is the step it stood for. Usually it is a typo: the help line names the nearest id.",
      nl:
        "een pijl naar een knoop die niet bestaat gaat verloren, en de stap die hij betekende ook. Meestal is het een tikfout: de hulpregel noemt de id die het dichtst in de buurt komt."
    ),
    bad: Example(
      "[activiteiten]\nbeleving: Beleving in kaart brengen -> ingreppen\n[resultaten]\ningrepen: Ingrepen in de buitenruimte\n"
    ),
    good: Example(
      "[activiteiten]\nbeleving: Beleving in kaart brengen -> ingrepen\n[resultaten]\ningrepen: Ingrepen in de buitenruimte\n"
    ),
    moreBad: [
      Example(
        "[korte termijn]\ncontact: Meer contact met buren\n  indicator: contacte\n[indicatoren]\ncontacten: % bewoners met contact\n"
      )
    ],
    moreGood: [
      Example(
        "[korte termijn]\ncontact: Meer contact met buren\n  indicator: contacten\n[indicatoren]\ncontacten: % bewoners met contact\n"
      )
    ])
}
