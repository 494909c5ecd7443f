import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The real Graphviz `dot`, when it is installed: renders DOT to SVG and reads the SVG back.
enum Graphviz {
  static let path: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  static var isInstalled: Bool { path != nil }

  /// What `dot -Tsvg` made of a graph.
  struct Result {
    var status: Int32
    var svg: Data
    var errors: String
  }

  static func svg(_ dot: String) throws -> Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "toc-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("figure.dot")
    let output = folder.appendingPathComponent("figure.svg")
    try Data(dot.utf8).write(to: input)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path!)
    process.arguments = ["-Tsvg", input.path, "-o", output.path]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, svg: (try? Data(contentsOf: output)) ?? Data(),
      errors: String(decoding: message, as: UTF8.self))
  }
}

/// An SVG drawn by Graphviz, parsed as XML: fails to load when it is not well-formed.
struct SVGFigure {
  var document: XMLDocument

  init(_ data: Data) throws {
    document = try XMLDocument(data: data, options: [])
  }

  func elements(_ xpath: String) throws -> [XMLElement] {
    try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
  }

  /// The Graphviz nodes: one per column, and the legend.
  func nodes() throws -> [XMLElement] { try elements("//*[local-name()='g'][@class='node']") }
  func edges() throws -> [XMLElement] { try elements("//*[local-name()='g'][@class='edge']") }

  /// The anchors of the boxes, whose ids the DOT sets to `node-ID` (Graphviz adds `a_`).
  func boxes() throws -> [XMLElement] {
    try elements("//*[local-name()='g'][starts-with(@id, 'a_node-')]")
  }

  /// Every line of text drawn, with its position.
  func texts() throws -> [(text: String, x: Double, y: Double)] {
    try elements("//*[local-name()='text']").map {
      (
        $0.stringValue ?? "", Double(Self.attribute("x", of: $0)) ?? .nan,
        Double(Self.attribute("y", of: $0)) ?? .nan
      )
    }
  }

  /// An attribute's value (`attribute(forName:)` finds none in FoundationXML on Linux).
  static func attribute(_ name: String, of element: XMLElement) -> String {
    element.attributes?.first { $0.name == name }?.stringValue ?? ""
  }

  /// The graph's `<title>`: the graph's name.
  func title() throws -> String? {
    try elements("/*[local-name()='svg']/*[local-name()='g']/*[local-name()='title']").first?
      .stringValue
  }
}
