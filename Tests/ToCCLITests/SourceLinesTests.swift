import Testing

@testable import ToCCLI

/// The lines a report shows: cut where the parser cuts them, with the empty line after a last
/// line break that a finding at the end of a file points into.
@Suite struct SourceLinesTests {
  static func lines(_ text: String) -> [String] {
    let lines = SourceLines(Array(text.utf8))
    return (1...lines.lines.count).compactMap(lines.line)
  }

  @Test func linesEndAtLFCRAndCRLF() {
    #expect(Self.lines("a\nb\r\nc\rd") == ["a", "b", "c", "d"])
    #expect(Self.lines("\u{FEFF}één\r\n") == ["één", ""])
  }

  @Test func afterALastLineBreakAndInAnEmptyFileThereIsAnEmptyLine() {
    #expect(Self.lines("a\n") == ["a", ""])
    #expect(Self.lines("") == [""])
    #expect(SourceLines(Array("a".utf8)).line(2) == nil)
  }
}
