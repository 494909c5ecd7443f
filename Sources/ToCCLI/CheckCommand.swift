import ToCModel

/// `toc check PATH…`: parse and lint files, and report what is found.
enum CheckCommand {
  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(
      words, flags: ["--strict", "--all"], options: ["--format", "--lang", "--color"])
    guard case .proceed(let arguments) = parsed else { return parsed.status }
    let format: String
    let language: Language
    let color: String
    switch (
      arguments.choice("--format", ["human", "json", "sarif", "github"], default: "human"),
      context.language(arguments),
      arguments.choice("--color", ["auto", "always", "never"], default: "auto")
    ) {
    case (.success(let f), .success(let l), .success(let c)): (format, language, color) = (f, l, c)
    case (.failure(let error), _, _), (_, .failure(let error), _), (_, _, .failure(let error)):
      return context.usage(error)
    }
    guard !arguments.operands.isEmpty else { return context.usage(.missingOperand("a file or folder to check")) }
    var context = context
    context.language = language
    var workspace = Workspace(context)
    let (files, missing) = workspace.files(arguments.operands)
    var diagnostics: [Diagnostic] = []
    var unreadable = missing
    for file in files {
      guard let loaded = workspace.load(file) else {
        unreadable = true
        continue
      }
      diagnostics += loaded.diagnostics
    }
    let strict = arguments.flags.contains("--strict")
    let showInfos = strict || arguments.flags.contains("--all")
    let shown = Diagnostic.sorted(Diagnostic.unique(diagnostics)).filter { showInfos || $0.severity != .info }
    let summary = Summary(shown, files: files.count)
    switch format {
    case "json": context.environment.output(DiagnosticsJSON.render(shown, summary: summary, language: language))
    case "sarif": context.environment.output(SARIF.render(shown, language: language))
    case "github": context.environment.output(GitHubAnnotations.render(shown, language: language))
    default:
      let useColor = color == "always"
        || (color == "auto" && context.environment.isTerminal(1)
          && (context.environment.variables["NO_COLOR"] ?? "").isEmpty
          && context.environment.variables["TERM"] != "dumb")
      let report = HumanReport(workspace: workspace, language: language, color: useColor)
      context.environment.output(report.render(shown, summary: summary, showInfos: showInfos))
    }
    if unreadable { return .environment }
    let failed = summary.errors > 0 || (strict && summary.warnings > 0)
    return failed ? .failure : .success
  }
}
