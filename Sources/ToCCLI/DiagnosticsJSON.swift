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
    let notes = diagnostic.notes.map { note in
      JSON.object(
        [("message", .string(note.message[language]))] + place(note.range, files))
    }
    return .object(
      [
        ("code", .string(diagnostic.code.rawValue)),
        ("name", .string(diagnostic.code.name)),
        ("severity", .string(diagnostic.severity.rawValue)),
        ("message", .string(diagnostic.message[language])),
      ] + place(diagnostic.range, files) + [
        ("help", .text(diagnostic.help?[language])),
        ("notes", .array(notes)),
      ])
  }

  /// `file`, `line`, `column`, `endLine` and `endColumn` of a range.
  static func place(_ range: SourceRange, _ files: SourceFiles) -> [(String, JSON)] {
    [
      ("file", .string(files[range.file])),
      ("line", .number(Double(range.line))),
      ("column", .number(Double(range.column))),
      ("endLine", .number(Double(range.endLine))),
      ("endColumn", .number(Double(range.endColumn))),
    ]
  }
}
