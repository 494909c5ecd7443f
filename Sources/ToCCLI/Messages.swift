import ToCModel

/// The words of the command line itself, in English and Dutch.
enum Messages {
  /// `LC_ALL`, then `LC_MESSAGES`, then `LANG`: the first one set decides; `nl…` means Dutch.
  static func language(from variables: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = variables[name], !value.isEmpty {
        return value.lowercased().hasPrefix("nl") ? .nl : .en
      }
    }
    return .en
  }

  static func cannotRead(_ path: String, _ error: FileError) -> Bilingual {
    let reason = error.reason
    return Bilingual(
      en: "cannot read `\(path)`: \(reason.en)", nl: "kan `\(path)` niet lezen: \(reason.nl)")
  }

  static func cannotWrite(_ path: String, _ error: FileError) -> Bilingual {
    let reason = error.writeReason
    return Bilingual(
      en: "cannot write `\(path)`: \(reason.en)", nl: "kan `\(path)` niet schrijven: \(reason.nl)")
  }

  static let graphvizMissing = Bilingual(
    en: """
      Graphviz is needed for svg, png and pdf, and `dot` is not on PATH. Install it:
        Debian/Ubuntu:  sudo apt-get install graphviz
        macOS:          brew install graphviz
        Windows:        winget install graphviz
      or name the program with --dot PATH, or draw without it: -f dot or -f mermaid
      """,
    nl: """
      voor svg, png en pdf is Graphviz nodig, en `dot` staat niet op PATH. Installeer het:
        Debian/Ubuntu:  sudo apt-get install graphviz
        macOS:          brew install graphviz
        Windows:        winget install graphviz
      of noem het programma met --dot PAD, of teken zonder: -f dot of -f mermaid
      """)

  static func graphvizNotStarted(_ program: String) -> Bilingual {
    Bilingual(en: "cannot start `\(program)`", nl: "kan `\(program)` niet starten")
  }

  static func graphvizFailed(_ said: String) -> Bilingual {
    Bilingual(
      en: "Graphviz could not draw the figure: \(said)",
      nl: "Graphviz kon de figuur niet tekenen: \(said)")
  }

  static let notDrawn = Bilingual(
    en:
      "the model has errors and is not drawn; mend them, or draw what could be recovered with --force",
    nl:
      "het model heeft fouten en wordt niet getekend; herstel ze, of teken wat te redden viel met --force"
  )

  static func notATheory(_ path: String, _ kind: ForeignFile) -> Bilingual {
    let what = kind.description
    return Bilingual(
      en: "`\(path)` is not a theory of change but \(what.en); toc leaves it alone",
      nl: "`\(path)` is geen verandertheorie maar \(what.nl); toc laat het met rust")
  }

  static func skippedForeign(_ count: Int) -> Bilingual {
    Bilingual(
      en: "skipped \(counted(count, ".toc file", ".toc files")) that "
        + (count == 1 ? "is" : "are")
        + " not a theory of change (a LaTeX table of contents or a World of Warcraft manifest)",
      nl: "\(counted(count, ".toc-bestand", ".toc-bestanden")) overgeslagen "
        + (count == 1 ? "dat geen verandertheorie is" : "die geen verandertheorie zijn")
        + " (een LaTeX-inhoudsopgave of een World of Warcraft-manifest)")
  }

  static func counted(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
  }

  /// `2 errors, 1 warning in 3 files`.
  static func summary(_ summary: Summary, showInfos: Bool) -> Bilingual {
    let files = Bilingual(
      en: counted(summary.files, "file", "files"),
      nl: counted(summary.files, "bestand", "bestanden"))
    guard
      let found = counts(
        errors: summary.errors, warnings: summary.warnings, infos: showInfos ? summary.infos : 0)
    else {
      return Bilingual(en: "no problems in \(files.en)", nl: "geen problemen in \(files.nl)")
    }
    return Bilingual(en: found.en + " in \(files.en)", nl: found.nl + " in \(files.nl)")
  }

  /// `2 errors, 1 warning`; nil for none at all.
  static func counts(errors: Int, warnings: Int, infos: Int) -> Bilingual? {
    var en: [String] = []
    var nl: [String] = []
    if errors > 0 {
      en.append(counted(errors, "error", "errors"))
      nl.append(counted(errors, "fout", "fouten"))
    }
    if warnings > 0 {
      en.append(counted(warnings, "warning", "warnings"))
      nl.append(counted(warnings, "waarschuwing", "waarschuwingen"))
    }
    if infos > 0 {
      en.append(counted(infos, "info", "infos"))
      nl.append(counted(infos, "opmerking", "opmerkingen"))
    }
    if en.isEmpty { return nil }
    return Bilingual(en: en.joined(separator: ", "), nl: nl.joined(separator: ", "))
  }

  static func severity(_ severity: Severity) -> Bilingual {
    switch severity {
    case .error: Bilingual(en: "error", nl: "fout")
    case .warning: Bilingual(en: "warning", nl: "waarschuwing")
    case .info: Bilingual(en: "info", nl: "opmerking")
    }
  }

  static let help = Bilingual(en: "help", nl: "hulp")
  static let note = Bilingual(en: "note", nl: "noot")
  static let rule = Bilingual(en: "rule", nl: "controle")
  static let hiddenInfos = Bilingual(
    en: "infos are shown with --all or --strict", nl: "opmerkingen zie je met --all of --strict")
}

/// The counts that close a report.
struct Summary: Equatable {
  var errors = 0
  var warnings = 0
  var infos = 0
  var files = 0

  init(_ diagnostics: [Diagnostic], files: Int) {
    for diagnostic in diagnostics {
      switch diagnostic.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .info: infos += 1
      }
    }
    self.files = files
  }
}
