import Foundation
import Testing
import ToCModel
import ToCTestSupport

@_spi(Fuzzing) @testable import ToCParser

/// A large file is read in pieces on all cores; what comes out must be what reading it whole gives.
@Suite struct PiecesTests {
  static func load(_ text: String, linesPerPiece: Int, cores: Int) -> ParseResult {
    load(Array(text.utf8), linesPerPiece: linesPerPiece, cores: cores)
  }

  /// The file read with pieces of at least `linesPerPiece` lines, its bytes checked and cut into
  /// lines in parts of about as many bytes as there are in ten lines.
  static func load(_ bytes: [UInt8], linesPerPiece: Int, cores: Int) -> ParseResult {
    Parser(reader: SourceReader { _ in nil })
      .parse(
        bytes, file: "m.toc", linesPerPiece: linesPerPiece,
        bytesPerPart: linesPerPiece == Int.max ? Int.max : linesPerPiece * 10, cores: cores)
  }

  /// Whether `text` read in pieces of a few lines gives the same model and findings as read whole.
  static func expectSame(_ text: String, _ name: String) -> Bool {
    expectSame(Array(text.utf8), name)
  }

  static func expectSame(_ bytes: [UInt8], _ name: String) -> Bool {
    let whole = load(bytes, linesPerPiece: Int.max, cores: 1)
    for (lines, cores) in [(1, 2), (2, 3), (3, 8)] {
      let pieces = load(bytes, linesPerPiece: lines, cores: cores)
      guard pieces.model == whole.model, pieces.model.language == whole.model.language,
        pieces.diagnostics == whole.diagnostics
      else {
        Issue.record("\(name) read in pieces of \(lines) lines on \(cores) cores differs")
        return false
      }
    }
    return true
  }

  @Test func generatedModelsReadInPiecesAsWhole() {
    for seed in 0..<300 {
      if !Self.expectSame(ModelGenerator.file(seed: UInt64(seed)), "seed-\(seed)") { return }
    }
  }

  @Test func mutatedExamplesReadInPiecesAsWhole() throws {
    let folder = Golden.repositoryRoot().appendingPathComponent("Examples")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".toc") }.sorted()
    try #require(names.count >= 5)
    var random = SplitMix(seed: 20)
    for name in names {
      let original = try #require(
        FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
      for run in 0..<100 {
        if !Self.expectSame(Mutation.mutate(Array(original), &random), "\(name) mutation \(run)") {
          return
        }
      }
    }
  }

  @Test func aLargeModelIsCutAtDefinitionsUnderTheirHeader() throws {
    let text = (0..<40).map { "[activiteiten]\n" + "a\($0): A \($0)\n  eigenaar: Team\n" }.joined()
    guard case .text(let decoded) = SourceText.decode(Array(text.utf8), source: .first) else {
      throw CancellationError()
    }
    let starts = FileParser.pieceStarts(decoded, count: 4, source: .first)
    #expect(starts.count == 3)
    for start in starts {
      guard case .definition = decoded.line(start.line, file: .first).kind,
        case .header = decoded.line(start.header, file: .first).kind
      else {
        Issue.record("piece at line \(start.line) does not start at a definition under a header")
        return
      }
    }
    #expect(Self.expectSame(text, "columns"))
  }

  @Test func withNoNodeSectionAboveThereIsNoCutAndNoWalkingBackForEachLine() throws {
    // 100,000 definitions before any header: a walk back from every candidate would never end.
    let text = (0..<100_000).map { "a\($0): A\n" }.joined() + "[verbanden]\na0 -> a1\n"
    guard case .text(let decoded) = SourceText.decode(Array(text.utf8), source: .first) else {
      throw CancellationError()
    }
    #expect(FileParser.pieceStarts(decoded, count: 2, source: .first).isEmpty)
  }

  @Test func anIdDefinedInTwoPiecesIsReportedAsWhenReadWhole() {
    let text =
      "[activiteiten]\nfeest: Feest\n" + (0..<30).map { "a\($0): A\n" }.joined()
      + "[resultaten]\nfeest: Nog een feest\n  toelichting: Dubbel\n"
    let pieces = Self.load(text, linesPerPiece: 4, cores: 4)
    #expect(pieces.diagnostics.map(\.code).contains(.duplicateId))
    #expect(Self.expectSame(text, "duplicate"))
  }

  @Test func anIdOfANodeAndOfAnIndicatorInTwoPiecesIsReportedAsWhenReadWhole() {
    let text =
      "[korte termijn]\nbereik: Bereik\n  indicator: deelname\n"
      + (0..<30).map { "k\($0): K -> bereik\n" }.joined()
      + "[indicatoren]\nbereik: Aantal bereikte bewoners\ndeelname: Deelname\n"
    let pieces = Self.load(text, linesPerPiece: 4, cores: 4)
    #expect(pieces.diagnostics.map(\.code).contains(.duplicateId))
    #expect(pieces.model.links.count == 30)
    #expect(Self.expectSame(text, "node and indicator"))
  }

  @Test func theLanguageIsTheFirstVotedInTheWholeFile() {
    let text =
      "[activities]\n" + (0..<20).map { "a\($0): A\n" }.joined()
      + "[korte termijn]\nk: K\n  toelichting: Nederlands\n"
    #expect(Self.load(text, linesPerPiece: 5, cores: 4).model.language == .en)
    #expect(Self.expectSame(text, "language"))
  }
}
