import Testing
import ToCSupport

/// Work spread over the cores.
@Suite struct SupportTests {
  @Test func workOnAllCoresComesBackInOrder() {
    let squares = Cores.map(1_000) { $0 * $0 }
    #expect(squares == (0..<1_000).map { $0 * $0 })
    #expect(Cores.map(0) { $0 }.isEmpty)
    #expect(Cores.online >= 1)
  }
}
