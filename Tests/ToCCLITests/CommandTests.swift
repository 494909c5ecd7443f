import Testing
import ToCCLI
import ToCTestSupport

/// `toc export`, `toc explain`, help texts and the version.
@Suite struct CommandTests {
  @Test func exportWritesTheModelAndKeepsWhatCouldBeRecovered() {
    let world = TestEnvironment(files: [
      "m.toc": "titel: M\n[activiteiten]\na: A -> b\nkapot\n[resultaten]\nb: B\n"
    ])
    #expect(world.run("export", "m.toc") == .failure)
    Golden.assert(world.output, matches: "export.json")
    #expect(world.errors.contains("error[TOC102]: this line is not a statement"))
    #expect(world.errors.hasSuffix("1 error in 1 file\n"))
  }

  @Test func exportWritesAFileWhenAsked() {
    let world = TestEnvironment(files: ["m.toc": "[activiteiten]\na: A\n"])
    #expect(world.run("export", "-o", "uit/m.json", "m.toc") == .success)
    #expect(world.file("uit/m.json")?.hasPrefix("{\n  \"format\": \"toc-model/1\"") == true)
    #expect(world.output.isEmpty)
    world.readOnly = ["alleen-lezen/"]
    #expect(world.run("export", "--output=alleen-lezen/m.json", "m.toc") == .environment)
    #expect(
      world.errors == "toc export: cannot write `alleen-lezen/m.json`: read-only file system\n")
  }

  @Test(arguments: ["en", "nl"])
  func explainARule(_ language: String) {
    let world = TestEnvironment()
    #expect(world.run("explain", "--lang", language, "orphan-outcome") == .success)
    Golden.assert(world.output, matches: "explain-TOC203.\(language).txt")
    #expect(world.run("explain", "--lang", language, "misspelled-keyword") == .success)
    Golden.assert(world.output, matches: "explain-TOC113.\(language).txt")
  }

  @Test func explainListsEveryRuleAndRejectsUnknownOnes() {
    let world = TestEnvironment()
    #expect(world.run("explain") == .success)
    Golden.assert(world.output, matches: "explain-list.en.txt")
    #expect(world.run("explain", "--lang", "nl") == .success)
    Golden.assert(world.output, matches: "explain-list.nl.txt")
    #expect(world.run("explain", "TOC999") == .usage)
    #expect(world.run("explain", "orphan-outcom") == .usage)
    #expect(
      world.errors.hasPrefix(
        "toc explain: no rule is called `orphan-outcom`; did you mean `orphan-outcome`?"))
  }

  @Test(arguments: ["", "check", "export", "explain"])
  func helpTexts(_ command: String) {
    for language in ["en", "nl"] {
      let world = TestEnvironment(variables: ["LANG": language == "nl" ? "nl_NL.UTF-8" : "C"])
      let words = command.isEmpty ? ["--help"] : [command, "--help"]
      #expect(world.run(words) == .success)
      Golden.assert(
        world.output, matches: "help-\(command.isEmpty ? "toc" : command).\(language).txt")
      if !command.isEmpty {
        world.run("help", command)
        Golden.assert(world.output, matches: "help-\(command).\(language).txt")
      }
    }
  }

  @Test func noCommandShowsTheOverviewAsAUsageError() {
    let world = TestEnvironment()
    #expect(world.run([]) == .usage)
    #expect(world.errors.hasPrefix("OVERVIEW: write, check and draw a theory of change"))
  }

  @Test func version() {
    let world = TestEnvironment()
    #expect(world.run("--version") == .success)
    #expect(world.output == "toc \(CLI.version)\n")
  }
}
