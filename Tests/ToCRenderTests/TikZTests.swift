import Foundation
import Testing
import ToCModel
import ToCRender
import ToCTestSupport

/// The TikZ picture on a layout Graphviz made once and kept beside the goldens (made again with
/// `RECORD_GOLDEN=1` when the DOT changed), and what LaTeX must never see raw.
@Suite struct TikZTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/layout")
  static let options = RenderOptions(
    language: .nl, assumptions: true,
    findings: DrawingFixtures.findings(in: DrawingFixtures.teamModel))

  /// The kept layout of the team figure: `dot -Tjson` and `dot -Tcmapx` of `team.dot`.
  static func layout(_ options: RenderOptions = options, name: String = "team") throws
    -> FigureLayout
  {
    let dot = DOT.layoutText(DrawingFixtures.teamModel, options: options)
    Golden.assert(dot, matches: "layout/\(name).dot")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1", let path = Graphviz.path {
      for format in ["json", "cmapx"] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
          "-T\(format)", folder.appendingPathComponent("\(name).dot").path, "-o",
          folder.appendingPathComponent("\(name).\(format)").path,
        ]
        try process.run()
        process.waitUntilExit()
      }
    }
    let json = try Data(contentsOf: folder.appendingPathComponent("\(name).json"))
    let map = try Data(contentsOf: folder.appendingPathComponent("\(name).cmapx"))
    return try #require(FigureLayout(json: Array(json), map: Array(map)))
  }

  @Test func pictureOnGraphvizLayout() throws {
    let picture = TikZ.render(
      DrawingFixtures.teamModel, options: Self.options, layout: try Self.layout())
    Golden.assert(picture, matches: "tikz-team.tex")
    // Every box is placed, in its kind's style.
    for node in DrawingFixtures.teamModel.nodes {
      #expect(
        picture.contains(
          "(n\(DrawingFixtures.teamModel.nodes.firstIndex { $0.id == node.id }!)) at ("))
    }
    #expect(picture.contains("fit=(n0)(n2)"))
  }

  /// With `--indicators --descriptions`, as `toc render` draws them: each description smaller
  /// in its box, each indicator in a dotted note under its box, and the note in the legend.
  @Test func indicatorNotesAndDescriptions() throws {
    var options = Self.options
    options.indicators = true
    options.descriptions = true
    let picture = TikZ.render(
      DrawingFixtures.teamModel, options: options,
      layout: try Self.layout(options, name: "team-rich"))
    Golden.assert(picture, matches: "tikz-team-rich.tex")
    let model = DrawingFixtures.teamModel
    let notes = picture.split(separator: "\n").filter { $0.hasPrefix("\\node[toc note, anchor") }
    let expected = model.nodes.map { node in Set(node.indicators.map(\.value)).count }
    #expect(notes.count == expected.reduce(0, +) && notes.count > 0)
    for note in notes { #expect(note.contains("\\textit{")) }
    #expect(picture.contains("\\\\[1pt]\\scriptsize "))
    #expect(picture.contains("\\tikz\\node[toc note, minimum width=18pt"))
    #expect(
      !TikZ.render(model, options: Self.options, layout: try Self.layout()).contains("toc note,"))
  }

  /// pdflatex cannot load a system font by name: a chosen font is named on standard error.
  @Test func aChosenFontIsSaidToBeTheDocuments() throws {
    #expect(TikZ.fontNote(FigureStyle(), standalone: true) == nil)
    let times = try #require(TikZ.fontNote(FigureStyle(font: "Times"), standalone: true))
    #expect(times.en.contains("Times") && times.en.contains("Latin Modern"))
    #expect(times.nl.contains("Times") && times.nl.contains("Latin Modern"))
    let inThesis = try #require(TikZ.fontNote(FigureStyle(font: "Palatino"), standalone: false))
    #expect(
      inThesis.nl
        == "het lettertype Palatino wordt in TikZ niet gebruikt: de figuur neemt het lettertype over van het LaTeX-document waarin ze staat"
    )
  }

  @Test func aStandaloneDocumentOnAnA4Page() throws {
    var options = Self.options
    options.style.size = PrintSize(page: .a4)
    options.style.legend = false
    let document = TikZ.render(
      DrawingFixtures.teamModel, options: options, layout: try Self.layout(), standalone: true)
    #expect(document.hasPrefix("\\documentclass{article}\n\\usepackage[paperwidth="))
    #expect(document.contains("every node/.style={transform shape}"))
    #expect(document.hasSuffix("\\end{tikzpicture}\n\\end{document}\n"))
    #expect(!document.contains("Legenda"))
  }

  @Test func layoutsThatDoNotReadGiveNone() {
    #expect(FigureLayout(json: Array("{\"bb\": 3".utf8), map: []) == nil)
    #expect(FigureLayout(json: Array("[1, 2]".utf8), map: []) == nil)
    #expect(FigureLayout(json: Array("{\"bb\": \"0,0,10,10\"}".utf8), map: []) != nil)
  }

  @Test func hostileLabelsRunNoCommand() throws {
    let model = DrawingFixtures.hostileModel
    let layout = try #require(
      FigureLayout(
        json: Array("{\"bb\": \"0,0,100,100\"}".utf8),
        map: Array(
          model.nodes.map {
            "<area shape=\"rect\" id=\"node-\($0.id)\" href=\"#\" coords=\"0,0,50,20\"/>"
          }.joined(separator: "\n").utf8)))
    var rich = RenderOptions()
    (rich.descriptions, rich.indicators) = (true, true)
    let picture =
      TikZ.render(model, options: RenderOptions(), layout: layout)
      + TikZ.render(model, options: rich, layout: layout)
      .replacing("\\\\[1pt]\\scriptsize ", with: "\\\\ ")
    let labels = picture.split(separator: "\n").filter { $0.hasPrefix("\\node[toc box") }
    #expect(labels.count == 2 * model.nodes.count)
    #expect(picture.contains("\\textless{}b\\textgreater{}"))
    let escapes = try Regex(
      #"\\(textbackslash|textasciicircum|textasciitilde|textless|textgreater|textbar|textquotedbl|textrightarrow)\{\}|\\[{}$&#_%]|\\\\ "#
    )
    for line in labels {
      // Within a label's braces: no command of its own, no unescaped brace, dollar or hash.
      let text = line.drop { $0 != "{" }.dropFirst().dropLast(2)
      let unescaped = text.replacing(escapes, with: "")
      #expect(!unescaped.contains(where: { "\\{}$#&_%^~".contains($0) }), "\(line)")
    }
  }
}
