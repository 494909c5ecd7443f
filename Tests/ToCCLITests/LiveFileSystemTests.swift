import Foundation
import Testing

@testable import ToCCLI

/// The real file system and environment, as the C library gives them: the same answers and the
/// same reasons Foundation gave.
@Suite struct LiveFileSystemTests {
  @Test func variablesAreTheProcessEnvironment() {
    #expect(LiveVariables.read() == ProcessInfo.processInfo.environment)
  }

  @Test func filesAreReadAndFailuresGiveTheirReason() throws {
    let folder = try FileSafetyTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("team.toc").path
    let text = String(repeating: "[activiteiten]\na: A\n", count: 10_000)
    #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
    #expect(try LiveFiles.read(path).get() == Array(text.utf8))
    let empty = folder.appendingPathComponent("leeg.toc").path
    #expect(FileManager.default.createFile(atPath: empty, contents: nil))
    #expect(try LiveFiles.read(empty).get() == [])
    #expect(LiveFiles.read(path + ".weg") == .failure(FileError.noSuchFile))
    #expect(LiveFiles.read(path + "/x") == .failure(FileError.noSuchFile))
    #expect(LiveFiles.read(folder.path) == .failure(FileError.isFolder))
    #expect(LiveFiles.read("/dev/null") == .failure(FileError.notRegularFile))
  }

  @Test(.enabled(if: getuid() != 0, "root reads every file"))
  func aFileWithoutReadPermissionIsUnreadable() throws {
    let folder = try FileSafetyTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = FileSafetyTests.file("geheim.toc", in: folder, text: "a", permissions: 0o000)
    #expect(LiveFiles.read(path) == .failure(FileError.permissionDenied))
  }

  @Test func foldersAreListedWithoutDotAndDotDot() throws {
    let folder = try FileSafetyTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["a.toc", ".verborgen", "één.toc"] {
      #expect(
        FileManager.default.createFile(
          atPath: folder.appendingPathComponent(name).path, contents: nil))
    }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)
    #expect(LiveFiles.list(folder.path).sorted() == [".verborgen", "a.toc", "sub", "één.toc"])
    #expect(LiveFiles.list(folder.path + "/weg").isEmpty)
    #expect(LiveFiles.kind(folder.path) == .folder)
    #expect(LiveFiles.kind(folder.appendingPathComponent("a.toc").path) == .file)
    #expect(LiveFiles.kind(folder.appendingPathComponent("weg").path) == nil)
  }

  @Test func theTemporaryFileIsHiddenInTheSameFolder() {
    #expect(AtomicWrite.temporaryPath(for: "teams/a.toc").hasPrefix("teams/.a.toc.toc-"))
    #expect(AtomicWrite.temporaryPath(for: "a.toc").hasPrefix(".a.toc.toc-"))
    #expect(AtomicWrite.temporaryPath(for: "/a.toc").hasPrefix("/.a.toc.toc-"))
    #expect(AtomicWrite.temporaryPath(for: "a.toc") != AtomicWrite.temporaryPath(for: "a.toc"))
  }
}
