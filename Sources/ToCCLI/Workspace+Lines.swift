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

  /// The lines of every file the diagnostics point into (`files` names them), for the report
  /// that shows them.
  func lines(for diagnostics: [Diagnostic], in files: SourceFiles) -> [SourceFile: SourceLines] {
    var lines: [SourceFile: SourceLines] = [:]
    for diagnostic in diagnostics where lines[diagnostic.range.file] == nil {
      lines[diagnostic.range.file] = self.lines(of: files[diagnostic.range.file]) ?? SourceLines([])
    }
    return lines
  }
}
