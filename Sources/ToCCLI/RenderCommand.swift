import ToCModel
import ToCRender

/// `toc render FILE`: the figure. DOT by default; SVG, PNG and PDF through Graphviz; Mermaid.
enum RenderCommand: Subcommand {
  static let summary = Bilingual(
    en: "draw the model: DOT, SVG/PNG/PDF through Graphviz, or Mermaid",
    nl: "teken het model: DOT, SVG/PNG/PDF via Graphviz, of Mermaid")

  /// The forms of a figure.
  enum Format: String, Choice {
    case dot, svg, png, pdf, mermaid, tikz
  }

  static let format = Option.choice(
    "--format", "<format>", Format.self, short: "-f",
    Bilingual(
      en: "dot (default), svg, png, pdf, tikz (these four need Graphviz) or mermaid",
      nl: "dot (standaard), svg, png, pdf, tikz (deze vier vragen Graphviz) of mermaid"))
  static let standalone = Option.flag(
    "--standalone",
    Bilingual(
      en: "with tikz: a whole LaTeX document that pdflatex compiles on its own",
      nl: "bij tikz: een heel LaTeX-document dat pdflatex op zichzelf vertaalt"))
  static let fenced = Option.flag(
    "--fenced",
    Bilingual(
      en: "with mermaid: a ```mermaid block to paste into Markdown",
      nl: "bij mermaid: een ```mermaid-blok om in Markdown te plakken"))
  static let lang = Option.lang(
    Bilingual(
      en: "language of column titles and legend (default: the model's)",
      nl: "taal van kolomtitels en legenda (standaard: die van het model)"))
  static let direction = Option.choice(
    "--direction", "<LR|TB>", LayoutDirection.self,
    Bilingual(
      en: "left to right (default) or top to bottom",
      nl: "van links naar rechts (standaard) of van boven naar onder"))
  static let indicators = Option.flag(
    "--indicators",
    Bilingual(
      en: "show each outcome's indicators beside it, with the latest value",
      nl: "toon de indicatoren naast elk effect, met de laatste waarde"))
  static let assumptions = Option.flag(
    "--assumptions",
    Bilingual(
      en: "number the links that carry assumptions; the legend lists them",
      nl: "nummer de verbanden met aannames; de legenda noemt ze"))
  static let descriptions = Option.flag(
    "--descriptions",
    Bilingual(
      en: "show each node's description under its label",
      nl: "toon de toelichting onder elk label"))
  static let highlight = Option.flag(
    "--highlight",
    Bilingual(
      en: "mark nodes with findings and list the findings: the evaluator's view",
      nl: "markeer knopen met bevindingen en noem de bevindingen: de blik van de evaluator"))
  static let force = Option.flag(
    "--force",
    Bilingual(
      en: "draw what could be recovered from a model with errors",
      nl: "teken wat te redden viel uit een model met fouten"))

  static let options =
    [
      format, standalone, fenced, .output, lang, direction, indicators, assumptions, descriptions,
      highlight,
    ] + FigureOptions.options + [force, .dot]

  static func help(_ language: Language) -> String {
    Help.page(
      language, summary: summary,
      usage: "toc render [-f <format>] [-o <file>] [options] <file>",
      arguments: [
        Help.file
      ],
      options: options,
      notes: [
        Bilingual(
          en:
            "A file toc-style (or toc-stijl) in the model's folder gives settings for every figure\nof that folder, one a line: font: Times, font-size: 10, theme: print, page: a4,\nwidth: 15, wrap: 24, direction: TB, legend: no, title: no. Options win over it.",
          nl:
            "Een bestand toc-stijl (of toc-style) in de map van het model geeft instellingen voor\nelke figuur uit die map, een per regel: lettertype: Times, lettergrootte: 10,\nthema: print, pagina: a4, breedte: 15, afbreken: 24, richting: TB, legenda: nee,\ntitel: nee. Opties gaan voor."
        )
      ])
  }

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(words)
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
        let both = context.parse(settings + words)
        guard case .proceed(let merged) = both else { return both.status }
        arguments = merged
      }
    }
    let format: Format
    var direction: LayoutDirection
    switch (
      arguments.choice(Self.format, default: Format.dot),
      arguments.choice(Self.direction, default: LayoutDirection.leftToRight)
    ) {
    case (.success(let f), .success(let d)): (format, direction) = (f, d)
    case (.failure(let error), _), (_, .failure(let error)): return context.usage(error)
    }
    if case .failure(let error) = context.language(arguments) { return context.usage(error) }
    var style: FigureStyle
    switch FigureOptions.style(arguments) {
    case .failure(let error): return context.usage(error)
    case .success(let chosen): style = chosen
    }
    if let size = style.size {
      // A figure made to fit uses the page's shape: a tall page gets rows, a wide one columns;
      // and labels are wrapped narrower. Options given say otherwise.
      if arguments[Self.direction] == nil, let height = size.height, height > size.width {
        direction = .topToBottom
      }
      if arguments[FigureOptions.wrap] == nil { style.wrap = 16 }
    }
    guard let file = arguments.operands.first else {
      return context.usage(
        .missingOperand(Bilingual(en: "a file to draw", nl: "een bestand om te tekenen")))
    }
    guard arguments.operands.count == 1 else { return context.usage(.tooManyOperands) }

    var workspace = Workspace(context)
    guard let loaded = workspace.load(file) else { return .environment }
    if loaded.hasErrors && !arguments.has(force) {
      _ = Output.finish(loaded, workspace: workspace, written: true)
      context.environmentError(Messages.notDrawn)
      return .failure
    }
    var options = RenderOptions(style: style)
    options.language =
      arguments[lang].flatMap(Language.init(rawValue:)) ?? loaded.model.language
    options.direction = direction
    options.indicators = arguments.has(indicators)
    options.assumptions = arguments.has(assumptions)
    options.descriptions = arguments.has(descriptions)
    if arguments.has(highlight) {
      options.findings = loaded.diagnostics.filter { $0.severity != .info }
    }
    let graphviz = Graphviz(context, path: arguments[.dot])
    if style.size != nil, format != .mermaid, graphviz.program() != nil {
      report(loaded.model, options: options, graphviz: graphviz, context)
    }
    let output = arguments[.output]
    let written: Bool
    switch format {
    case .mermaid:
      let text = Mermaid.render(loaded.model, options: options)
      written = Output.write(
        arguments.has(fenced) ? "```mermaid\n\(text)```\n" : text, to: output,
        context)
    case .tikz:
      let dot = DOT.layoutText(loaded.model, options: options)
      guard let json = graphviz.draw(dot, format: "json"),
        let map = graphviz.draw(dot, format: "cmapx")
      else { return .environment }
      guard let layout = FigureLayout(json: json, map: map) else {
        context.environmentError(Messages.graphvizFailed("its layout does not read as JSON"))
        return .environment
      }
      let standalone = arguments.has(Self.standalone)
      if let note = TikZ.fontNote(options.style, standalone: standalone) {
        context.environment.errors("toc render: \(note[context.language])")
      }
      written = Output.write(
        TikZ.render(loaded.model, options: options, layout: layout, standalone: standalone),
        to: output, context)
    case .dot:
      written = Output.write(DOT.render(loaded.model, options: options), to: output, context)
    case .svg, .png, .pdf:
      guard
        let image = graphviz.draw(
          DOT.render(loaded.model, options: options), format: format.rawValue)
      else { return .environment }
      written = Output.write(
        format == .svg
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
