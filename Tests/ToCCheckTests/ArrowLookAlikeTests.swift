import Testing
import ToCModel

/// An arrow written as something else (`=>`, `-->`, `→`, …): the dead end or unused resource it
/// makes says how to write it, and the nodes it names are not called orphans besides it.
@Suite struct ArrowLookAlikeTests {
  static let chain =
    "[resultaten]\ndeelnemers: Deelnemers -> spreken\n[korte termijn]\nspreken: S\n"

  @Test(arguments: ["=>", "-->", "==>", "—>", "–>", "→", "⇒", "⟶", "➔", "➜"])
  func aDeadEndTellsHowToWriteTheArrow(_ spelling: String) throws {
    let found = CheckerTests.check([
      "main.toc": "[activiteiten]\nles: Taalles \(spelling) deelnemers\n" + Self.chain
    ])
    let end = try #require(found.first { $0.code == .deadEnd })
    #expect(end.range.line == 2)
    #expect(end.help?.en == "`\(spelling)` is not an arrow: write `les: Taalles -> deelnemers`")
    #expect(end.help?.nl == "`\(spelling)` is geen pijl: schrijf `les: Taalles -> deelnemers`")
    // What it names, and what lies beyond, follow from it.
    #expect(!found.contains { $0.code == .orphanOutcome || $0.code == .unreachableOutcome })
  }

  @Test func aResourceTellsItToo() throws {
    let found = CheckerTests.check([
      "main.toc":
        "[middelen]\nuren: Uren ⇒ les, feest\n[activiteiten]\nles: Les -> spreken\nfeest: Feest -> spreken\n[korte termijn]\nspreken: S\n"
    ])
    let unused = try #require(found.first { $0.code == .unusedResource })
    #expect(unused.help?.nl == "`⇒` is geen pijl: schrijf `uren: Uren -> les, feest`")
    #expect(!found.contains { $0.code == .activityWithoutResources })
  }

  @Test func anIncludedFileNamesItsOwnIds() throws {
    let found = CheckerTests.check([
      "main.toc": "gebruik: team.toc als team\n[lange termijn]\nwijk: Wijk\n",
      "team.toc": "[activiteiten]\nles: Les => spreken\n[korte termijn]\nspreken: S\n",
    ])
    let end = try #require(found.first { $0.code == .deadEnd })
    #expect(found.files[end.range.file] == "team.toc")
    #expect(end.help?.en == "`=>` is not an arrow: write `les: Les -> spreken`")
    #expect(
      !found.contains { $0.code == .orphanOutcome && found.files[$0.range.file] == "team.toc" })
  }

  @Test func silentWhereTheWordsAfterItAreNoIdsOrTheNodeLeadsSomewhere() throws {
    let words = CheckerTests.check([
      "main.toc": "[activiteiten]\nles: Meer lessen => meer deelnemers\n" + Self.chain
    ])
    let end = try #require(words.first { $0.code == .deadEnd })
    #expect(end.help?.en == "add what it leads to: `les: … -> ID`")
    #expect(words.contains { $0.code == .unreachableOutcome })
    let linked = CheckerTests.check([
      "main.toc": "[activiteiten]\nles: Taalles => deelnemers -> deelnemers\n" + Self.chain
    ])
    #expect(!linked.contains { $0.code == .deadEnd })
    // Silenced, it tells nothing, and what it names is reported as it is.
    let silenced = CheckerTests.check([
      "main.toc": "[activiteiten]\nles: Taalles => deelnemers\n  negeer: dead-end\n" + Self.chain
    ])
    #expect(!silenced.contains { $0.code == .deadEnd })
    #expect(silenced.contains { $0.code == .unreachableOutcome })
  }
}
