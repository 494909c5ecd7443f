import ToCModel
import ToCParser

/// `toc init [FILE]`: writes a commented starter model that teaches the language and checks clean.
/// It never overwrites a file; without FILE the model goes to standard output.
enum InitCommand: Subcommand {
  static let summary = Bilingual(
    en: "write a commented starter model", nl: "schrijf een startmodel met uitleg")

  static func help(_ language: Language) -> String {
    Help.page(
      language, summary: summary, usage: "toc init [--lang <nl|en>] [--title <title>] [<file>]",
      arguments: [
        (
          "<file>",
          Bilingual(
            en: "the new .toc file; without it, standard output (nothing is saved)",
            nl: "het nieuwe .toc-bestand; zonder: standaarduitvoer (er wordt niets bewaard)")
        )
      ],
      options: [
        (
          "--lang <nl|en>",
          Bilingual(
            en: "language of the model and of messages (default: LC_ALL, LC_MESSAGES or LANG)",
            nl: "taal van het model en van de meldingen (standaard: LC_ALL, LC_MESSAGES of LANG)")
        ),
        ("--title <title>", Bilingual(en: "the model's title", nl: "de titel van het model")),
      ],
      notes: [
        Bilingual(
          en: "An existing file is never overwritten (exit code 3).",
          nl: "Een bestaand bestand wordt nooit overschreven (afsluitcode 3).")
      ])
  }

  /// The file name `toc init` proposes, in each language.
  static let proposedFile = Bilingual(en: "theory-of-change.toc", nl: "verandertheorie.toc")

  static let notSaved = Bilingual(
    en:
      "toc init: the starter model went to standard output and is not saved in a file; to save it, run `toc init \(proposedFile.en)`",
    nl:
      "toc init: het startmodel ging naar standaarduitvoer en staat niet in een bestand; bewaar het met `toc init \(proposedFile.nl)`"
  )

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(words, options: ["--lang", "--title"])
    guard case .proceed(let arguments) = parsed else { return parsed.status }
    var context = context
    switch context.language(arguments) {
    case .failure(let error): return context.usage(error)
    case .success(let language): context.language = language
    }
    guard arguments.operands.count <= 1 else { return context.usage(.tooManyOperands) }
    var title = StarterModel.defaultTitle[context.language]
    if let given = arguments.values["--title"] {
      // A title is one line: line breaks and runs of white space become one space.
      title = given.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
      guard !title.isEmpty else { return context.usage(.missingValue("--title")) }
    }
    let text = StarterModel.text(context.language, title: Formatter.textValue(title))
    guard let file = arguments.operands.first, file != "-" else {
      context.environment.output(text)
      // Without a file name nothing is saved: say so, and how (not for an explicit `-`).
      if arguments.operands.isEmpty {
        context.environment.errors(Self.notSaved[context.language] + "\n")
      }
      return .success
    }
    guard context.environment.files.kind(file) == nil else {
      context.environmentError(
        Bilingual(
          en: "`\(file)` already exists; toc init does not overwrite files",
          nl: "`\(file)` bestaat al; toc init overschrijft geen bestanden"))
      return .environment
    }
    guard Output.write(text, to: file, context) else { return .environment }
    context.environment.errors(
      Bilingual(
        en: "wrote `\(file)`; check it with `toc check \(file)`",
        nl: "`\(file)` geschreven; controleer het met `toc check \(file)`")[context.language] + "\n"
    )
    return .success
  }
}
