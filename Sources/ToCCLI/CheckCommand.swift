import ToCModel

/// `toc check PATH…`: parse and lint files, and report what is found.
enum CheckCommand: Subcommand {
  static let summary = Bilingual(
    en: "parse and lint files; a folder means every .toc file below it",
    nl: "lees en controleer bestanden; een map betekent elk .toc-bestand erin")

  /// The formats of the findings.
  enum Format: String, Choice {
    case human, json, sarif, github
  }

  static let format = Option.choice(
    "--format", "<format>", Format.self,
    Bilingual(
      en: "human, json (toc-diagnostics/1), sarif (SARIF 2.1.0) or github",
      nl: "human, json (toc-diagnostics/1), sarif (SARIF 2.1.0) of github"))
  static let strict = Option.flag(
    "--strict",
    Bilingual(
      en: "warnings fail the check; infos are shown",
      nl: "waarschuwingen laten de controle falen; opmerkingen worden getoond"))
  static let all = Option.flag(
    "--all",
    Bilingual(
      en: "show infos too, without failing on them",
      nl: "toon ook opmerkingen, zonder erop te falen"))
  static let statistics = Option.flag(
    "--statistics",
    Bilingual(
      en: "counts per rule and per file instead of each finding (json: both)",
      nl: "aantallen per controle en per bestand in plaats van elke bevinding (json: beide)"))
  static let color = Option.choice(
    "--color", "<when>", ColorChoice.self,
    Bilingual(
      en: "auto, always or never (NO_COLOR is honoured)",
      nl: "auto, always of never (NO_COLOR wordt gerespecteerd)"))

  static let options = [format, strict, all, statistics, .lang(), color]

  static func help(_ language: Language) -> String {
    Help.page(
      language, summary: summary,
      usage:
        "toc check [--strict] [--all] [--statistics] [--format <format>] [--lang <nl|en>] [--color <when>] <path> ...",
      arguments: [
        Help.paths
      ],
      options: options,
      notes: [
        Bilingual(
          en:
            "Exit codes: 0 no errors (with --strict: no warnings either); 1 errors found (or\nwarnings with --strict); 2 usage error or no .toc file found; 3 a file could not be read.",
          nl:
            "Afsluitcodes: 0 geen fouten (met --strict: ook geen waarschuwingen); 1 fouten gevonden\n(of waarschuwingen met --strict); 2 verkeerd aangeroepen of geen .toc-bestand gevonden; 3 een bestand kon niet gelezen worden."
        )
      ])
  }

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(words)
    guard case .proceed(let arguments) = parsed else { return parsed.status }
    let format: Format
    let language: Language
    let color: ColorChoice
    switch (
      arguments.choice(Self.format, default: Format.human), context.language(arguments),
      arguments.choice(Self.color, default: ColorChoice.auto)
    ) {
    case (.success(let f), .success(let l), .success(let c)): (format, language, color) = (f, l, c)
    case (.failure(let error), _, _), (_, .failure(let error), _), (_, _, .failure(let error)):
      return context.usage(error)
    }
    let statistics = arguments.has(Self.statistics)
    if statistics, format != .human, format != .json {
      let counted = [Format.human, .json].map(\.rawValue)
      return context.usage(.invalidChoice(Self.format.name, format.rawValue, counted))
    }
    guard !arguments.operands.isEmpty else {
      return context.usage(
        .missingOperand(
          Bilingual(en: "a file or folder to check", nl: "een bestand of map om te controleren")))
    }
    var context = context
    context.language = language
    var workspace = Workspace(context)
    let (files, missing, empty) = workspace.files(arguments.operands)
    // A CI job pointed at the wrong folder must fail, not pass on nothing.
    if !empty.isEmpty { return context.usage(.noTocFiles(empty)) }
    let strict = arguments.has(Self.strict)
    let showInfos = strict || arguments.has(all)
    var diagnostics: [Diagnostic] = []
    // The files of every load, which the diagnostics of all are numbered by.
    var sources = SourceFiles()
    var unreadable = missing
    var checked: [String] = []
    for (file, found) in zip(files, workspace.check(files, infos: showInfos)) {
      guard let found else {
        unreadable = true
        continue
      }
      diagnostics += sources.take(found.diagnostics, from: found.files)
      checked.append(file == "-" ? Workspace.standardInputName : file)
    }
    // Nothing read at all: the messages on standard error say it all, a summary would mislead.
    if checked.isEmpty {
      return unreadable ? .environment : .usage
    }
    // One file's diagnostics come from `Checker.check` unique and sorted already.
    let merged =
      checked.count == 1 ? diagnostics : Diagnostic.sortedUnique(diagnostics, in: sources)
    let summary = Summary(merged, files: checked.count)
    // Counted only where they are shown: the statistics, or the line per file of several files.
    var counts: Statistics { Statistics(merged, sources: sources, checked: checked) }
    switch format {
    case .json:
      context.environment.output(
        DiagnosticsJSON.render(
          merged, files: sources, summary: summary, language: language,
          statistics: statistics ? counts : nil))
    case .sarif:
      context.environment.output(SARIF.render(merged, files: sources, language: language))
    case .github:
      context.environment.output(
        GitHubAnnotations.render(
          merged, files: sources, language: language))
    case .human:
      let useColor =
        color == .always
        || (color == .auto && context.environment.isTerminal(1)
          && (context.environment.variables["NO_COLOR"] ?? "").isEmpty
          && context.environment.variables["TERM"] != "dumb")
      let shown = statistics ? [] : ReadingOrder.human(merged)
      let report = HumanReport(
        files: sources, lines: workspace.lines(for: shown, in: sources), language: language,
        color: useColor)
      let closing =
        statistics
        ? counts.text(language)
        : checked.count > 1
          ? ReadingOrder.perFile(counts, showInfos: showInfos).map { $0[language] + "\n" }.joined()
          : ""
      context.environment.output(
        report.render(
          shown, summary: summary, showInfos: showInfos,
          closing: closing.isEmpty ? "" : closing + "\n"))
    }
    if unreadable { return .environment }
    let failed = summary.errors > 0 || (strict && summary.warnings > 0)
    return failed ? .failure : .success
  }
}
