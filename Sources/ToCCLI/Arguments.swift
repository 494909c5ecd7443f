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
        return .failure(
          .unknownOption(
            word,
            suggestion: Suggestion.nearest(to: word, among: Array(flags.union(options)).sorted())))
      }
    }
    return .success(arguments)
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
  case missingOperand(String)
  case tooManyOperands
  case unknownRule(String, suggestion: String?)
  case noTocFiles([String])

  var message: String {
    switch self {
    case .unknownCommand(let name, let suggestion):
      "unknown command `\(name)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
    case .unknownOption(let option, let suggestion):
      "unknown option `\(option)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
    case .missingValue(let option): "`\(option)` needs a value"
    case .flagTakesNoValue(let option): "`\(option)` takes no value"
    case .invalidChoice(let option, let value, let allowed):
      "`\(value)` is not a value of `\(option)`; use "
        + allowed.map { "`\($0)`" }.joined(separator: ", ")
    case .missingOperand(let what): "missing \(what)"
    case .tooManyOperands: "too many arguments"
    case .unknownRule(let rule, let suggestion):
      "no rule is called `\(rule)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
    case .noTocFiles(let paths):
      "no .toc file in " + paths.map { "`\($0)`" }.joined(separator: ", ")
    }
  }
}
