import Testing
import ToCCLI
import ToCTestSupport

/// `toc trace`: the mappings of an example, one direction, the figure, unknown ids and help.
@Suite struct TraceCommandTests {
  @Test(arguments: ["en", "nl"])
  func bothMappingsOfAProgrammeOutcome(_ language: String) {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(
      world.run("trace", "--lang", language, "Examples/programma-2021.toc", "zelfregie") == .success
    )
    Golden.assert(world.output, matches: "trace-zelfregie.\(language).txt")
    #expect(world.errors.isEmpty)
  }

  @Test func oneDirection() {
    let world = TestEnvironment(files: ExampleTests.files(), variables: ["LANG": "nl_NL.UTF-8"])
    #expect(
      world.run("trace", "--forward", "Examples/programma-2021.toc", "buurtmakers.interventies")
        == .success)
    #expect(world.output.hasPrefix("Voorwaarts: alles waar `buurtmakers.interventies` toe leidt\n"))
    #expect(!world.output.contains("Terugwaarts"))
    #expect(
      world.run("trace", "--backward", "Examples/buurtmakers-west.toc", "interventies") == .success)
    #expect(world.output.hasPrefix("Terugwaarts:") && !world.output.contains("Voorwaarts"))
  }

  @Test func figure() {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(
      world.run("trace", "--format", "dot", "Examples/buurtmakers-west.toc", "contact") == .success)
    Golden.assert(world.output, matches: "trace-contact.dot")
    #expect(
      world.run(
        "trace", "-f", "dot", "-o", "uit/trace.dot", "Examples/buurtmakers-west.toc", "contact")
        == .success)
    #expect(world.file("uit/trace.dot")?.hasPrefix("digraph") == true)
  }

  @Test func unknownIdsAreUsageErrorsWithASuggestion() {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(world.run("trace", "Examples/buurtmakers-west.toc", "cohesi") == .usage)
    #expect(
      world.errors
        == "toc trace: no node is called `cohesi`; did you mean `cohesie`?\nRun `toc trace --help` for usage.\n"
    )
    #expect(world.output.isEmpty)
    #expect(world.run("trace", "--lang", "nl", "Examples/programma-2021.toc", "groener") == .usage)
    #expect(
      world.errors.hasPrefix(
        "toc trace: geen knoop heet `groener`; bedoelde je `buurtmakers.groener`?\n"))
    #expect(world.run("trace", "Examples/programma-2021.toc", "ip.zelfregie") == .usage)
    #expect(world.errors.hasPrefix("toc trace: `ip.zelfregie` is an indicator, not a node\n"))
  }

  @Test func usage() {
    let world = TestEnvironment(files: ["m.toc": "[activiteiten]\na: A\n"])
    #expect(world.run("trace", "m.toc") == .usage)
    #expect(world.errors.hasPrefix("toc trace: missing a node id\n"))
    #expect(world.run("trace", "m.toc", "a", "b") == .usage)
    #expect(world.run("trace", "--format", "svg", "m.toc", "a") == .usage)
    #expect(world.run("trace", "weg.toc", "a") == .environment)
  }

  @Test func aModelWithErrorsIsStillTraced() {
    let world = TestEnvironment(files: [
      "m.toc": "[activiteiten]\na: A -> b\nkapot\n[resultaten]\nb: B\n"
    ])
    #expect(world.run("trace", "m.toc", "b") == .failure)
    #expect(world.output.contains("← a (Activities): A"))
    #expect(world.errors.contains("error[TOC102]"))
  }

  @Test(arguments: ["en", "nl"])
  func help(_ language: String) {
    let world = TestEnvironment(variables: ["LANG": language == "nl" ? "nl_NL.UTF-8" : "C"])
    #expect(world.run("trace", "--help") == .success)
    Golden.assert(world.output, matches: "help-trace.\(language).txt")
  }
}
