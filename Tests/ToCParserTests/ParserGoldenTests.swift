import Foundation
import Testing
import ToCModel
import ToCParser
import ToCTestSupport

/// Every `Golden/*.toc` file parsed and printed with its diagnostics, compared with `*.tree`.
@Suite struct ParserGoldenTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static var cases: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".toc") && !$0.hasPrefix("_") }.sorted()
  }

  @Test(arguments: cases)
  func parses(_ name: String) throws {
    let folder = Self.folder
    let reader = SourceReader { path in
      FileManager.default.contents(atPath: folder.appendingPathComponent(path).path).map {
        Array($0)
      }
    }
    let bytes = try #require(reader.read(name))
    let result = Parser(reader: reader).parse(bytes, file: name)
    Golden.assert(
      ModelDump.dump(result.model, result.diagnostics),
      matches: name.replacingOccurrences(".toc", ".tree"))
  }

  @Test func thereAreCases() {
    #expect(Self.cases.count >= 10)
  }
}
