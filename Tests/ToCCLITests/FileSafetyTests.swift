import Foundation
import Testing

@testable import ToCCLI

/// Files are safe: writes are atomic and keep permissions, and every file problem is one line on
/// standard error with exit code 3, touching no other file.
@Suite struct FileSafetyTests {
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "toc-safety-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The path of a file `name` in `folder` holding `text`, made with `permissions`.
  static func file(_ name: String, in folder: URL, text: String, permissions: Int) -> String {
    let path = folder.appendingPathComponent(name).path
    #expect(
      FileManager.default.createFile(
        atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: permissions]))
    return path
  }

  @Test func anAtomicWriteLeavesNoTemporaryFileAndKeepsPermissions() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = Self.file("team.toc", in: folder, text: "oud\n", permissions: 0o600)
    #expect(throws: Never.self) { try AtomicWrite.write(path, Array("nieuw\n".utf8)).get() }
    #expect(FileManager.default.contents(atPath: path) == Data("nieuw\n".utf8))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["team.toc"])
  }

  @Test func aFailedWriteLeavesTheOldFileWhole() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("figuur.svg").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    // A folder where the file should go: the rename fails, nothing is left behind.
    #expect(throws: FileError.self) { try AtomicWrite.write(path, Array("<svg/>".utf8)).get() }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["figuur.svg"])
    #expect(throws: FileError.self) {
      try AtomicWrite.write(folder.path + "/bestaat-niet/x.json", [1]).get()
    }
  }

  @Test func aFolderGivenAsAFileIsOneLineAndExitThree() {
    let world = TestEnvironment(files: ["teams/a.toc": "[activiteiten]\na: A\n"])
    #expect(world.run("export", "teams") == .environment)
    #expect(world.errors == "toc export: cannot read `teams`: it is a folder, not a file\n")
    #expect(world.run("render", "teams") == .environment)
    #expect(world.errors == "toc render: cannot read `teams`: it is a folder, not a file\n")
  }

  @Test func aFileThatVanishesMidRunIsOneLineAndTheOthersAreStillChecked() {
    let clean =
      "[activiteiten]\na: A -> k\n[korte termijn]\nk: K\n  indicator: i\n[indicatoren]\ni: I\n"
    let world = TestEnvironment(files: ["team/a.toc": clean, "team/weg.toc": clean])
    world.vanished = ["team/weg.toc"]
    #expect(world.run("check", "team") == .environment)
    #expect(world.errors == "toc check: cannot read `team/weg.toc`: no such file or folder\n")
    #expect(world.output == "no problems in 1 file\n")
  }

  @Test func aWriteToAReadOnlyPlaceIsOneLineAndExitThree() {
    let world = TestEnvironment(files: ["a.toc": "[activiteiten]\na: A\n"])
    world.readOnly = ["/"]
    #expect(world.run("render", "-o", "/figuur.dot", "a.toc") == .environment)
    #expect(world.errors == "toc render: cannot write `/figuur.dot`: read-only file system\n")
    #expect(world.file("a.toc") == "[activiteiten]\na: A\n")
  }
}
