import ToCModel
import ToCServer

/// A language client in memory: sends messages to a `LanguageServer` and keeps what comes back.
struct Client {
  var server: LanguageServer
  var received: [JSON] = []
  var nextId = 1
  let root = "/werk"

  /// A client of a server that reads `files`; with `workspace`, it opens `root` as its workspace
  /// folder, whose `.toc` files are those of `files` below it.
  init(files: [String: String] = [:], encodings: [String]? = nil, workspace: Bool = false) {
    let disk = files
    server = LanguageServer(
      readFile: { path in disk[path].map { Array($0.utf8) } },
      listFiles: { folder in
        disk.keys.filter { $0.hasPrefix(folder + "/") && $0.hasSuffix(".toc") }.sorted()
      })
    var general: [(String, JSON)] = []
    if let encodings { general.append(("positionEncodings", .array(encodings.map(JSON.string)))) }
    var params: [(String, JSON)] = [
      ("processId", .null), ("capabilities", .object([("general", .object(general))])),
    ]
    if workspace {
      params.append(
        (
          "workspaceFolders",
          .array([.object([("uri", .string("file://\(root)")), ("name", .string("werk"))])])
        ))
    }
    let reply = request("initialize", .object(params))
    precondition(reply["result"] != nil)
    notify("initialized", .object([]))
  }

  func uri(_ name: String) -> String { "file://\(root)/\(name)" }

  /// Sends a request and gives its response.
  @discardableResult
  mutating func request(_ method: String, _ params: JSON) -> JSON {
    let id = nextId
    nextId += 1
    let message = JSON.object([
      ("jsonrpc", .string("2.0")), ("id", .number(Double(id))), ("method", .string(method)),
      ("params", params),
    ])
    let answers = server.handle(message)
    received += answers
    return answers.first { $0["id"]?.int == id } ?? .null
  }

  mutating func notify(_ method: String, _ params: JSON) {
    received += server.handle(
      .object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)]))
  }

  /// Opens a document and gives the diagnostics published for it.
  @discardableResult
  mutating func open(_ name: String, _ text: String) -> [JSON] {
    notify(
      "textDocument/didOpen",
      .object([
        (
          "textDocument",
          .object([
            ("uri", .string(uri(name))), ("languageId", .string("toc")), ("version", .number(1)),
            ("text", .string(text)),
          ])
        )
      ]))
    return diagnostics(of: name)
  }

  /// Replaces a document's text and gives its new diagnostics.
  @discardableResult
  mutating func change(_ name: String, _ text: String, version: Int = 2) -> [JSON] {
    notify(
      "textDocument/didChange",
      .object([
        (
          "textDocument",
          .object([("uri", .string(uri(name))), ("version", .number(Double(version)))])
        ),
        ("contentChanges", .array([.object([("text", .string(text))])])),
      ]))
    return diagnostics(of: name)
  }

  /// The diagnostics published now for a document (nil when none were published for it).
  mutating func diagnostics(of name: String) -> [JSON] {
    let published = server.publishDiagnostics()
    received += published
    return published.last { $0["params"]?["uri"]?.string == uri(name) }?["params"]?["diagnostics"]?
      .array ?? []
  }

  /// A request about a position in a document.
  mutating func at(
    _ method: String, _ name: String, line: Int, character: Int, _ more: [(String, JSON)] = []
  )
    -> JSON
  {
    request(
      method,
      .object(
        [
          ("textDocument", .object([("uri", .string(uri(name)))])),
          (
            "position",
            .object([("line", .number(Double(line))), ("character", .number(Double(character)))])
          ),
        ] + more))
  }

  mutating func document(_ method: String, _ name: String, _ more: [(String, JSON)] = []) -> JSON {
    request(method, .object([("textDocument", .object([("uri", .string(uri(name)))]))] + more))
  }
}

extension JSON {
  subscript(index: Int) -> JSON? {
    guard let items = array, items.indices.contains(index) else { return nil }
    return items[index]
  }
}
