import Dispatch
import ToCCheck
import ToCModel
import ToCParser

/// Finds the `.toc` files a command was given, reads, parses and checks them.
struct Workspace {
  let context: Context
  /// The bytes of standard input, once read.
  var standardInput: [UInt8]?
  /// The bytes of the files checked, by path.
  var sources: [String: [UInt8]] = [:]

  init(_ context: Context) {
    self.context = context
  }

  /// The name standard input goes by in diagnostics.
  static let standardInputName = "stdin"

  /// Operands as files: folders become every `.toc` file below them (hidden folders skipped),
  /// sorted, without those that are clearly no theory of change (counted in one line). Paths that
  /// do not exist are reported and left out; `failed` tells whether any was. `empty` are the
  /// folders that hold no `.toc` file, which the caller names in a usage error.
  mutating func files(_ operands: [String]) -> (files: [String], failed: Bool, empty: [String]) {
    var files: [String] = []
    var failed = false
    var empty: [String] = []
    var skipped = 0
    for operand in operands {
      if operand == "-" {
        files.append(operand)
        continue
      }
      switch context.environment.files.kind(operand) {
      case .folder:
        let found = tocFiles(below: operand)
        if found.isEmpty { empty.append(operand) }
        for path in found {
          // Read now, once: a file that cannot be read is reported when it is checked.
          if case .success(let bytes) = context.environment.files.read(path) {
            if ForeignFile(bytes) != nil {
              skipped += 1
              continue
            }
            sources[path] = bytes
          }
          files.append(path)
        }
      case .file:
        files.append(operand)
      case nil:
        context.environmentError(Messages.cannotRead(operand, .noSuchFile))
        failed = true
      }
    }
    if skipped > 0 { context.environmentError(Messages.skippedForeign(skipped)) }
    return (files, failed, empty)
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

  /// The bytes of a file (`-`: standard input), or nil after reporting why it cannot be read or
  /// that it is no theory of change at all.
  mutating func read(_ path: String) -> [UInt8]? {
    let bytes: [UInt8]
    if path == "-" {
      if standardInput == nil { standardInput = context.environment.standardInput() }
      bytes = standardInput ?? []
    } else if let known = sources[path] {
      return known
    } else {
      switch context.environment.files.read(path) {
      case .success(let read): bytes = read
      case .failure(let error):
        context.environmentError(Messages.cannotRead(path, error))
        return nil
      }
    }
    if let foreign = ForeignFile(bytes) {
      context.environmentError(Messages.notATheory(path, foreign))
      return nil
    }
    if path != "-" { sources[path] = bytes }
    return bytes
  }

  /// Parses and checks one file; nil when it cannot be read. Without `infos`, rules that only
  /// inform are skipped.
  mutating func load(_ path: String, infos: Bool = true) -> Loaded? {
    read(path).map { load($0, path: path, infos: infos) }
  }

  /// The findings of each file, nil for one that cannot be read (reported, in order). The files
  /// are read one after another and checked on all cores: a folder of many team files is checked
  /// in the time of half of them on two cores.
  mutating func check(_ paths: [String], infos: Bool) -> [[Diagnostic]?] {
    let read = paths.map { self.read($0) }
    return Cores.map(paths.count) { [self] index in
      guard let bytes = read[index] else { return nil }
      let loaded = load(bytes, path: paths[index], infos: infos)
      if loaded.model.nodes.count >= Self.nodesFreedAside { Self.letGo(loaded.model) }
      return loaded.diagnostics
    }
  }

  /// Nodes from which a checked model is freed on another thread: freeing a model takes about a
  /// twentieth of the time it took to read and check, milliseconds for a large one, which can pass
  /// while the findings are written; a team's model is freed sooner than it is handed over.
  static let nodesFreedAside = 10_000

  /// Lets a checked model go on another thread.
  static func letGo(_ model: Model) {
    DispatchQueue.global(qos: .utility).async { [model] in _ = model }
  }

  /// Parses and checks the bytes of the file `path`; it reads only the files they include.
  func load(_ bytes: [UInt8], path: String, infos: Bool) -> Loaded {
    let files = context.environment.files
    let parser = Parser(reader: SourceReader { try? files.read($0).get() })
    let name = path == "-" ? Self.standardInputName : path
    let parsed = parser.parse(bytes, file: name)
    return Loaded(
      model: parsed.model,
      diagnostics: Checker.check(
        parsed.model, parserDiagnostics: parsed.diagnostics, infos: infos))
  }

  /// The lines of a file a diagnostic points into, for the source snippet: the bytes read for
  /// the check when there are any, so a file is read once.
  func lines(of path: String) -> SourceLines? {
    if let bytes = path == Self.standardInputName ? standardInput : sources[path] {
      return SourceLines(bytes)
    }
    return (try? context.environment.files.read(path).get()).map(SourceLines.init)
  }
}

/// A parsed and checked model.
struct Loaded {
  var model: Model
  var diagnostics: [Diagnostic]

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
