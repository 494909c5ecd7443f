/// The documents the server tests open: Dutch labels with ö, é, ĳ and emoji, and includes.
enum Fixtures {
  static let team = """
    titel: Proef
    taal: nl

    [middelen]
    uren: Uren van vrijwilligers -> bijeenkomst

    [activiteiten]
    bijeenkomst: Bijeenkomsten 🎉 in de wĳk -> coöperatie
      toelichting: Café én buurthuis

    [resultaten]
    coöperatie: Een coöperatie 👩‍👩‍👧 met leden -> vertrouwen
      indicator: leden

    [korte termijn]
    vertrouwen: Meer vertrouwen
      indicator: leden

    [verbanden]
    coöperatie -> vertrouwen
      aanname: Samen eigenaar zijn schept vertrouwen.

    [indicatoren]
    leden: Aantal leden
      eenheid: aantal
      bron: ledenlijst
      nulmeting: 2019 = 12
      streefwaarde: 2022 = 40
      meting: 2020 = 18,5

    """

  /// The line of `document` that holds `text` (after `after`, if given), 0-based, and the text
  /// before it on that line.
  static func find(_ text: String, in document: String = team, after: String = "") -> (
    line: Int, prefix: String
  ) {
    for (number, line) in document.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let characters = Array(line)
      var from = 0
      if !after.isEmpty {
        guard let found = index(of: Array(after), in: characters, from: 0) else { continue }
        from = found + after.count
      }
      if let found = index(of: Array(text), in: characters, from: from) {
        return (number, String(characters[..<found]))
      }
    }
    fatalError("\(text) is not in the document")
  }

  static func index(of wanted: [Character], in characters: [Character], from: Int) -> Int? {
    guard characters.count - wanted.count >= from else { return nil }
    return (from...(characters.count - wanted.count)).first {
      Array(characters[$0..<($0 + wanted.count)]) == wanted
    }
  }

  static let programme = """
    titel: Programma
    taal: nl
    gebruik: team.toc als team

    [lange termijn]
    bloei: De wijk bloeit
      indicator: team.leden
    team.vertrouwen -> bloei

    """

  static let includedTeam = """
    titel: Team
    taal: nl

    [activiteiten]
    feest: Een buurtfeest -> vertrouwen

    [korte termijn]
    vertrouwen: Meer vertrouwen
      indicator: leden

    [indicatoren]
    leden: Aantal leden
      nulmeting: 2019 = 1
      streefwaarde: 2022 = 4
      bron: lijst

    """
}
