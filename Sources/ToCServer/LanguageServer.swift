import ToCModel
import ToCParser

/// The protocol logic of `toc lsp`: takes the client's messages one at a time and gives the
/// messages to send back. It starts no process and touches files only through `read`.
public struct LanguageServer: Sendable {
  enum State {
    case starting, running, shutDown
  }

  var state = State.starting
  /// The code to exit with, once the client said `exit`.
  public private(set) var exitCode: Int32?
  var encoding = PositionEncoding.utf16
  var documents: [String: Document] = [:]
  var analyses: [String: Analysis] = [:]
  /// Documents whose diagnostics are to be published, in the order they changed.
  var stale: [String] = []
  /// Messages for the user that a request gave, sent after its answer (`window/showMessage`).
  var notices: [String] = []
  /// Reads a file that is not open (an included one) from disk.
  let readFile: @Sendable (String) -> [UInt8]?
  /// The paths of the `.toc` files below a folder: where references and renames look beyond the
  /// open documents.
  let listFiles: @Sendable (String) -> [String]
  /// The client's workspace folders, as paths (`workspaceFolders`, else `rootUri`).
  var workspaceFolders: [String] = []
  /// The rules page; a rule's anchor (`#toc202`) is added to it.
  var rulesPage = LanguageServer.defaultRulesPage

  /// Where the rules are explained, unless the client names another page (`initializationOptions`
  /// `rulesPage`).
  public static let defaultRulesPage = "https://github.com/toc-lang/toc/blob/main/docs/rules.md"

  /// A server that reads files through `readFile` and finds the `.toc` files of a workspace
  /// folder through `listFiles` (none, when not given).
  public init(
    readFile: @escaping @Sendable (String) -> [UInt8]?,
    listFiles: @escaping @Sendable (String) -> [String] = { _ in [] }
  ) {
    self.readFile = readFile
    self.listFiles = listFiles
  }

  /// The answers to one message from the client: a response to a request, notifications (such as
  /// diagnostics), or nothing.
  public mutating func handle(_ message: JSON) -> [JSON] {
    guard case .object = message, let method = message["method"]?.string else {
      // A response to a request of ours is not answered; anything else is not a message.
      if case .object = message, message["id"] != nil,
        message["result"] != nil || message["error"] != nil
      {
        return []
      }
      return [Self.error(id: message["id"] ?? .null, .invalidRequest, "not a JSON-RPC message")]
    }
    let params = message["params"] ?? .null
    guard let id = message["id"] else {
      notify(method, params)
      return []
    }
    switch id {
    case .string, .number: return answer(id, method, params)
    default: return [Self.error(id: .null, .invalidRequest, "a request id is a number or a string")]
    }
  }

  /// The answer to a message that could not be read: a parse error, as JSON-RPC says.
  public static func unreadable(_ failure: JSONReader.Failure) -> JSON {
    let reason =
      switch failure {
      case .invalidUTF8: "the message is not valid UTF-8"
      case .tooDeep: "the message nests too deep"
      case .malformed(let offset): "the message is not JSON (at byte \(offset))"
      }
    return error(id: .null, .parseError, reason)
  }

  /// The answer to a request cancelled before it was handled.
  public static func cancelled(_ id: JSON) -> JSON {
    error(id: id, .requestCancelled, "the request was cancelled")
  }

  // MARK: Requests

  mutating func answer(_ id: JSON, _ method: String, _ params: JSON) -> [JSON] {
    switch (state, method) {
    case (.starting, "initialize"):
      return [Self.response(id: id, initialize(params))]
    case (.starting, _):
      return [Self.error(id: id, .serverNotInitialized, "the server is not initialized yet")]
    case (.shutDown, _):
      return [Self.error(id: id, .invalidRequest, "the server is shutting down")]
    case (.running, "initialize"):
      return [Self.error(id: id, .invalidRequest, "the server is initialized already")]
    case (.running, "shutdown"):
      state = .shutDown
      return [Self.response(id: id, .null)]
    case (.running, _):
      do {
        guard let result = try request(method, params) else {
          return [Self.error(id: id, .methodNotFound, "unknown method \(method)")]
        }
        defer { notices.removeAll() }
        return [Self.response(id: id, result)] + notices.map(Self.showMessage)
      } catch let failure as RequestError {
        return [Self.error(id: id, failure.code, failure.message)]
      } catch {
        return [Self.error(id: id, .internalError, "\(error)")]
      }
    }
  }

  /// The result of a request other than the lifecycle's; nil for an unknown method.
  mutating func request(_ method: String, _ params: JSON) throws -> JSON? {
    switch method {
    case "textDocument/hover": try hover(params)
    case "textDocument/definition": try definition(params)
    case "textDocument/references": try references(params)
    case "textDocument/prepareRename": try prepareRename(params)
    case "textDocument/rename": try rename(params)
    case "textDocument/completion": try completion(params)
    case "textDocument/documentSymbol": try documentSymbols(params)
    case "workspace/symbol": try workspaceSymbols(params)
    case "textDocument/formatting": try formatting(params)
    case "textDocument/codeAction": try codeActions(params)
    case "textDocument/semanticTokens/full": try semanticTokens(params)
    case "textDocument/foldingRange": try foldingRanges(params)
    default: nil
    }
  }

  mutating func initialize(_ params: JSON) -> JSON {
    state = .running
    let offered = params["capabilities"]?["general"]?["positionEncodings"]?.array ?? []
    encoding = offered.contains { $0.string == "utf-8" } ? .utf8 : .utf16
    if let page = params["initializationOptions"]?["rulesPage"]?.string { rulesPage = page }
    let folders = params["workspaceFolders"]?.array?.compactMap { $0["uri"]?.string } ?? []
    let root = params["rootUri"]?.string.map { [$0] } ?? []
    workspaceFolders = (folders.isEmpty ? root : folders).map(URIPath.path(of:))
    return .object([
      ("capabilities", Self.capabilities(encoding)),
      ("serverInfo", .object([("name", .string("toc")), ("version", .string("0.1.0"))])),
    ])
  }

  static func capabilities(_ encoding: PositionEncoding) -> JSON {
    .object([
      ("positionEncoding", .string(encoding.rawValue)),
      (
        "textDocumentSync",
        .object([
          ("openClose", .bool(true)), ("change", .number(2)), ("save", .bool(true)),
        ])
      ),
      ("hoverProvider", .bool(true)),
      ("definitionProvider", .bool(true)),
      ("referencesProvider", .bool(true)),
      ("renameProvider", .object([("prepareProvider", .bool(true))])),
      (
        "completionProvider",
        .object([
          ("triggerCharacters", .array([">", ":", "[", ",", " ", "."].map(JSON.string)))
        ])
      ),
      ("documentSymbolProvider", .bool(true)),
      ("workspaceSymbolProvider", .bool(true)),
      ("documentFormattingProvider", .bool(true)),
      (
        "codeActionProvider",
        .object([("codeActionKinds", .array([.string("quickfix")]))])
      ),
      (
        "semanticTokensProvider",
        .object([
          ("legend", SemanticTokens.legend), ("full", .bool(true)), ("range", .bool(false)),
        ])
      ),
      ("foldingRangeProvider", .bool(true)),
    ])
  }

  // MARK: Notifications

  mutating func notify(_ method: String, _ params: JSON) {
    if method == "exit" {
      exitCode = state == .shutDown ? 0 : 1
      return
    }
    guard state == .running else { return }
    switch method {
    case "textDocument/didOpen": didOpen(params)
    case "textDocument/didChange": didChange(params)
    case "textDocument/didClose": didClose(params)
    default: break
    }
  }

  mutating func didOpen(_ params: JSON) {
    let item = params["textDocument"]
    guard let uri = item?["uri"]?.string, let text = item?["text"]?.string else { return }
    documents[uri] = Document(uri: uri, version: item?["version"]?.int ?? 0, text: text)
    changed(uri)
  }

  mutating func didChange(_ params: JSON) {
    guard let uri = params["textDocument"]?["uri"]?.string, var document = documents[uri],
      let changes = params["contentChanges"]?.array
    else { return }
    // Taken out while it changes, so its bytes are not copied.
    documents[uri] = nil
    for change in changes {
      guard let text = change["text"]?.string else { continue }
      document.replace(change["range"].flatMap(Self.range), with: text, encoding: encoding)
    }
    document.version = params["textDocument"]?["version"]?.int ?? document.version + 1
    documents[uri] = document
    changed(uri)
  }

  mutating func didClose(_ params: JSON) {
    guard let uri = params["textDocument"]?["uri"]?.string else { return }
    documents[uri] = nil
    analyses[uri] = nil
    stale.removeAll { $0 == uri }
  }

  /// Marks a document, and every open document that includes it, to be checked again.
  mutating func changed(_ uri: String) {
    analyses[uri] = nil
    var affected = [uri]
    if let path = documents[uri].map({ Paths.normalize($0.path) }) {
      for (other, analysis) in analyses where other != uri && analysis.includedFiles.contains(path)
      {
        analyses[other] = nil
        affected.append(other)
      }
    }
    for uri in affected where !stale.contains(uri) { stale.append(uri) }
  }

  /// The diagnostics of every document changed since they were last published.
  public mutating func publishDiagnostics() -> [JSON] {
    let pending = stale
    stale.removeAll()
    return pending.compactMap { uri in
      guard let document = documents[uri] else { return nil }
      let analysis = checked(uri)
      return .object([
        ("jsonrpc", .string("2.0")), ("method", .string("textDocument/publishDiagnostics")),
        (
          "params",
          .object([
            ("uri", .string(uri)), ("version", .number(Double(document.version))),
            (
              "diagnostics",
              .array(analysis.diagnostics.map { diagnostic($0, document, analysis) })
            ),
          ])
        ),
      ])
    }
  }

  /// Whether diagnostics wait to be published.
  public var hasStaleDiagnostics: Bool { !stale.isEmpty }

  // MARK: Documents

  /// The analysis of an open document with its words, made when first asked after a change.
  mutating func analysis(_ uri: String) -> Analysis {
    var analysis = checked(uri)
    guard analysis.syntaxIfMade == nil else { return analysis }
    analysis.syntaxIfMade = Syntax(documents[uri]!)
    analyses[uri] = analysis
    return analysis
  }

  /// The model and findings of an open document, made when first asked after a change.
  mutating func checked(_ uri: String) -> Analysis {
    if let analysis = analyses[uri] { return analysis }
    let analysis = Analysis(documents[uri]!, reader: reader)
    analyses[uri] = analysis
    return analysis
  }

  /// Reads files for the parser: an open document's text, else the file on disk.
  var reader: SourceReader {
    var open: [String: [UInt8]] = [:]
    for document in documents.values { open[Paths.normalize(document.path)] = document.bytes }
    let (readFile, texts) = (self.readFile, open)
    return SourceReader { path in texts[Paths.normalize(path)] ?? readFile(path) }
  }

  /// The open document a request is about.
  func document(_ params: JSON) throws -> Document {
    guard let uri = params["textDocument"]?["uri"]?.string else {
      throw RequestError(.invalidParams, "textDocument.uri is missing")
    }
    guard let document = documents[uri] else {
      throw RequestError(.invalidParams, "\(uri) is not open")
    }
    return document
  }

  /// The position a request is about, as a 0-based line and scalar column.
  func place(_ params: JSON, in document: Document) throws -> (line: Int, column: Int) {
    guard let position = params["position"].flatMap(Self.position) else {
      throw RequestError(.invalidParams, "position is missing")
    }
    return (position.line, document.scalarColumn(of: position, encoding: encoding))
  }

  // MARK: Messages

  static func response(id: JSON, _ result: JSON) -> JSON {
    .object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)])
  }

  static func error(id: JSON, _ code: ErrorCode, _ message: String) -> JSON {
    .object([
      ("jsonrpc", .string("2.0")), ("id", id),
      (
        "error",
        .object([("code", .number(Double(code.rawValue))), ("message", .string(message))])
      ),
    ])
  }

  /// A `window/showMessage` notification with a warning for the user.
  static func showMessage(_ text: String) -> JSON {
    .object([
      ("jsonrpc", .string("2.0")), ("method", .string("window/showMessage")),
      ("params", .object([("type", .number(2)), ("message", .string(text))])),
    ])
  }

  /// Whether the client asked the server to shut down: the end of the stream then ends it well.
  public var hasShutDown: Bool { state == .shutDown }

  static func position(_ json: JSON) -> Position? {
    guard let line = json["line"]?.int, let character = json["character"]?.int else { return nil }
    return Position(line: line, character: character)
  }

  static func range(_ json: JSON) -> (Position, Position)? {
    guard let start = json["start"].flatMap(position), let end = json["end"].flatMap(position)
    else {
      return nil
    }
    return (start, end)
  }

  static func json(_ position: Position) -> JSON {
    .object([
      ("line", .number(Double(position.line))), ("character", .number(Double(position.character))),
    ])
  }

  static func json(_ range: (Position, Position)) -> JSON {
    .object([("start", json(range.0)), ("end", json(range.1))])
  }

  /// The protocol range of a token.
  func json(_ token: Syntax.Token, in document: Document) -> JSON {
    let scalars = document.scalars(ofLine: token.line)
    return Self.json(
      (
        Position(
          line: token.line, character: document.units(scalars, upTo: token.start, encoding)),
        Position(line: token.line, character: document.units(scalars, upTo: token.end, encoding))
      ))
  }
}
