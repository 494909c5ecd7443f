import ToCModel

/// The help texts, in the layout of swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS, OPTIONS.
enum Help {
  static func overview(_ language: Language) -> String {
    let commands = Command.allCases.map { "  \($0.rawValue.padding(10))\(summary($0)[language])" }
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

  static func summary(_ command: Command) -> Bilingual {
    switch command {
    case .check:
      Bilingual(en: "parse and lint files; a folder means every .toc file below it",
        nl: "lees en controleer bestanden; een map betekent elk .toc-bestand erin")
    case .export:
      Bilingual(en: "the model as JSON (toc-model/1)", nl: "het model als JSON (toc-model/1)")
    case .explain:
      Bilingual(en: "what a rule means, why it matters, a bad and a good example",
        nl: "wat een regel betekent, waarom hij ertoe doet, een fout en een goed voorbeeld")
    }
  }

  static func text(_ command: Command, _ language: Language) -> String {
    let nl = language == .nl
    let head = nl ? "OVERZICHT" : "OVERVIEW"
    let usage = nl ? "GEBRUIK" : "USAGE"
    let arguments = nl ? "ARGUMENTEN" : "ARGUMENTS"
    let options = nl ? "OPTIES" : "OPTIONS"
    let lang = nl
      ? "  --lang <nl|en>          taal van de meldingen (standaard: LC_ALL, LC_MESSAGES of LANG)"
      : "  --lang <nl|en>          language of messages (default: LC_ALL, LC_MESSAGES or LANG)"
    let help = nl ? "  -h, --help              toon deze hulp" : "  -h, --help              show this help"
    switch command {
    case .check:
      return """
        \(head): \(summary(command)[language])

        \(usage): toc check [--strict] [--all] [--format <format>] [--lang <nl|en>] [--color <when>] <path> ...

        \(arguments):
          <path>                  \(nl ? "een .toc-bestand, een map, of - voor standaardinvoer" : "a .toc file, a folder, or - for standard input")

        \(options):
          --format <format>       human, json (toc-diagnostics/1), sarif (SARIF 2.1.0) \(nl ? "of" : "or") github
          --strict                \(nl ? "waarschuwingen laten de controle falen; opmerkingen worden getoond" : "warnings fail the check; infos are shown")
          --all                   \(nl ? "toon ook opmerkingen, zonder erop te falen" : "show infos too, without failing on them")
        \(lang)
          --color <when>          auto, always \(nl ? "of" : "or") never (NO_COLOR \(nl ? "wordt gerespecteerd" : "is honoured"))
        \(help)

        \(nl ? "AFSLUITCODES" : "EXIT CODES"):
          0  \(nl ? "geen fouten (en met --strict geen waarschuwingen)" : "no errors (and with --strict no warnings)")
          1  \(nl ? "fouten gevonden (of waarschuwingen met --strict)" : "errors found (or warnings with --strict)")
          2  \(nl ? "verkeerd aangeroepen" : "usage error")
          3  \(nl ? "een bestand kon niet gelezen worden" : "a file could not be read")

        """
    case .export:
      return """
        \(head): \(summary(command)[language])

        \(usage): toc export [--format json] [-o <file>] <file>

        \(arguments):
          <file>                  \(nl ? "een .toc-bestand, of - voor standaardinvoer" : "a .toc file, or - for standard input")

        \(options):
          --format <format>       json (toc-model/1)
          -o, --output <file>     \(nl ? "schrijf naar een bestand in plaats van standaarduitvoer" : "write to a file instead of standard output")
        \(lang)
        \(help)

          \(nl ? "Een bestand met fouten levert toch wat te redden viel; de fouten staan op standaardfout en de afsluitcode is 1." : "A file with errors still exports what could be recovered; the errors go to standard error and the exit code is 1.")

        """
    case .explain:
      return """
        \(head): \(summary(command)[language])

        \(usage): toc explain [--lang <nl|en>] [<rule>]

        \(arguments):
          <rule>                  \(nl ? "een code (TOC203) of naam (orphan-outcome); zonder: de lijst van alle regels" : "a code (TOC203) or name (orphan-outcome); without one, the list of all rules")

        \(options):
        \(lang)
        \(help)

        """
    }
  }
}
