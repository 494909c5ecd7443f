import ToCModel

extension LanguageServer {
  /// `textDocument/codeAction`: quick fixes for the findings in the range: the did-you-mean fix,
  /// creating a missing node or indicator, adding an indicator to an outcome, and silencing a rule
  /// on one statement.
  mutating func codeActions(_ params: JSON) throws -> JSON {
    let document = try document(params)
    guard let range = params["range"].flatMap(Self.range) else {
      throw RequestError(.invalidParams, "range is missing")
    }
    let analysis = analysis(document.uri)
    var actions: [JSON] = []
    for diagnostic in analysis.diagnostics {
      let place = document.range(of: diagnostic.range, encoding: encoding)
      guard place.0.line <= range.1.line, place.1.line >= range.0.line else { continue }
      let fixes = self.fixes(for: diagnostic, document, analysis)
      let shown = self.diagnostic(diagnostic, document, analysis)
      actions += fixes.map { title, edits, preferred in
        JSON.members([
          ("title", .string(title)), ("kind", .string("quickfix")),
          ("diagnostics", .array([shown])),
          ("isPreferred", preferred ? .bool(true) : nil),
          ("edit", .object([("changes", .object([(document.uri, .array(edits))]))])),
        ])
      }
    }
    actions += misspeltKeys(in: range, document, analysis)
    return .array(actions)
  }

  /// "Did you mean" for an attribute key with a typo (`toelichtng:`), which the parser reads as
  /// the definition of a node: an indented definition whose id is near a key.
  func misspeltKeys(in range: (Position, Position), _ document: Document, _ analysis: Analysis)
    -> [JSON]
  {
    let nl = analysis.language == .nl
    let spellings = Vocabulary.keys.map { $0.spelling(analysis.language) }
    var actions: [JSON] = []
    let (first, last) = (max(0, range.0.line), min(range.1.line, analysis.syntax.tokens.count - 1))
    guard first <= last else { return [] }
    for line in first...last {
      guard let first = analysis.syntax.tokens[line].first, first.role == .definition,
        first.start > 0,
        let key = Suggestion.nearest(to: first.text, among: spellings)
      else { continue }
      let title = nl ? "Vervang door `\(key)`" : "Change to `\(key)`"
      let edit = JSON.object([("range", json(first, in: document)), ("newText", .string(key))])
      actions.append(
        .object([
          ("title", .string(title)), ("kind", .string("quickfix")),
          ("edit", .object([("changes", .object([(document.uri, .array([edit]))]))])),
        ]))
    }
    return actions
  }

  typealias Fix = (title: String, edits: [JSON], preferred: Bool)

  func fixes(for diagnostic: Diagnostic, _ document: Document, _ analysis: Analysis) -> [Fix] {
    let nl = analysis.language == .nl
    var fixes: [Fix] = []
    if let suggestion = Self.suggestion(diagnostic) {
      let title = nl ? "Vervang door `\(suggestion)`" : "Change to `\(suggestion)`"
      fixes.append((title, [edit(diagnostic.range, suggestion, document)], true))
    }
    let line = diagnostic.range.line - 1
    let syntax = analysis.syntax
    switch diagnostic.code {
    case .undefinedReference:
      if let token = syntax.token(line: line, column: diagnostic.range.column - 1),
        !token.text.contains("."), analysis.entity(token.text) == nil
      {
        fixes += createMissing(token, document, analysis)
      }
    case .outcomeWithoutIndicator:
      if let statement = syntax.statements.first(where: { $0.line == line }),
        case .node(let id) = statement.kind
      {
        fixes.append(addIndicator(to: id, statement, document, analysis))
      }
    case .deadEnd, .unusedResource:
      if let fix = arrowFix(diagnostic, document, nl: nl) { fixes.append(fix) }
    default:
      break
    }
    if diagnostic.severity != .error,
      let index = syntax.statementOfLine.indices.contains(line) ? syntax.statementOfLine[line] : nil
    {
      let statement = syntax.statements[index]
      if statement.line == line || statement.lastLine >= line {
        fixes.append(ignore(diagnostic.code, on: statement, document, analysis))
      }
    }
    return fixes
  }

  /// `->` for the arrow written as something else that a dead end's help names (`=>`, `→`): the
  /// first such sign on its line, after the id.
  func arrowFix(_ diagnostic: Diagnostic, _ document: Document, nl: Bool) -> Fix? {
    guard let help = diagnostic.help?.en, help.hasPrefix("`"),
      help.contains("` is not an arrow: write `")
    else { return nil }
    let sign = Array(help.dropFirst().prefix { $0 != "`" }.unicodeScalars)
    let scalars = document.scalars(ofLine: diagnostic.range.line - 1)
    let from = diagnostic.range.endColumn - 1
    guard !sign.isEmpty, from >= 0, from <= scalars.count - sign.count,
      let start = (from...(scalars.count - sign.count)).first(where: {
        Array(scalars[$0..<($0 + sign.count)]) == sign
      })
    else { return nil }
    var range = diagnostic.range
    (range.column, range.endColumn) = (start + 1, start + 1 + sign.count)
    let written = String(String.UnicodeScalarView(sign))
    let title = nl ? "Vervang `\(written)` door `->`" : "Change `\(written)` to `->`"
    return (title, [edit(range, "->", document)], true)
  }

  /// The word a "did you mean" help names.
  static func suggestion(_ diagnostic: Diagnostic) -> String? {
    guard let help = diagnostic.help?.en, help.hasPrefix("did you mean `") else { return nil }
    let word = help.dropFirst("did you mean `".count).prefix { $0 != "`" }
    return word.isEmpty ? nil : String(word)
  }

  /// "Create the missing node": a definition in the column after the node the arrow starts from
  /// (or an indicator in the indicators' section, for `indicator:`).
  func createMissing(_ token: Syntax.Token, _ document: Document, _ analysis: Analysis) -> [Fix] {
    let nl = analysis.language == .nl
    let section: Vocabulary.Section
    if token.role == .indicatorReference {
      section = .indicators
    } else {
      let tokens = analysis.syntax.tokens[token.line]
      let before = tokens.last { Self.naming($0) && $0.start < token.start }
      var level = 1
      if let before, let node = analysis.model.node(before.text) {
        level = node.kind.level + 1
      } else if let index = analysis.syntax.statementOfLine[token.line],
        case .node(let id) = analysis.syntax.statements[index].kind,
        let node = analysis.model.node(id)
      {
        level = node.kind.level + 1
      }
      section = .kind(Kind.allCases[min(level, Kind.allCases.count - 1)])
    }
    let definition = "\(token.text): TODO"
    let title =
      nl
      ? "Maak `\(token.text)` aan in [\(Vocabulary.name(of: section, in: analysis.language))]"
      : "Create `\(token.text)` in [\(Vocabulary.name(of: section, in: analysis.language))]"
    return [(title, [insert(definition, in: section, document, analysis)], false)]
  }

  /// "Add an indicator": an `indicator:` line under the outcome and a stub in the indicators'
  /// section.
  func addIndicator(
    to id: String, _ statement: Syntax.Statement, _ document: Document, _ analysis: Analysis
  ) -> Fix {
    let nl = analysis.language == .nl
    var name = id + "_indicator"
    var counter = 2
    while analysis.entity(name) != nil {
      name = id + "_indicator\(counter)"
      counter += 1
    }
    let key = nl ? "indicator" : "indicator"
    let attribute = lineInsert(after: statement.line, "  \(key): \(name)", document)
    let stub = insert("\(name): TODO", in: .indicators, document, analysis)
    let title = nl ? "Voeg een indicator toe aan `\(id)`" : "Add an indicator to `\(id)`"
    return (title, [attribute, stub], false)
  }

  /// "Ignore this rule here": `negeer: NAME` on the statement, or the name added to its line.
  func ignore(
    _ code: Code, on statement: Syntax.Statement, _ document: Document, _ analysis: Analysis
  ) -> Fix {
    let nl = analysis.language == .nl
    let title =
      nl ? "Negeer `\(code.name)` hier" : "Ignore `\(code.name)` here"
    if let line = statement.ignoreLine {
      let end = document.units(document.scalars(ofLine: line), upTo: .max, encoding)
      let at = Position(line: line, character: end)
      return (title, [Self.textEdit((at, at), ", " + code.name)], false)
    }
    let key = nl ? "negeer" : "ignore"
    return (
      title, [lineInsert(after: statement.lastLine, "  \(key): \(code.name)", document)], false
    )
  }

  /// An edit that puts a line after a 0-based line.
  func lineInsert(after line: Int, _ text: String, _ document: Document) -> JSON {
    let end = document.units(document.scalars(ofLine: line), upTo: .max, encoding)
    let at = Position(line: line, character: end)
    return Self.textEdit((at, at), "\n" + text)
  }

  /// An edit that adds a definition at the end of the first section of its kind, or a new section
  /// at the end of the file.
  func insert(
    _ definition: String, in section: Vocabulary.Section, _ document: Document, _ analysis: Analysis
  ) -> JSON {
    if let block = analysis.syntax.blocks.first(where: { $0.section == section }) {
      return lineInsert(after: block.lastLine, definition, document)
    }
    let end = document.end(encoding: encoding)
    let header = "[\(Vocabulary.name(of: section, in: analysis.language))]"
    let lead = end.character == 0 ? "\n" : "\n\n"
    return Self.textEdit((end, end), lead + header + "\n" + definition + "\n")
  }

  func edit(_ range: SourceRange, _ text: String, _ document: Document) -> JSON {
    Self.textEdit(document.range(of: range, encoding: encoding), text)
  }

  static func textEdit(_ range: (Position, Position), _ text: String) -> JSON {
    .object([("range", json(range)), ("newText", .string(text))])
  }
}
