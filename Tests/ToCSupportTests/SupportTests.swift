import Testing
import ToCSupport

@testable import ToCCLI

/// Work spread over the cores, and the sizes that decide when it is.
@Suite struct SupportTests {
  @Test func workOnAllCoresComesBackInOrder() {
    let squares = Cores.map(1_000) { $0 * $0 }
    #expect(squares == (0..<1_000).map { $0 * $0 })
    #expect(Cores.map(0) { $0 }.isEmpty)
    #expect(Cores.online >= 1)
  }

  /// The parser reads its sizes from `Tuning`; the command line keeps its own two for now
  /// (`HumanReport` and `Workspace` are being reworked by issue 14): they are these.
  @Test func theStrategiesSwitchAtTheSizesOfTuning() {
    #expect(HumanReport.diagnosticsPerPart == Tuning.diagnosticsPerPart)
    #expect(Workspace.nodesFreedAside == Tuning.nodesFreedAside)
  }
}
