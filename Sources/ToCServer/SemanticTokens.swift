import ToCModel

/// Semantic tokens: headers, keywords, ids coloured by the column they are in, indicators,
/// placeholders, comments and arrows.
enum SemanticTokens {
  static let types = [
    "namespace", "keyword", "variable", "property", "macro", "comment", "operator", "string",
    "number",
  ]
  /// The columns, as modifiers of an id's token, and `declaration` for a definition.
  static let modifiers = ["declaration"] + Kind.allCases.map(\.rawValue)

  static var legend: JSON {
    .object([
      ("tokenTypes", .array(types.map(JSON.string))),
      ("tokenModifiers", .array(modifiers.map(JSON.string))),
    ])
  }

  /// The type and modifier bits of a token.
  static func classify(_ token: Syntax.Token, _ analysis: Analysis) -> (Int, Int)? {
    func kindBit(_ id: String) -> Int {
      guard let node = analysis.model.node(id), let index = Kind.allCases.firstIndex(of: node.kind)
      else { return 0 }
      return 1 << (index + 1)
    }
    switch token.role {
    case .header: return (0, 0)
    case .keyword: return (1, 0)
    case .definition:
      if analysis.model.node(token.text) != nil { return (2, 1 | kindBit(token.text)) }
      return (3, 1)
    case .reference:
      return analysis.model.indicators.contains { $0.id == token.text }
        ? (3, 0) : (2, kindBit(token.text))
    case .indicatorReference: return (3, 0)
    case .placeholder: return (4, 0)
    case .comment: return (5, 0)
    case .arrow: return (6, 0)
    case .includePath: return (7, 0)
    case .namespaceName: return (0, 0)
    case .ruleCode: return (8, 0)
    }
  }
}

extension LanguageServer {
  /// `textDocument/semanticTokens/full`: every token, relative to the one before, as the protocol
  /// packs them.
  mutating func semanticTokens(_ params: JSON) throws -> JSON {
    let document = try document(params)
    let analysis = analysis(document.uri)
    var data: [JSON] = []
    var previous = (line: 0, start: 0)
    for (line, tokens) in analysis.syntax.tokens.enumerated() where !tokens.isEmpty {
      let scalars = document.scalars(ofLine: line)
      for token in tokens {
        guard let (type, modifiers) = SemanticTokens.classify(token, analysis) else { continue }
        let start = document.units(scalars, upTo: token.start, encoding)
        let length = document.units(Array(scalars[token.start..<token.end]), upTo: .max, encoding)
        let deltaStart = line == previous.line ? start - previous.start : start
        data += [line - previous.line, deltaStart, length, type, modifiers].map {
          JSON.number(Double($0))
        }
        previous = (line, start)
      }
    }
    return .object([("data", .array(data))])
  }
}
