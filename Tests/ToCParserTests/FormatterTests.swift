import Foundation
import Testing
import ToCModel
import ToCParser
import ToCTestSupport

/// `toc fmt`'s formatter: golden pairs `Golden/fmt/NAME.toc` → `NAME.expected`, and formatting
/// twice changes nothing on the examples, the conformance models and a thousand generated files.
@Suite struct FormatterTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/fmt")

  static var cases: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".toc") }.map { String($0.dropLast(4)) }.sorted()
  }

  /// The result as a golden file holds it: the text, or the errors that keep the file as it is.
  static func show(_ result: FormatResult) -> String {
    switch result {
    case .formatted(let text):
      return text
    case .unformattable(let errors, _):
      let lines = errors.map {
        "\($0.code.rawValue) \($0.range.line):\($0.range.column) \($0.message.en)\n"
      }
      return "unformattable\n" + lines.joined()
    }
  }

  static func format(_ name: String, _ language: Language?) throws -> FormatResult {
    let bytes = try #require(
      FileManager.default.contents(atPath: folder.appendingPathComponent("\(name).toc").path))
    return Formatter.format(Array(bytes), file: "\(name).toc", language: language)
  }

  @Test(arguments: cases)
  func golden(_ name: String) throws {
    Golden.assert(Self.show(try Self.format(name, nil)), matches: "fmt/\(name).expected")
  }

  @Test(arguments: [Language.nl, .en])
  func translates(_ language: Language) throws {
    Golden.assert(
      Self.show(try Self.format("translate", language)),
      matches: "fmt/translate.\(language).expected")
  }

  @Test func thereAreCases() {
    #expect(Self.cases.count >= 8)
  }

  @Test func textValuesAreQuotedOnlyWhereNeeded() {
    #expect(Formatter.textValue("Samen sterk") == "Samen sterk")
    #expect(Formatter.textValue("a -> b") == "a -> b")
    #expect(Formatter.textValue("\"Samen\" sterk") == #""\"Samen\" sterk""#)
    #expect(Formatter.textValue(" ruimte") == #"" ruimte""#)
    #expect(Formatter.textValue("regel\nregel\t\\") == #""regel\nregel\t\\""#)
  }

  @Test func anEmptyFileStaysEmpty() {
    #expect(Formatter.format([], file: "leeg.toc", language: nil) == .formatted(""))
    #expect(
      Formatter.format(Array(" \n\n# alleen\n\n".utf8), file: "c.toc", language: nil)
        == .formatted("# alleen\n"))
  }

  // MARK: Stability

  /// Formatting the result of formatting changes nothing, and a translation there and back gives
  /// what formatting in the first language gives. Returns whether `bytes` could be formatted.
  @discardableResult
  static func expectStable(_ bytes: [UInt8], _ file: String) -> Bool {
    guard case .formatted(let once) = Formatter.format(bytes, file: file, language: nil) else {
      return false
    }
    #expect(
      Formatter.format(Array(once.utf8), file: file, language: nil) == .formatted(once), "\(file)")
    for language in Language.allCases {
      let other: Language = language == .nl ? .en : .nl
      guard case .formatted(let direct) = Formatter.format(bytes, file: file, language: language),
        case .formatted(let there) = Formatter.format(bytes, file: file, language: other)
      else {
        Issue.record("\(file) formats without a language but not in \(language)")
        continue
      }
      #expect(
        Formatter.format(Array(there.utf8), file: file, language: language) == .formatted(direct),
        "\(file)")
    }
    return true
  }

  static func tocFiles(below folder: URL) -> [URL] {
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    return (enumerator?.compactMap { $0 as? URL } ?? []).filter { $0.pathExtension == "toc" }
      .sorted { $0.path < $1.path }
  }

  @Test func examplesAndConformanceModelsAreStable() throws {
    let root = Golden.repositoryRoot()
    let examples = Self.tocFiles(below: root.appendingPathComponent("Examples"))
    let cases = Conformance.cases
    let models = try Conformance.names()
      .map { cases.appendingPathComponent($0).appendingPathComponent("main.toc") }
    #expect(examples.count >= 10)
    #expect(models.count >= 30)
    var formatted = 0
    for url in examples + models {
      let bytes = try #require(FileManager.default.contents(atPath: url.path))
      if Self.expectStable(Array(bytes), url.lastPathComponent) { formatted += 1 }
    }
    // The nine conformance cases with syntax errors (TOC101–TOC105) are left as they are.
    #expect(formatted >= examples.count + models.count - 9)
  }

  @Test func aThousandGeneratedModelsAreStable() {
    var formatted = 0
    for seed in 0..<1000 {
      if Self.expectStable(ModelGenerator.file(seed: UInt64(seed)), "seed-\(seed).toc") {
        formatted += 1
      }
    }
    #expect(formatted >= 950)
  }
}
