import ToCModel
import ToCParser

/// `toc fmt PATH…`: writes `.toc` files in their canonical layout, to standard output, in place
/// (`--write`), or only lists the files that would change (`--check`). A file with syntax errors
/// is left as it is.
enum FmtCommand: Subcommand {
  static let summary = Bilingual(
    en: "normalise the layout and keywords of .toc files",
    nl: "zet opmaak en sleutelwoorden van .toc-bestanden recht")

  static let check = Option.flag(
    "--check",
    Bilingual(
      en: "list the files that would change; exit 1 if there are any",
      nl: "noem de bestanden die zouden veranderen; afsluitcode 1 als die er zijn"))
  static let write = Option.flag(
    "--write",
    Bilingual(
      en: "rewrite the files that change, in place",
      nl: "herschrijf de bestanden die veranderen, ter plekke"))
  static let lang = Option.lang(
    Bilingual(
      en: "keywords and messages in this language (default: the file's own language)",
      nl: "sleutelwoorden en meldingen in deze taal (standaard: de taal van het bestand)"))

  static let options = [check, write, lang]

  static func help(_ language: Language) -> String {
    Help.page(
      language, summary: summary, usage: "toc fmt [--check] [--write] [--lang <nl|en>] <path> ...",
      arguments: [
        Help.paths
      ],
      options: options,
      notes: [
        Bilingual(
          en:
            "Without --check or --write the result goes to standard output. A file with syntax\nerrors (TOC101-TOC105) is left as it is; its errors go to standard error and the\nexit code is 1.",
          nl:
            "Zonder --check of --write gaat het resultaat naar standaarduitvoer. Een bestand met\nsyntaxfouten (TOC101-TOC105) blijft zoals het is; de fouten staan op standaardfout en\nde afsluitcode is 1."
        )
      ])
  }

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(words)
    guard case .proceed(let arguments) = parsed else { return parsed.status }
    var context = context
    switch context.language(arguments) {
    case .failure(let error): return context.usage(error)
    case .success(let language): context.language = language
    }
    guard !arguments.operands.isEmpty else {
      return context.usage(
        .missingOperand(
          Bilingual(en: "a file or folder to format", nl: "een bestand of map om op te maken")))
    }
    let keywords = arguments[lang] == nil ? nil : context.language
    let check = arguments.has(Self.check)
    let write = arguments.has(Self.write)
    var workspace = Workspace(context)
    let (files, missing, empty) = workspace.files(arguments.operands)
    // A CI job pointed at the wrong folder must fail, not pass on nothing.
    if !empty.isEmpty { return context.usage(.noTocFiles(empty)) }
    var environmentFailed = missing
    var changed = false
    var errors: [Diagnostic] = []
    // The files of the errors of all files left as they are.
    var sources = SourceFiles()
    var untouched = 0
    for file in files {
      guard let bytes = workspace.read(file) else {
        environmentFailed = true
        continue
      }
      let name = file == "-" ? Workspace.standardInputName : file
      switch Formatter.format(bytes, file: name, language: keywords) {
      case .unformattable(let found, let files):
        context.environmentError(leftAsItIs(name))
        errors += sources.take(found, from: files)
        untouched += 1
      case .formatted(let text):
        let differs = Array(text.utf8) != bytes
        changed = changed || differs
        // Standard input cannot be rewritten: with --check it is listed, else printed.
        if check, differs { context.environment.output(Visible.text(name) + "\n") }
        if write, file != "-" {
          if differs, !Output.write(text, to: file, context) { environmentFailed = true }
        } else if !check {
          _ = Output.write(text, to: nil, context)
        }
      }
    }
    if !errors.isEmpty { report(errors, in: sources, files: untouched, workspace) }
    if environmentFailed { return .environment }
    return !errors.isEmpty || (check && changed) ? .failure : .success
  }

  static func leftAsItIs(_ file: String) -> Bilingual {
    Bilingual(
      en: "`\(file)` has syntax errors and is left as it is",
      nl: "`\(file)` heeft syntaxfouten en blijft zoals het is")
  }

  /// The syntax errors of the `files` files left as they are, on standard error.
  static func report(
    _ errors: [Diagnostic], in sources: SourceFiles, files: Int, _ workspace: Workspace
  ) {
    let context = workspace.context
    let environment = context.environment
    let color = environment.isTerminal(2) && (environment.variables["NO_COLOR"] ?? "").isEmpty
    let report = HumanReport(
      files: sources, lines: workspace.lines(for: errors, in: sources),
      language: context.language, color: color)
    environment.errors(
      report.render(errors, summary: Summary(errors, files: files), showInfos: false))
  }
}
