import ToCModel
import ToCRender

/// `toc diff OLD NEW`: what changed between two editions of a model, as text, `toc-diff/1` JSON
/// or a figure of the new edition in `toc render`'s columns, with what was added, changed and
/// removed marked.
enum DiffCommand: Subcommand {
  static let summary = Bilingual(
    en: "what changed between two editions of a model",
    nl: "wat er veranderde tussen twee edities van een model")

  /// The forms of a difference.
  enum Format: String, Choice {
    case text, json, dot
  }

  static let format = Option.choice(
    "--format", "<format>", Format.self,
    Bilingual(
      en: "text (default), json (toc-diff/1) or dot (the new edition, changes marked)",
      nl: "text (standaard), json (toc-diff/1) of dot (de nieuwe editie, wijzigingen gemarkeerd)"))
  static let exitCode = Option.flag(
    "--exit-code",
    Bilingual(
      en: "exit with 1 when the editions differ", nl: "sluit af met 1 als de edities verschillen"))

  static let options = [format, exitCode, .output, .lang()]

  static func help(_ language: Language) -> String {
    Help.page(
      language, summary: summary,
      usage: "toc diff [--format text|json|dot] [--exit-code] [-o <file>] <old> <new>",
      arguments: [
        (
          "<old>",
          Bilingual(
            en: "the earlier edition (a .toc file, or - for standard input)",
            nl: "de eerdere editie (een .toc-bestand, of - voor standaardinvoer)")
        ),
        ("<new>", Bilingual(en: "the later edition", nl: "de latere editie")),
      ],
      options: options,
      notes: [
        Bilingual(
          en:
            "Nodes and indicators are matched by id, and else by a label that is at least 80%\nsimilar; links by their ends. Errors in either file go to standard error and make\nthe exit code 1.",
          nl:
            "Knopen en indicatoren horen bij elkaar als hun id gelijk is, en anders als hun label\nvoor minstens 80% gelijk is; verbanden als hun uiteinden dat doen. Fouten in een van\nbeide bestanden staan op standaardfout en geven afsluitcode 1."
        )
      ])
  }

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(words, format: Self.format, default: Format.text)
    guard case .proceed(let arguments, let format, let context) = parsed else {
      return parsed.status
    }
    if let error = arguments.notTwoOperands(
      none: Bilingual(en: "the old and the new edition", nl: "de oude en de nieuwe versie"),
      one: Bilingual(en: "the new edition", nl: "de nieuwe versie"))
    {
      return context.usage(error)
    }
    var workspace = Workspace(context)
    let old = workspace.load(arguments.operands[0])
    let new = workspace.load(arguments.operands[1])
    guard let old, let new else { return .environment }
    let diff = ModelDiff.compare(old.model, new.model)
    let text =
      switch format {
      case .json: DiffJSON.render(diff)
      case .dot: DiffDOT.render(diff, old: old.model, new: new.model)
      case .text: DiffText.render(diff, language: context.language)
      }
    let written = Output.write(text, to: arguments[.output], context)
    let statuses = [
      Output.finish(old, workspace: workspace, written: true),
      Output.finish(new, workspace: workspace, written: written),
    ]
    if statuses.contains(.environment) { return .environment }
    if statuses.contains(.failure) { return .failure }
    return arguments.has(exitCode) && !diff.isEmpty ? .failure : .success
  }
}
