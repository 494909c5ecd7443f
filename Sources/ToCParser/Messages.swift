import ToCModel

/// Every message the parser gives, in English and Dutch: lower-case, no final period, ids in backticks.
enum Messages {
  static func arrowFromIndicator(_ id: String) -> Bilingual {
    Bilingual(
      en: "an arrow cannot start at indicator `\(id)`",
      nl: "een pijl kan niet bij indicator `\(id)` beginnen")
  }
  static let arrowInList = Bilingual(
    en: "an arrow does not belong in this list", nl: "een pijl hoort niet in deze lijst")
  static let arrowInTargetList = Bilingual(
    en: "a node's arrow list takes one arrow", nl: "de pijlenlijst van een knoop heeft één pijl")
  static let arrowInTargetListHelp = Bilingual(
    en: "separate targets with commas, or write the chain in [links]",
    nl: "scheid doelen met komma's, of schrijf de keten in [verbanden]")
  static func arrowToIndicator(_ id: String) -> Bilingual {
    Bilingual(
      en: "an arrow cannot point to indicator `\(id)`",
      nl: "een pijl kan niet naar indicator `\(id)` wijzen")
  }
  static let arrowToIndicatorHelp = Bilingual(
    en: "link an outcome to an indicator with `indicator: ID` on the outcome",
    nl: "koppel een indicator aan een effect met `indicator: ID` onder het effect")
  static let arrowWithoutTargets = Bilingual(
    en: "the arrow points to nothing", nl: "de pijl wijst naar niets")
  static let continuationWithoutNode = Bilingual(
    en: "an arrow line needs a node above it", nl: "een pijlregel heeft een knoop erboven nodig")
  static let continuationWithoutNodeHelp = Bilingual(
    en: "put `-> TARGETS` under the node the arrows start from",
    nl: "zet `-> DOELEN` onder de knoop waar de pijlen beginnen")
  static let definitionOutsideKindSectionHelp = Bilingual(
    en: "define nodes under a column header such as [activities] or [short term]",
    nl: "definieer knopen onder een kolomkop zoals [activiteiten] of [korte termijn]")
  static func definitionOutsideKindSection(_ id: String) -> Bilingual {
    Bilingual(
      en: "node `\(id)` is not in a column section",
      nl: "knoop `\(id)` staat niet in een kolomsectie")
  }
  static func didYouMean(_ word: String) -> Bilingual {
    Bilingual(en: "did you mean `\(word)`?", nl: "bedoelde je `\(word)`?")
  }
  static func didYouMeanSection(_ name: String) -> Bilingual {
    Bilingual(en: "did you mean `[\(name)]`?", nl: "bedoelde je `[\(name)]`?")
  }
  static func duplicateAttribute(_ key: String) -> Bilingual {
    Bilingual(
      en: "`\(key)` is given twice; the first is kept",
      nl: "`\(key)` staat er twee keer; de eerste telt")
  }
  static func duplicateId(_ id: String) -> Bilingual {
    Bilingual(en: "`\(id)` is already defined", nl: "`\(id)` is al gedefinieerd")
  }
  static func duplicateNamespace(_ name: String) -> Bilingual {
    Bilingual(
      en: "two files are included as `\(name)`", nl: "twee bestanden zijn opgenomen als `\(name)`")
  }
  static let emptyListElement = Bilingual(
    en: "an empty element in the list", nl: "een leeg element in de lijst")
  static let emptyValue = Bilingual(en: "the text is empty", nl: "de tekst is leeg")
  static func fileNameIsNoNamespace(_ name: String) -> Bilingual {
    Bilingual(
      en: "the file name `\(name)` cannot serve as a namespace",
      nl: "de bestandsnaam `\(name)` kan geen naamruimte zijn")
  }
  static let fileNameIsNoNamespaceHelp = Bilingual(
    en: "name it: `use: PATH as NAME`", nl: "geef een naam: `gebruik: PAD als NAAM`")
  static let firstDefinedHere = Bilingual(en: "first defined here", nl: "eerst hier gedefinieerd")
  static let firstGivenHere = Bilingual(en: "first given here", nl: "eerst hier gegeven")
  static func includeCycle(stack: [String]) -> Bilingual {
    let cycle = stack.joined(separator: " → ")
    return Bilingual(
      en: "files include each other: \(cycle)", nl: "bestanden nemen elkaar op: \(cycle)")
  }
  static func invalidDefinitionId(_ word: String) -> Bilingual {
    Bilingual(en: "`\(word)` is not a valid id", nl: "`\(word)` is geen geldige id")
  }
  static func invalidDirection(_ text: String) -> Bilingual {
    Bilingual(en: "`\(text)` is not a direction", nl: "`\(text)` is geen richting")
  }
  static let directionHelp = Bilingual(
    en: "write `higher` or `lower`", nl: "schrijf `hoger` of `lager`")
  static func invalidEncoding(byte: UInt8) -> Bilingual {
    let hex = "0x" + String(byte, radix: 16, uppercase: true)
    return Bilingual(
      en: "the file is not valid UTF-8 (byte \(hex)); save it as UTF-8",
      nl: "het bestand is geen geldige UTF-8 (byte \(hex)); sla het op als UTF-8")
  }
  static func invalidLanguage(_ text: String) -> Bilingual {
    Bilingual(
      en: "`\(text)` is not a language toc knows", nl: "`\(text)` is geen taal die toc kent")
  }
  static let languageHelp = Bilingual(en: "write `nl` or `en`", nl: "schrijf `nl` of `en`")
  static func invalidMeasurement(_ text: String) -> Bilingual {
    Bilingual(en: "`\(text)` is not a measurement", nl: "`\(text)` is geen meting")
  }
  static let measurementHelp = Bilingual(
    en: "write `[AREA] YEAR = NUMBER, YEAR = NUMBER`, like `Bospolder 2018 = 48, 2020 = 55`",
    nl: "schrijf `[GEBIED] JAAR = GETAL, JAAR = GETAL`, zoals `Bospolder 2018 = 48, 2020 = 55`")
  static func invalidNamespace(_ name: String) -> Bilingual {
    Bilingual(en: "`\(name)` cannot be a namespace", nl: "`\(name)` kan geen naamruimte zijn")
  }
  static func invalidYearValue(_ text: String) -> Bilingual {
    Bilingual(en: "`\(text)` is not `YEAR = NUMBER`", nl: "`\(text)` is geen `JAAR = GETAL`")
  }
  static let yearValueHelp = Bilingual(
    en: "write a four-digit year and a number, like `2020 = 12,5`",
    nl: "schrijf een jaar van vier cijfers en een getal, zoals `2020 = 12,5`")
  static func keywordAsReference(_ word: String) -> Bilingual {
    Bilingual(en: "`\(word)` is a keyword, not an id", nl: "`\(word)` is een sleutelwoord, geen id")
  }
  static func keywordAsStatement(_ word: String) -> Bilingual {
    Bilingual(
      en: "`\(word)` is a keyword and must be followed by `:`",
      nl: "`\(word)` is een sleutelwoord en moet door `:` gevolgd worden")
  }
  static func keywordAsNodeId(_ word: String) -> Bilingual {
    Bilingual(
      en: "`\(word)` is a keyword, so it cannot name a node",
      nl: "`\(word)` is een sleutelwoord en kan dus geen knoop heten")
  }
  static func keywordHelp(_ word: String) -> Bilingual {
    Bilingual(
      en: "keywords cannot be ids; choose another id, such as `\(word)_1`",
      nl: "sleutelwoorden kunnen geen id zijn; kies een andere id, zoals `\(word)_1`")
  }
  static let listWithoutArrow = Bilingual(
    en: "a list of ids without an arrow", nl: "een lijst van id's zonder pijl")
  static func misplacedAttribute(_ key: String, place: Place?) -> Bilingual {
    switch place {
    case .model?:
      Bilingual(en: "`\(key)` does not describe a model", nl: "`\(key)` hoort niet bij het model")
    case .node?:
      Bilingual(en: "`\(key)` does not belong to a node", nl: "`\(key)` hoort niet bij een knoop")
    case .indicator?:
      Bilingual(
        en: "`\(key)` does not belong to an indicator", nl: "`\(key)` hoort niet bij een indicator")
    case .chain?:
      Bilingual(
        en: "`\(key)` does not belong to a link chain",
        nl: "`\(key)` hoort niet bij een keten van verbanden")
    case nil:
      Bilingual(en: "`\(key)` has nothing to belong to here", nl: "`\(key)` hoort hier nergens bij")
    }
  }
  static func misplacedAttributeHelp(_ key: Keyword) -> Bilingual {
    let places: [(Place, String, String)] = [
      (.model, "the model (before the first section)", "het model (voor de eerste sectie)"),
      (.node, "a node", "een knoop"), (.indicator, "an indicator", "een indicator"),
      (.chain, "a link chain", "een keten van verbanden"),
    ]
    let allowed = places.filter { $0.0.allowed.contains(key) }
    if allowed.isEmpty {
      return Bilingual(
        en: "`\(key.spelling(in: .en))` is only used in `use: PATH as NAME`",
        nl: "`\(key.spelling(in: .nl))` staat alleen in `gebruik: PAD als NAAM`")
    }
    return Bilingual(
      en: "`\(key.spelling(in: .en))` belongs to " + allowed.map(\.1).joined(separator: " or "),
      nl: "`\(key.spelling(in: .nl))` hoort bij " + allowed.map(\.2).joined(separator: " of "))
  }
  static func missingInclude(_ path: String) -> Bilingual {
    Bilingual(
      en: "cannot read included file `\(path)`", nl: "kan opgenomen bestand `\(path)` niet lezen")
  }
  static func missingIncludeHelp(_ path: String) -> Bilingual {
    Bilingual(
      en: "looked for `\(path)`; paths are relative to this file",
      nl: "gezocht naar `\(path)`; paden gaan uit van dit bestand")
  }
  static func nodeIsNoIndicator(_ id: String) -> Bilingual {
    Bilingual(en: "`\(id)` is a node, not an indicator", nl: "`\(id)` is een knoop, geen indicator")
  }
  static func notAnIdentifier(_ text: String) -> Bilingual {
    Bilingual(en: "`\(text)` is not an id", nl: "`\(text)` is geen id")
  }
  static let notAStatement = Bilingual(
    en: "this line is not a statement", nl: "deze regel is geen opdracht")
  static let notAStatementHelp = Bilingual(
    en: "a line is `id: Label`, `key: value`, `a -> b`, `[section]` or a `#` comment",
    nl: "een regel is `id: Label`, `sleutel: waarde`, `a -> b`, `[sectie]` of een `#`-commentaar")
  static let sectionList = Bilingual(
    en:
      "sections: [resources] [activities] [outputs] [short term] [medium term] [long term] [impact] [indicators] [links]",
    nl:
      "secties: [middelen] [activiteiten] [resultaten] [korte termijn] [middellange termijn] [lange termijn] [impact] [indicatoren] [verbanden]"
  )
  static let textAfterHeader = Bilingual(
    en: "unexpected text after the section header; the header still counts",
    nl: "onverwachte tekst na de sectiekop; de kop telt wel")
  static let textAfterQuote = Bilingual(
    en: "unexpected text after the closing quote",
    nl: "onverwachte tekst na het sluitende aanhalingsteken")
  static let unclosedHeader = Bilingual(
    en: "a section header must end with `]`", nl: "een sectiekop moet eindigen op `]`")
  static func undefinedIndicator(_ id: String) -> Bilingual {
    Bilingual(en: "no indicator is called `\(id)`", nl: "er is geen indicator `\(id)`")
  }
  static func defineIndicator(_ id: String) -> Bilingual {
    Bilingual(
      en: "define it under [indicators]: `\(id): WHAT IS COUNTED`",
      nl: "definieer het onder [indicatoren]: `\(id): WAT ER GETELD WORDT`")
  }
  static func undefinedNode(_ id: String) -> Bilingual {
    Bilingual(en: "no node is called `\(id)`", nl: "er is geen knoop `\(id)`")
  }
  static func unknownEscape(_ text: String) -> Bilingual {
    Bilingual(
      en: "unknown escape `\(text)`; use `\\\"`, `\\\\`, `\\n` or `\\t`",
      nl: "onbekende escape `\(text)`; gebruik `\\\"`, `\\\\`, `\\n` of `\\t`")
  }
  static func unknownRule(_ word: String) -> Bilingual {
    Bilingual(en: "`\(word)` is not a rule", nl: "`\(word)` is geen controle")
  }
  static func spacedId(_ written: String) -> Bilingual {
    Bilingual(
      en: "an id cannot contain spaces: `\(written)`",
      nl: "een id kan geen spaties bevatten: `\(written)`")
  }
  static func spacedIdHelp(_ oneWord: String) -> Bilingual {
    Bilingual(
      en: "write the id as one word, for example `\(oneWord): …`",
      nl: "schrijf de id als één woord, bijvoorbeeld `\(oneWord): …`")
  }
  static func usedButDropped(_ id: String, line: Int) -> Bilingual {
    Bilingual(
      en: "`\(id)` (line \(line)) is dropped with it, and so is this use of it",
      nl: "`\(id)` (regel \(line)) valt hiermee weg, en daarmee ook dit gebruik")
  }
  static func unknownSection(_ name: String) -> Bilingual {
    Bilingual(en: "unknown section `[\(name)]`", nl: "onbekende sectie `[\(name)]`")
  }
  static let unterminatedString = Bilingual(
    en: "the quoted text has no closing quote",
    nl: "de tekst tussen aanhalingstekens wordt niet afgesloten")
}
