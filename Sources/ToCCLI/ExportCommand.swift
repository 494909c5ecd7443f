import ToCModel
import ToCRender

/// `toc export FILE`: the model as `toc-model/1` JSON, as Markdown tables (logframe and M&E plan),
/// as the M&E plan in CSV, or as a narrative. A file with errors still exports what could be
/// recovered; its errors go to standard error and the exit code is 1.
enum ExportCommand: Subcommand {
  static let summary = Bilingual(
    en: "the model as JSON (toc-model/1), Markdown tables, CSV or plain sentences",
    nl: "het model als JSON (toc-model/1), Markdown-tabellen, CSV of lopende tekst")

  /// The forms of an export.
  enum Format: String, Choice {
    case json, markdown, csv, narrative, measurements

    /// Whether the format takes several files (or folders) at once.
    var takesMany: Bool { self == .markdown || self == .csv || self == .measurements }
  }

  static let format = Option.choice(
    "--format", "<format>", Format.self,
    Bilingual(
      en: "json (toc-model/1, default), markdown, csv, narrative or measurements",
      nl: "json (toc-model/1, standaard), markdown, csv, narrative of measurements"))
  static let excel = Option.flag(
    "--excel",
    Bilingual(
      en: "csv and measurements for Dutch Excel: `;`, decimal comma, byte-order mark",
      nl: "csv en measurements voor Nederlandse Excel: `;`, decimale komma, BOM"))

  static let options = [format, excel, .output, .lang()]

  static func help(_ language: Language) -> String {
    Help.page(
      language, summary: summary,
      usage:
        "toc export [--format json|markdown|csv|narrative|measurements] [--excel] [-o <file>] <path> ...",
      arguments: [
        Help.paths
      ],
      options: options,
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
            measurements: every baseline, target and measurement of every indicator, one row
            each (file, indicator_id, indicator, unit, area, year, value, kind); an indicator
            that several files include gives its rows once. markdown, csv and measurements take
            several files and folders (and the files they include): csv and markdown then name
            the team in a column. json and narrative take one file.
            """,
          nl: """
            markdown: een logframe-tabel en het M&E-plan (per uitkomst de indicatoren, eenheid,
            nulmeting, streefwaarde, laatste meting per gebied en bron). csv: het M&E-plan, een
            rij per uitkomst en indicator. narrative: de theorie in zinnen, van middelen tot
            impact. Markdown en narrative volgen de taal van het model, tenzij --lang is gegeven.
            measurements: elke nulmeting, streefwaarde en meting van elke indicator, een rij per
            waarde (file, indicator_id, indicator, unit, area, year, value, kind); een indicator
            die meer bestanden opnemen, staat er één keer in. markdown, csv en measurements nemen
            meer bestanden en mappen (en de bestanden die zij opnemen): csv en markdown noemen dan
            het team in een kolom. json en narrative nemen één bestand.
            """),
      ])
  }

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(words, format: Self.format, default: Format.json)
    guard case .proceed(let arguments, let format, let context) = parsed else {
      return parsed.status
    }
    guard let file = arguments.operands.first else {
      return context.usage(
        .missingOperand(Bilingual(en: "a file to export", nl: "een bestand om te exporteren")))
    }
    let excel = arguments.has(Self.excel)
    var workspace = Workspace(context)
    let operands = arguments.operands
    // A folder for json or narrative is read as a file, and says it is a folder.
    let many =
      format == .measurements || operands.count > 1
      || (format.takesMany
        && operands.contains { context.environment.files.kind($0) == .folder })
    if many {
      guard format.takesMany else {
        context.environmentError(
          Bilingual(
            en: "\(format.rawValue) takes one file; markdown, csv and measurements take several",
            nl: "\(format.rawValue) neemt één bestand; markdown, csv en measurements nemen er meer")
        )
        return context.usage(.tooManyOperands)
      }
      return exportMany(operands, format: format, excel: excel, arguments, &workspace)
    }
    guard let loaded = workspace.load(file) else { return .environment }
    let language = arguments[.lang()] == nil ? loaded.model.language : context.language
    let text =
      switch format {
      case .markdown: MarkdownExport.render(loaded.model, language: language)
      case .csv: CSVExport.render(loaded.model, excel: excel)
      case .narrative: Narrative.render(loaded.model, language: language)
      case .json, .measurements: ModelJSON.render(loaded.model)
      }
    let written = Output.write(text, to: arguments[.output], context)
    return Output.finish(loaded, workspace: workspace, written: written)
  }
}

extension ExportCommand {
  /// Several files and folders, with the files they include, in one table.
  static func exportMany(
    _ operands: [String], format: Format, excel: Bool, _ arguments: Arguments,
    _ workspace: inout Workspace
  ) -> ExitStatus {
    let context = workspace.context
    let (files, missing, empty) = workspace.files(operands)
    if !empty.isEmpty { return context.usage(.noTocFiles(empty)) }
    let (loaded, unreadable) = ReportCommand.load(files, &workspace)
    guard !loaded.isEmpty else { return .environment }
    let models = loaded.map(\.model)
    let language = arguments[.lang()] == nil ? models[0].language : context.language
    let text =
      switch format {
      case .markdown: MarkdownExport.render(models, language: language)
      case .csv: CSVExport.render(models, excel: excel)
      case .json, .narrative, .measurements: MeasurementsExport.render(models, excel: excel)
      }
    let written = Output.write(text, to: arguments[.output], context)
    return ReportCommand.finish(
      loaded, workspace: workspace,
      complete: written && !missing && !unreadable)
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
      context.environmentError(Messages.cannotWrite(path, error))
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
      let files = loaded.model.files
      let report = HumanReport(
        files: files, lines: workspace.lines(for: errors, in: files), language: context.language,
        color: color)
      context.environment.errors(
        report.render(errors, summary: Summary(errors, files: 1), showInfos: false))
    }
    if !written { return .environment }
    return errors.isEmpty ? .success : .failure
  }
}
