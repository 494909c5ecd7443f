import Foundation
import Testing
import ToCTestSupport

@testable import ToCCLI

/// Images from Graphviz reach standard output byte for byte: a PNG or PDF sent to a pipe is one
/// that a real reader opens.
@Suite struct BinaryOutputTests {
  static let team = """
    titel: Taalcafé
    [activiteiten]
    les: Wekelijkse taalles -> spreken
    [korte termijn]
    spreken: Deelnemers spreken beter Nederlands

    """

  static let signatures: [String: [UInt8]] = [
    "png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
    "pdf": Array("%PDF-".utf8),
  ]

  /// A PNG opened with zlib: every chunk's checksum holds and the image data inflates whole.
  static let pngReader = """
    import sys, zlib, struct
    data = sys.stdin.buffer.read()
    assert data[:8] == b"\\x89PNG\\r\\n\\x1a\\n", "signature"
    at, idat = 8, b""
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        assert struct.unpack(">I", data[at + 8 + length:at + 12 + length])[0] == zlib.crc32(kind + body), kind
        idat += body if kind == b"IDAT" else b""
        at += 12 + length
    assert kind == b"IEND" and len(zlib.decompress(idat)) > 0
    print("ok")
    """

  /// Opens `image` with a real reader: zlib for a PNG, Poppler's `pdftoppm` for a PDF.
  static func opens(_ image: [UInt8], format: String) -> Bool {
    let result =
      format == "png"
      ? LiveProgram.run("/usr/bin/env", ["python3", "-c", pngReader], image)
      : LiveProgram.run(
        "/usr/bin/env", ["pdftoppm", "-png", "-r", "10", "-singlefile", "-"], image)
    let opened = result.status == 0 && result.errors.isEmpty
    return format == "png"
      ? opened && result.output == Array("ok\n".utf8)
      : opened && result.output.starts(with: signatures["png"]!)
  }

  @Test(arguments: ["png", "pdf"])
  func anImageOnStandardOutputIsWhole(_ format: String) throws {
    let dot = try #require(
      ["/usr/bin/dot", "/usr/local/bin/dot"].first {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    let world = TestEnvironment(files: ["team.toc": Self.team])
    world.program = LiveProgram.run
    for output in [[], ["-o", "-"]] {
      #expect(
        world.run(["render", "-f", format, "--dot", dot] + output + ["team.toc"]) == .success)
      #expect(world.outputBytes.starts(with: Self.signatures[format]!))
      #expect(Self.opens(world.outputBytes, format: format))
    }
  }

  /// The built `toc` beside the test bundle, run by a shell into a pipe, as a user would.
  @Test(arguments: ["png", "pdf"])
  func anImageThroughARealPipeIsWhole(_ format: String) throws {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let folders = [bundle, Golden.repositoryRoot().appendingPathComponent(".build/debug")]
    let toc = try #require(
      folders.map { $0.appendingPathComponent("toc").path }.first {
        FileManager.default.isExecutableFile(atPath: $0)
      }, "the toc executable is built with the tests")
    let folder = try FileSafetyTests.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = FileSafetyTests.file("m.toc", in: folder, text: Self.team, permissions: 0o644)
    let result = LiveProgram.run(
      "/bin/sh", ["-c", "\"$0\" render -f \(format) \"$1\" | cat", toc, model], [])
    #expect(result.status == 0, "\(String(decoding: result.errors, as: UTF8.self))")
    #expect(result.output.starts(with: Self.signatures[format]!))
    #expect(Self.opens(result.output, format: format))
  }
}
