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

  @Test func findingsOfManyFilesAreSortedAndTheirRepeatsDroppedAsOneByOne() {
    // Files named against the order they are first seen in; the same places in each.
    let files = ["c.toc", "b.toc", "a.toc"]
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
    let expected = Diagnostic.sorted(Diagnostic.unique(diagnostics))
    #expect(expected.count < 400)
    #expect(Diagnostic.sortedUnique(diagnostics) == expected)
    #expect(expected.map(\.range.file) == expected.map(\.range.file).sorted())
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
