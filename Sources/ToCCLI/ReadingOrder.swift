import ToCModel

/// The order a person reads a report in: within each file the errors first, then the warnings,
/// then the infos, each in line order, so that what breaks the model comes before what it causes.
/// Files keep their order. JSON, SARIF and GitHub keep CLI.md's order (file, line, column, code).
enum ReadingOrder {
  /// `diagnostics`, sorted by file, line, column and code, regrouped by severity within each file.
  static func human(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var result: [Diagnostic] = []
    result.reserveCapacity(diagnostics.count)
    var start = 0
    while start < diagnostics.count {
      let file = diagnostics[start].range.file
      var end = start + 1
      while end < diagnostics.count, diagnostics[end].range.file == file { end += 1 }
      for severity in [Severity.error, .warning, .info] {
        result += diagnostics[start..<end].lazy.filter { $0.severity == severity }
      }
      start = end
    }
    return result
  }

  /// The line per file with findings that closes a report of several files:
  /// `team.toc: 2 errors, 1 warning`.
  static func perFile(_ statistics: Statistics, showInfos: Bool) -> [Bilingual] {
    statistics.files.compactMap { file in
      Messages.counts(
        errors: file.errors, warnings: file.warnings, infos: showInfos ? file.infos : 0
      ).map { Bilingual(en: "\(file.file): \($0.en)", nl: "\(file.file): \($0.nl)") }
    }
  }
}
