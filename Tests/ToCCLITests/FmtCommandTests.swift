import Foundation
import Testing
import ToCCLI
import ToCModel
import ToCParser
import ToCRender
import ToCTestSupport

/// `toc fmt`: what it prints, rewrites and reports, and that formatting never changes the exported
/// model of an example, a conformance model or a generated file.
@Suite struct FmtCommandTests {
  static let messy =
    "  titel:Taalcafé\n[Activities]\nles : Wekelijkse taalles   ->   deelnemers ,x\n\n\n[output]\ndeelnemers: \"Twintig deelnemers\"\n"
  static let tidy =
    "titel: Taalcafé\n\n[activiteiten]\nles: Wekelijkse taalles -> deelnemers, x\n\n[resultaten]\ndeelnemers: Twintig deelnemers\n"
  static let broken = "[activiteiten]\nles: \"Wekelijkse taalles\n"

  @Test func printsTheCanonicalText() {
    let world = TestEnvironment(files: ["m.toc": Self.messy])
    #expect(world.run("fmt", "m.toc") == .success)
    #expect(world.output == Self.tidy)
    #expect(world.file("m.toc") == Self.messy)
    #expect(world.run("fmt", "--lang", "en", "m.toc") == .success)
    Golden.assert(world.output, matches: "fmt-english.toc")
  }

  @Test func checkListsTheFilesThatWouldChange() {
    let world = TestEnvironment(files: ["a/tidy.toc": Self.tidy, "a/messy.toc": Self.messy])
    #expect(world.run("fmt", "--check", "a/tidy.toc") == .success)
    #expect(world.output.isEmpty)
    #expect(world.run("fmt", "--check", "a") == .failure)
    #expect(world.output == "a/messy.toc\n")
    #expect(world.file("a/messy.toc") == Self.messy)
  }

  @Test func writeRewritesOnlyTheFilesThatChange() {
    let world = TestEnvironment(files: ["tidy.toc": Self.tidy, "messy.toc": Self.messy])
    // A write to the tidy file would fail, and so the run.
    world.readOnly = ["tidy.toc"]
    #expect(world.run("fmt", "--write", ".") == .success)
    #expect(world.output.isEmpty && world.errors.isEmpty)
    #expect(world.file("messy.toc") == Self.tidy)
    #expect(world.run("fmt", "--check", ".") == .success)
    world.readOnly = ["messy.toc", "tidy.toc"]
    #expect(world.run("fmt", "--write", ".") == .success)
  }

  @Test func checkAndWriteTogetherRewriteAndListTheFiles() {
    let world = TestEnvironment(files: ["tidy.toc": Self.tidy, "messy.toc": Self.messy])
    #expect(world.run("fmt", "--check", "--write", ".") == .failure)
    #expect(world.output == "messy.toc\n")
    #expect(world.file("messy.toc") == Self.tidy)
  }

  @Test func aFileWithSyntaxErrorsIsLeftAsItIs() {
    let world = TestEnvironment(files: ["broken.toc": Self.broken, "messy.toc": Self.messy])
    #expect(world.run("fmt", "--write", ".") == .failure)
    #expect(world.file("broken.toc") == Self.broken)
    #expect(world.file("messy.toc") == Self.tidy)
    Golden.assert(world.errors, matches: "fmt-syntax-errors.txt")
    #expect(world.run("fmt", "broken.toc") == .failure)
    #expect(world.output.isEmpty)
  }

  @Test func standardInputGoesToStandardOutput() {
    let world = TestEnvironment(input: Self.messy)
    #expect(world.run("fmt", "-") == .success)
    #expect(world.output == Self.tidy)
    #expect(world.run("fmt", "--write", "-") == .success)
    #expect(world.output == Self.tidy)
    #expect(world.run("fmt", "--check", "-") == .failure)
    #expect(world.output == "stdin\n")
    world.input = Array(Self.broken.utf8)
    #expect(world.run("fmt", "-") == .failure)
    #expect(world.errors.contains(" --> stdin:2:6\n"))
  }

  @Test func usageAndEnvironmentErrors() {
    let world = TestEnvironment(files: ["m.toc": Self.tidy])
    #expect(world.run("fmt") == .usage)
    #expect(world.errors.hasPrefix("toc fmt: missing a file or folder to format\n"))
    #expect(world.run("fmt", "--lang", "fr", "m.toc") == .usage)
    #expect(world.run("fmt", "weg.toc", "m.toc") == .environment)
    #expect(world.output == Self.tidy)
    world.readOnly = ["m"]
    #expect(world.run("fmt", "--lang", "en", "--write", "m.toc") == .environment)
    #expect(world.errors == "toc fmt: cannot write `m.toc`: read-only file system\n")
  }

  @Test(arguments: ["en", "nl"])
  func help(_ language: String) {
    let world = TestEnvironment(variables: ["LANG": language == "nl" ? "nl_NL.UTF-8" : "C"])
    #expect(world.run("fmt", "--help") == .success)
    Golden.assert(world.output, matches: "help-fmt.\(language).txt")
    #expect(world.run("help", "fmt") == .success)
    Golden.assert(world.output, matches: "help-fmt.\(language).txt")
  }

  // MARK: The export stays the same

  /// Expects formatting to be stable, the model of the formatted file to export as the file's own,
  /// and a translated one to differ at most in the language (a file without `taal:` is read in the
  /// language of its keywords). `read` reads the other files; the file itself is read as `bytes`
  /// or as formatted, for a file that includes itself. Returns whether `bytes` could be formatted.
  @discardableResult
  static func expectSameExport(
    _ bytes: [UInt8], _ file: String,
    _ read: @escaping @Sendable (String) -> [UInt8]? = { _ in nil }
  ) -> Bool {
    guard case .formatted(let text) = Formatter.format(bytes, file: file, language: nil) else {
      return false
    }
    #expect(
      Formatter.format(Array(text.utf8), file: file, language: nil) == .formatted(text), "\(file)")
    func model(_ own: [UInt8]) -> Model {
      Parser(reader: SourceReader { $0 == file ? own : read($0) }).parse(own, file: file).model
    }
    let original = model(bytes)
    #expect(ModelJSON.render(model(Array(text.utf8))) == ModelJSON.render(original), "\(file)")
    for language in Language.allCases {
      guard
        case .formatted(let translated) = Formatter.format(bytes, file: file, language: language)
      else {
        Issue.record("\(file) formats without a language but not in \(language)")
        continue
      }
      var other = model(Array(translated.utf8))
      other.language = original.language
      #expect(ModelJSON.render(other) == ModelJSON.render(original), "\(file) in \(language)")
    }
    return true
  }

  static func reader(_ root: URL) -> @Sendable (String) -> [UInt8]? {
    { FileManager.default.contents(atPath: root.appendingPathComponent($0).path).map { Array($0) } }
  }

  @Test func examplesExportTheSame() throws {
    let read = Self.reader(Golden.repositoryRoot())
    let files = ExampleTests.files().keys.sorted()
    #expect(files.count >= 10)
    for file in files {
      #expect(Self.expectSameExport(try #require(read(file)), file, read), "\(file)")
    }
  }

  static let cases = Conformance.cases

  @Test func conformanceModelsExportTheSame() throws {
    let names = try Conformance.names()
    var formatted = 0
    for name in names {
      let read = Self.reader(Self.cases.appendingPathComponent(name))
      if Self.expectSameExport(try #require(read("main.toc")), "main.toc", read) { formatted += 1 }
    }
    // The nine cases with syntax errors (TOC101–TOC105) are left as they are.
    #expect(formatted >= names.count - 9)
  }

  @Test func aThousandGeneratedModelsExportTheSame() {
    var formatted = 0
    for seed in 0..<1000 {
      if Self.expectSameExport(ModelGenerator.file(seed: UInt64(seed)), "seed-\(seed).toc") {
        formatted += 1
      }
    }
    #expect(formatted >= 950)
  }

  /// Broken files too: whatever still formats keeps its meaning.
  @Test func mutatedConformanceModelsExportTheSame() throws {
    let names = try Conformance.names()
    var random = SplitMix(seed: 2029)
    var formatted = 0
    for run in 0..<2000 {
      let name = names[run % names.count]
      let read = Self.reader(Self.cases.appendingPathComponent(name))
      let mutated = Mutation.mutate(try #require(read("main.toc")), &random)
      if Self.expectSameExport(mutated, "main.toc", read) { formatted += 1 }
    }
    #expect(formatted >= 500)
  }
}
