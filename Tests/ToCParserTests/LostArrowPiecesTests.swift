import Testing
import ToCModel

@testable import ToCParser

/// What the parser keeps of what it drops (definitions under an unknown section, their arrows, the
/// arrows that made no link) is the same read in pieces as read whole.
@Suite struct LostArrowPiecesTests {
  static let file = """
    [middelen]
    uren: Uren -> lees, les
    [blabla]
    spreekuur: Spreekuur -> contact
      -> les
    koffie: Koffie
    [activiteiten]
    les: Les -> spreekuur, koffie, spreekn
    koffie ochtend: Zaterdag
    [verbanden]
    x: X -> contact
    les -> x
    [korte termijn]
    spreken: Spreken
    contact: Contact -> i
      indicator: i
    [indicatoren]
    i: I

    """

  @Test func droppedDefinitionsAndLostArrowsReadInPiecesAsWhole() {
    #expect(PiecesTests.expectSame(Self.file, "lost arrows"))
    let result = PiecesTests.load(Self.file, linesPerPiece: Int.max, cores: 1)
    #expect(result.model.droppedArrows.count >= 6)
    #expect(
      !result.diagnostics.contains {
        $0.code == .undefinedReference && $0.range.line == 8 && $0.range.column < 30
      })
  }
}
