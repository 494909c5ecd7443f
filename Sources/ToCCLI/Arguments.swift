import ToCModel

/// The words after a subcommand: options (`--format json`, `--format=json`, `-f json`), flags
/// (`--strict`) and operands (files, `-` for standard input).
struct Arguments {
  var operands: [String] = []
  var values: [String: String] = [:]
  var flags: Set<String> = []

  /// Short spellings of common options.
  static let short = ["-o": "--output", "-f": "--format", "-h": "--help"]

  /// Reads `words` for a command that takes the given flags and valued options.
  static func parse(_ words: [String], flags: Set<String>, options: Set<String>) -> Result<
    Arguments, UsageError
  > {
    var arguments = Arguments()
    var index = 0
    var onlyOperands = false
    while index < words.count {
      var word = words[index]
      index += 1
      if onlyOperands || word == "-" || !word.hasPrefix("-") {
        arguments.operands.append(word)
        continue
      }
      if word == "--" {
        onlyOperands = true
        continue
      }
      word = short[word] ?? word
      var value: String?
      if let equals = word.firstIndex(of: "=") {
        value = String(word[word.index(after: equals)...])
        word = String(word[..<equals])
      }
      if flags.contains(word) || word == "--help" {
        guard value == nil else { return .failure(.flagTakesNoValue(word)) }
        arguments.flags.insert(word)
      } else if options.contains(word) {
        if value == nil {
          guard index < words.count else { return .failure(.missingValue(word)) }
          value = words[index]
          index += 1
        }
        arguments.values[word] = value
      } else {
        let known = Array(flags.union(options).union(["--help"])).sorted()
        return .failure(
          .unknownOption(word, suggestion: Suggestion.nearest(to: word, among: known)))
      }
    }
    return .success(arguments)
  }

  /// The language a command's words ask for with `--lang nl|en` (or `--lang=nl`), looked for before
  /// they are read, so that even a mistake in them is reported in that language.
  static func language(in words: [String]) -> Language? {
    var index = 0
    while index < words.count, words[index] != "--" {
      let word = words[index]
      index += 1
      if word == "--lang", index < words.count { return Language(rawValue: words[index]) }
      if word.hasPrefix("--lang=") { return Language(rawValue: String(word.dropFirst(7))) }
    }
    return nil
  }

  /// The value of an option that must be one of `allowed`.
  func choice(_ option: String, _ allowed: [String], default fallback: String) -> Result<
    String, UsageError
  > {
    guard let value = values[option] else { return .success(fallback) }
    guard allowed.contains(value) else { return .failure(.invalidChoice(option, value, allowed)) }
    return .success(value)
  }
}

/// A mistake in how toc was called: exit code 2, with a pointer to `--help`.
enum UsageError: Error, Equatable {
  case unknownCommand(String, suggestion: String?)
  case unknownOption(String, suggestion: String?)
  case missingValue(String)
  case flagTakesNoValue(String)
  case invalidChoice(String, String, [String])
  /// What is missing, as in "missing a file to export".
  case missingOperand(Bilingual)
  case tooManyOperands
  case unknownRule(String, suggestion: String?)
  case noTocFiles([String])

  /// One of each mistake, for the test that every message is said in both languages.
  static let examples: [UsageError] = [
    .unknownCommand("chek", suggestion: "check"), .unknownCommand("x", suggestion: nil),
    .unknownOption("--strikt", suggestion: "--strict"), .unknownOption("--x", suggestion: nil),
    .missingValue("--format"), .flagTakesNoValue("--strict"),
    .invalidChoice("--format", "xml", ["human", "json"]),
    .missingOperand(Bilingual(en: "a file to draw", nl: "een bestand om te tekenen")),
    .tooManyOperands, .unknownRule("TOC999", suggestion: "TOC109"),
    .unknownRule("x", suggestion: nil), .noTocFiles(["leeg"]),
  ]

  var message: Bilingual {
    switch self {
    case .unknownCommand(let name, let suggestion):
      Bilingual(en: "unknown command `\(name)`", nl: "onbekende opdracht `\(name)`")
        + Self.didYouMean(suggestion)
    case .unknownOption(let option, let suggestion):
      Bilingual(en: "unknown option `\(option)`", nl: "onbekende optie `\(option)`")
        + Self.didYouMean(suggestion)
    case .missingValue(let option):
      Bilingual(en: "`\(option)` needs a value", nl: "`\(option)` heeft een waarde nodig")
    case .flagTakesNoValue(let option):
      Bilingual(en: "`\(option)` takes no value", nl: "`\(option)` neemt geen waarde")
    case .invalidChoice(let option, let value, let allowed):
      Self.invalidChoice(
        option, value,
        Suggestion.nearest(to: value, among: allowed).map { "`\($0)`" }
          ?? allowed.map { "`\($0)`" }.joined(separator: ", "))
    case .missingOperand(let what):
      Bilingual(en: "missing \(what.en)", nl: "er ontbreekt \(what.nl)")
    case .tooManyOperands: Bilingual(en: "too many arguments", nl: "te veel argumenten")
    case .unknownRule(let rule, let suggestion):
      Bilingual(en: "no rule is called `\(rule)`", nl: "er is geen controle `\(rule)`")
        + Self.didYouMean(suggestion)
    case .noTocFiles(let paths):
      Bilingual(
        en: "no .toc file in " + paths.map { "`\($0)`" }.joined(separator: ", "),
        nl: "geen .toc-bestand in " + paths.map { "`\($0)`" }.joined(separator: ", "))
    }
  }

  static func invalidChoice(_ option: String, _ value: String, _ allowed: String) -> Bilingual {
    Bilingual(
      en: "`\(value)` is not a value of `\(option)`; use \(allowed)",
      nl: "`\(value)` is geen waarde van `\(option)`; gebruik \(allowed)")
  }

  static func didYouMean(_ suggestion: String?) -> Bilingual {
    guard let suggestion else { return Bilingual(en: "", nl: "") }
    return Bilingual(
      en: "; did you mean `\(suggestion)`?", nl: "; bedoelde je `\(suggestion)`?")
  }

  /// The line under every usage error.
  static func seeHelp(_ name: String) -> Bilingual {
    Bilingual(
      en: "Run `\(name) --help` for usage.", nl: "Zie `\(name) --help` voor het gebruik.")
  }
}

extension Bilingual {
  /// The two texts joined, each in its own language.
  static func + (a: Bilingual, b: Bilingual) -> Bilingual {
    Bilingual(en: a.en + b.en, nl: a.nl + b.nl)
  }
}
