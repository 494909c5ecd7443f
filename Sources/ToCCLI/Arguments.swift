import ToCModel

/// The words after a subcommand: options (`--format json`, `--format=json`, `-f json`), flags
/// (`--strict`) and operands (files, `-` for standard input).
struct Arguments {
  var operands: [String] = []
  var values: [String: String] = [:]
  var flags: Set<String> = []

  /// Reads `words` for a command that takes `options` (`--help` besides). A short spelling means
  /// the same long option in every command, so `shorts` holds those of every command.
  static func parse(_ words: [String], options: [Option], shorts: [String: String]) -> Result<
    Arguments, UsageError
  > {
    var arguments = Arguments()
    var index = 0
    var onlyOperands = false
    let options = options + [Option.help]
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
      word = shorts[word] ?? word
      var value: String?
      if let equals = word.firstIndex(of: "=") {
        value = String(word[word.index(after: equals)...])
        word = String(word[..<equals])
      }
      guard let option = options.first(where: { $0.name == word }) else {
        let known = Array(Set(options.map(\.name))).sorted()
        return .failure(
          .unknownOption(word, suggestion: Suggestion.nearest(to: word, among: known)))
      }
      if option.isFlag {
        guard value == nil else { return .failure(.flagTakesNoValue(word)) }
        arguments.flags.insert(word)
      } else {
        if value == nil {
          guard index < words.count else { return .failure(.missingValue(word)) }
          value = words[index]
          index += 1
        }
        arguments.values[word] = value
      }
    }
    return .success(arguments)
  }

  /// The language a command's words ask for with `--lang nl|en` (or `--lang=nl`), looked for before
  /// they are read, so that even a mistake in them is reported in that language.
  static func language(in words: [String]) -> Language? {
    let name = Option.lang().name
    var index = 0
    while index < words.count, words[index] != "--" {
      let word = words[index]
      index += 1
      if word == name, index < words.count { return Language(rawValue: words[index]) }
      if word.hasPrefix(name + "=") {
        return Language(rawValue: String(word.dropFirst(name.count + 1)))
      }
    }
    return nil
  }

  /// Whether the flag was given.
  func has(_ flag: Option) -> Bool {
    flags.contains(flag.name)
  }

  /// The value given for `option`, if any.
  subscript(_ option: Option) -> String? {
    values[option.name]
  }

  /// The value of an option that takes one of a fixed set, `fallback` when it is not given.
  func choice<Value: Choice>(_ option: Option, default fallback: Value) -> Result<
    Value, UsageError
  > {
    guard let value = values[option.name] else { return .success(fallback) }
    guard option.choices.contains(value), let chosen = Value(rawValue: value) else {
      return .failure(.invalidChoice(option.name, value, option.choices))
    }
    return .success(chosen)
  }

  /// Nil when there are exactly two operands (`toc diff`, `toc trace`); else the usage error that
  /// names what is missing (`none` when no operand is given, `one` when one is) or says there are
  /// too many.
  func notTwoOperands(none: Bilingual, one: Bilingual) -> UsageError? {
    switch operands.count {
    case 0: .missingOperand(none)
    case 1: .missingOperand(one)
    case 2: nil
    default: .tooManyOperands
    }
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
