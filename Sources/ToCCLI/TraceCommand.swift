import ToCModel
import ToCRender

/// `toc trace FILE ID`: backward mapping (every path that leads to ID) and forward mapping
/// (everything ID leads to), as an indented tree or as a figure with the paths highlighted.
enum TraceCommand: Subcommand {
  static let summary = Bilingual(
    en: "every path that leads to a node, and everything it leads to",
    nl: "elk pad dat naar een knoop leidt, en alles waar hij toe leidt")

  /// The forms of a trace.
  enum Format: String, Choice {
    case text, dot
  }

  static let backward = Option.flag(
    "--backward", Bilingual(en: "only what leads to the node", nl: "alleen wat naar de knoop leidt")
  )
  static let forward = Option.flag(
    "--forward", Bilingual(en: "only what the node leads to", nl: "alleen waar de knoop toe leidt"))
  static let format = Option.choice(
    "--format", "<format>", Format.self,
    Bilingual(
      en: "text (an indented tree, default) or dot (the figure, traced paths highlighted)",
      nl: "text (een ingesprongen boom, standaard) of dot (de figuur, gevolgde paden uitgelicht)"))

  static let options = [backward, forward, format, .output, .lang()]

  static func help(_ language: Language) -> String {
    Help.page(
      language, summary: summary,
      usage: "toc trace [--backward] [--forward] [--format text|dot] [-o <file>] <file> <id>",
      arguments: [
        Help.file,
        (
          "<id>",
          Bilingual(
            en: "the node to trace (`si.contacten` for a node of an included file)",
            nl: "de knoop om te volgen (`si.contacten` voor een knoop uit een opgenomen bestand)")
        ),
      ],
      options: options,
      notes: [
        Bilingual(
          en:
            "Without --backward or --forward both are shown, backward first. At most \(Trace.defaultLimit) paths\nare listed in each direction; the text says when there are more.",
          nl:
            "Zonder --backward of --forward staan beide er, terugwaarts eerst. Per richting staan er\nhoogstens \(Trace.defaultLimit) paden; de tekst zegt het als er meer zijn."
        )
      ])
  }

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(words, format: Self.format, default: Format.text)
    guard case .proceed(let arguments, let format, let context) = parsed else {
      return parsed.status
    }
    if let error = arguments.notTwoOperands(
      none: Bilingual(en: "a file and a node id", nl: "een bestand en een knoop-id"),
      one: Bilingual(en: "a node id", nl: "een knoop-id"))
    {
      return context.usage(error)
    }
    let id = arguments.operands[1]
    var workspace = Workspace(context)
    guard let loaded = workspace.load(arguments.operands[0]) else { return .environment }
    let both = !arguments.has(backward) && !arguments.has(forward)
    guard
      let trace = Trace.trace(
        loaded.model, id: id, backward: both || arguments.has(backward),
        forward: both || arguments.has(forward))
    else { return unknown(id, in: loaded.model, context) }
    let text =
      format == .dot
      ? TraceDOT.render(trace, model: loaded.model)
      : TraceText.render(trace, model: loaded.model, language: context.language)
    let written = Output.write(text, to: arguments[.output], context)
    return Output.finish(loaded, workspace: workspace, written: written)
  }

  /// An id that names no node: a usage error with the nearest id, or the qualified one it may mean.
  static func unknown(_ id: String, in model: Model, _ context: Context) -> ExitStatus {
    let isIndicator = model.indicators.contains { $0.id == id }
    let suggestion =
      isIndicator
      ? nil
      : Suggestion.nearest(to: id, among: model.nodes.map(\.id))
        ?? model.nodes.first { $0.localId == id }?.id
    let hint = suggestion.map {
      Bilingual(en: "; did you mean `\($0)`?", nl: "; bedoelde je `\($0)`?")
    }
    let message =
      isIndicator
      ? Bilingual(
        en: "`\(id)` is an indicator, not a node", nl: "`\(id)` is een indicator, geen knoop")
      : Bilingual(en: "no node is called `\(id)`", nl: "geen knoop heet `\(id)`")
    let usage = Bilingual(
      en: "Run `toc trace --help` for usage.", nl: "Zie `toc trace --help` voor het gebruik.")
    let language = context.language
    let text = message[language] + (hint?[language] ?? "")
    context.environment.errors("toc trace: \(text)\n\(usage[language])\n")
    return .usage
  }
}
