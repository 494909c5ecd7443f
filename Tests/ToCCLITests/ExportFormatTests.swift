import Testing
import ToCCLI
import ToCTestSupport

/// `toc export --format markdown|csv|narrative`: the examples, the language, hostile labels.
@Suite struct ExportFormatTests {
  @Test(arguments: [
    ("markdown", "Examples/english/library-reading-club.toc", "export-library.md"),
    ("csv", "Examples/english/library-reading-club.toc", "export-library.csv"),
    ("narrative", "Examples/english/library-reading-club.toc", "export-library.narrative.txt"),
    ("markdown", "Examples/buurtmakers-west.toc", "export-buurtmakers.md"),
    ("csv", "Examples/buurtmakers-west.toc", "export-buurtmakers.csv"),
    ("narrative", "Examples/buurtmakers-west.toc", "export-buurtmakers.narrative.txt"),
    // The English twins of the Dutch documents.
    ("markdown --lang en", "Examples/buurtmakers-west.toc", "export-buurtmakers.en.md"),
    ("narrative --lang en", "Examples/buurtmakers-west.toc", "export-buurtmakers.en.narrative.txt"),
  ])
  func examples(_ format: String, _ file: String, _ golden: String) {
    let world = TestEnvironment(files: ExampleTests.files())
    let words = format.split(separator: " ").map(String.init)
    #expect(world.run(["export", "--format"] + words + [file]) == .success)
    Golden.assert(world.output, matches: golden)
    #expect(world.errors.isEmpty)
  }

  @Test func theDocumentFollowsTheModelsLanguageUnlessAsked() {
    let world = TestEnvironment(files: ExampleTests.files(), variables: ["LANG": "en_GB.UTF-8"])
    world.run("export", "-f", "narrative", "Examples/buurtmakers-west.toc")
    #expect(world.output.contains("\nMiddelen\nWe zetten "))
    world.run("export", "-f", "narrative", "--lang", "en", "Examples/buurtmakers-west.toc")
    #expect(world.output.contains("\nResources\nWe use "))
    world.run("export", "-f", "markdown", "--lang=en", "Examples/buurtmakers-west.toc")
    #expect(world.output.contains("## Monitoring and evaluation plan"))
  }

  @Test func jsonStaysTheDefault() {
    let world = TestEnvironment(files: ["m.toc": "[activiteiten]\na: A\n"])
    #expect(world.run("export", "m.toc") == .success)
    #expect(world.output.hasPrefix("{\n  \"format\": \"toc-model/1\""))
    #expect(world.run("export", "--format", "xml", "m.toc") == .usage)
    #expect(
      world.errors.hasPrefix(
        "toc export: `xml` is not a value of `--format`; use `json`, `markdown`, `csv`, `narrative`"
      ))
  }

  @Test func hostileLabels() {
    let hostile = #"""
      titel: "Kwaad | titel"
      [korte termijn]
      b: "=1+1 | <img src=x onerror=alert(1)>\n\"quote\", komma"
        indicator: i
      [indicatoren]
      i: "@som, \"x\""
      """#
    let world = TestEnvironment(files: ["m.toc": hostile])
    #expect(world.run("export", "-f", "csv", "m.toc") == .success)
    #expect(
      world.output.hasSuffix(
        "\r\n3,outcome-short,b,\"'=1+1 | <img src=x onerror=alert(1)>\n\"\"quote\"\", komma\",i,\"'@som, \"\"x\"\"\",,,,,,,,\r\n"
      ))
    #expect(world.run("export", "-f", "markdown", "m.toc") == .success)
    #expect(
      world.output.contains(
        "| Korte termijn | =1+1 \\| \\<img src=x onerror=alert(1)\\><br>\"quote\", komma | @som, \"x\" |"
      ))
    #expect(world.run("export", "-f", "narrative", "m.toc") == .success)
    #expect(world.output.contains("“=1+1 | <img src=x onerror=alert(1)> \"quote\", komma”"))
  }
}
