import ToCModel
import ToCRender

/// `toc render FILE`: the figure. DOT by default; SVG, PNG and PDF through Graphviz; Mermaid.
enum RenderCommand: Subcommand {
  static let summary = Bilingual(
    en: "draw the model: DOT, SVG/PNG/PDF through Graphviz, or Mermaid",
    nl: "teken het model: DOT, SVG/PNG/PDF via Graphviz, of Mermaid")

  static let formats = ["dot", "svg", "png", "pdf", "mermaid", "tikz"]

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
            en: "dot (default), svg, png, pdf, tikz (these four need Graphviz) or mermaid",
            nl: "dot (standaard), svg, png, pdf, tikz (deze vier vragen Graphviz) of mermaid")
        ),
        (
          "--standalone",
          Bilingual(
            en: "with tikz: a whole LaTeX document that pdflatex compiles on its own",
            nl: "bij tikz: een heel LaTeX-document dat pdflatex op zichzelf vertaalt")
        ),
        (
          "--fenced",
          Bilingual(
            en: "with mermaid: a ```mermaid block to paste into Markdown",
            nl: "bij mermaid: een ```mermaid-blok om in Markdown te plakken")
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
          "--page <page>",
          Bilingual(
            en: "fit a4, a5 or letter (-landscape too): rows on a tall page, columns on a wide one",
            nl: "pas op a4, a5 of letter (ook -landscape): rijen staand, kolommen liggend")
        ),
        (
          "--width <cm>",
          Bilingual(
            en: "scale the figure to this width in centimetres",
            nl: "schaal de figuur tot deze breedte in centimeters")
        ),
        (
          "--wrap <n>",
          Bilingual(
            en: "wrap labels at about n characters (default 28)",
            nl: "breek labels af op ongeveer n tekens (standaard 28)")
        ),
        (
          "--font <name>",
          Bilingual(
            en: "the font of every text, e.g. Times (default Helvetica)",
            nl: "het lettertype van alle tekst, bijvoorbeeld Times (standaard Helvetica)")
        ),
        (
          "--font-size <pt>",
          Bilingual(
            en: "the size of box labels; other texts keep their proportion (default 11)",
            nl: "de grootte van de labels; andere tekst schaalt mee (standaard 11)")
        ),
        (
          "--theme <theme>",
          Bilingual(
            en: "colour (default), grey, or print: black on white, kinds told apart by shape",
            nl: "colour (standaard), grey, of print: zwart op wit, soorten herkenbaar aan de vorm")
        ),
        (
          "--no-legend",
          Bilingual(en: "leave out the legend", nl: "laat de legenda weg")
        ),
        (
          "--no-title",
          Bilingual(
            en: "leave out the title (a thesis has a caption)",
            nl: "laat de titel weg (een scriptie heeft een onderschrift)")
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
      ],
      notes: [
        Bilingual(
          en:
            "A file toc-style (or toc-stijl) in the model's folder gives settings for every figure\nof that folder, one a line: font: Times, font-size: 10, theme: print, page: a4,\nwidth: 15, wrap: 24, direction: TB, legend: no, title: no. Options win over it.",
          nl:
            "Een bestand toc-stijl (of toc-style) in de map van het model geeft instellingen voor\nelke figuur uit die map, een per regel: lettertype: Times, lettergrootte: 10,\nthema: print, pagina: a4, breedte: 15, afbreken: 24, richting: TB, legenda: nee,\ntitel: nee. Opties gaan voor."
        )
      ])
  }

  static let flags = Set([
    "--indicators", "--assumptions", "--descriptions", "--highlight", "--force", "--standalone",
    "--fenced",
  ]).union(FigureOptions.flags)
  static let options = Set(["--format", "--output", "--lang", "--direction", "--dot"])
    .union(FigureOptions.options)

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(words, flags: flags, options: options)
    guard case .proceed(var arguments) = parsed else { return parsed.status }
    if let file = arguments.operands.first,
      let style = StyleFile.find(for: file, context.environment.files)
    {
      // The style file's settings come first: the command line's own options win.
      guard case .success(let bytes) = context.environment.files.read(style) else {
        context.environmentError(Messages.styleUnreadable(style))
        return .environment
      }
      switch StyleFile.options(String(decoding: bytes, as: UTF8.self), file: style) {
      case .failure(let error):
        context.environment.errors("toc render: \(error.message[context.language])\n")
        return .usage
      case .success(let settings):
        let both = context.parse(settings + words, flags: flags, options: options)
        guard case .proceed(let merged) = both else { return both.status }
        arguments = merged
      }
    }
    let format: String
    let chosenDirection: String
    switch (
      arguments.choice("--format", formats, default: "dot"),
      arguments.choice("--direction", ["LR", "TB"], default: "LR")
    )
    {
    case (.success(let f), .success(let d)): (format, chosenDirection) = (f, d)
    case (.failure(let error), _), (_, .failure(let error)): return context.usage(error)
    }
    if case .failure(let error) = context.language(arguments) { return context.usage(error) }
    var style: FigureStyle
    switch FigureOptions.style(arguments) {
    case .failure(let error): return context.usage(error)
    case .success(let chosen): style = chosen
    }
    var direction = chosenDirection
    if let size = style.size {
      // A figure made to fit uses the page's shape: a tall page gets rows, a wide one columns;
      // and labels are wrapped narrower. Options given say otherwise.
      if arguments.values["--direction"] == nil, let height = size.height, height > size.width {
        direction = "TB"
      }
      if arguments.values["--wrap"] == nil { style.wrap = 16 }
    }
    guard let file = arguments.operands.first else {
      return context.usage(
        .missingOperand(Bilingual(en: "a file to draw", nl: "een bestand om te tekenen")))
    }
    guard arguments.operands.count == 1 else { return context.usage(.tooManyOperands) }

    var workspace = Workspace(context)
    guard let loaded = workspace.load(file) else { return .environment }
    if loaded.hasErrors && !arguments.flags.contains("--force") {
      _ = Output.finish(loaded, workspace: workspace, written: true)
      context.environmentError(Messages.notDrawn)
      return .failure
    }
    var options = RenderOptions(style: style)
    options.language =
      arguments.values["--lang"].flatMap(Language.init(rawValue:)) ?? loaded.model.language
    options.direction = direction == "TB" ? .topToBottom : .leftToRight
    options.indicators = arguments.flags.contains("--indicators")
    options.assumptions = arguments.flags.contains("--assumptions")
    options.descriptions = arguments.flags.contains("--descriptions")
    if arguments.flags.contains("--highlight") {
      options.findings = loaded.diagnostics.filter { $0.severity != .info }
    }
    let graphviz = Graphviz(context, path: arguments.values["--dot"])
    if style.size != nil, format != "mermaid", graphviz.program() != nil {
      report(loaded.model, options: options, graphviz: graphviz, context)
    }
    let output = arguments.values["--output"]
    let written: Bool
    switch format {
    case "mermaid":
      let text = Mermaid.render(loaded.model, options: options)
      written = Output.write(
        arguments.flags.contains("--fenced") ? "```mermaid\n\(text)```\n" : text, to: output,
        context)
    case "tikz":
      let dot = DOT.layoutText(loaded.model, options: options)
      guard let json = graphviz.draw(dot, format: "json"),
        let map = graphviz.draw(dot, format: "cmapx")
      else { return .environment }
      guard let layout = FigureLayout(json: json, map: map) else {
        context.environmentError(Messages.graphvizFailed("its layout does not read as JSON"))
        return .environment
      }
      let standalone = arguments.flags.contains("--standalone")
      if let note = TikZ.fontNote(options.style, standalone: standalone) {
        context.environment.errors("toc render: \(note[context.language])")
      }
      written = Output.write(
        TikZ.render(loaded.model, options: options, layout: layout, standalone: standalone),
        to: output, context)
    case "dot":
      written = Output.write(DOT.render(loaded.model, options: options), to: output, context)
    default:
      guard let image = graphviz.draw(DOT.render(loaded.model, options: options), format: format)
      else { return .environment }
      written = Output.write(
        format == "svg"
          ? SVGAccessibility.describe(image, model: loaded.model, options: options) : image,
        to: output, context)
    }
    return Output.finish(loaded, workspace: workspace, written: written)
  }

  /// Says on standard error how large the figure prints and how small its smallest text is,
  /// with what helps when that is below 7 pt.
  static func report(
    _ model: Model, options: RenderOptions, graphviz: Graphviz, _ context: Context
  ) {
    guard let plain = graphviz.draw(DOT.render(model, options: options), format: "plain"),
      let report = PrintReport(plain: plain, smallest: DOT.smallestText(model, options: options))
    else { return }
    let landscape = (options.style.size?.width ?? 0) > (options.style.size?.height ?? .infinity)
    context.environment.errors(
      "toc render: "
        + report.message(
          options: options, landscape: landscape, includes: !model.includes.isEmpty,
          in: context.language))
  }
}
