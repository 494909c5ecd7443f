import ToCModel

extension Rule {
  /// TOC107: a value that is not a year and number, direction, language or rule as required.
  /// Found by the parser: in FileParser+Attributes.swift `yearValue`, `modelAttribute`,
  /// `indicatorAttribute`, `ignores` and `use`; `Loader.add` (Loader.swift) for a file name that
  /// cannot be a namespace.
  static let invalidValue = Rule(
    .invalidValue,
    summary: Bilingual(
      en: "a malformed year/number/direction/language value",
      nl: "een onjuiste waarde voor jaar/getal/richting/taal"),
    rationale: Bilingual(
      en:
        "baselines, targets and measurements are compared and drawn, so they must be numbers in a year (`2020 = 12,5`). Words like `twintig` cannot be compared.",
      nl:
        "nulmetingen, streefwaarden en metingen worden vergeleken en getekend, dus het zijn getallen in een jaar (`2020 = 12,5`). Woorden als `twintig` kun je niet vergelijken."
    ),
    bad: Example("[indicatoren]\ndeelname: Aantal deelnemers\n  nulmeting: twintig\n"),
    good: Example("[indicatoren]\ndeelname: Aantal deelnemers\n  nulmeting: 2020 = 20\n"),
    moreBad: [
      Example("[indicatoren]\ndeelname: Aantal deelnemers\n  richting: schuin\n"),
      Example("taal: frans\n[activiteiten]\nles: Taalles\n"),
      Example("[activiteiten]\nles: Taalles\n  negeer: geen-regel\n"),
    ],
    moreGood: [
      Example("[indicatoren]\ndeelname: Aantal deelnemers\n  richting: hoger\n"),
      Example("taal: nl\n[activiteiten]\nles: Taalles\n  negeer: dead-end\n"),
    ])
}
