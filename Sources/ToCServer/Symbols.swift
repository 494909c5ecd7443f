import ToCModel

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

  /// `workspace/symbol`: the nodes and indicators of every open file whose id or label holds the
  /// query (ignoring case).
  mutating func workspaceSymbols(_ params: JSON) throws -> JSON {
    let query = (params["query"]?.string ?? "").lowercased()
    var found: [JSON] = []
    for uri in documents.keys.sorted() {
      let analysis = analysis(uri)
      let entities =
        analysis.model.nodes.filter { $0.namespace.isEmpty }.map(Entity.node)
        + analysis.model.indicators.filter { $0.namespace.isEmpty }.map(Entity.indicator)
      for entity in entities
      where query.isEmpty || entity.id.lowercased().contains(query)
        || entity.label.lowercased().contains(query)
      {
        let kind: Double =
          if case .indicator = entity { 16 } else { 13 }
        found.append(
          .object([
            ("name", .string(entity.id)), ("kind", .number(kind)),
            ("location", location(of: entity.range, in: analysis.model.files)),
            ("containerName", .string(analysis.model.title)),
          ]))
      }
    }
    return .array(found)
  }
}
