import ToCModel

extension LanguageServer {
  /// `textDocument/foldingRange`: sections, and definitions with their attribute lines.
  mutating func foldingRanges(_ params: JSON) throws -> JSON {
    let document = try document(params)
    let syntax = analysis(document.uri).syntax
    var ranges: [(Int, Int)] = syntax.blocks.map { ($0.line, $0.lastLine) }
    ranges += syntax.statements.map { ($0.line, $0.lastLine) }
    return .array(
      ranges.filter { $0.1 > $0.0 }.sorted { $0 < $1 }.map {
        .object([
          ("startLine", .number(Double($0.0))), ("endLine", .number(Double($0.1))),
          ("kind", .string("region")),
        ])
      })
  }
}
