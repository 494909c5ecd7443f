import Testing
import ToCModel
import ToCParser

/// A link written more than once is one link, where it first appears, with every assumption and
/// source given to it, in the order written.
@Suite struct LinkRepeatTests {
  static func model(_ text: String) -> Model {
    Parser(reader: SourceReader { _ in nil }).parse(Array(text.utf8), file: "m.toc").model
  }

  @Test func repeatsMergeIntoTheFirstAppearanceInTheOrderWritten() {
    let model = Self.model(
      """
      [activiteiten]
      a: A -> b
      [korte termijn]
      b: B
      c: C
      [verbanden]
      a -> c
      a -> b
        aanname: Eerst
      a -> b, c
        aanname: Dan
        bron: Onderzoek
      """)
    #expect(model.links.map { "\($0.from)->\($0.to)" } == ["a->b", "a->c"])
    #expect(model.links[0].assumptions.map(\.value) == ["Eerst", "Dan"])
    #expect(model.links[0].sources.map(\.value) == ["Onderzoek"])
    #expect(model.links[0].range.line == 2)
    #expect(model.links[1].assumptions.map(\.value) == ["Dan"])
    #expect(model.linkEnds.matches(model))
  }

  @Test func manyLinksFromOneNodeKeepTheirOrderAndLoseOnlyRepeats() {
    let targets = (0..<300).map { "t\($0)" }
    let text =
      "[activiteiten]\na: A -> " + targets.reversed().joined(separator: ", ") + "\n[resultaten]\n"
      + targets.map { "\($0): T\n" }.joined() + "[verbanden]\n"
      + targets.map { "a -> \($0)\n  aanname: Voor \($0)\n" }.joined()
    let model = Self.model(text)
    #expect(model.links.map(\.to) == Array(targets.reversed()))
    #expect(model.links.allSatisfy { $0.assumptions.map(\.value) == ["Voor \($0.to)"] })
    #expect(model.linkEnds.matches(model))
  }
}

/// References are looked up on all cores in a large file; what is found and reported is the same.
@Suite struct LargeFileReferenceTests {
  @Test func everyUndefinedEndIsReportedOnceAtItsPlaceAmongManyArrows() {
    // 60,000 arrows: more than one core's share. One in each 20,000 names no node.
    var text = "[activiteiten]\n"
    for index in 0..<60_000 {
      let target = index % 20_000 == 19_999 ? "geen\(index)" : "r\(index % 100)"
      text += "a\(index): A -> \(target)\n"
    }
    text += "[resultaten]\n" + (0..<100).map { "r\($0): R\n" }.joined()
    text += "[verbanden]\nnergens -> r1\nnergens -> r2\n"
    let result = Parser(reader: SourceReader { _ in nil }).parse(Array(text.utf8), file: "m.toc")
    let undefined = result.diagnostics.filter { $0.code == .undefinedReference }
    #expect(undefined.map(\.range.line) == [20_001, 40_001, 60_001, 60_104, 60_105])
    #expect(result.model.links.count == 60_000 - 3)
    #expect(result.model.links[20_000].from == "a20001" && result.model.links[20_000].to == "r1")
    #expect(result.model.linkEnds.matches(result.model))
  }
}
