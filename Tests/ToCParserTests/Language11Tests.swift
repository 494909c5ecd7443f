import Testing
import ToCModel
import ToCParser
import ToCTestSupport

/// Each rule and each recovery of "Changes in 1.1" (LANGUAGE.md), and the six places where toc
/// departed from the spec (issue 12).
@Suite struct Language11Tests {
  static func parse(_ text: String, files: [String: String] = [:]) -> ParseResult {
    let memory = MemoryFiles(files.merging(["main.toc": text]) { $1 })
    return Parser(reader: SourceReader { memory.read($0) }).parse(
      Array(text.utf8), file: "main.toc")
  }

  /// Findings as `CODE line:column`, in the order reported.
  static func found(_ result: ParseResult) -> [String] {
    result.diagnostics.map { "\($0.code.rawValue) \($0.range.line):\($0.range.column)" }
  }

  static func links(_ model: Model) -> [String] {
    model.links.map { "\($0.from)->\($0.to)" }
  }

  // MARK: The six bugs

  @Test func aRootWithoutNodesKeepsItsIncludesNamespaces() {
    let result = Self.parse(
      "titel: Programma\ngebruik: team.toc als t\n",
      files: ["team.toc": "[activiteiten]\na: A -> b\n[resultaten]\nb: B\n"])
    #expect(result.model.nodes.map(\.id) == ["t.a", "t.b"])
    #expect(Self.links(result.model) == ["t.a->t.b"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func aMeasurementWhoseFirstYearIsNotFourDigitsIsTOC107AndKeepsNothing() {
    let result = Self.parse("[indicatoren]\ni: I\n  meting: 28 = 5, 2020 = 3\n")
    #expect(Self.found(result) == ["TOC107 3:11"])
    #expect(result.model.indicators[0].measurements.isEmpty)
    let area = Self.parse("[indicatoren]\ni: I\n  meting: Wijk 12 2020 = 3\n")
    #expect(area.diagnostics.isEmpty)
    #expect(
      area.model.indicators[0].measurements == [Measurement(area: "Wijk 12", year: 2020, value: 3)])
  }

  @Test func linesUnderAnUnknownSectionAreStillChecked() {
    let result = Self.parse(
      "[overige zaken]\nx: X -> bron\n  toelichting: \"open\n  nulmeting: 2020 = 1\n  -> , y\n")
    #expect(
      Self.found(result) == ["TOC103 1:1", "TOC104 2:9", "TOC102 3:16", "TOC105 4:3", "TOC102 5:6"])
    #expect(result.model.nodes.isEmpty)
  }

  @Test func aSecondIgnoreLineIsTOC112AndTheFirstIsKept() {
    let result = Self.parse(
      "[activiteiten]\na: A\n  negeer: dead-end\n  negeer: cycle\n")
    #expect(Self.found(result) == ["TOC112 4:3"])
    #expect(result.model.suppressions.map(\.codes) == [["TOC205"]])
  }

  @Test func oneAssumptionUnderAChainNamingALinkTwiceIsKeptOnce() {
    let result = Self.parse(
      "[activiteiten]\na: A\n[resultaten]\nb: B\n[verbanden]\na, a -> b\n  aanname: Samen\n  aanname: Samen\n  bron: S\na -> b\n  bron: S\n  bron: T\n"
    )
    #expect(Self.links(result.model) == ["a->b"])
    #expect(result.model.links[0].assumptions.map(\.value) == ["Samen"])
    #expect(result.model.links[0].sources.map(\.value) == ["S", "T"])
  }

  // MARK: Section headers (3.1)

  @Test func textAfterTheClosingBracketIsTOC102AndTheHeaderCounts() {
    let result = Self.parse("[activiteiten] extra\na: A\n[korte termijn]]\nk: K\n")
    #expect(Self.found(result) == ["TOC102 1:16", "TOC102 3:16"])
    #expect(result.model.nodes.map(\.kind) == [.activity, .outcomeShort])
  }

  @Test func aHeaderWithoutClosingBracketIsSkippedAndTheSectionGoesOn() {
    let result = Self.parse("[activiteiten]\na: A\n[resultaten\n  toelichting: Nog van a\nb: B\n")
    #expect(Self.found(result) == ["TOC102 3:1"])
    #expect(result.model.nodes.map(\.kind) == [.activity, .activity])
    #expect(result.model.nodes[0].description?.value == "Nog van a")
  }

  @Test func aNearMissIsReadAsThatSectionInDutch() {
    let result = Self.parse("[middellen]\na: Iets\n[activiteiten]\nb: B\n")
    #expect(Self.found(result) == ["TOC103 1:1"])
    #expect(result.diagnostics[0].help?.en == "did you mean `[middelen]`?")
    #expect(result.model.nodes.map(\.kind) == [.resource, .activity])
  }

  @Test func aNearMissIsReadAsThatSectionInEnglish() {
    let result = Self.parse("[Short trem]\nk: K\n[Activites]\na: A -> k\n")
    #expect(Self.found(result) == ["TOC103 1:1", "TOC103 3:1"])
    #expect(result.diagnostics[0].help?.en == "did you mean `[short term]`?")
    #expect(result.diagnostics[1].help?.en == "did you mean `[activities]`?")
    #expect(result.model.nodes.map(\.kind) == [.outcomeShort, .activity])
    #expect(Self.links(result.model) == ["a->k"])
  }

  @Test func aMisspeltHeaderDoesNotVoteForTheLanguage() {
    // `[middellen]` is read as a Dutch section, but only `[activities]` says which language.
    let result = Self.parse("[middellen]\nr: R\n[activities]\na: A\n")
    #expect(result.model.language == .en)
  }

  @Test func aNameTooFarOrNearTwoRowsIsDroppedAndDefinesNoId() {
    // `[outpt]`: one edit from `[output]`, read as outputs.
    #expect(Self.parse("[outpt]\no: O\n").model.nodes.map(\.kind) == [.output])
    // Far from every spelling, or empty: dropped.
    for header in ["[overige zaken]", "[xyz]", "[]"] {
      let result = Self.parse("\(header)\na: A\na: A\n[activiteiten]\na: B\n")
      #expect(Self.found(result) == ["TOC103 1:1"], "\(header)")
      #expect(result.model.nodes.map(\.label.value) == ["B"], "\(header)")
    }
  }

  @Test func theLimitIsAThirdOfTheNameAtMostThreeAtLeastOne() {
    // `[impct]`, 5 characters: one edit allowed; `[imp]`, 3 characters: three edits needed.
    #expect(Self.parse("[impct]\nx: X\n").model.nodes.map(\.kind) == [.impact])
    #expect(Self.parse("[imp]\nx: X\n").model.nodes.isEmpty)
    // `[lange termijnen]`, 16 characters: two edits are within three.
    #expect(Self.parse("[lange termijnen]\nx: X\n").model.nodes.map(\.kind) == [.outcomeLong])
  }

  @Test func twoRowsAtTheSmallestDistanceSuggestNothing() {
    // `[inpacts]` is two edits from `[inputs]` and from `[impact]`: two rows, so no guess.
    let result = Self.parse("[inpacts]\nx: X\n")
    #expect(Self.found(result) == ["TOC103 1:1"])
    #expect(result.diagnostics[0].help?.en.hasPrefix("sections:") == true)
    #expect(result.model.nodes.isEmpty)
    // Two spellings of one row at the smallest distance: the first in the table is suggested.
    let outputs = Self.parse("[outputx]\no: O\n")
    #expect(outputs.diagnostics[0].help?.en == "did you mean `[output]`?")
    #expect(outputs.model.nodes.map(\.kind) == [.output])
  }

  // MARK: Statements (3)

  @Test func oneFindingPerLineTheLeftmost() {
    let result = Self.parse(
      "[activiteiten]\na: A -> o\na: Tweede -> bron, , x y\n[resultaten]\no: O\n")
    #expect(Self.found(result) == ["TOC106 3:1"])
  }

  @Test func aSkippedLineDoesNotCountAsGiven() {
    let result = Self.parse(
      "[activiteiten]\na: A\n  toelichting:\n  toelichting: Uitleg\n  eigenaar: Team\n  eigenaar: \"open\n"
    )
    #expect(Self.found(result) == ["TOC102 3:15", "TOC112 6:3"])
    #expect(result.model.nodes[0].description?.value == "Uitleg")
    #expect(result.model.nodes[0].owner == "Team")
  }

  @Test func theKeyComesBeforeItsValue() {
    let result = Self.parse("titel: A\ntitel: \"open\n[activiteiten]\na: A\n  nulmeting: x\n")
    #expect(Self.found(result) == ["TOC112 2:1", "TOC105 5:3"])
  }

  @Test func aDroppedDefinitionsLinesAreCheckedThenDropped() {
    let result = Self.parse(
      "[activiteiten]\na: A\na: B\n  toelichting: \"open\n  groep: G\n  groep: H\n  -> bron\n  indicator: ,\n"
    )
    #expect(
      Self.found(result) == [
        "TOC106 3:1", "TOC102 4:16", "TOC112 6:3", "TOC104 7:6", "TOC102 8:14",
      ])
    #expect(result.model.nodes.count == 1)
    #expect(result.model.nodes[0].group == nil)
  }

  @Test func aQualifiedDefinitionIdIsTOC102AndTakesItsLines() {
    let result = Self.parse("[activiteiten]\na: A\nsi.x: Q\n  toelichting: Niet van a\n")
    #expect(Self.found(result) == ["TOC102 3:1"])
    #expect(result.model.nodes.map(\.id) == ["a"])
    #expect(result.model.nodes[0].description == nil)
  }

  @Test func everyKeywordLineRightUnderAHeaderIsTOC105() {
    let result = Self.parse(
      "[korte termijn]\ntaal: T\n  indicator: i\n  negeer: cycle\nk: K\n  indicator: i\n[verbanden]\nbron: X\n[indicatoren]\ni: I\n"
    )
    #expect(Self.found(result) == ["TOC105 2:1", "TOC105 3:3", "TOC105 4:3", "TOC105 8:1"])
    #expect(result.model.nodes.map(\.id) == ["k"])
  }

  // MARK: Keywords (2)

  @Test func aKeywordIsNeverAnIdQualifiedOrAsANamespace() {
    let result = Self.parse(
      "gebruik: team.toc als bron\ngebruik: team.toc als t\n[activiteiten]\na: A -> t.bron, bron.x, t.b\n",
      files: ["team.toc": "[resultaten]\nb: B\n"])
    #expect(Self.found(result) == ["TOC104 1:23", "TOC104 4:9"])
    #expect(Self.links(result.model) == ["a->t.b"])
  }

  // MARK: Lists (3.3)

  @Test func everyListKeepsItsGoodElements() {
    let result = Self.parse(
      """
      [activiteiten]
      a: A -> o, , p
      b: B -> o -> p, q
      c: C
        -> o p, q
      d: D
        negeer: onbekend, dead-end
      [resultaten]
      o: O
      p: P
      q: Q
      [korte termijn]
      k: K
        indicator: i, , j, i
        indicator: j
      [verbanden]
      a, -> k
      o, p q -> k
      [indicatoren]
      i: I
      j: J
      """)
    #expect(
      Self.found(result) == [
        "TOC102 2:12", "TOC102 3:14", "TOC102 5:6", "TOC107 7:11", "TOC102 14:17", "TOC102 17:4",
        "TOC102 18:4",
      ])
    #expect(Self.links(result.model) == ["a->o", "a->p", "b->o", "c->q", "a->k", "o->k"])
    #expect(result.model.nodes[7].indicators.map(\.value) == ["i", "j"])
    #expect(result.model.suppressions.map(\.codes) == [["TOC205"]])
  }

  @Test func anIgnoreLineWithNoGoodElementIsNotGiven() {
    let result = Self.parse("[activiteiten]\na: A\n  negeer: onbekend\n  negeer: dead-end\n")
    #expect(Self.found(result) == ["TOC107 3:11"])
    #expect(result.model.suppressions.map(\.codes) == [["TOC205"]])
  }

  @Test func aListElementIsExactlyOneIdentifier() {
    let result = Self.parse("[activiteiten]\na: A\n  negeer: \"TOC203\"\n  negeer: bron, TOC205\n")
    #expect(Self.found(result) == ["TOC102 3:11", "TOC104 4:11"])
    #expect(result.model.suppressions.map(\.codes) == [["TOC205"]])
  }

  // MARK: Indicators (3.5)

  @Test func anIndicatorLineWithAnArrowKeepsTheIndicator() {
    let result = Self.parse("[indicatoren]\ni: \"I\" -> a\n  eenheid: %\n")
    #expect(Self.found(result) == ["TOC108 2:8"])
    #expect(result.model.indicators.map(\.id) == ["i"])
    #expect(result.model.indicators[0].unit == "%")
  }

  // MARK: Includes (3.6)

  @Test func aQuotedPathMayBeFollowedByItsName() {
    let result = Self.parse(
      "gebruik: \"mijn team.toc\" als team\ngebruik: \"mijn team.toc\" extra\n",
      files: ["mijn team.toc": "[activiteiten]\na: A\n"])
    #expect(Self.found(result) == ["TOC102 2:26"])
    #expect(result.model.nodes.map(\.id) == ["team.a"])
  }

  @Test func anIncludeNameIsAnIdentifierAndNoKeyword() {
    let result = Self.parse(
      "gebruik: \"team.toc\" als bron\ngebruik: team.toc als 9x\ngebruik: team.toc AS t\n",
      files: ["team.toc": "[activiteiten]\na: A\n"])
    #expect(Self.found(result) == ["TOC104 1:25", "TOC107 2:23"])
    #expect(result.model.includes.map(\.namespace) == ["t"])
  }

  // MARK: More recoveries

  @Test func aSecondArrowEndsAContinuationAndAnIndicatorList() {
    let result = Self.parse(
      "[activiteiten]\na: A\n  -> o -> p, q\n[resultaten]\no: O\np: P\nq: Q\n  indicator: i -> j, i\n[indicatoren]\ni: I\nj: J\n"
    )
    #expect(Self.found(result) == ["TOC102 3:11", "TOC102 8:19"])
    #expect(Self.links(result.model) == ["a->o"])
    #expect(result.model.nodes[3].indicators.map(\.value) == ["i"])
  }

  @Test func theLinesOfAMisplacedDefinitionAreCheckedAsANodes() {
    let result = Self.parse(
      "[verbanden]\nx: X\n  eenheid: %\n  toelichting: Weg\n  -> bron\n[indicatoren]\ni: I\ni: J\n  -> a\n"
    )
    #expect(
      Self.found(result) == ["TOC105 2:1", "TOC105 3:3", "TOC104 5:6", "TOC106 8:1", "TOC108 9:3"])
    #expect(result.model.nodes.isEmpty)
    #expect(result.model.indicators.map(\.label.value) == ["I"])
  }

  @Test func aLaterMeasurementOfTheSameAreaAndYearReplacesTheEarlier() {
    let result = Self.parse(
      "[indicatoren]\ni: I\n  meting: 2020 = 1\n  meting: Noord 2019 = 5, 2020 = 6\n  meting: 2020 = 2\n"
    )
    #expect(result.diagnostics.isEmpty)
    #expect(
      result.model.indicators[0].measurements == [
        Measurement(area: nil, year: 2020, value: 2),
        Measurement(area: "Noord", year: 2019, value: 5),
        Measurement(area: "Noord", year: 2020, value: 6),
      ])
  }

  @Test func aContinuationWithNoNodeToContinueIsTOC102() {
    let result = Self.parse("[activiteiten]\n-> a\na: A\n[verbanden]\na -> a\n  -> a\n")
    #expect(Self.found(result) == ["TOC102 2:1", "TOC102 6:3"])
  }

  @Test func fmtWritesAQuotedPathWithItsNameInTheFilesLanguage() {
    let text = "gebruik:  \"mijn als team.toc\"   als   team\n[activiteiten]\na: A\n"
    #expect(
      Formatter.format(Array(text.utf8), file: "main.toc", language: .en)
        == .formatted("use: \"mijn als team.toc\" as team\n\n[activities]\na: A\n"))
  }
}
