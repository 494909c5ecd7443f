import ToCModel
import ToCRender

/// `toc render FILE`: the figure. DOT by default; SVG, PNG and PDF through Graphviz; Mermaid.
enum RenderCommand: Subcommand {
  static let summary = Bilingual(
    en: "draw the model: DOT, SVG/PNG/PDF through Graphviz, or Mermaid",
    nl: "teken het model: DOT, SVG/PNG/PDF via Graphviz, of Mermaid")

  static let formats = ["dot", "svg", "png", "pdf", "mermaid"]

  static func help(_ language: Language) -> String {
    Help.page(
      language, summary: summary,
      usage: "toc render [-f <format>] [-o <file>] [options] <file>",
      arguments: [
        Help.file
      ],
      options: [
        (
          "-f, --format <format>",
          Bilingual(
            en: "dot (default), svg, png, pdf (these three need Graphviz) or mermaid",
            nl: "dot (standaard), svg, png, pdf (deze drie vragen Graphviz) of mermaid")
        ),
        Help.output,
        (
          "--lang <nl|en>",
          Bilingual(
            en: "language of column titles and legend (default: the model's)",
            nl: "taal van kolomtitels en legenda (standaard: die van het model)")
        ),
        (
          "--direction <LR|TB>",
          Bilingual(
            en: "left to right (default) or top to bottom",
            nl: "van links naar rechts (standaard) of van boven naar onder")
        ),
        (
          "--indicators",
          Bilingual(
            en: "show each outcome's indicators beside it, with the latest value",
            nl: "toon de indicatoren naast elk effect, met de laatste waarde")
        ),
        (
          "--assumptions",
          Bilingual(
            en: "number the links that carry assumptions; the legend lists them",
            nl: "nummer de verbanden met aannames; de legenda noemt ze")
        ),
        (
          "--descriptions",
          Bilingual(
            en: "show each node's description under its label",
            nl: "toon de toelichting onder elk label")
        ),
        (
          "--highlight",
          Bilingual(
            en: "mark nodes with findings and list the findings: the evaluator's view",
            nl: "markeer knopen met bevindingen en noem de bevindingen: de blik van de evaluator")
        ),
        (
          "--force",
          Bilingual(
            en: "draw what could be recovered from a model with errors",
            nl: "teken wat te redden viel uit een model met fouten")
        ),
        (
          "--dot <path>",
          Bilingual(
            en: "the Graphviz dot program to use (default: dot on PATH)",
            nl: "het Graphviz-programma dot dat gebruikt wordt (standaard: dot op PATH)")
        ),
      ])
  }

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(
      words, flags: ["--indicators", "--assumptions", "--descriptions", "--highlight", "--force"],
      options: ["--format", "--output", "--lang", "--direction", "--dot"])
    guard case .proceed(let arguments) = parsed else { return parsed.status }
    let format: String
    let direction: String
    switch (
      arguments.choice("--format", formats, default: "dot"),
      arguments.choice("--direction", ["LR", "TB"], default: "LR")
    )
    {
    case (.success(let f), .success(let d)): (format, direction) = (f, d)
    case (.failure(let error), _), (_, .failure(let error)): return context.usage(error)
    }
    if case .failure(let error) = context.language(arguments) { return context.usage(error) }
    guard let file = arguments.operands.first else {
      return context.usage(.missingOperand("a file to draw"))
    }
    guard arguments.operands.count == 1 else { return context.usage(.tooManyOperands) }

    var workspace = Workspace(context)
    guard let loaded = workspace.load(file) else { return .environment }
    if loaded.hasErrors && !arguments.flags.contains("--force") {
      _ = Output.finish(loaded, workspace: workspace, written: true)
      context.environmentError(Messages.notDrawn)
      return .failure
    }
    var options = RenderOptions()
    options.language =
      arguments.values["--lang"].flatMap(Language.init(rawValue:)) ?? loaded.model.language
    options.direction = direction == "TB" ? .topToBottom : .leftToRight
    options.indicators = arguments.flags.contains("--indicators")
    options.assumptions = arguments.flags.contains("--assumptions")
    options.descriptions = arguments.flags.contains("--descriptions")
    if arguments.flags.contains("--highlight") {
      options.findings = loaded.diagnostics.filter { $0.severity != .info }
    }
    let output = arguments.values["--output"]
    let written: Bool
    switch format {
    case "mermaid":
      written = Output.write(Mermaid.render(loaded.model, options: options), to: output, context)
    case "dot":
      written = Output.write(DOT.render(loaded.model, options: options), to: output, context)
    default:
      guard
        let image = Graphviz(context, path: arguments.values["--dot"]).draw(
          DOT.render(loaded.model, options: options), format: format)
      else { return .environment }
      written = Output.write(
        format == "svg"
          ? SVGAccessibility.describe(image, model: loaded.model, options: options) : image,
        to: output, context)
    }
    return Output.finish(loaded, workspace: workspace, written: written)
  }
}
