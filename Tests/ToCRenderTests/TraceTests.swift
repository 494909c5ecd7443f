import Testing
import ToCModel
import ToCParser
import ToCRender
import ToCTestSupport

/// Backward and forward mapping: the paths, the marks where they end, the cap, and deep models.
@Suite struct TraceTests {
  static let model = TraceTests.parse(
    """
    titel: Buurt
    [middelen]
    uren: Uren -> feest, les
    [activiteiten]
    feest: Straatfeest -> contact
    les: Taalles -> deelnemers
    [resultaten]
    deelnemers: Deelnemers
    los: Iets waar niets naartoe leidt -> contact
    [korte termijn]
    contact: Meer contact -> cohesie
    [middellange termijn]
    cohesie: Meer cohesie -> contact
    """)

  /// Parses one file in memory.
  static func parse(_ text: String, file: String = "m.toc", others: [String: String] = [:]) -> Model
  {
    let files = MemoryFiles(others.merging([file: text]) { a, _ in a })
    return Parser(reader: SourceReader { files.read($0) }).parse(Array(text.utf8), file: file).model
  }

  @Test func backwardAndForwardAreTreesOfPaths() throws {
    let trace = try #require(Trace.trace(Self.model, id: "contact"))
    let backward = try #require(trace.backward)
    #expect(
      backward.lines.map { "\($0.depth) \($0.id) \($0.end?.rawValue ?? "-")" } == [
        "0 contact -", "1 feest -", "2 uren leaf", "1 los leaf", "1 cohesie -", "2 contact cycle",
      ])
    #expect(backward.paths == 3)
    #expect(!backward.truncated)
    let forward = try #require(trace.forward)
    #expect(forward.lines.map(\.id) == ["contact", "cohesie", "contact"])
    #expect(forward.lines.last?.end == .cycle)
    #expect(trace.nodes == ["uren", "feest", "los", "contact", "cohesie"])
    #expect(
      trace.links.map { "\($0.from)>\($0.to)" } == [
        "uren>feest", "feest>contact", "los>contact", "contact>cohesie", "cohesie>contact",
      ])
  }

  @Test func oneDirectionOnly() throws {
    let trace = try #require(Trace.trace(Self.model, id: "les", backward: false))
    #expect(trace.backward == nil)
    #expect(trace.forward?.lines.map(\.id) == ["les", "deelnemers"])
    #expect(trace.nodes == ["les", "deelnemers"])
    #expect(Trace.trace(Self.model, id: "nergens") == nil)
  }

  @Test(arguments: [Language.en, .nl])
  func text(_ language: Language) throws {
    let trace = try #require(Trace.trace(Self.model, id: "contact"))
    Golden.assert(
      TraceText.render(trace, model: Self.model, language: language),
      matches: "trace-contact.\(language).txt")
    let lonely = try #require(Trace.trace(Self.model, id: "deelnemers", forward: true))
    Golden.assert(
      TraceText.render(lonely, model: Self.model, language: language),
      matches: "trace-deelnemers.\(language).txt")
  }

  /// Twenty layers of two nodes, each linked to both of the next: over a million paths.
  @Test func manyPathsAreCappedAndSaidSo() throws {
    var model = Model(file: "m.toc", title: "m")
    for layer in 0..<21 {
      for side in ["a", "b"] {
        let id = "\(side)\(layer)"
        model.nodes.append(
          Node(
            id: id, kind: layer == 0 ? .activity : .outcomeShort, label: .init(id, at: Self.range),
            range: Self.range))
        if layer > 0 {
          for from in ["a", "b"] {
            model.links.append(Link(from: "\(from)\(layer - 1)", to: id, range: Self.range))
          }
        }
      }
    }
    let trace = try #require(Trace.trace(model, id: "a20", forward: false, limit: 50))
    let tree = try #require(trace.backward)
    #expect(tree.paths == 50)
    #expect(tree.truncated)
    #expect(trace.nodes.count == 41)
    #expect(
      TraceText.render(trace, model: model, language: .en).hasSuffix(
        "only the first 50 paths are shown; there are more\n"))
  }

  /// A chain deeper than any call stack would allow.
  @Test func deepChainsNeedNoRecursion() throws {
    var model = Model(file: "m.toc", title: "m")
    let depth = 100_000
    for index in 0..<depth {
      model.nodes.append(
        Node(
          id: "n\(index)", kind: index == 0 ? .activity : .outcomeShort,
          label: .init("N", at: Self.range), range: Self.range))
      if index > 0 {
        model.links.append(Link(from: "n\(index - 1)", to: "n\(index)", range: Self.range))
      }
    }
    let trace = try #require(Trace.trace(model, id: "n\(depth - 1)", forward: false))
    #expect(trace.backward?.lines.count == depth)
    #expect(trace.backward?.paths == 1)
    #expect(trace.nodes.count == depth)
  }

  @Test func dotGreysWhatIsNotOnAPath() throws {
    let trace = try #require(Trace.trace(Self.model, id: "les"))
    let dot = TraceDOT.render(trace, model: Self.model)
    #expect(
      dot.contains(
        "\"les\" [label=\"Taalles\", color=\"#b45f06\", fillcolor=\"#fce5cd\", penwidth=3];"))
    #expect(dot.contains("\"uren\" -> \"les\" [color=\"#b45f06\", penwidth=2];"))
    #expect(dot.contains("\"uren\" -> \"feest\" [color=\"#d0d0d0\"];"))
    #expect(dot.contains("\"feest\" [label=\"Straatfeest\", color=\"#c0c0c0\""))
  }

  static let range = SourceRange(file: .first, line: 1, column: 1)
}
