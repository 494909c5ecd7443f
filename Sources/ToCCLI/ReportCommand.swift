import ToCCheck
import ToCModel
import ToCRender

/// `toc report PATH…`: the evaluator's report, one self-contained HTML page (or a PDF printed by
/// headless Chromium) with every file's facts, figure, findings, M&E plan, charts, assumptions
/// and narrative. Files a model includes get a section of their own, once.
enum ReportCommand: Subcommand {
  static let summary = Bilingual(
    en: "the evaluator's report: one HTML page (or PDF) per team or programme",
    nl: "het rapport voor de evaluator: één HTML-pagina (of pdf) per team of programma")

  /// The forms of the report.
  enum Format: String, Choice {
    case html, pdf
  }

  static let format = Option.choice(
    "--format", "<format>", Format.self, short: "-f",
    Bilingual(
      en: "html (default) or pdf (printed by headless Chromium)",
      nl: "html (standaard) of pdf (afgedrukt door Chromium zonder venster)"))
  static let chromium = Option.valued(
    "--chromium", "<path>",
    Bilingual(
      en: "the Chromium program for -f pdf (default: chromium on PATH)",
      nl: "het Chromium-programma voor -f pdf (standaard: chromium op PATH)"))

  static let options = [
    format, .output,
    .lang(
      Bilingual(
        en: "language of the report (default: the first model's)",
        nl: "taal van het rapport (standaard: die van het eerste model)")),
    .dot, chromium,
  ]

  static func help(_ language: Language) -> String {
    Help.page(
      language, summary: summary,
      usage: "toc report [-f html|pdf] [-o <file>] [--lang <nl|en>] <path> ...",
      arguments: [Help.paths],
      options: options,
      notes: [
        Bilingual(
          en: """
            The page needs no network and no script, and prints on A4 (a team per page).
            Without Graphviz the page says so and lists the columns as a table. Exit codes:
            0 written; 1 written, but a model has errors; 2 usage error; 3 a file could not be
            read or written, or -f pdf without Chromium.
            """,
          nl: """
            De pagina heeft geen netwerk en geen script nodig en drukt af op A4 (een team per
            pagina). Zonder Graphviz zegt de pagina dat en staan de kolommen in een tabel.
            Afsluitcodes: 0 geschreven; 1 geschreven, maar een model heeft fouten; 2 verkeerd
            aangeroepen; 3 een bestand kon niet gelezen of geschreven worden, of -f pdf zonder
            Chromium.
            """)
      ])
  }

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(words, format: Self.format, default: Format.html)
    guard case .proceed(let arguments, let format, let context) = parsed else {
      return parsed.status
    }
    guard !arguments.operands.isEmpty else {
      return context.usage(
        .missingOperand(
          Bilingual(
            en: "a file or folder to report on",
            nl: "een bestand of map om een rapport over te maken")))
    }
    var chromium: String?
    if format == .pdf {
      chromium = Chromium(context, path: arguments[Self.chromium]).program()
      guard chromium != nil else {
        context.environmentError(ReportMessages.chromiumMissing)
        return .environment
      }
    }
    var workspace = Workspace(context)
    let (files, missing, empty) = workspace.files(arguments.operands)
    if !empty.isEmpty { return context.usage(.noTocFiles(empty)) }
    let (loaded, unreadable) = load(files, &workspace)
    guard !loaded.isEmpty else { return .environment }
    let language =
      arguments[.lang()] == nil ? loaded[0].model.language : context.language
    let figures = draw(loaded, language: language, dot: arguments[.dot], context)
    let sections = zip(loaded, figures).map { file, figure in
      let lines = workspace.lines(of: file.model.file)
      let findings = file.diagnostics.filter { $0.range.file == .first }.map {
        Report.Finding(diagnostic: $0, excerpt: lines?.line($0.range.line))
      }
      return Report.Section(model: file.model, findings: findings, figure: figure)
    }
    let report = Report(sections: sections, language: language, rules: ruleTexts)
    var bytes = Array(report.html().utf8)
    if let chromium {
      guard let pdf = Chromium(context, path: chromium).print(bytes) else { return .environment }
      bytes = pdf
    }
    let written = Output.write(bytes, to: arguments[.output], context)
    return finish(
      loaded, workspace: workspace,
      complete: written && !missing && !unreadable)
  }

  /// Shows the errors of the models read on standard error (each once) and tells the exit
  /// status: 3 when a file could not be read or the result not written, 1 for errors, else 0.
  static func finish(_ loaded: [Loaded], workspace: Workspace, complete: Bool) -> ExitStatus {
    let context = workspace.context
    var files = SourceFiles()
    let errors = Diagnostic.sortedUnique(
      loaded.flatMap {
        files.take($0.diagnostics.filter { $0.severity == .error }, from: $0.model.files)
      }, in: files)
    if !errors.isEmpty {
      let human = HumanReport(
        files: files, lines: workspace.lines(for: errors, in: files), language: context.language,
        color: false)
      context.environment.errors(
        human.render(errors, summary: Summary(errors, files: loaded.count), showInfos: false))
    }
    if !complete { return .environment }
    return errors.isEmpty ? .success : .failure
  }

  /// The files named, each followed by the files it includes that were not named (once each).
  /// `failed` tells whether a file could not be read (reported).
  static func load(_ files: [String], _ workspace: inout Workspace) -> (
    loaded: [Loaded], failed: Bool
  ) {
    var loaded: [Loaded] = []
    var failed = false
    var seen: Set<String> = []
    var pending = files.reversed().map { $0 }
    while let file = pending.popLast() {
      guard seen.insert(file).inserted else { continue }
      guard let model = workspace.load(file) else {
        failed = true
        continue
      }
      loaded.append(model)
      let included = model.model.includes.map(\.file).filter { !seen.contains($0) }
      pending += unique(included).reversed()
    }
    return (loaded, failed)
  }

  static func unique(_ files: [String]) -> [String] {
    var seen: Set<String> = []
    return files.filter { seen.insert($0).inserted }
  }

  /// Each model's figure through Graphviz, drawn on all cores; without Graphviz, why not.
  static func draw(_ loaded: [Loaded], language: Language, dot: String?, _ context: Context)
    -> [Report.Figure]
  {
    let graphviz = Graphviz(context, path: dot)
    guard let program = graphviz.program() else {
      context.environmentError(ReportMessages.graphvizMissing)
      let reason = context.language == .nl ? "Graphviz ontbreekt" : "Graphviz is missing"
      return loaded.map { _ in .missing(reason: reason) }
    }
    let options = RenderOptions(language: language)
    return Cores.map(loaded.count) { index -> Report.Figure in
      let model = loaded[index].model
      guard !model.nodes.isEmpty else { return .missing(reason: "") }
      let result = context.environment.runProgram(
        program, ["-Tsvg"], Array(DOT.render(model, options: options).utf8))
      guard result.launched, result.status == 0 else {
        let said = Graphviz.trimmed(String(decoding: result.errors, as: UTF8.self))
        return .missing(reason: said.isEmpty ? "dot \(result.status)" : said)
      }
      let svg = SVGAccessibility.describe(result.output, model: model, options: options)
      return .svg(String(decoding: svg, as: UTF8.self))
    }
  }

  static let ruleTexts: [Code: Report.RuleText] = Dictionary(
    uniqueKeysWithValues: Rules.all.map {
      ($0.code, Report.RuleText(name: $0.name, summary: $0.summary, rationale: $0.rationale))
    })
}

/// The messages of `toc report`.
enum ReportMessages {
  static let graphvizMissing = Bilingual(
    en:
      "Graphviz (`dot`) is not on PATH: the report shows each model's columns as a table instead of the figure.",
    nl:
      "Graphviz (`dot`) staat niet op PATH: het rapport toont de kolommen van elk model als tabel in plaats van de figuur."
  )

  static let chromiumMissing = Bilingual(
    en: """
      -f pdf prints the report with headless Chromium, and none was found on PATH
      (chromium, chromium-browser, google-chrome). Install it (Debian/Ubuntu: sudo apt-get
      install chromium), name it with --chromium PATH, or write HTML and print it from a browser.
      """,
    nl: """
      -f pdf drukt het rapport af met Chromium zonder venster, en er is er geen gevonden op PATH
      (chromium, chromium-browser, google-chrome). Installeer het (Debian/Ubuntu: sudo apt-get
      install chromium), noem het met --chromium PAD, of schrijf HTML en druk die af vanuit een browser.
      """)

  static func chromiumFailed(_ said: String) -> Bilingual {
    Bilingual(
      en: "Chromium could not print the report: \(said)",
      nl: "Chromium kon het rapport niet afdrukken: \(said)")
  }
}
