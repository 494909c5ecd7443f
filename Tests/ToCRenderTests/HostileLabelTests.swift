import Foundation
import Testing
import ToCModel
import ToCRender

/// Labels written to break out of their strings add nothing to the DOT or Mermaid output: the
/// same statements come out as for harmless labels. (GraphvizTests also feeds them to `dot`.)
@Suite struct HostileLabelTests {
  static let options = RenderOptions(indicators: true, assumptions: true, descriptions: true)

  @Test func dotHasOnlyItsOwnStatements() {
    let model = DrawingFixtures.hostileModel
    let statements = DOTStatements(DOT.render(model, options: Self.options))
    #expect(statements.unclosed == false)
    // The graph's own braces, a node per column and the legend, the column order, the links.
    #expect(statements.braces == 1)
    // A turning point for each link within a column, whose arrow is two edges.
    let within = GraphvizTests.withinColumn(model)
    #expect(
      statements.nodes
        == ["\"activity\"", "\"outcome-short\"", "\"legend\""]
        + (0..<within).map { "\"turn-\($0)\"" })
    #expect(statements.edges == model.links.count + within + 2)
    #expect(statements.keywords == ["digraph", "graph", "node", "edge"])
  }

  @Test func dotLabelsHoldOnlyTheirOwnTags() throws {
    let dot = DOT.render(DrawingFixtures.hostileModel, options: Self.options)
    let tag = try Regex(#"^</?(TABLE|TR|TD|FONT|B|I|BR)( [A-Z-]+="[^"<>]*")*/?>$"#)
    for label in DOTStatements(dot).htmlLabels {
      for match in label.matches(of: /<[^<>]*>/) {
        #expect(String(match.output).wholeMatch(of: tag) != nil, "unexpected tag \(match.output)")
      }
      #expect(!label.replacing(/<[^<>]*>/, with: "").contains(where: { "<>\"".contains($0) }))
    }
  }

  @Test func dotEscapesBackslashesGraphvizWouldExpand() {
    let dot = DOT.render(DrawingFixtures.hostileModel, options: Self.options)
    // `\N` would become the node's name, `\G` the graph's: backslashes are doubled in labels.
    #expect(dot.contains(#"\\N \\"#))
    #expect(!dot.contains(#" \N "#))
  }

  @Test func mermaidLinesAreAllOurs() throws {
    let model = DrawingFixtures.hostileModel
    let mermaid = Mermaid.render(model, options: Self.options)
    let label = #""[^"]*""#
    let patterns = try [
      #"---"#, #"title: "([^"\\]|\\.)*""#, #"flowchart (LR|TB)"#, #"  accTitle: [^\n]*"#,
      #"  accDescr: [^\n]*"#,
      #" *subgraph (c|g|f)\d+\[\#(label)\]"#, #"  subgraph legend\[\#(label)\]"#,
      #" *direction (TB|LR)"#, #" *end"#,
      #" *n\d+(\[\#(label)\]|\(\#(label)\)|\{\{\#(label)\}\})"#, #" *i\d+>\#(label)\]"#,
      #" *n\d+ -\.- i\d+"#,
      #"  n\d+ -->(\|\#(label)\| | )n\d+"#, #"    l\d+\[\#(label)\]"#,
      #"  classDef [a-zA-Z]+ [a-z:#0-9,\- ]+"#, #"  class [a-z0-9,]+ [a-zA-Z]+"#,
    ].map { try Regex("^" + $0 + "$") }
    for line in mermaid.split(separator: "\n") {
      #expect(patterns.contains { line.wholeMatch(of: $0) != nil }, "unexpected line: \(line)")
    }
    #expect(
      mermaid.split(separator: "\n").filter { $0.contains(" --> ") || $0.contains(" -->|") }.count
        == model.links.count)
    #expect(!mermaid.contains("%%"))
  }

  @Test func mermaidLabelsHoldOnlyEntitiesAndTheirOwnTags() {
    let mermaid = Mermaid.render(DrawingFixtures.hostileModel, options: Self.options)
    for line in mermaid.split(separator: "\n")
    where !line.hasPrefix("title:") && !line.contains("acc") {
      for match in line.matches(of: /"([^"]*)"/) {
        let text = String(match.output.1)
          .replacing(/<\/?(br\/|small|i)>/, with: "")
          .replacing(/#\d+;/, with: "")
        #expect(!text.contains(where: { "#;[]{}<>|`\\%&*~^$".contains($0) }), "unescaped: \(text)")
      }
    }
  }

  @Test func sameModelSameBytes() {
    let options = RenderOptions(
      language: .nl, indicators: true, assumptions: true, descriptions: true)
    for text in [DrawingFixtures.team, DrawingFixtures.hostile] {
      let first = DrawingFixtures.parse(text)
      let second = DrawingFixtures.parse(text)
      #expect(DOT.render(first, options: options) == DOT.render(second, options: options))
      #expect(Mermaid.render(first, options: options) == Mermaid.render(second, options: options))
    }
  }
}

/// The statements of a DOT graph as Graphviz's lexer sees them: strings and HTML-like labels are
/// skipped whole, so what is counted outside them is what the graph really contains.
struct DOTStatements {
  var braces = 0
  var edges = 0
  var nodes: [String] = []
  var keywords: [String] = []
  var htmlLabels: [String] = []
  var unclosed = false

  init(_ dot: String) {
    var characters = Array(dot)[...]
    var depth = 0
    var lastToken = ""
    var inAttributes = false
    var inEdge = false
    while let character = characters.popFirst() {
      switch character {
      case "\"":
        var string = "\""
        while let next = characters.popFirst() {
          string.append(next)
          if next == "\\", let escaped = characters.popFirst() {
            string.append(escaped)
          } else if next == "\"" {
            break
          }
        }
        if !string.hasSuffix("\"") || string.count < 2 { unclosed = true }
        lastToken = string
      case "<":
        var nesting = 1
        var label = ""
        while nesting > 0, let next = characters.popFirst() {
          nesting += next == "<" ? 1 : next == ">" ? -1 : 0
          if nesting > 0 { label.append(next) }
        }
        if nesting > 0 { unclosed = true }
        htmlLabels.append(label)
      case "{": braces += depth == 0 ? 1 : 0; depth += 1
      case "}": depth -= 1
      case "[":
        if !inAttributes, !inEdge, lastToken.hasPrefix("\"") { nodes.append(lastToken) }
        inAttributes = true
      case "]": inAttributes = false
      case "-" where characters.first == ">":
        characters.removeFirst()
        if !inAttributes { edges += 1; inEdge = true }
        lastToken = "->"
      case ";" where !inAttributes:
        lastToken = ""
        inEdge = false
      case let letter where letter.isLetter:
        var word = String(letter)
        while let next = characters.first, next.isLetter || next == "_" {
          word.append(characters.removeFirst())
        }
        if !inAttributes, ["digraph", "graph", "node", "edge", "subgraph", "strict"].contains(word)
        {
          keywords.append(word)
        }
        lastToken = word
      default: break
      }
    }
    if depth != 0 { unclosed = true }
  }
}
