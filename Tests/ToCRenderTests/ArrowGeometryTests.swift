import Foundation
import Testing
import ToCModel
import ToCParser
import ToCTestSupport

@testable import ToCRender

/// Arrows never mislead, checked on the layout the real Graphviz computes: no arrow passes
/// through a box it does not start or end at, an arrow within a column stays in that column's
/// lane (between its neighbours), and every arrowhead enters its box from the side a reader
/// expects: forward and within-column arrows from the incoming side, backward ones from the far side.
@Suite(.enabled(if: Graphviz.isInstalled, "Graphviz `dot` is not installed"))
struct ArrowGeometryTests {
  /// How many generated models `generatedModels` draws: `TOC_FIGURE_MODELS` (CI sets 1000).
  static let generatedCount =
    Int(
      ProcessInfo.processInfo.environment["TOC_FIGURE_MODELS"] ?? "") ?? 30

  static func examples() -> [String] {
    let folder = Golden.repositoryRoot().appendingPathComponent("Examples")
    let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }
    return (paths ?? []).filter { $0.hasSuffix(".toc") }.sorted()
  }

  static func example(_ path: String) -> Model {
    let root = Golden.repositoryRoot().appendingPathComponent("Examples")
    let reader = SourceReader {
      FileManager.default.contents(atPath: root.appendingPathComponent($0).path).map { Array($0) }
    }
    return Parser(reader: reader).parse(reader.read(path) ?? [], file: path).model
  }

  /// The figures drawn of each example: plain both ways, with everything, and made to fit an A4
  /// page either way (labels wrapped at 16 characters, as `--page` does).
  static let variants: [(direction: LayoutDirection, everything: Bool, page: Page?)] = [
    (.leftToRight, false, nil), (.topToBottom, false, nil), (.leftToRight, true, nil),
    (.leftToRight, false, .a4Landscape), (.topToBottom, true, .a4),
  ]

  @Test func everyExampleIsDrawn() {
    #expect(Self.examples().count >= 10)
  }

  @Test(arguments: examples(), variants.indices)
  func examplesHaveNoMisleadingArrow(path: String, variant: Int) throws {
    let model = Self.example(path)
    let (direction, everything, page) = Self.variants[variant]
    var options = RenderOptions(language: model.language, direction: direction)
    if let page {
      options.style.size = PrintSize(page: page)
      options.style.wrap = 16
    }
    options.indicators = everything
    options.assumptions = everything
    options.descriptions = everything
    let faults = try Self.faults(model, options: options)
    #expect(faults.isEmpty, "\(path) \(direction): \(faults.joined(separator: "; "))")
  }

  @Test func generatedModelsHaveNoMisleadingArrow() throws {
    var drawn = 0
    var within = 0
    for seed in 0..<UInt64(Self.generatedCount) {
      let text = TeamModels.text(seed: seed)
      let model = DrawingFixtures.parse(text, file: "team-\(seed).toc")
      let direction: LayoutDirection = seed % 4 == 3 ? .topToBottom : .leftToRight
      var options = RenderOptions(
        direction: direction, indicators: seed % 3 == 0, descriptions: seed % 5 == 0)
      // Every other one wrapped narrow, as made to fit a page.
      if seed % 2 == 1 { options.style.wrap = 16 }
      let faults = try Self.faults(model, options: options)
      #expect(faults.isEmpty, "seed \(seed):\n\(text)\n\(faults.joined(separator: "\n"))")
      if !faults.isEmpty { return }
      drawn += 1
      within += Figure(model: model, options: options).arrows.filter { $0.step == .within }.count
    }
    #expect(drawn == Self.generatedCount)
    // The generated models do exercise the arrows at risk.
    #expect(within > Self.generatedCount / 4)
  }

  @Test func aBoxInTheWayIsFound() throws {
    // A self-loop on a column's cells, out of and into their left side: Graphviz bends it
    // through the column before, the way within-column arrows once were drawn.
    let dot = """
      digraph g { rankdir=LR; ranksep=0.3; node [shape=plaintext];
      p [label=<<TABLE><TR><TD PORT="n3" ID="node-w" HREF="#">w w w w w w</TD></TR>\
      <TR><TD PORT="n4" ID="node-v" HREF="#">v v v v v v v v</TD></TR></TABLE>>];
      a [label=<<TABLE><TR><TD PORT="n0" ID="node-x" HREF="#">x</TD></TR>\
      <TR><TD PORT="n1" ID="node-y" HREF="#">y</TD></TR>\
      <TR><TD PORT="n2" ID="node-z" HREF="#">z</TD></TR></TABLE>>];
      p -> a; a:n0:w -> a:n2:w; }
      """
    let geometry = try FigureGeometry(dot: dot)
    let loop = try #require(geometry.edges.first { $0.tailPort == "n0:w" })
    let crossed = geometry.boxes.filter { id, box in loop.points.contains { box.contains($0) } }
    #expect(Set(crossed.keys).isSubset(of: ["w", "v", "y"]))
    #expect(!crossed.keys.filter { $0 != "y" }.isEmpty)
  }

  /// What misleads in the figure of `model`: each fault in a sentence.
  static func faults(_ model: Model, options: RenderOptions) throws -> [String] {
    let figure = Figure(model: model, options: options)
    let dot = DOT.render(model, options: options)
    let geometry = try FigureGeometry(dot: dot)
    let stacked = options.direction == .leftToRight
    func box(_ port: String) -> String? {
      guard port.hasPrefix("n"), let index = Int(port.dropFirst().prefix { $0 != ":" }),
        model.nodes.indices.contains(index)
      else { return nil }
      return model.nodes[index].id
    }
    var faults: [String] = []
    let drawnBoxes = figure.columns.flatMap { $0.blocks.flatMap(\.boxes) }.count
    if geometry.boxes.count != Set(model.nodes.map(\.id)).count || drawnBoxes != model.nodes.count {
      faults.append("\(geometry.boxes.count) boxes found, \(drawnBoxes) drawn")
    }
    let order = figure.columns.map(\.kind.rawValue)
    for edge in geometry.edges {
      let turn = edge.tail.hasPrefix("turn-")
      var own = Set([box(edge.tailPort), box(edge.headPort)].compactMap { $0 })
      if turn {
        for other in geometry.edges where other.tail == edge.tail {
          own.formUnion([box(other.headPort)].compactMap { $0 })
        }
      }
      let name = "\(edge.tail):\(edge.tailPort) -> \(edge.head):\(edge.headPort)"
      for (id, rect) in geometry.boxes where !own.contains(id) {
        // The cell is 2 pt larger than the box drawn in it: through means 1 pt inside its border.
        if edge.points.contains(where: { rect.contains($0, margin: 3) }) {
          faults.append("\(name) passes through box \(id)")
        }
      }
      guard turn, let column = order.firstIndex(of: edge.head) else { continue }
      // The lane of a column: from the previous column's far side to the next one's near side.
      let previous = column > 0 ? geometry.nodes[order[column - 1]] : nil
      let next = column + 1 < order.count ? geometry.nodes[order[column + 1]] : nil
      let outside = edge.points.contains { point in
        stacked
          ? point.x <= (previous?.maxX ?? -.infinity) || point.x >= (next?.minX ?? .infinity)
          : point.y >= (previous?.minY ?? .infinity) || point.y <= (next?.maxY ?? -.infinity)
      }
      if outside { faults.append("\(name) leaves its column's lane") }
    }
    faults += entries(geometry, figure: figure, box: box, stacked: stacked)
    return faults
  }

  /// Arrowheads that enter a box from a side that misleads.
  static func entries(
    _ geometry: FigureGeometry, figure: Figure, box: (String) -> String?, stacked: Bool
  ) -> [String] {
    var faults: [String] = []
    let backward = Set(
      figure.arrows.filter { $0.step == .backward }.map { "n\($0.from)>n\($0.to)" })
    for edge in geometry.edges
    where edge.headPort.hasSuffix(":w") || edge.headPort.hasSuffix(":n")
      || edge.headPort.hasSuffix(":e") || edge.headPort.hasSuffix(":s")
    {
      guard let id = box(edge.headPort), let rect = geometry.boxes[id],
        let tip = edge.points.last
      else { continue }
      let from = edge.tailPort.prefix { $0 != ":" }
      let to = edge.headPort.prefix { $0 != ":" }
      let back = backward.contains("\(from)>\(to)")
      // The incoming side: left in a figure read left to right, top in one read downwards.
      let near =
        stacked
        ? abs(tip.x - (back ? rect.maxX : rect.minX)) <= 4
        : abs(tip.y - (back ? rect.minY : rect.maxY)) <= 4
      if !near {
        faults.append("the arrow into \(id) does not enter from the \(back ? "far" : "near") side")
      }
    }
    return faults
  }
}
