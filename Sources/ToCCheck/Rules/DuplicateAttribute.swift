import ToCModel

extension Rule {
  /// TOC112: a single-valued attribute given twice on one definition.
  /// Found by the parser: `FileParser.attribute` (FileParser+Attributes.swift).
  static let duplicateAttribute = Rule(
    .duplicateAttribute,
    summary: Bilingual(
      en: "a single-valued attribute given twice on one definition; the first is kept",
      nl: "een kenmerk met één waarde dat twee keer gegeven is; de eerste telt"),
    rationale: Bilingual(
      en:
        "a node has one description and one group; when two are given, one of them is not what the writer meant. Assumptions, sources and indicators may be repeated.",
      nl:
        "een knoop heeft één toelichting en één groep; staan er twee, dan is er een niet bedoeld. Aannames, bronnen en indicatoren mogen herhaald worden."
    ),
    bad: Example(
      "[middelen]\nuren: Manuren van teamleden\n  groep: Economisch\n  groep: Sociaal\n"),
    good: Example("[middelen]\nuren: Manuren van teamleden\n  groep: Economisch\n"),
    moreBad: [
      Example(
        "[indicatoren]\ndeelname: Aantal deelnemers\n  bron: Presentielijst\n  bron: Enquête\n")
    ],
    moreGood: [
      Example(
        "[indicatoren]\ndeelname: Aantal deelnemers\n  bron: Presentielijst\n  meting: 2020 = 5\n  meting: 2021 = 8\n"
      )
    ])
}
