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
  static func layout() throws -> FigureLayout {
    let dot = DOT.layoutText(DrawingFixtures.teamModel, options: options)
    Golden.assert(dot, matches: "layout/team.dot")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1", let path = Graphviz.path {
      for format in ["json", "cmapx"] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
          "-T\(format)", folder.appendingPathComponent("team.dot").path, "-o",
          folder.appendingPathComponent("team.\(format)").path,
        ]
        try process.run()
        process.waitUntilExit()
      }
    }
    let json = try Data(contentsOf: folder.appendingPathComponent("team.json"))
    let map = try Data(contentsOf: folder.appendingPathComponent("team.cmapx"))
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

  @Test func aStandaloneDocumentOnAnA4Page() throws {
    var options = Self.options
    options.style.size = PrintSize.page("a4")
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
    let picture = TikZ.render(model, options: RenderOptions(), layout: layout)
    let labels = picture.split(separator: "\n").filter { $0.hasPrefix("\\node[toc box") }
    #expect(labels.count == model.nodes.count)
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
