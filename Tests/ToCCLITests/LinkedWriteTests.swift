import Foundation
import Testing

@testable import ToCCLI

/// Writing through symbolic links and to destinations that are not regular files: a link is
/// followed and stays a link, its target is rewritten in place with its permissions; a device or
/// FIFO is written to, never renamed over; a dangling link or a read-only file is one clear line
/// and exit code 3.
@Suite struct LinkedWriteTests {
  static let messy =
    "[activiteiten]\nles:    Taalles   ->   spreken\n[korte termijn]\nspreken: Beter\n"

  /// Runs `toc` in-process on the real file system in `folder`, its messages captured.
  final class Run: @unchecked Sendable {
    private let lock = NSLock()
    private var captured: [UInt8] = []
    private var said = ""
    var output: [UInt8] { lock.withLock { captured } }
    var errors: String { lock.withLock { said } }

    func callAsFunction(_ words: String...) -> ToCCLI.ExitStatus {
      let environment = ToCCLI.Environment(
        variables: [:], files: .live, standardInput: { [] },
        output: { bytes in self.lock.withLock { self.captured += bytes } },
        errors: { text in self.lock.withLock { self.said += text } }, isTerminal: { _ in false },
        runProgram: LiveProgram.run)
      return CLI.run(arguments: words, environment: environment)
    }
  }

  static func text(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  static func isLink(_ path: String) -> Bool {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
  }

  @Test func fmtWriteThroughALinkFormatsTheTargetAndKeepsTheLink() throws {
    let folder = try FileSafetyTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let real = FileSafetyTests.file("team.toc", in: folder, text: Self.messy, permissions: 0o600)
    let link = folder.appendingPathComponent("link.toc").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "team.toc")
    let run = Run()
    #expect(run("fmt", "--write", link) == .success, "\(run.errors)")
    #expect(Self.isLink(link))
    #expect(
      Self.text(real)
        == "[activiteiten]\nles: Taalles -> spreken\n\n[korte termijn]\nspreken: Beter\n")
    let mode = try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "link.toc", "team.toc",
      ])
  }

  @Test func aChainOfTwoLinksIsFollowedToItsEnd() throws {
    let folder = try FileSafetyTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let other = folder.appendingPathComponent("figuren")
    try FileManager.default.createDirectory(at: other, withIntermediateDirectories: false)
    let real = FileSafetyTests.file("figuur.dot", in: other, text: "oud\n", permissions: 0o640)
    let model = FileSafetyTests.file("team.toc", in: folder, text: Self.messy, permissions: 0o644)
    let first = folder.appendingPathComponent("eerste.dot").path
    let second = folder.appendingPathComponent("tweede.dot").path
    try FileManager.default.createSymbolicLink(
      atPath: second, withDestinationPath: "figuren/figuur.dot")
    try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: second)
    let run = Run()
    #expect(run("render", "-o", first, model) == .success, "\(run.errors)")
    #expect(Self.isLink(first) && Self.isLink(second))
    #expect(Self.text(real)?.hasPrefix("digraph") == true)
    let mode = try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: other.path) == ["figuur.dot"])
  }

  @Test func aLinkedFolderIsWrittenIntoAndALinkToAFolderIsRefused() throws {
    let folder = try FileSafetyTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = FileSafetyTests.file("team.toc", in: folder, text: Self.messy, permissions: 0o644)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("echt"), withIntermediateDirectories: false)
    let linked = folder.appendingPathComponent("map").path
    try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: "echt")
    let run = Run()
    #expect(run("export", "-o", linked + "/model.json", model) == .success, "\(run.errors)")
    #expect(Self.isLink(linked))
    #expect(
      Self.text(folder.appendingPathComponent("echt/model.json").path)?.hasPrefix("{") == true)
    #expect(run("export", "-o", linked, model) == .environment)
    #expect(run.errors == "toc export: cannot write `\(linked)`: it is a folder, not a file\n")
  }

  @Test func aDanglingLinkIsOneLineAndExitThree() throws {
    let folder = try FileSafetyTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = FileSafetyTests.file("team.toc", in: folder, text: Self.messy, permissions: 0o644)
    let link = folder.appendingPathComponent("figuur.dot").path
    let missing = folder.appendingPathComponent("weg/figuur.dot").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: missing)
    let run = Run()
    #expect(run("render", "-o", link, model) == .environment)
    #expect(
      run.errors
        == "toc render: cannot write `\(link)`: it is a link to `\(missing)`, which does not exist\n"
    )
    #expect(Self.isLink(link))
    #expect(run("init", link) == .environment)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "figuur.dot", "team.toc",
      ])
  }

  @Test func aReadOnlyTargetIsOneLineAndExitThreeAndStaysAsItWas() throws {
    let folder = try FileSafetyTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let real = FileSafetyTests.file("team.toc", in: folder, text: Self.messy, permissions: 0o444)
    let link = folder.appendingPathComponent("link.toc").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    let run = Run()
    for path in [real, link] {
      #expect(run("fmt", "--write", path) == .environment)
      #expect(run.errors.hasSuffix("cannot write `\(path)`: it is read-only\n"))
      #expect(Self.text(real) == Self.messy)
    }
    #expect(Self.isLink(link))
  }

  @Test func aFIFOIsWrittenToAndStaysAFIFO() throws {
    let folder = try FileSafetyTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = FileSafetyTests.file("team.toc", in: folder, text: Self.messy, permissions: 0o644)
    let fifo = folder.appendingPathComponent("uit.dot").path
    #expect(mkfifo(fifo, 0o600) == 0)
    // The reader is there first (without waiting for a writer), so the write cannot wait forever.
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    try #require(reader >= 0)
    defer { close(reader) }
    let run = Run()
    #expect(run("render", "-o", fifo, model) == .success, "\(run.errors)")
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    let count = read(reader, &buffer, buffer.count)
    #expect(count > 0 && buffer.starts(with: Array("digraph".utf8)))
    var status = stat()
    #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
  }

  @Test func devStdoutAndDevFdAreWrittenToAndStayAsTheyAre() throws {
    var ends: [Int32] = [-1, -1]
    try #require(pipe(&ends) == 0)
    defer { ends.forEach { close($0) } }
    #expect(throws: Never.self) {
      try AtomicWrite.write("/dev/fd/\(ends[1])", Array("figuur".utf8)).get()
    }
    var buffer = [UInt8](repeating: 0, count: 64)
    #expect(read(ends[0], &buffer, buffer.count) == 6 && buffer.starts(with: Array("figuur".utf8)))
    // Nothing written, but the way there is taken: /dev/stdout stays the system's link.
    #expect(AtomicWrite.destination("/dev/stdout") == .success(.descriptor(1)))
    #expect(throws: Never.self) { try AtomicWrite.write("/dev/stdout", []).get() }
    #expect(Self.isLink("/dev/stdout"))
    #expect(AtomicWrite.destination("/dev/null") == .success(.special))
    #expect(throws: Never.self) { try AtomicWrite.write("/dev/null", [1, 2, 3]).get() }
    var status = stat()
    #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
  }
}
