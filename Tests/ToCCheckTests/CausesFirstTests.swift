import Testing
import ToCCheck
import ToCModel
import ToCParser
import ToCTestSupport

/// Causes first: a finding that only follows from another is told at its cause or left out, and a
/// line meant as a definition with spaces in its id says so.
@Suite struct CausesFirstTests {
  static func check(_ text: String) -> Checked {
    CheckerTests.check(["main.toc": text])
  }

  @Test func anIdWithSpacesSaysSoAndProposesOneWord() throws {
    let found = Self.check("[activiteiten]\nkoffie ochtend: Koffie-ochtend op zaterdag\n")
    let syntax = try #require(found.first { $0.code == .syntax })
    #expect(syntax.message.en == "an id cannot contain spaces: `koffie ochtend`")
    #expect(syntax.message.nl == "een id kan geen spaties bevatten: `koffie ochtend`")
    #expect(syntax.help?.en == "write the id as one word, for example `koffie_ochtend: …`")
    #expect(syntax.help?.nl == "schrijf de id als één woord, bijvoorbeeld `koffie_ochtend: …`")
    #expect(syntax.range.column == 1 && syntax.range.endColumn == 15)
  }

  @Test(arguments: [
    "Dit is een losse zin\n", "Let op de dingen die we doen: x\n", "a b -c: x\n",
  ])
  func otherStrayLinesKeepTheGeneralMessage(_ line: String) {
    let found = Self.check("[activiteiten]\n" + line)
    #expect(!found.contains { $0.message.en.hasPrefix("an id cannot contain spaces") }, "\(line)")
  }

  @Test func aUseOfADefinitionUnderAnUnknownSectionIsANoteOnThatSection() throws {
    let found = Self.check(
      "[blabla]\nspreekuur: Spreekuur -> contact\n[activiteiten]\nles: Les -> spreekuur\n"
        + "[korte termijn]\ncontact: Contact\n  indicator: i\n[indicatoren]\ni: I\n  bron: B\n"
        + "  nulmeting: 2020 = 1\n  streefwaarde: 2022 = 2\n")
    #expect(CheckerTests.found(found) == ["TOC103 main.toc:1", "TOC207 main.toc:4"])
    let section = try #require(found.first)
    #expect(section.notes.count == 1)
    #expect(section.notes.first?.range.line == 4)
    #expect(
      section.notes.first?.message.nl.hasPrefix("`spreekuur` (regel 2) valt hiermee weg") == true)
  }

  @Test func anIndicatorUnderAnUnknownSectionIsANoteOnThatSectionWhereverItIsUsed() throws {
    let found = Self.check(
      "[meetpunten]\ncontacten: Aantal contacten\n  bron: Enquête\n"
        + "[korte termijn]\ncontact: Contact\n  indicator: contacten\n"
        + "zelfvertrouwen: Zelfvertrouwen\n  indicator: contacten\n")
    #expect(!found.contains { $0.code == .undefinedReference })
    #expect(!found.contains { $0.code == .outcomeWithoutIndicator })
    let section = try #require(found.first { $0.code == .unknownSection })
    #expect(section.range.line == 1)
    #expect(section.notes.map(\.range.line) == [6, 8])
    #expect(
      section.notes.first?.message.nl
        == "`contacten` (regel 2) valt hiermee weg, en daarmee ook dit gebruik")
    // Silent when the section is known: the indicator is found and nothing is noted.
    let known = Self.check(
      "[indicatoren]\ncontacten: Aantal contacten\n  bron: Enquête\n"
        + "[korte termijn]\ncontact: Contact\n  indicator: contacten\n")
    #expect(!known.contains { $0.code == .undefinedReference || $0.code == .unknownSection })
    // An id that was never defined anywhere is still an unknown indicator.
    let unknown = Self.check(
      "[meetpunten]\ncontacten: Aantal contacten\n[korte termijn]\ncontact: Contact\n  indicator: bezoekers\n"
    )
    #expect(unknown.contains { $0.code == .undefinedReference && $0.range.line == 5 })
  }

  @Test func aUseOfADefinitionDroppedForItsLabelIsANoteOnTheLabelsError() throws {
    let found = Self.check(
      "[middelen]\nuren: Uren -> les\n[activiteiten]\nles: \"Taalles\n"
        + "[korte termijn]\nspreken: Spreken\n[verbanden]\nles -> spreken\n")
    #expect(!found.contains { $0.code == .undefinedReference })
    // The lost arrows leave no unused resource and no orphan besides the error.
    #expect(!found.contains { $0.code == .unusedResource || $0.code == .orphanOutcome })
    let quote = try #require(found.first { $0.code == .syntax })
    #expect(quote.range.line == 4 && quote.notes.map(\.range.line) == [2, 8])
    // An empty label with an arrow: the arrow's end is no orphan either.
    let empty = Self.check("[activiteiten]\nles: -> spreken\n[korte termijn]\nspreken: Spreken\n")
    #expect(empty.contains { $0.code == .syntax && $0.range.line == 2 })
    #expect(!empty.contains { $0.code == .orphanOutcome })
    // Silent when the label is sound: the uses are links, and the resource feeds the activity.
    let sound = Self.check(
      "[middelen]\nuren: Uren -> les\n[activiteiten]\nles: \"Taalles\"\n"
        + "[korte termijn]\nspreken: Spreken\n[verbanden]\nles -> spreken\n")
    #expect(!sound.contains { $0.code == .syntax || $0.code == .undefinedReference })
    #expect(!sound.contains { $0.code == .unusedResource || $0.code == .orphanOutcome })
  }

  @Test func whatLiesBeyondALostArrowFromAnActivityIsNotCalledUnreachable() {
    let chain =
      "[resultaten]\ndeelnemers: D -> spreken\n[korte termijn]\nspreken: S -> werk\nwerk: W\n"
    func unreachable(_ text: String) -> [Int] {
      Self.check(text).filter { $0.code == .unreachableOutcome }.map(\.range.line)
    }
    // A typo in an activity's arrow, and an activity dropped for its empty label.
    #expect(unreachable("[activiteiten]\nles: Les -> deelnemrs\n" + chain).isEmpty)
    #expect(unreachable("[activiteiten]\nles: -> deelnemers\n" + chain).isEmpty)
    // Still told when no activity could have led there: the lost arrow starts at a resource.
    #expect(unreachable("[middelen]\nuren: Uren -> deelnemrs\n" + chain) == [6, 7])
    // And when nothing was lost.
    #expect(unreachable("[activiteiten]\nles: Les\n" + chain) == [6, 7])
  }

  @Test func idsRunTogetherInAnArrowListLeaveNoDeadEndOrOrphanBesidesTheError() throws {
    let found = Self.check(
      "[activiteiten]\nles: Les -> deelnemers; spreken\n[resultaten]\ndeelnemers: D\n"
        + "[korte termijn]\nspreken: S\n")
    let error = try #require(found.first { $0.code == .syntax })
    #expect(error.range.line == 2 && error.help?.en == "did you mean `deelnemers, spreken`?")
    #expect(!found.contains { $0.code == .orphanOutcome })
    #expect(!found.contains { $0.code == .deadEnd && $0.range.line == 2 })
    // On a line of its own under the node, the same.
    let continued = Self.check(
      "[activiteiten]\nles: Les\n  -> deelnemers en spreken\n[resultaten]\ndeelnemers: D\n"
        + "[korte termijn]\nspreken: S\n")
    #expect(continued.contains { $0.code == .syntax && $0.range.line == 3 })
    #expect(!continued.contains { $0.code == .orphanOutcome })
    // In a chain of [verbanden], at either end of an arrow.
    let chain = Self.check(
      "[activiteiten]\nles: Les\nfeest: Feest\n[korte termijn]\nspreken: S\nwerk: W\n"
        + "[verbanden]\nles -> spreken; werk\nfeest -> werk en spreken\n")
    #expect(chain.filter { $0.code == .syntax }.map(\.range.line) == [8, 9])
    #expect(!chain.contains { $0.code == .deadEnd || $0.code == .orphanOutcome })
    // Words that are no ids leave the node a dead end, as it is.
    let words = Self.check("[activiteiten]\nles: Les -> meer deelnemers; beter\n")
    #expect(words.contains { $0.code == .deadEnd && $0.range.line == 2 })
  }

  @Test func anIndicatorNearlyNamedIsNotAlsoCalledUnused() throws {
    let indicators =
      "[indicatoren]\nsurvey: Enquête\n  bron: B\n  nulmeting: 2020 = 1\n  streefwaarde: 2022 = 2\n"
    let found = Self.check("[korte termijn]\nk: K\n  indicator: survay\n" + indicators)
    let typo = try #require(found.first { $0.code == .undefinedReference })
    #expect(typo.help?.en == "did you mean `survey`?")
    #expect(!found.contains { $0.code == .unusedIndicator })
    // An indicator no line comes near is still unused.
    let far = Self.check("[korte termijn]\nk: K\n  indicator: bezoekers\n" + indicators)
    #expect(far.contains { $0.code == .unusedIndicator && $0.range.line == 5 })
  }

  @Test func aUseOfADefinitionOutsideAColumnIsANoteOnItsError() throws {
    let found = Self.check(
      "[verbanden]\nx: X\n[activiteiten]\nles: Les -> x\n")
    #expect(!found.contains { $0.code == .undefinedReference })
    #expect(!found.contains { $0.code == .deadEnd })
    let misplaced = try #require(found.first { $0.code == .misplacedAttribute })
    #expect(misplaced.notes.first?.range.line == 4)
  }

  @Test func anArrowThatMadeNoLinkLeavesNoDeadEndOrOrphanBesidesIt() {
    let found = CheckerTests.check([
      "main.toc":
        "[middelen]\nuren: Uren -> lees\n[activiteiten]\nles: Les -> spreekn\n[korte termijn]\nspreken: Spreken\n  indicator: i\n[indicatoren]\ni: I\n"
    ])
    #expect(
      Set(CheckerTests.found(found)) == [
        "TOC111 main.toc:2", "TOC111 main.toc:4", "TOC303 main.toc:9", "TOC304 main.toc:9",
        "TOC305 main.toc:9",
      ])
    let model = CheckerTests.parse([
      "main.toc": "[activiteiten]\nles: Les -> spreekn\n[korte termijn]\nspreken: Spreken\n"
    ]).model
    #expect(model.droppedArrows.map(\.meant) == ["spreken"])
    #expect(model.droppedArrows.map(\.from) == ["les"])
  }
}
