import Testing
import ToCSupport

@testable import ToCCLI
@testable import ToCParser

/// Work spread over the cores, and the sizes that decide when it is.
@Suite struct SupportTests {
  @Test func workOnAllCoresComesBackInOrder() {
    let squares = Cores.map(1_000) { $0 * $0 }
    #expect(squares == (0..<1_000).map { $0 * $0 })
    #expect(Cores.map(0) { $0 }.isEmpty)
    #expect(Cores.online >= 1)
  }

  /// The parser and the command line keep their own constants for now; they are these.
  @Test func theStrategiesSwitchAtTheSizesOfTuning() {
    #expect(FileParser.linesPerPiece == Tuning.linesPerPiece)
    #expect(Loader.arrowsPerCore == Tuning.arrowsPerCore)
    #expect(LineSpan.bytesPerPart == Tuning.bytesPerPart)
    #expect(HumanReport.diagnosticsPerPart == Tuning.diagnosticsPerPart)
    #expect(Workspace.nodesFreedAside == Tuning.nodesFreedAside)
  }
}
