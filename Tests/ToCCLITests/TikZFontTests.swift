import Testing
import ToCCLI
import ToCTestSupport

/// `toc render -f tikz` with a chosen font: pdflatex cannot load it by name, so toc says the
/// picture takes the document's font, and says nothing when no font was chosen.
@Suite struct TikZFontTests {
  static func world(style: String? = nil, lang: String = "C") -> TestEnvironment {
    var files = ["scriptie/team.toc": RenderCommandTests.team, "/usr/bin/dot": ""]
    if let style { files["scriptie/toc-style"] = style }
    let world = TestEnvironment(files: files, variables: ["PATH": "/usr/bin", "LANG": lang])
    // A Graphviz whose layout is an empty page of 100 × 100 points.
    world.program = { _, arguments, _ in
      ProgramResult(
        launched: true, status: 0,
        output: Array((arguments == ["-Tjson"] ? #"{"bb": "0,0,100,100"}"# : "").utf8),
        errors: [])
    }
    return world
  }

  @Test func aChosenFontIsSaidToBeLaTeXs() {
    let world = Self.world()
    #expect(
      world.run("render", "-f", "tikz", "--standalone", "--font", "Times", "scriptie/team.toc")
        == .success)
    #expect(world.output.contains("\\begin{tikzpicture}"))
    #expect(
      world.errors
        == "toc render: the font Times is not used in TikZ: the text is set by LaTeX in Latin "
        + "Modern; in your own document, the picture takes the document's font", "\(world.errors)"
    )
  }

  @Test func aStyleFilesFontIsSaidInDutch() {
    let world = Self.world(style: "lettertype: Palatino\n", lang: "nl_NL.UTF-8")
    #expect(world.run("render", "-f", "tikz", "scriptie/team.toc") == .success)
    #expect(
      world.errors.contains(
        "het lettertype Palatino wordt in TikZ niet gebruikt: de figuur neemt het lettertype over"),
      "\(world.errors)")
  }

  @Test func noFontChosenNothingSaid() {
    let world = Self.world()
    #expect(world.run("render", "-f", "tikz", "scriptie/team.toc") == .success)
    #expect(world.output.contains("\\begin{tikzpicture}"))
    #expect(world.errors.isEmpty, "\(world.errors)")
  }
}
