import ToCCheck
import ToCModel
import ToCParser

/// What the server knows of one version of an open document: its model with everything it includes,
/// its findings, and its words.
struct Analysis: Sendable {
  var version: Int
  var model: Model
  /// The findings located in this document, in the order `toc check` gives them.
  var diagnostics: [Diagnostic]
  /// Made on first use: publishing diagnostics does not need it.
  var syntaxIfMade: Syntax?
  var syntax: Syntax { syntaxIfMade! }
  /// The normalised paths of every file the document includes, directly or not.
  var includedFiles: Set<String>

  init(_ document: Document, reader: SourceReader) {
    let parsed = Parser(reader: reader).parse(document.bytes, file: document.path)
    version = document.version
    model = parsed.model
    // The document is the first file of its load.
    diagnostics = Checker.check(parsed.model, parserDiagnostics: parsed.diagnostics).filter {
      $0.range.file == .first
    }
    includedFiles = Set(parsed.model.includes.map { Paths.normalize($0.file) })
  }

  var language: Language { model.language }

  /// The node or indicator an id names, as this document writes it (qualified for included ones).
  func entity(_ id: String) -> Entity? {
    if let node = model.node(id) { return .node(node) }
    if let indicator = model.indicators.first(where: { $0.id == id }) {
      return .indicator(indicator)
    }
    return nil
  }

  /// The namespace under which the file `own`, which includes `includes`, sees the file at `path`
  /// ("" for itself); nil when it does not include it.
  static func namespace(of path: String, own: String, _ includes: [Include]) -> String? {
    let wanted = Paths.normalize(path)
    if wanted == Paths.normalize(own) { return "" }
    return includes.first { Paths.normalize($0.file) == wanted }?.namespace
  }
}

/// A node or an indicator: what an id names.
enum Entity: Sendable {
  case node(Node)
  case indicator(Indicator)

  var id: String {
    switch self {
    case .node(let node): node.id
    case .indicator(let indicator): indicator.id
    }
  }

  var range: SourceRange {
    switch self {
    case .node(let node): node.range
    case .indicator(let indicator): indicator.range
    }
  }

  var localId: String {
    switch self {
    case .node(let node): node.localId
    case .indicator(let indicator): indicator.localId
    }
  }

  var label: String {
    switch self {
    case .node(let node): node.label.value
    case .indicator(let indicator): indicator.label.value
    }
  }
}
