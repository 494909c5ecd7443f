import Testing
import ToCCLI
import ToCTestSupport

/// `toc render`: DOT and Mermaid without anything installed, images through Graphviz, and what
/// happens when Graphviz is missing or fails.
@Suite struct RenderCommandTests {
  static let team = """
    titel: Taalcafé
    doel: Meer buurtbewoners spreken Nederlands.
    [middelen]
    vrijwilligers: Tien vrijwilligers -> les
    [activiteiten]
    les: Wekelijkse taalles -> deelnemers
    [resultaten]
    deelnemers: Twintig deelnemers volgen de les -> spreken
    [korte termijn]
    spreken: Deelnemers spreken beter Nederlands

    """

  static func world() -> TestEnvironment {
    TestEnvironment(
      files: ["team.toc": team, "kapot.toc": "[activiteiten]\na: A -> b\n", "/usr/bin/dot": ""],
      variables: ["PATH": "/usr/local/bin:/usr/bin"])
  }

  /// The world with a Graphviz that fails, saying `errors`.
  static func world(dotFailingWith errors: String) -> TestEnvironment {
    let world = world()
    world.program = { _, _, _ in
      ProgramResult(launched: true, status: 1, output: [], errors: Array(errors.utf8))
    }
    return world
  }

  @Test(arguments: [("dot", "render.dot"), ("mermaid", "render.mmd")])
  func textFormatsNeedNothingInstalled(_ format: String, _ golden: String) {
    let world = Self.world()
    #expect(world.run("render", "-f", format, "--highlight", "team.toc") == .success)
    Golden.assert(world.output, matches: golden)
    #expect(world.started.isEmpty)
  }

  @Test func imagesGoThroughGraphvizAndSVGGetsATitleAndDescription() {
    let world = Self.world()
    world.program = { _, _, _ in
      ProgramResult(
        launched: true, status: 0, output: Array("<svg width=\"10pt\">\n<g/></svg>\n".utf8),
        errors: [])
    }
    #expect(world.run("render", "-f", "svg", "-o", "team.svg", "team.toc") == .success)
    #expect(world.started == [["/usr/bin/dot", "-Tsvg"]])
    let svg = world.file("team.svg") ?? ""
    #expect(
      svg.hasPrefix(
        "<svg width=\"10pt\">\n<title>Taalcafé</title>\n<desc>Verandertheorie “Taalcafé”, van links naar rechts in 4 kolommen"
      ))
    #expect(svg.contains("Doel: Meer buurtbewoners spreken Nederlands.</desc>"))
    world.run("render", "-f", "png", "--dot", "/opt/graphviz/dot", "team.toc")
    #expect(world.started.last == ["/opt/graphviz/dot", "-Tpng"])
  }

  @Test func withoutGraphvizTheMessageSaysHowToInstallIt() {
    let world = Self.world()
    world.variables["PATH"] = "/usr/local/bin"
    #expect(world.run("render", "-f", "png", "team.toc") == .environment)
    #expect(
      world.errors.hasPrefix(
        "toc render: Graphviz is needed for svg, png and pdf, and `dot` is not on PATH."))
    #expect(world.errors.contains("sudo apt-get install graphviz"))
    #expect(world.errors.contains("brew install graphviz"))
    #expect(world.errors.contains("winget install graphviz"))
    #expect(world.output.isEmpty)
  }

  @Test func aFailingDotIsPassedOn() {
    let world = Self.world(dotFailingWith: "Error: <stdin>: syntax error in line 3\n")
    #expect(world.run("render", "-f", "pdf", "-o", "team.pdf", "team.toc") == .environment)
    #expect(
      world.errors
        == "toc render: Graphviz could not draw the figure: Error: <stdin>: syntax error in line 3\n"
    )
    #expect(world.file("team.pdf") == nil)
  }

  @Test func whatAFailingDotSaidLosesTheSpaceAroundIt() {
    let world = Self.world(
      dotFailingWith: " \t\u{A0}\u{200B}Error:  <stdin>\u{2028}\r\n\u{3000}\u{85}")
    #expect(world.run("render", "-f", "svg", "team.toc") == .environment)
    #expect(world.errors == "toc render: Graphviz could not draw the figure: Error:  <stdin>\n")
  }

  @Test func aModelWithErrorsIsDrawnOnlyWithForce() {
    let world = Self.world()
    #expect(world.run("render", "kapot.toc") == .failure)
    #expect(world.output.isEmpty)
    #expect(world.errors.contains("error[TOC111]: no node is called `b`"))
    #expect(
      world.errors.hasSuffix(
        "toc render: the model has errors and is not drawn; mend them, or draw what could be recovered with --force\n"
      ))
    #expect(world.run("render", "--force", "kapot.toc") == .failure)
    #expect(world.output.hasPrefix("digraph \"kapot\" {"))
  }

  @Test func optionsAreChecked() {
    let world = Self.world()
    #expect(world.run("render", "-f", "jpg", "team.toc") == .usage)
    #expect(world.run("render", "--direction", "RL", "team.toc") == .usage)
    #expect(world.run("render", "--lang", "de", "team.toc") == .usage)
    #expect(world.run("render", "--direction", "TB", "--lang", "en", "team.toc") == .success)
    #expect(world.output.contains("rankdir=TB"))
    #expect(world.output.contains("Short term"))
  }

  @Test(arguments: ["en", "nl"])
  func help(_ language: String) {
    let world = TestEnvironment(variables: ["LANG": language == "nl" ? "nl_NL.UTF-8" : "C"])
    #expect(world.run("render", "--help") == .success)
    Golden.assert(world.output, matches: "help-render.\(language).txt")
  }
}
