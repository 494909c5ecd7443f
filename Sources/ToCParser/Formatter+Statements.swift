import ToCModel

/// Writes each line of a file without syntax errors in canonical form: keywords in one language,
/// lists with `, ` and ` -> `, `YEAR = NUMBER` with single spaces, quotes only where needed.
struct StatementWriter {
  let language: Language
  /// Whether the node key `indicator` is written as its plural, `indicatoren`/`indicators`.
  let pluralIndicatorKey: Bool
  /// The section of the lines being read; nil before the first header, where attributes describe
  /// the model and are not indented.
  var section: Section?
  var items: [Layout.Item] = []

  init(language: Language, pluralIndicatorKey: Bool) {
    self.language = language
    self.pluralIndicatorKey = pluralIndicatorKey
  }

  mutating func add(_ line: Line) {
    switch line.kind {
    case .blank:
      items.append(.blank)
    case .comment(let start):
      items.append(.comment(line.text(start, line.trimEnd(start, line.count))))
    case .header(let start):
      header(line, from: start)
    case .attribute(let key, _, _, _, let valueFrom):
      items.append(.statement(attribute(key, line, valueFrom), indented: section != nil))
    case .definition(let idStart, let idEnd, let valueFrom):
      let id = line.text(idStart, idEnd)
      items.append(.statement(definition(line, id: id, valueFrom), indented: false))
    case .continuation(let start):
      let targets = Formatter.list(line, start + 2, line.count)
      items.append(.statement(targets.isEmpty ? "->" : "-> \(targets)", indented: true))
    case .chain(let start):
      items.append(.statement(Formatter.list(line, start, line.count), indented: false))
    case .invalidId(let start, _), .misusedKeyword(let start, _), .notAStatement(let start, _):
      // Not in a file the formatter accepts; kept as written should that ever change.
      items.append(.statement(Self.asWritten(line, from: start), indented: false))
    }
  }

  static func asWritten(_ line: Line, from start: Int) -> String {
    line.text(start, line.trimEnd(start, line.count))
  }

  mutating func header(_ line: Line, from start: Int) {
    let end = line.trimEnd(start, line.count)
    let named =
      end - start >= 2 && line.has("]", at: end - 1)
      ? Section.lookUp(line.text(start + 1, end - 1))?.0 : nil
    section = named ?? .unknown
    guard let name = named?.name(in: language) else {
      items.append(.header(Self.asWritten(line, from: start)))
      return
    }
    items.append(.header("[\(name)]"))
  }

  func definition(_ line: Line, id: String, _ valueFrom: Int) -> String {
    if section == .indicators { return "\(id): \(textValue(line, from: valueFrom))" }
    guard case .value(let label, _, _, let arrow) = line.nodeValue(from: valueFrom) else {
      return "\(id): \(Self.asWritten(line, from: line.skipSpaces(from: valueFrom)))"
    }
    let head = "\(id): \(Formatter.label(label))"
    guard let arrow else { return head }
    return "\(head) -> \(Formatter.list(line, arrow + 2, line.count))"
  }

  func attribute(_ key: Keyword, _ line: Line, _ valueFrom: Int) -> String {
    var spelling = key.spelling(in: language)
    if key == .indicator, pluralIndicatorKey {
      spelling = language == .nl ? "indicatoren" : "indicators"
    }
    let value: String
    switch key {
    case .indicator, .ignore:
      value = Formatter.list(line, line.skipSpaces(from: valueFrom), line.count)
    case .baseline, .target:
      value = textValue(line, from: valueFrom) { Formatter.yearValue(Substring($0)) ?? $0 }
    case .measurement:
      value = textValue(line, from: valueFrom) { Formatter.series($0) ?? $0 }
    case .use:
      value =
        quotedUse(line, from: valueFrom)
        ?? textValue(line, from: valueFrom) {
          Formatter.use($0, in: language)
        }
    default:
      value = textValue(line, from: valueFrom)
    }
    return value.isEmpty ? "\(spelling):" : "\(spelling): \(value)"
  }

  /// `"PATH" als NAME`: the quoted path as written (unquoting could make `als` in it an alias),
  /// then the alias keyword in `language`. Nil for any other value.
  func quotedUse(_ line: Line, from start: Int) -> String? {
    let valueStart = line.skipSpaces(from: start)
    let end = line.trimEnd(valueStart, line.count)
    guard line.has("\"", at: valueStart),
      case .text(_, let quoteEnd) = line.quoted(from: valueStart),
      let rest = Optional(line.skipSpaces(from: quoteEnd)), rest < end,
      let alias = FileParser.aliasAfterPath(line, rest, end)
    else { return nil }
    return
      "\(line.text(valueStart, quoteEnd)) \(Keyword.alias.spelling(in: language)) \(alias.name)"
  }

  /// A text value as read, passed through `normalise` and quoted where needed. A value that does
  /// not read (one the parser skipped, such as a repeated attribute) is kept as written.
  func textValue(_ line: Line, from start: Int, _ normalise: (String) -> String = { $0 })
    -> String
  {
    let valueStart = line.skipSpaces(from: start)
    let end = line.trimEnd(valueStart, line.count)
    guard valueStart < end else { return "" }
    guard line.has("\"", at: valueStart) else {
      return Formatter.textValue(normalise(line.text(valueStart, end)))
    }
    guard case .text(let text, let quoteEnd) = line.quoted(from: valueStart),
      line.skipSpaces(from: quoteEnd) == line.count, !text.isEmpty
    else { return line.text(valueStart, end) }
    return Formatter.textValue(normalise(text))
  }
}
