import ToCCheck
import ToCModel
import ToCParser

extension Workspace {
  /// Parses and checks one file; nil when it cannot be read. Without `infos`, rules that only
  /// inform are skipped.
  mutating func load(_ path: String, infos: Bool = true) -> Loaded? {
    read(path).map { load($0, path: path, infos: infos) }
  }

  /// The findings of each file with the files they name, nil for one that cannot be read
  /// (reported, in order). The files are read one after another and checked on all cores: a
  /// folder of many team files is checked in the time of half of them on two cores.
  mutating func check(_ paths: [String], infos: Bool) -> [(
    diagnostics: [Diagnostic], files: SourceFiles
  )?] {
    let read = paths.map { self.read($0) }
    return Cores.map(paths.count) { [self] index in
      guard let bytes = read[index] else { return nil }
      let loaded = load(bytes, path: paths[index], infos: infos)
      return (loaded.diagnostics, loaded.model.files)
    }
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
}

/// A parsed and checked model.
struct Loaded {
  var model: Model
  /// Its findings, their files named by `model.files`.
  var diagnostics: [Diagnostic]

  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
