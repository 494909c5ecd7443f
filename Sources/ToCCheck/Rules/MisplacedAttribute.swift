import ToCModel

extension Rule {
  /// TOC105: an attribute (or a node) where it is not allowed.
  /// Found by the parser: `FileParser.definition` for a node outside its section
  /// (FileParser.swift), `FileParser.attribute` for an attribute (FileParser+Attributes.swift).
  static let misplacedAttribute = Rule(
    .misplacedAttribute,
    summary: Bilingual(
      en: "an attribute key not allowed where it appears",
      nl: "een kenmerk dat niet mag staan waar het staat"),
    rationale: Bilingual(
      en:
        "each attribute belongs to the model, a node, an indicator or a link chain. A baseline on an activity, say, means nothing and is not kept: move it to where it belongs.",
      nl:
        "elk kenmerk hoort bij het model, een knoop, een indicator of een keten van verbanden. Een nulmeting bij een activiteit betekent niets en wordt niet bewaard: zet hem waar hij hoort."
    ),
    bad: Example("[activiteiten]\na: Taalles\n  nulmeting: 2020 = 1\n"),
    good: Example("[activiteiten]\na: Taalles\n  toelichting: Wekelijks op woensdag\n"),
    moreBad: [
      Example("[activiteiten]\ndoel: Taalles geven\n"), Example("[verbanden]\nles: Taalles\n"),
    ],
    moreGood: [Example("doel: Bewoners spreken beter Nederlands\n[activiteiten]\nles: Taalles\n")])
}
