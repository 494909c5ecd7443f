import Testing
import ToCCLI
import ToCTestSupport

/// `toc diff`: the two editions of the programme in every format, `--exit-code`, and mistakes.
@Suite struct DiffCommandTests {
  static let editions = ["Examples/programma-2020.toc", "Examples/programma-2021.toc"]

  @Test(arguments: ["en", "nl"])
  func text(_ language: String) {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(world.run(["diff", "--lang", language] + Self.editions) == .success)
    Golden.assert(world.output, matches: "diff-programma.\(language).txt")
    #expect(world.errors.isEmpty)
  }

  @Test func json() {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(world.run(["diff", "--format", "json"] + Self.editions) == .success)
    Golden.assert(world.output, matches: "diff-programma.json")
  }

  @Test func figure() {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(world.run(["diff", "-f", "dot"] + Self.editions) == .success)
    Golden.assert(world.output, matches: "diff-programma.dot")
  }

  @Test func exitCode() {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(world.run(["diff", "--exit-code"] + Self.editions) == .failure)
    #expect(world.run("diff", "--exit-code", Self.editions[1], Self.editions[1]) == .success)
    #expect(world.output.hasSuffix("\nno differences\n"))
    #expect(
      world.run("diff", "--exit-code", "--format", "json", Self.editions[0], Self.editions[0])
        == .success)
    #expect(world.output.contains("\"identical\": true"))
  }

  @Test func standardInputIsADash() {
    let world = TestEnvironment(
      files: ["oud.toc": "[activiteiten]\na: A\n"], input: "[activiteiten]\na: A\nb: B\n")
    #expect(world.run("diff", "--exit-code", "oud.toc", "-") == .failure)
    #expect(world.output.contains("+++ - (stdin)") || world.output.contains("+++ stdin (stdin)"))
    #expect(world.output.contains("  + b (Activities): B\n"))
  }

  @Test func mistakes() {
    let world = TestEnvironment(files: [
      "a.toc": "titel: A\n[activiteiten]\na: A\n",
      "kapot.toc": "titel: A\n[activiteiten]\na: A\nkapot\n",
    ])
    #expect(world.run("diff", "a.toc") == .usage)
    #expect(world.errors.hasPrefix("toc diff: missing the new edition\n"))
    #expect(world.run("diff", "a.toc", "a.toc", "a.toc") == .usage)
    #expect(world.run("diff", "--format", "html", "a.toc", "a.toc") == .usage)
    #expect(world.run("diff", "a.toc", "weg.toc") == .environment)
    #expect(world.errors == "toc diff: cannot read `weg.toc`: no such file or folder\n")
    #expect(world.run("diff", "a.toc", "kapot.toc") == .failure)
    #expect(world.output.hasSuffix("\nno differences\n"))
    #expect(world.errors.contains("error[TOC102]"))
  }

  @Test(arguments: ["en", "nl"])
  func help(_ language: String) {
    let world = TestEnvironment(variables: ["LANG": language == "nl" ? "nl_NL.UTF-8" : "C"])
    #expect(world.run("diff", "--help") == .success)
    Golden.assert(world.output, matches: "help-diff.\(language).txt")
  }
}
