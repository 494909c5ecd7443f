import Testing
import ToCModel

@testable import ToCCLI

/// The walk of a folder for `.toc` files: all of them for `toc check`, and no more than a budget
/// of names for the language server, which may be given a whole home folder.
@Suite struct WorkspaceWalkTests {
  static let world = TestEnvironment(files: [
    "werk/a.toc": "", "werk/b.txt": "", "werk/teams/c.toc": "", "werk/teams/d.toc": "",
    "werk/.verborgen/e.toc": "",
  ])

  static var workspace: Workspace {
    Workspace(Context(command: .lsp, environment: world.environment, language: .nl))
  }

  @Test func everyTocFileBelowAFolderHiddenFoldersSkipped() {
    #expect(
      Self.workspace.tocFiles(below: "werk") == [
        "werk/a.toc", "werk/teams/c.toc", "werk/teams/d.toc",
      ])
  }

  @Test func aBudgetOfNamesStopsTheWalk() {
    // `werk` holds four names (a.toc, b.txt, teams, .verborgen): the budget is spent there.
    #expect(Self.workspace.tocFiles(below: "werk", entries: 4) == ["werk/a.toc"])
    #expect(Self.workspace.tocFiles(below: "werk", entries: 1) == [])
    #expect(
      Self.workspace.tocFiles(below: "werk", entries: 5) == ["werk/a.toc", "werk/teams/c.toc"])
    #expect(Self.workspace.tocFiles(below: "werk", entries: 6).count == 3)
  }
}
