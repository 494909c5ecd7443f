import Foundation
import Testing
import ToCModel
import ToCParser
import ToCRender
import ToCTestSupport

/// The DOT output through the real Graphviz: it parses without a complaint, the SVG is
/// well-formed, every box and arrow is drawn once and nothing else is, and columns hold their
/// boxes in source order.
@Suite(.enabled(if: Graphviz.isInstalled, "Graphviz `dot` is not installed"))
struct GraphvizTests {
  static let options: [RenderOptions] = [
    RenderOptions(),
    RenderOptions(
      language: .nl, direction: .topToBottom, indicators: true, assumptions: true,
      descriptions: true),
    RenderOptions(indicators: true, assumptions: true, descriptions: true),
  ]

  @Test(arguments: ["team", "programme", "hostile", "empty"], options.indices)
  func drawsEveryBoxAndArrowOnce(fixture: String, option: Int) throws {
    let model =
      switch fixture {
      case "team": DrawingFixtures.teamModel
      case "programme": DrawingFixtures.programmeModel
      case "empty": DrawingFixtures.parse("titel: Leeg\n")
      default: DrawingFixtures.hostileModel
      }
    var options = Self.options[option]
    if fixture == "team" { options.findings = DrawingFixtures.findings(in: model) }
    try expectDrawn(model, options: options)
  }

  @Test func columnsKeepTheirBoxesInSourceOrder() throws {
    let columns = [
      ["Manuren van teamleden", "(financiële) middelen voor", "Netwerken in de buurt en"],
      ["Beleving in kaart brengen", "Netwerken samenbrengen", "Acties om leefklimaat te"],
      ["Aantal interventies voor een", "Aantal (betaalde) mensen"],
      ["De buitenruimte is groener", "Meer mensen komen in contact"],
      ["Meer sociale cohesie"], ["Een veerkrachtige wijk"],
    ]
    for direction in LayoutDirection.allCases {
      let options = RenderOptions(direction: direction, indicators: true, descriptions: true)
      let result = try Graphviz.svg(DOT.render(DrawingFixtures.teamModel, options: options))
      let texts = try SVGFigure(result.svg).texts()
      func place(_ line: String) throws -> (along: Double, across: Double) {
        let text = try #require(texts.first { $0.text == line }, "no text \(line)")
        return direction == .leftToRight ? (text.x, text.y) : (text.y, text.x)
      }
      var previous = -Double.infinity
      for column in columns {
        let places = try column.map(place)
        // One column: the same place along the figure, boxes one after the other across it.
        #expect(places.allSatisfy { $0.along > previous }, "\(direction): \(column)")
        #expect(places.map(\.across) == places.map(\.across).sorted(), "\(direction): \(column)")
        previous = places.map(\.along).max()!
      }
    }
  }

  @Test func everyExampleDraws() throws {
    let root = Golden.repositoryRoot().appendingPathComponent("Examples")
    let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".toc") }.sorted()
    #expect(!files.isEmpty)
    for file in files {
      let path = root.appendingPathComponent(file).path
      let model = DrawingFixtures.parseFile(at: path)
      try expectDrawn(
        model,
        options: RenderOptions(
          language: model.language, indicators: true, assumptions: true, descriptions: true))
    }
  }

  @Test func everyConformanceModelWithoutErrorsDraws() throws {
    let cases = Conformance.cases
    let names = try Conformance.names()
    #expect(names.count >= 30)
    var drawn = 0
    for name in names {
      let folder = cases.appendingPathComponent(name).path
      let reader = SourceReader {
        FileManager.default.contents(atPath: folder + "/" + $0).map { Array($0) }
      }
      guard let bytes = reader.read("main.toc") else { continue }
      let parsed = Parser(reader: reader).parse(bytes, file: "main.toc")
      guard !parsed.diagnostics.contains(where: { $0.severity == .error }) else { continue }
      try expectDrawn(
        parsed.model,
        options: RenderOptions(language: parsed.model.language, indicators: true, assumptions: true)
      )
      drawn += 1
    }
    #expect(drawn >= 15)
  }

  func expectDrawn(
    _ model: Model, options: RenderOptions, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let dot = DOT.render(model, options: options)
    let result = try Graphviz.svg(dot)
    #expect(result.status == 0, "dot failed: \(result.errors)", sourceLocation: sourceLocation)
    #expect(
      result.errors.isEmpty, "dot complained: \(result.errors)", sourceLocation: sourceLocation)
    let svg = try SVGFigure(result.svg)
    let columns = Set(model.nodes.map(\.kind)).count
    let legend = model.nodes.isEmpty ? 0 : 1
    #expect(try svg.nodes().count == columns + legend, sourceLocation: sourceLocation)
    #expect(try svg.boxes().count == model.nodes.count, sourceLocation: sourceLocation)
    // An arrow within a column is two edges, in and out of its turning point beside the column.
    #expect(
      try svg.edges().count == model.links.count + Self.withinColumn(model),
      sourceLocation: sourceLocation)
    #expect(try svg.title() == model.title, sourceLocation: sourceLocation)
    let drawn = Set(try svg.texts().map(\.text))
    for node in model.nodes {
      for line in Wrapping.wrap(node.label.value) {
        #expect(drawn.contains(line), "\(node.id): no text \(line)", sourceLocation: sourceLocation)
      }
    }
  }

  /// The links between two nodes of one column.
  static func withinColumn(_ model: Model) -> Int {
    var kinds: [String: Kind] = [:]
    for node in model.nodes where kinds[node.id] == nil { kinds[node.id] = node.kind }
    return model.links.filter { link in
      kinds[link.from].map { $0 == kinds[link.to] } ?? false
    }.count
  }
}
