import ToCModel
import ToCParser

extension LanguageServer {
  /// `textDocument/definition`: where an id is defined, or the file a `gebruik:` path names.
  mutating func definition(_ params: JSON) throws -> JSON {
    let document = try document(params)
    let place = try place(params, in: document)
    let analysis = analysis(document.uri)
    guard let token = analysis.syntax.token(line: place.line, column: place.column) else {
      return .null
    }
    switch token.role {
    case .definition, .reference, .indicatorReference:
      guard let entity = analysis.entity(token.text) else { return .null }
      return location(of: entity.range, in: analysis.model.files)
    case .includePath, .namespaceName:
      let include = analysis.model.includes.first {
        $0.range.line == token.line + 1 && !$0.namespace.contains(".")
      }
      guard let include else { return .null }
      return location(of: .startOf(.first), path: include.file)
    default:
      return .null
    }
  }

  /// `textDocument/references`: every place that names the same node or indicator, in this file,
  /// the files it includes, and the open files that include its file.
  mutating func references(_ params: JSON) throws -> JSON {
    let document = try document(params)
    let place = try place(params, in: document)
    guard let symbol = symbol(at: place, in: document) else { return .null }
    let includeDeclaration = params["context"]?["includeDeclaration"]?.bool ?? true
    let found = occurrences(of: symbol).filter { includeDeclaration || $0.1.role != .definition }
    return .array(
      found.map { document, token in
        .object([("uri", .string(document.uri)), ("range", json(token, in: document))])
      })
  }

  /// `textDocument/prepareRename`: the id's range, or why it cannot be renamed.
  mutating func prepareRename(_ params: JSON) throws -> JSON {
    let document = try document(params)
    let place = try place(params, in: document)
    let analysis = analysis(document.uri)
    let token = analysis.syntax.token(line: place.line, column: place.column)
    guard let token, symbol(at: place, in: document) != nil else {
      throw RequestError(.requestFailed, cannotRename(token, analysis.language))
    }
    let last = lastComponent(of: token)
    return json(last, in: document)
  }

  /// `textDocument/rename`: the id and every reference to it, in every file that names it.
  mutating func rename(_ params: JSON) throws -> JSON {
    let document = try document(params)
    let place = try place(params, in: document)
    let language = analysis(document.uri).language
    guard let newName = params["newName"]?.string else {
      throw RequestError(.invalidParams, "newName is missing")
    }
    guard let symbol = symbol(at: place, in: document) else {
      let token = analyses[document.uri]?.syntax.token(line: place.line, column: place.column)
      throw RequestError(.requestFailed, cannotRename(token, language))
    }
    guard Self.isIdentifier(newName) else {
      throw RequestError(
        .requestFailed,
        language == .nl
          ? "`\(newName)` is geen geldige id: begin met een letter of _, gebruik letters, cijfers, _ en -"
          : "`\(newName)` is not a valid id: start with a letter or _, use letters, digits, _ and -"
      )
    }
    guard !Vocabulary.isKeyword(newName) else {
      throw RequestError(
        .requestFailed,
        language == .nl
          ? "`\(newName)` is een sleutelwoord en kan geen id zijn; kies een andere naam"
          : "`\(newName)` is a keyword and cannot be an id; choose another name")
    }
    var changes: [(String, [JSON])] = []
    for (document, token) in occurrences(of: symbol) {
      let edit = JSON.object([
        ("range", json(lastComponent(of: token), in: document)), ("newText", .string(newName)),
      ])
      if let index = changes.firstIndex(where: { $0.0 == document.uri }) {
        changes[index].1.append(edit)
      } else {
        changes.append((document.uri, [edit]))
      }
    }
    return .object([("changes", .object(changes.map { ($0.0, .array($0.1)) }))])
  }

  func cannotRename(_ token: Syntax.Token?, _ language: Language) -> String {
    let nl = language == .nl
    if let token, token.role == .keyword {
      return nl
        ? "`\(token.text)` is een sleutelwoord van de taal en kan niet hernoemd worden"
        : "`\(token.text)` is a keyword of the language and cannot be renamed"
    }
    return nl
      ? "Hier staat geen id van een knoop of indicator om te hernoemen"
      : "There is no node or indicator id here to rename"
  }

  /// The token of the last part of a qualified id (`contacten` of `si.contacten`).
  func lastComponent(of token: Syntax.Token) -> Syntax.Token {
    guard let dot = token.text.unicodeScalars.lastIndex(of: ".") else { return token }
    let offset = token.text.unicodeScalars.distance(
      from: token.text.unicodeScalars.startIndex, to: dot)
    var last = token
    last.start = token.start + offset + 1
    last.text = String(token.text.unicodeScalars[token.text.unicodeScalars.index(after: dot)...])
    return last
  }

  static func isIdentifier(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.first, LineLexer.isIdentifierStart(first), scalars.last != "-" else {
      return false
    }
    return scalars.allSatisfy(LineLexer.isIdentifierPart)
  }

  /// A node or indicator by the file that defines it and its id there.
  struct Symbol: Hashable {
    var file: String
    var id: String
  }

  /// The node or indicator an id at a place names.
  mutating func symbol(at place: (line: Int, column: Int), in document: Document) -> Symbol? {
    let analysis = analysis(document.uri)
    guard let token = analysis.syntax.token(line: place.line, column: place.column),
      [.definition, .reference, .indicatorReference].contains(token.role),
      let entity = analysis.entity(token.text)
    else { return nil }
    return Symbol(
      file: Paths.normalize(analysis.model.files[entity.range.file]), id: entity.localId)
  }

  /// Every token naming `symbol`: in each open document, in each file of the workspace folders
  /// that names it, and in the file that defines it.
  mutating func occurrences(of symbol: Symbol) -> [(Document, Syntax.Token)] {
    var found: [(Document, Syntax.Token)] = []
    var visited: Set<String> = []
    for uri in documents.keys.sorted() {
      let document = documents[uri]!
      let analysis = analysis(uri)
      visited.insert(Paths.normalize(document.path))
      collect(symbol, in: document, analysis.syntax, analysis.model.includes, into: &found)
    }
    let id = Array(symbol.id.utf8)
    let parser = Parser(reader: reader)
    for path in closedWorkspaceFiles() where visited.insert(Paths.normalize(path)).inserted {
      // Only a file whose text holds the id can name it: the rest are not parsed.
      guard let bytes = readFile(path), bytes.contains(id) else { continue }
      let document = Self.fileDocument(at: path, bytes: bytes)
      let includes = parser.parse(bytes, file: path).model.includes
      collect(symbol, in: document, Syntax(document), includes, into: &found)
    }
    // The defining file itself, when it is not open.
    if !visited.contains(symbol.file), let document = fileDocument(at: symbol.file) {
      let syntax = Syntax(document)
      for token in syntax.allTokens where token.text == symbol.id && Self.naming(token) {
        found.append((document, token))
      }
    }
    return found
  }

  /// The `.toc` files of the workspace folders that are not open, each once, sorted.
  func closedWorkspaceFiles() -> [String] {
    let open = Set(documents.values.map { Paths.normalize($0.path) })
    var seen: Set<String> = []
    return workspaceFolders.flatMap(listFiles).sorted().filter {
      let path = Paths.normalize($0)
      return !open.contains(path) && seen.insert(path).inserted
    }
  }

  /// The tokens of `document` that name `symbol`, if it is the defining file or includes it.
  func collect(
    _ symbol: Symbol, in document: Document, _ syntax: Syntax, _ includes: [Include],
    into found: inout [(Document, Syntax.Token)]
  ) {
    guard let namespace = Analysis.namespace(of: symbol.file, own: document.path, includes)
    else { return }
    let name = namespace.isEmpty ? symbol.id : namespace + "." + symbol.id
    for token in syntax.allTokens where token.text == name && Self.naming(token) {
      found.append((document, token))
    }
  }

  static func naming(_ token: Syntax.Token) -> Bool {
    token.role == .definition || token.role == .reference || token.role == .indicatorReference
  }
}
