import ToCModel
import ToCRender

/// `toc export FILE`: the model as `toc-model/1` JSON, as Markdown tables (logframe and M&E plan),
/// as the M&E plan in CSV, or as a narrative. A file with errors still exports what could be
/// recovered; its errors go to standard error and the exit code is 1.
enum ExportCommand: Subcommand {
  static let summary = Bilingual(
    en: "the model as JSON (toc-model/1), Markdown tables, CSV or plain sentences",
    nl: "het model als JSON (toc-model/1), Markdown-tabellen, CSV of lopende tekst")

  static let formats = ["json", "markdown", "csv", "narrative"]

  static func help(_ language: Language) -> String {
    Help.page(
      language, summary: summary,
      usage: "toc export [--format json|markdown|csv|narrative] [-o <file>] <file>",
      arguments: [
        Help.file
      ],
      options: [
        (
          "--format <format>",
          Bilingual(
            en: "json (toc-model/1, default), markdown, csv or narrative",
            nl: "json (toc-model/1, standaard), markdown, csv of narrative")
        ),
        Help.output,
        Help.lang,
      ],
      notes: [
        Bilingual(
          en:
            "A file with errors still exports what could be recovered; the errors go to\nstandard error and the exit code is 1.",
          nl:
            "Een bestand met fouten levert toch wat te redden viel; de fouten staan op\nstandaardfout en de afsluitcode is 1."
        ),
        Bilingual(
          en: """
            markdown: a logframe table and the M&E plan (per outcome its indicators, unit,
            baseline, target, latest measurement per area and source). csv: the M&E plan, one
            row per outcome and indicator. narrative: the theory in sentences, from resources
            to impact. Markdown and narrative follow the model's language unless --lang is given.
            """,
          nl: """
            markdown: een logframe-tabel en het M&E-plan (per uitkomst de indicatoren, eenheid,
            nulmeting, streefwaarde, laatste meting per gebied en bron). csv: het M&E-plan, een
            rij per uitkomst en indicator. narrative: de theorie in zinnen, van middelen tot
            impact. Markdown en narrative volgen de taal van het model, tenzij --lang is gegeven.
            """),
      ])
  }

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(words, options: ["--format", "--lang", "--output"])
    guard case .proceed(let arguments) = parsed else { return parsed.status }
    var context = context
    let format: String
    switch context.format(arguments, among: formats) {
    case .failure(let error): return context.usage(error)
    case .success(let chosen): (format, context) = chosen
    }
    guard let file = arguments.operands.first else {
      return context.usage(.missingOperand("a file to export"))
    }
    guard arguments.operands.count == 1 else { return context.usage(.tooManyOperands) }
    var workspace = Workspace(context)
    guard let loaded = workspace.load(file) else { return .environment }
    let language = arguments.values["--lang"] == nil ? loaded.model.language : context.language
    let text =
      switch format {
      case "markdown": MarkdownExport.render(loaded.model, language: language)
      case "csv": CSVExport.render(loaded.model)
      case "narrative": Narrative.render(loaded.model, language: language)
      default: ModelJSON.render(loaded.model)
      }
    let written = Output.write(text, to: arguments.values["--output"], context)
    return Output.finish(loaded, workspace: workspace, written: written)
  }
}

/// Where a command's result goes: standard output, or a file written atomically with `-o`.
enum Output {
  /// Writes `text`; false (after saying why) when the file could not be written. On a terminal,
  /// control characters from the user's file are shown as escapes rather than obeyed.
  static func write(_ text: String, to path: String?, _ context: Context) -> Bool {
    let shown =
      (path ?? "-") == "-" && context.environment.isTerminal(1)
      ? Visible.text(text, keepingLineBreaks: true) : text
    return write(Array(shown.utf8), to: path, context)
  }

  static func write(_ bytes: [UInt8], to path: String?, _ context: Context) -> Bool {
    guard let path, path != "-" else {
      context.environment.standardOutput(bytes)
      return true
    }
    if case .failure(let error) = context.environment.files.write(path, bytes) {
      context.environmentError(Messages.cannotWrite(path, error.reason(in: context.language)))
      return false
    }
    return true
  }

  /// Shows a model's errors on standard error and tells the exit status of a command that made
  /// something from it: 3 if the result could not be written, 1 if the model has errors.
  static func finish(_ loaded: Loaded, workspace: Workspace, written: Bool) -> ExitStatus {
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
      let context = workspace.context
      let color =
        context.environment.isTerminal(2)
        && (context.environment.variables["NO_COLOR"] ?? "").isEmpty
      let report = HumanReport(workspace: workspace, language: context.language, color: color)
      context.environment.errors(
        report.render(errors, summary: Summary(errors, files: 1), showInfos: false))
    }
    if !written { return .environment }
    return errors.isEmpty ? .success : .failure
  }
}
