import Testing
import ToCCLI
import ToCTestSupport

/// `toc render`'s figure options: the style file beside a model, the page report with what
/// helps, and options that ask for no style.
@Suite struct FigureOptionTests {
  static func world(style: String? = nil, name: String = "toc-style") -> TestEnvironment {
    var files = ["scriptie/team.toc": RenderCommandTests.team, "/usr/bin/dot": ""]
    if let style { files["scriptie/" + name] = style }
    let world = TestEnvironment(files: files, variables: ["PATH": "/usr/bin", "LANG": "C"])
    // A Graphviz that lays the figure out at half its size: 20 × 5 inches.
    world.program = { _, arguments, _ in
      ProgramResult(
        launched: true, status: 0,
        output: Array((arguments == ["-Tplain"] ? "graph 0.5 20 5\nnode a\n" : "%PDF").utf8),
        errors: [])
    }
    return world
  }

  @Test func theStyleFileBesideTheModelIsUsedAndOptionsWin() {
    let world = Self.world(style: "# thesis\nfont: Times\ntheme: print\nlegend: no\n\n")
    #expect(world.run("render", "scriptie/team.toc") == .success)
    #expect(world.output.contains(#"fontname="Times""#))
    #expect(!world.output.contains("\"legend\""))
    #expect(!world.output.contains("#deebf7"))
    #expect(world.run("render", "--font", "Palatino", "scriptie/team.toc") == .success)
    #expect(world.output.contains(#"fontname="Palatino""#))
  }

  @Test func aDutchStyleFile() {
    let world = Self.world(
      style: "lettertype: Times\nlegenda: nee\ntitel: ja\nrichting: TB\n", name: "toc-stijl")
    #expect(world.run("render", "scriptie/team.toc") == .success)
    #expect(world.output.contains(#"fontname="Times""#))
    #expect(world.output.contains("rankdir=TB"))
    #expect(!world.output.contains("\"legend\""))
    #expect(world.output.contains("label=<<FONT"))
  }

  @Test(arguments: [
    ("fnt: Times\n", "scriptie/toc-style:1:1: unknown setting `fnt`; did you mean `font`?"),
    ("font: Times\nlegend maybe\n", "scriptie/toc-style:2:1: `legend maybe` is not a setting"),
    ("legend: sometimes\n", "scriptie/toc-style:1:1: `legend` is `yes` or `no`, not `sometimes`"),
    ("theme: blue\n", "`blue` is not a value of `--theme`"),
  ])
  func aStyleFileThatDoesNotReadIsAUsageError(_ style: String, _ message: String) {
    let world = Self.world(style: style)
    #expect(world.run("render", "scriptie/team.toc") == .usage)
    #expect(world.errors.contains(message), "\(world.errors)")
    #expect(world.output.isEmpty)
  }

  @Test(arguments: [
    ["--page", "a3"], ["--width", "wide"], ["--width", "0.5"], ["--wrap", "3"],
    ["--font-size", "100"], ["--theme", "blue"], ["--font", " "],
  ])
  func optionsThatAskForNoStyle(_ words: [String]) {
    let world = Self.world()
    #expect(world.run(["render"] + words + ["scriptie/team.toc"]) == .usage)
    #expect(world.errors.contains("is not a value of `\(words[0])`"), "\(world.errors)")
  }

  @Test func aPageScalesTheFigureAndTheReportSaysWhatHelps() {
    let world = Self.world()
    #expect(world.run("render", "--page", "a4-landscape", "scriptie/team.toc") == .success)
    #expect(world.output.contains(#"size="9.72,6.30", margin=0"#))
    #expect(world.output.contains("rankdir=LR"))
    #expect(
      world.errors
        == "toc render: printed at 50% (25.9 × 6.9 cm); the smallest text is 5.5 pt, below 7 pt and hard to read on paper. Try `--direction TB`, `--no-legend`.\n"
    )
    #expect(world.started.first == ["/usr/bin/dot", "-Tplain"])
  }

  @Test func aTallPageGetsRowsAndAWidthIsExact() {
    let world = Self.world()
    world.variables["LANG"] = "nl_NL.UTF-8"
    #expect(
      world.run("render", "-f", "pdf", "--page", "a4", "--no-legend", "scriptie/team.toc")
        == .success)
    #expect(world.started.map { $0.last } == ["-Tplain", "-Tpdf"])
    #expect(
      world.errors
        == "toc render: afgedrukt op 50% (25,9 × 6,9 cm); de kleinste tekst is 5,5 pt, onder 7 pt en slecht leesbaar op papier. Probeer `--page a4-landscape`.\n"
    )
    #expect(
      world.run("render", "--width", "12,5", "--direction", "LR", "scriptie/team.toc") == .success)
    #expect(world.output.contains(#"size="4.92,393.70!""#))
    #expect(world.output.contains("rankdir=LR"))
  }

  @Test func aReadableFigureIsReportedInOneLine() {
    let world = Self.world()
    world.program = { _, _, _ in
      ProgramResult(launched: true, status: 0, output: Array("graph 1 5 2\n".utf8), errors: [])
    }
    #expect(world.run("render", "--page", "a5", "scriptie/team.toc") == .success)
    #expect(
      world.errors
        == "toc render: printed at 100% (13.7 × 6.1 cm); the smallest text is 11.0 pt\n")
  }

  @Test func aModelFarTooLargeIsToldToBeDrawnInParts() {
    let world = Self.world()
    world.program = { _, _, _ in
      ProgramResult(launched: true, status: 0, output: Array("graph 0.2 60 30\n".utf8), errors: [])
    }
    #expect(world.run("render", "--page", "a4-landscape", "scriptie/team.toc") == .success)
    #expect(
      world.errors.hasSuffix(
        "the smallest text is 2.2 pt, below 7 pt: too much for one page. Draw each part on its own.\n"
      ), "\(world.errors)")
    world.variables["LANG"] = "nl_NL.UTF-8"
    #expect(world.run("render", "--page", "a4-landscape", "scriptie/team.toc") == .success)
    #expect(world.errors.contains("onder 7 pt: te veel voor één pagina. Teken elk deel apart."))
  }

  @Test func withoutGraphvizThereIsNoReportForDOT() {
    let world = Self.world()
    world.variables["PATH"] = "/nowhere"
    #expect(world.run("render", "--page", "a4", "scriptie/team.toc") == .success)
    #expect(world.errors.isEmpty)
    #expect(world.output.contains("size="))
  }
}

/// Mermaid to paste into GitHub or GitLab Markdown.
@Suite struct FencedMermaidTests {
  @Test func aFencedBlockHoldsTheFigure() {
    let world = TestEnvironment(files: ["team.toc": RenderCommandTests.team])
    #expect(world.run("render", "-f", "mermaid", "team.toc") == .success)
    let plain = world.output
    #expect(world.run("render", "-f", "mermaid", "--fenced", "team.toc") == .success)
    #expect(world.output == "```mermaid\n" + plain + "```\n")
    #expect(plain.contains("\nflowchart ") && plain.hasSuffix("\n"))
  }
}
