import ToCModel
import ToCParser

extension LanguageServer {
  /// `textDocument/formatting`: the `toc fmt` layout, as one edit of the whole text; no edit when
  /// the text is formatted already or has syntax errors (then formatting could change its meaning,
  /// and the user is told why).
  mutating func formatting(_ params: JSON) throws -> JSON {
    let document = try document(params)
    switch Formatter.format(document.bytes, file: document.path, language: nil) {
    case .unformattable(let errors, _):
      let language = analysis(document.uri).language
      let line = errors.first?.range.line ?? 1
      notices.append(
        language == .nl
          ? "toc fmt laat \(document.path) zoals het is: het heeft syntaxfouten (de eerste op regel \(line))"
          : "toc fmt leaves \(document.path) as it is: it has syntax errors (the first on line \(line))"
      )
      return .array([])
    case .formatted(let text):
      guard Array(text.utf8) != document.bytes else { return .array([]) }
      let whole = (Position(line: 0, character: 0), document.end(encoding: encoding))
      return .array([.object([("range", Self.json(whole)), ("newText", .string(text))])])
    }
  }
}
