import ToCModel
import ToCParser

extension LanguageServer {
  /// `textDocument/documentSymbol`: an outline by column, then the indicators.
  mutating func documentSymbols(_ params: JSON) throws -> JSON {
    let document = try document(params)
    let analysis = analysis(document.uri)
    let language = analysis.language
    let own = analysis.model.nodes.filter { $0.namespace.isEmpty }
    var outline: [JSON] = []
    for kind in Kind.allCases {
      let nodes = own.filter { $0.kind == kind }
      guard let first = nodes.first else { continue }
      let children = nodes.map {
        symbol($0.id, $0.label.value, kind: 13, at: $0.range, document, analysis)
      }
      outline.append(
        group(
          kind.title(in: language), kind: 3, children, first: first.range, last: nodes.last!.range,
          document))
    }
    let indicators = analysis.model.indicators.filter { $0.namespace.isEmpty }
    if let first = indicators.first {
      let children = indicators.map {
        symbol($0.id, $0.label.value, kind: 16, at: $0.range, document, analysis)
      }
      outline.append(
        group(
          language == .nl ? "Indicatoren" : "Indicators", kind: 3, children, first: first.range,
          last: indicators.last!.range, document))
    }
    return .array(outline)
  }

  func symbol(
    _ id: String, _ label: String, kind: Int, at range: SourceRange, _ document: Document,
    _ analysis: Analysis
  ) -> JSON {
    let selection = document.range(of: range, encoding: encoding)
    var whole = selection
    if let statement = analysis.syntax.statements.first(where: { $0.line == range.line - 1 }) {
      whole = (
        Position(line: statement.line, character: 0),
        Position(
          line: statement.lastLine,
          character: document.units(
            document.scalars(ofLine: statement.lastLine), upTo: .max, encoding))
      )
    }
    return .object([
      ("name", .string(id)), ("detail", .string(label)), ("kind", .number(Double(kind))),
      ("range", Self.json(whole)), ("selectionRange", Self.json(selection)),
    ])
  }

  func group(
    _ name: String, kind: Int, _ children: [JSON], first: SourceRange, last: SourceRange,
    _ document: Document
  ) -> JSON {
    let start = document.range(of: first, encoding: encoding)
    let end = document.range(of: last, encoding: encoding)
    return .object([
      ("name", .string(name)), ("kind", .number(Double(kind))),
      ("range", Self.json((Position(line: start.0.line, character: 0), end.1))),
      ("selectionRange", Self.json(start)), ("children", .array(children)),
    ])
  }

  /// `workspace/symbol`: the nodes and indicators of every open file, and of every `.toc` file of
  /// the workspace folders, whose id or label holds the query (ignoring case).
  mutating func workspaceSymbols(_ params: JSON) throws -> JSON {
    let query = (params["query"]?.string ?? "").lowercased()
    var found: [JSON] = []
    for uri in documents.keys.sorted() {
      found += symbols(of: analysis(uri).model, in: documents[uri]!, matching: query)
    }
    let parser = Parser(reader: reader)
    for path in closedWorkspaceFiles() {
      guard let bytes = readFile(path) else { continue }
      let document = Self.fileDocument(at: path, bytes: bytes)
      // A file whose text does not hold the query has no symbol that does: it is not parsed.
      guard query.isEmpty || String(decoding: bytes, as: UTF8.self).lowercased().contains(query)
      else { continue }
      found += symbols(of: parser.parse(bytes, file: path).model, in: document, matching: query)
    }
    return .array(found)
  }

  /// The file's own nodes and indicators (not those it includes) whose id or label holds `query`.
  func symbols(of model: Model, in document: Document, matching query: String) -> [JSON] {
    let entities =
      model.nodes.filter { $0.namespace.isEmpty }.map(Entity.node)
      + model.indicators.filter { $0.namespace.isEmpty }.map(Entity.indicator)
    return entities.filter {
      query.isEmpty || $0.id.lowercased().contains(query) || $0.label.lowercased().contains(query)
    }.map { entity in
      let kind: Double =
        if case .indicator = entity { 16 } else { 13 }
      return .object([
        ("name", .string(entity.id)), ("kind", .number(kind)),
        ("location", location(of: entity.range, in: document)),
        ("containerName", .string(model.title)),
      ])
    }
  }
}
