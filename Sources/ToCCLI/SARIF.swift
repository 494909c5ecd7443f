import ToCCheck
import ToCModel

/// Diagnostics as SARIF 2.1.0, the format code-scanning services read.
enum SARIF {
  /// The diagnostics, their files named by `files`.
  static func render(_ diagnostics: [Diagnostic], files: SourceFiles, language: Language)
    -> String
  {
    let rules = Rules.all
    return JSON.object([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      (
        "runs",
        .array([
          .object([
            (
              "tool",
              .object([
                (
                  "driver",
                  .object([
                    ("name", .string("toc")),
                    ("version", .string(CLI.version)),
                    ("rules", .array(rules.map { rule($0, language) })),
                  ])
                )
              ])
            ),
            (
              "results",
              .array(diagnostics.map { result($0, files, language, rules) })
            ),
          ])
        ])
      ),
    ]).rendered()
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  static func rule(_ rule: Rule, _ language: Language) -> JSON {
    .object([
      ("id", .string(rule.code.rawValue)),
      ("name", .string(rule.name)),
      ("shortDescription", .object([("text", .string(rule.summary[language]))])),
      ("fullDescription", .object([("text", .string(rule.rationale[language]))])),
      ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
      ("help", .object([("text", .string(rule.rationale[language]))])),
    ])
  }

  /// A finding as a SARIF result; its notes are its related locations.
  static func result(
    _ diagnostic: Diagnostic, _ files: SourceFiles, _ language: Language, _ rules: [Rule]
  ) -> JSON {
    var message = diagnostic.message[language]
    if let help = diagnostic.help { message += " (\(help[language]))" }
    let related = diagnostic.notes.enumerated().map { index, note in
      JSON.object([
        ("id", .number(Double(index))),
        ("physicalLocation", location(note.range, files)),
        ("message", .object([("text", .string(note.message[language]))])),
      ])
    }
    return .object(
      [
        ("ruleId", .string(diagnostic.code.rawValue)),
        ("ruleIndex", .number(Double(rules.firstIndex { $0.code == diagnostic.code } ?? 0))),
        ("level", .string(level(diagnostic.severity))),
        ("message", .object([("text", .string(message))])),
        (
          "locations",
          .array([.object([("physicalLocation", location(diagnostic.range, files))])])
        ),
      ] + (related.isEmpty ? [] : [("relatedLocations", .array(related))]))
  }

  /// A SARIF physical location: the file and the region in it.
  static func location(_ range: SourceRange, _ files: SourceFiles) -> JSON {
    .object([
      ("artifactLocation", .object([("uri", .string(files[range.file]))])),
      (
        "region",
        .object([
          ("startLine", .number(Double(range.line))),
          ("startColumn", .number(Double(range.column))),
          ("endLine", .number(Double(range.endLine))),
          ("endColumn", .number(Double(range.endColumn))),
        ])
      ),
    ])
  }
}
