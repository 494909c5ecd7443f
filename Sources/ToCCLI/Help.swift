import ToCModel

/// The help texts, in the layout of swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS, OPTIONS.
enum Help {
  static func overview(_ language: Language) -> String {
    let commands = Command.allCases.map {
      "  \($0.rawValue.padding(10))\($0.type.summary[language])"
    }
    return language == .nl
      ? """
      OVERZICHT: schrijf, controleer en teken een verandertheorie (.toc)

      GEBRUIK: toc <opdracht> [opties]

      OPDRACHTEN:
      \(commands.joined(separator: "\n"))

        Zie 'toc help <opdracht>' of 'toc <opdracht> --help' voor meer.
        'toc --version' toont de versie.

      """
      : """
      OVERVIEW: write, check and draw a theory of change (.toc)

      USAGE: toc <command> [options]

      COMMANDS:
      \(commands.joined(separator: "\n"))

        See 'toc help <command>' or 'toc <command> --help' for more.
        'toc --version' shows the version.

      """
  }

  static func text(_ command: Command, _ language: Language) -> String {
    command.type.help(language)
  }

  /// The operand of commands that read one model.
  static let file = (
    "<file>",
    Bilingual(
      en: "a .toc file, or - for standard input", nl: "een .toc-bestand, of - voor standaardinvoer")
  )

  /// The operands of commands that take many files.
  static let paths = (
    "<path>",
    Bilingual(
      en: "a .toc file, a folder, or - for standard input",
      nl: "een .toc-bestand, een map, of - voor standaardinvoer")
  )

  /// One command's page: overview, usage, arguments, options and closing notes.
  static func page(
    _ language: Language, summary: Bilingual, usage: String, arguments: [(String, Bilingual)],
    options: [Option], notes: [Bilingual] = []
  ) -> String {
    let nl = language == .nl
    func rows(_ rows: [(String, Bilingual)]) -> String {
      rows.map { "  \($0.0.padding(22))\($0.1[language])" }.joined(separator: "\n")
    }
    var out = "\(nl ? "OVERZICHT" : "OVERVIEW"): \(summary[language])\n\n"
    out += "\(nl ? "GEBRUIK" : "USAGE"): \(usage)\n\n"
    if !arguments.isEmpty { out += "\(nl ? "ARGUMENTEN" : "ARGUMENTS"):\n\(rows(arguments))\n\n" }
    let listed = (options + [Option.help]).map { ($0.label, $0.help) }
    out += "\(nl ? "OPTIES" : "OPTIONS"):\n\(rows(listed))\n"
    for note in notes {
      out +=
        "\n" + note[language].split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        + "\n"
    }
    return out
  }
}

/// A `toc` subcommand: its summary, its options, its help page, and what it does.
protocol Subcommand {
  static var summary: Bilingual { get }
  /// Every option the command takes but `--help`, in the order its help lists them.
  static var options: [Option] { get }
  static func help(_ language: Language) -> String
  static func run(_ words: [String], _ context: Context) -> ExitStatus
}
