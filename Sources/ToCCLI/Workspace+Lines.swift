import ToCModel

extension Workspace {
  /// The lines of a file a diagnostic points into, for the source snippet: the bytes read for
  /// the check when there are any, so a file is read once.
  func lines(of path: String) -> SourceLines? {
    if let bytes = path == Self.standardInputName ? standardInput : sources[path] {
      return SourceLines(bytes)
    }
    return (try? context.environment.files.read(path).get()).map(SourceLines.init)
  }

  /// The lines of every file the diagnostics point into, for the report that shows them.
  func lines(for diagnostics: [Diagnostic]) -> [String: SourceLines] {
    var files: [String: SourceLines] = [:]
    for diagnostic in diagnostics where files[diagnostic.range.file] == nil {
      files[diagnostic.range.file] = lines(of: diagnostic.range.file) ?? SourceLines([])
    }
    return files
  }
}
