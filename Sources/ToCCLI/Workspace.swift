import ToCCheck
import ToCModel
import ToCParser

/// Finds the `.toc` files a command was given, reads, parses and checks them.
struct Workspace {
  let context: Context
  /// The bytes of standard input, once read.
  var standardInput: [UInt8]?

  init(_ context: Context) {
    self.context = context
  }

  /// The name standard input goes by in diagnostics.
  static let standardInputName = "stdin"

  /// Operands as files: folders become every `.toc` file below them (hidden folders skipped),
  /// sorted. Paths that do not exist are reported and left out; `failed` tells whether any was.
  func files(_ operands: [String]) -> (files: [String], failed: Bool) {
    var files: [String] = []
    var failed = false
    for operand in operands {
      if operand == "-" {
        files.append(operand)
        continue
      }
      switch context.environment.files.kind(operand) {
      case .folder:
        let found = tocFiles(below: operand)
        if found.isEmpty { context.environmentError(Messages.noTocFiles(operand)) }
        files += found
      case .file:
        files.append(operand)
      case nil:
        context.environmentError(Messages.cannotRead(operand, reason("no such file or folder")))
        failed = true
      }
    }
    return (files, failed)
  }

  /// Every `.toc` file below `folder`, walked without recursion.
  func tocFiles(below folder: String) -> [String] {
    var found: [String] = []
    var pending = [folder]
    while let current = pending.popLast() {
      for name in context.environment.files.list(current).sorted() where !name.hasPrefix(".") {
        let path =
          current == "." ? name : (current.hasSuffix("/") ? current + name : current + "/" + name)
        switch context.environment.files.kind(path) {
        case .folder: pending.append(path)
        case .file where name.hasSuffix(".toc"): found.append(path)
        default: break
        }
      }
    }
    return found.sorted()
  }

  /// The bytes of a file (`-`: standard input), or nil after reporting why it cannot be read.
  mutating func read(_ path: String) -> [UInt8]? {
    if path == "-" {
      if standardInput == nil { standardInput = context.environment.standardInput() }
      return standardInput
    }
    switch context.environment.files.read(path) {
    case .success(let bytes): return bytes
    case .failure(let error):
      context.environmentError(Messages.cannotRead(path, reason(error.reason)))
      return nil
    }
  }

  /// Parses and checks one file; nil when it cannot be read.
  mutating func load(_ path: String) -> Loaded? {
    guard let bytes = read(path) else { return nil }
    let files = context.environment.files
    let parser = Parser(reader: SourceReader { try? files.read($0).get() })
    let name = path == "-" ? Self.standardInputName : path
    let parsed = parser.parse(bytes, file: name)
    return Loaded(
      model: parsed.model,
      diagnostics: Checker.check(parsed.model, parserDiagnostics: parsed.diagnostics))
  }

  /// The lines of a file a diagnostic points into, for the source snippet.
  func lines(of path: String) -> [Substring]? {
    let bytes =
      path == Self.standardInputName
      ? standardInput : try? context.environment.files.read(path).get()
    guard var bytes else { return nil }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let text = String(decoding: bytes, as: UTF8.self)
    // Cut at the bytes of LF, CR and CRLF: a line break is always a character of its own, and
    // walking characters instead costs more than the rest of a large report.
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index < utf8.endIndex {
      let byte = utf8[index]
      guard byte == 0x0A || byte == 0x0D else {
        index = utf8.index(after: index)
        continue
      }
      lines.append(text[start..<index])
      index = utf8.index(after: index)
      if byte == 0x0D, index < utf8.endIndex, utf8[index] == 0x0A {
        index = utf8.index(after: index)
      }
      start = index
    }
    lines.append(text[start..<utf8.endIndex])
    return lines
  }

  private func reason(_ english: String) -> String {
    guard context.language == .nl else { return english }
    switch english {
    case "no such file", "no such file or folder": return "bestaat niet"
    case "it is a folder, not a file": return "het is een map, geen bestand"
    case "permission denied or unreadable": return "geen toegang of onleesbaar"
    default: return english
    }
  }
}

/// A parsed and checked model.
struct Loaded {
  var model: Model
  var diagnostics: [Diagnostic]

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
