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
    let range = SourceRange(file: "m.toc", line: 1, column: 1)
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

  @Test func rangesKeepLargeLinesAndColumnsAndOrderByFileFirst() {
    var range = SourceRange(file: "b.toc", line: 10_000_000, column: 3)
    range.endColumn = 9_999_999
    #expect(range.line == 10_000_000 && range.endLine == 10_000_000 && range.endColumn == 9_999_999)
    #expect(SourceRange(file: "a.toc", line: 99, column: 1) < range)
    #expect(SourceRange(file: "b.toc", line: 1, column: 1) < range)
  }

  @Test func aFileNameIsOneSharedValuePerPathOrderedByPath() {
    let path = "Examples/" + "buurtmakers-west.toc"
    #expect(SourceFile(path) == SourceFile("Examples/buurtmakers-west.toc"))
    #expect(SourceFile(path).hashValue == SourceFile("Examples/buurtmakers-west.toc").hashValue)
    #expect(SourceFile(path) != SourceFile("Examples/grow-botu.toc"))
    #expect(
      SourceFile("b.toc") > SourceFile("a.toc") && !(SourceFile("a.toc") < SourceFile("a.toc")))
    var range = SourceRange(file: path, line: 3, column: 1)
    #expect(range.file == path && range.source == SourceFile(path))
    range.file = "teams/west.toc"
    #expect(range == SourceRange(source: SourceFile("teams/west.toc"), line: 3, column: 1))
  }

  @Test func suggestionsFindNearTyposOnly() {
    #expect(Suggestion.nearest(to: "middellen", among: ["middelen", "activiteiten"]) == "middelen")
    #expect(Suggestion.nearest(to: "ingreppen", among: ["ingrepen", "beleving"]) == "ingrepen")
    #expect(Suggestion.nearest(to: "xyz", among: ["middelen"]) == nil)
    #expect(Suggestion.nearest(to: "same", among: ["same"]) == nil)
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
      id: "i", label: Located("I", at: .startOf("m.toc")), range: .startOf("m.toc"))
    indicator.measurements = [
      Measurement(area: nil, year: 2018, value: 1), Measurement(area: nil, year: 2020, value: 2),
      Measurement(area: "Rotterdam", year: 2021, value: 3),
    ]
    #expect(indicator.latest == Measurement(area: nil, year: 2020, value: 2))
    indicator.measurements.removeFirst(2)
    #expect(indicator.latest == Measurement(area: "Rotterdam", year: 2021, value: 3))
  }
}
