import Testing
import ToCModel

/// The small shared pieces: JSON text, "did you mean", codes and kinds.
@Suite struct ModelTests {
  @Test func jsonIsWrittenTheSameWayEveryTime() {
    let value = JSON.object([
      ("text", .string("Citaat: \"samen\"\tsterk\\ \u{01}é")), ("whole", .number(20)),
      ("part", .number(12.5)),
      ("none", .null), ("empty", .array([])), ("list", .array([.bool(true), .object([])])),
    ])
    #expect(
      value.rendered() == """
        {
          "text": "Citaat: \\"samen\\"\\tsterk\\\\ \\u0001é",
          "whole": 20,
          "part": 12.5,
          "none": null,
          "empty": [],
          "list": [
            true,
            {}
          ]
        }

        """)
  }

  @Test func aNodeWhoseDetailsAreClearedEqualsOneThatNeverHadThem() {
    let range = SourceRange(file: .first, line: 1, column: 1)
    let plain = Node(id: "a", kind: .activity, label: Located("A", at: range), range: range)
    var changed = plain
    changed.owner = "Team"
    changed.assumptions = [Located("Buren helpen", at: range)]
    var copy = changed
    copy.owner = "Wijk"
    #expect(changed.owner == "Team" && copy.owner == "Wijk" && copy.assumptions.count == 1)
    #expect(changed != plain)
    changed.owner = nil
    changed.assumptions = []
    #expect(changed == plain)
    #expect(changed.hashValue == plain.hashValue)
  }

  @Test func rangesKeepLargeLinesAndColumns() {
    var range = SourceRange(file: .first, line: 10_000_000, column: 3)
    range.endColumn = 9_999_999
    #expect(range.line == 10_000_000 && range.endLine == 10_000_000 && range.endColumn == 9_999_999)
    #expect(range.column == 3 && range != SourceRange(file: .first, line: 10_000_000, column: 4))
  }

  @Test func aLoadNumbersEachOfItsFilesOnceInTheOrderItReadThem() {
    var files = SourceFiles("Examples/" + "programma-2021.toc")
    let team = files.add("teams/west.toc")
    #expect(files.add("Examples/programma-2021.toc") == .first)
    #expect(files.add("teams/west.toc") == team && team != .first)
    #expect(files[team] == "teams/west.toc" && files.all == [.first, team])
    #expect(files.paths == ["Examples/programma-2021.toc", "teams/west.toc"])
    #expect(files.precedes(.first, team) && !files.precedes(team, .first))
    #expect(!files.precedes(team, team))
  }

  @Test func twoLoadsShareNothingAndTheirFindingsAreShownTogetherByPath() {
    // Each load numbers its own files: `west.toc` is the first of one and the second of the other.
    var programme = SourceFiles("programma.toc")
    let west = programme.add("west.toc")
    let alone = SourceFiles("west.toc")
    #expect(alone[.first] == "west.toc" && programme[.first] == "programma.toc")
    let finding = Diagnostic(
      .orphanOutcome, Bilingual(en: "m", nl: "m"), at: SourceRange(file: west, line: 2, column: 1),
      notes: [Note(Bilingual(en: "n", nl: "n"), at: .startOf(.first))])
    let own = Diagnostic(
      .deadEnd, Bilingual(en: "d", nl: "d"), at: SourceRange(file: .first, line: 1, column: 1))
    let goal = Diagnostic(.placeholderText, Bilingual(en: "p", nl: "p"), at: .startOf(.first))
    var shown = SourceFiles()
    let taken = shown.take([own], from: alone) + shown.take([finding, goal], from: programme)
    #expect(shown.paths == ["west.toc", "programma.toc"])
    #expect(taken[0] == own, "the first table taken in keeps its numbers")
    #expect(shown[taken[1].range.file] == "west.toc" && taken[1].range.line == 2)
    #expect(shown[taken[1].notes[0].range.file] == "programma.toc")
    #expect(taken[1].range.file == taken[0].range.file)
    // Shown by path, not by number: `programma.toc` before `west.toc`.
    let order = Diagnostic.sorted(taken, in: shown).map { shown[$0.range.file] }
    #expect(order == ["programma.toc", "west.toc", "west.toc"])
  }

  @Test func findingsOfManyFilesAreSortedAndTheirRepeatsDroppedAsOneByOne() {
    // Files numbered against the order of their paths; the same places in each.
    var table = SourceFiles()
    let files = ["c.toc", "b.toc", "a.toc"].map { table.add($0) }
    let codes: [Code] = [.orphanOutcome, .deadEnd, .placeholderText]
    var state: UInt64 = 5
    func below(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    var diagnostics: [Diagnostic] = []
    for _ in 0..<600 {
      let range = SourceRange(
        file: files[below(3)], line: 1 + below(4), column: 1 + below(3), endColumn: 5 + below(2))
      let message = Bilingual(en: "m\(below(2))", nl: "n\(below(2))")
      diagnostics.append(Diagnostic(codes[below(3)], message, at: range))
    }
    let expected = Diagnostic.sorted(Diagnostic.unique(diagnostics), in: table)
    #expect(expected.count < 400)
    #expect(Diagnostic.sortedUnique(diagnostics, in: table) == expected)
    let paths = expected.map { table[$0.range.file] }
    #expect(paths == paths.sorted() && paths.first == "a.toc")
  }

  @Test func suggestionsFindNearTyposOnly() {
    #expect(Suggestion.nearest(to: "middellen", among: ["middelen", "activiteiten"]) == "middelen")
    #expect(Suggestion.nearest(to: "ingreppen", among: ["ingrepen", "beleving"]) == "ingrepen")
    #expect(Suggestion.nearest(to: "xyz", among: ["middelen"]) == nil)
    #expect(Suggestion.nearest(to: "same", among: ["same"]) == nil)
    // Two neighbours swapped are one slip: `toest` is `toets`, `indiactor` is `indicator`.
    #expect(Suggestion.editDistance("toest", "toets", limit: 3) == 1)
    #expect(Suggestion.editDistance("indiactor", "indicator", limit: 3) == 1)
    #expect(Suggestion.editDistance("abcd", "badc", limit: 3) == 2)
    #expect(Suggestion.editDistance("ca", "abc", limit: 3) == 3)
    #expect(Suggestion.nearest(to: "toest", among: ["toets", "groen"]) == "toets")
  }

  @Test func codesAreFoundByCodeOrName() {
    #expect(Code(codeOrName: "toc202") == .backwardLink)
    #expect(Code(codeOrName: "backward-link") == .backwardLink)
    #expect(Code(codeOrName: "backward") == nil)
    #expect(Set(Code.allCases.map(\.name)).count == Code.allCases.count)
  }

  @Test func outcomesAreLevelsThreeToSix() {
    #expect(
      Kind.allCases.filter(\.isOutcome) == [.outcomeShort, .outcomeMedium, .outcomeLong, .impact])
    #expect(
      Kind.allCases.filter(\.allowsLinksWithinLevel) == [
        .activity, .outcomeShort, .outcomeMedium, .outcomeLong, .impact,
      ])
    #expect(Kind.outcomeMedium.title(in: .nl) == "Middellange termijn")
  }

  @Test func localIdsDropTheirOwnNamespaceOnly() {
    #expect(Namespace.strip("team", from: "team.si.x") == "si.x")
    #expect(Namespace.strip("team", from: "teamx.y") == "teamx.y")
    #expect(Namespace.strip("", from: "a") == "a")
  }

  @Test func theLatestMeasurementIsOfTheModelsOwnSeries() {
    var indicator = Indicator(
      id: "i", label: Located("I", at: .startOf(.first)), range: .startOf(.first))
    indicator.measurements = [
      Measurement(area: nil, year: 2018, value: 1), Measurement(area: nil, year: 2020, value: 2),
      Measurement(area: "Rotterdam", year: 2021, value: 3),
    ]
    #expect(indicator.latest == Measurement(area: nil, year: 2020, value: 2))
    indicator.measurements.removeFirst(2)
    #expect(indicator.latest == Measurement(area: "Rotterdam", year: 2021, value: 3))
  }
}
