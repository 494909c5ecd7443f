import Foundation
import Testing
import ToCCheck
import ToCModel
import ToCParser
import ToCRender
import ToCTestSupport

/// Bad input never crashes or hangs: thousands of deterministic mutations of the conformance files
/// go through parse, check and export, and each ends with a model and well-formed diagnostics.
@Suite struct MutationTests {
  static let fragments: [[UInt8]] =
    [
      "\"", "[", "]", "->", " -> ", ",", ":", "\\", "\n", "\r", "\t", "#", "[verbanden]", "a -> a",
      "negeer: cycle", "gebruik: main.toc", "meting: 2020 = ", "\u{00A0}", "é", "x-aantal",
    ].map { Array($0.utf8) } + [
      [0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF],
    ]

  static func mutate(_ bytes: [UInt8], _ random: inout SplitMix) -> [UInt8] {
    var bytes = bytes
    for _ in 0...random.below(3) {
      switch random.below(6) {
      case 0 where !bytes.isEmpty:
        bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8))
      case 1:
        bytes = Array(bytes.prefix(random.below(bytes.count + 1)))
      case 2, 3:
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard !lines.isEmpty else { continue }
        let from = random.below(lines.count)
        if random.below(2) == 0 {
          lines.swapAt(from, random.below(lines.count))
        } else {
          lines.insert(lines[from], at: random.below(lines.count + 1))
        }
        bytes = Array(lines.joined(separator: [0x0A]))
      default:
        let fragment = fragments[random.below(fragments.count)]
        bytes.insert(contentsOf: fragment, at: random.below(bytes.count + 1))
      }
    }
    return bytes
  }

  @Test func tenThousandMutationsEndWithAModelAndDiagnostics() throws {
    let cases = Golden.repositoryRoot().deletingLastPathComponent()
      .appendingPathComponent("shared/conformance/cases")
    let names = try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted()
    try #require(
      names.count >= 30, "the conformance cases belong beside the repository, in ../shared")
    var random = SplitMix(seed: 2028)
    var runs = 0
    while runs < 10_000 {
      for name in names {
        let folder = cases.appendingPathComponent(name)
        guard
          let original = FileManager.default.contents(
            atPath: folder.appendingPathComponent("main.toc").path)
        else {
          continue
        }
        let mutated = Self.mutate(Array(original), &random)
        let reader = SourceReader { path in
          path == "main.toc"
            ? mutated
            : FileManager.default.contents(atPath: folder.appendingPathComponent(path).path).map {
              Array($0)
            }
        }
        let parsed = Parser(reader: reader).parse(mutated, file: "main.toc")
        let diagnostics = Checker.check(parsed.model, parserDiagnostics: parsed.diagnostics)
        let json = ModelJSON.render(parsed.model)
        #expect(json.hasPrefix("{\n  \"format\": \"toc-model/1\""), "run \(runs) of \(name)")
        for diagnostic in diagnostics {
          let range = diagnostic.range
          #expect(
            range.line >= 1 && range.column >= 1 && range.endColumn > range.column
              || range.endLine > range.line,
            "run \(runs) of \(name): \(diagnostic.code.rawValue) at \(range)")
        }
        #expect(diagnostics == Diagnostic.sorted(diagnostics))
        runs += 1
      }
    }
  }
}
