import Foundation
import Testing

@testable import ToCCLI

/// Nothing to check is never "no problems": an empty file is a warning, and paths without any
/// `.toc` file are a usage error that names them, so a CI job pointed at the wrong folder fails.
@Suite struct NothingToCheckTests {
  static let team = "[activiteiten]\nles: Les -> spreken\n[korte termijn]\nspreken: Spreken\n"

  @Test func anEmptyFileIsAWarning() {
    let world = TestEnvironment(files: ["leeg.toc": ""])
    #expect(world.run("check", "leeg.toc") == .success)
    #expect(world.output.hasPrefix("warning[TOC209]: the file defines nothing"))
    #expect(world.output.hasSuffix("1 warning in 1 file\n"))
    #expect(world.run("check", "--strict", "leeg.toc") == .failure)
  }

  @Test func aFolderWithoutTocFilesIsAUsageErrorNamingIt() {
    let world = TestEnvironment(files: ["docs/README.md": "# x\n", "teams/a.toc": Self.team])
    #expect(world.run("check", "docs") == .usage)
    #expect(
      world.errors == "toc check: no .toc file in `docs`\nRun `toc check --help` for usage.\n")
    #expect(world.output.isEmpty)
    #expect(world.run("check", "teams", "docs", "docs/") == .usage)
    #expect(world.errors.hasPrefix("toc check: no .toc file in `docs`, `docs/`\n"))
    #expect(world.run("fmt", "--check", "docs") == .usage)
    #expect(world.run("check", "teams") == .success)
  }

  @Test func anEmptyFolderOnDiskIsAUsageError() throws {
    let folder = try FileSafetyTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = LinkedWriteTests.Run()
    #expect(run("check", folder.path) == .usage)
    #expect(run.errors.hasPrefix("toc check: no .toc file in `\(folder.path)`\n"))
    #expect(run.output.isEmpty)
  }
}
