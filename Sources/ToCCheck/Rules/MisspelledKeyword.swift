import ToCModel

extension Rule {
  /// TOC113: a definition whose id is a near miss of an attribute key allowed where it stands.
  static let misspelledKeyword = Rule(
    .misspelledKeyword,
    summary: Bilingual(
      en: "a definition whose id looks like a misspelt attribute key (`indcator:`)",
      nl: "een definitie waarvan de id op een verschreven sleutelwoord lijkt (`indcator:`)"),
    rationale: Bilingual(
      en:
        "a misspelt key does not set the attribute: the line defines a new box or indicator with that id instead. The node it was meant for then lacks its indicator or description, and the new box stands alone in the figure.",
      nl:
        "een verschreven sleutelwoord zet het kenmerk niet: de regel maakt in plaats daarvan een nieuwe knoop of indicator met die id. De knoop waar het bij hoorde mist dan zijn indicator of toelichting, en de nieuwe knoop staat los in de figuur."
    ),
    bad: Example(
      "[activiteiten]\nles: Taalles -> spreken\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n  indcator: contacten\n[indicatoren]\ncontacten: Aantal contacten\n"
    ),
    good: Example(
      "[activiteiten]\nles: Taalles -> spreken\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n  indicator: contacten\n[indicatoren]\ncontacten: Aantal contacten\n"
    ),
    check: { graph in
      KeywordSlip.all(in: graph).map { slip in
        Finding(
          Diagnostic(
            .misspelledKeyword, slip.message, at: slip.range, help: slip.help))
      }
    })
}
