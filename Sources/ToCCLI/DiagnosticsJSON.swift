import ToCModel

/// Diagnostics as `toc-diagnostics/1` JSON, for editors and scripts.
enum DiagnosticsJSON {
  /// With `statistics`, a `statistics` key holds the counts per rule and per file. `files` names
  /// the diagnostics' files.
  static func render(
    _ diagnostics: [Diagnostic], files: SourceFiles, summary: Summary, language: Language,
    statistics: Statistics? = nil
  ) -> String {
    JSON.object(
      [
        ("format", .string("toc-diagnostics/1")),
        ("diagnostics", .array(diagnostics.map { diagnostic($0, files, language) })),
        (
          "summary",
          .object([
            ("errors", .number(Double(summary.errors))),
            ("warnings", .number(Double(summary.warnings))),
            ("infos", .number(Double(summary.infos))),
            ("files", .number(Double(summary.files))),
          ])
        ),
      ] + (statistics.map { [("statistics", $0.json)] } ?? [])
    ).rendered()
  }

  static func diagnostic(_ diagnostic: Diagnostic, _ files: SourceFiles, _ language: Language)
    -> JSON
  {
    let range = diagnostic.range
    return .object([
      ("code", .string(diagnostic.code.rawValue)),
      ("name", .string(diagnostic.code.name)),
      ("severity", .string(diagnostic.severity.rawValue)),
      ("message", .string(diagnostic.message[language])),
      ("file", .string(files[range.file])),
      ("line", .number(Double(range.line))),
      ("column", .number(Double(range.column))),
      ("endLine", .number(Double(range.endLine))),
      ("endColumn", .number(Double(range.endColumn))),
      ("help", .text(diagnostic.help?[language])),
      (
        "notes",
        .array(
          diagnostic.notes.map { note in
            .object([
              ("message", .string(note.message[language])),
              ("file", .string(files[note.range.file])),
              ("line", .number(Double(note.range.line))),
              ("column", .number(Double(note.range.column))),
              ("endLine", .number(Double(note.range.endLine))),
              ("endColumn", .number(Double(note.range.endColumn))),
            ])
          })
      ),
    ])
  }
}
