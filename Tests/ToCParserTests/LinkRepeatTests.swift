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
