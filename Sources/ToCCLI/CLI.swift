import ToCModel

/// The `toc` command line as a library: `toc/main.swift` only calls `run`.
public enum CLI {
  public static let version = "0.1.0"

  /// Runs one invocation (`arguments` without the program name) and tells how it ended.
  public static func run(arguments: [String], environment: Environment) -> ExitStatus {
    let language =
      Arguments.language(in: arguments) ?? Messages.language(from: environment.variables)
    guard let first = arguments.first else {
      environment.errors(Help.overview(language))
      return .usage
    }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "--version", "-V", "version":
      environment.output("toc \(version)\n")
      return .success
    case "--help", "-h", "help":
      return help(rest.first, language: language, environment: environment)
    default:
      guard let command = Command(rawValue: first) else {
        return usage(Self.unknown(first), command: nil, language, environment)
      }
      let context = Context(command: command, environment: environment, language: language)
      return command.run(rest, context)
    }
  }

  static func help(_ topic: String?, language: Language, environment: Environment) -> ExitStatus {
    guard let topic else {
      environment.output(Help.overview(language))
      return .success
    }
    guard let command = Command(rawValue: topic) else {
      let suggestion = Suggestion.nearest(to: topic, among: Command.allCases.map(\.rawValue))
      return usage(
        .unknownCommand(topic, suggestion: suggestion), command: nil, language, environment)
    }
    environment.output(Help.text(command, language))
    return .success
  }

  /// Reports a usage error with a pointer to the help, and gives exit code 2.
  static func usage(
    _ error: UsageError, command: Command?, _ language: Language, _ environment: Environment
  ) -> ExitStatus {
    let name = command.map { "toc \($0.rawValue)" } ?? "toc"
    environment.errors(
      "\(name): \(Visible.text(error.message[language]))\n\(UsageError.seeHelp(name)[language])\n")
    return .usage
  }
}

/// What every command gets: its name, the environment, and the language to speak.
struct Context {
  var command: Command
  var environment: Environment
  var language: Language

  func usage(_ error: UsageError) -> ExitStatus {
    CLI.usage(error, command: command, language, environment)
  }

  /// Parses the command's words, answering `--help` and usage errors itself.
  func parse(_ words: [String]) -> Parsed {
    switch Arguments.parse(words, options: command.type.options, shorts: Command.shorts) {
    case .failure(let error):
      return .stop(usage(error))
    case .success(let arguments):
      if arguments.has(.help) {
        environment.output(Help.text(command, language))
        return .stop(.success)
      }
      return .proceed(arguments)
    }
  }

  /// `--lang nl|en`, else the language of the environment.
  func language(_ arguments: Arguments, default fallback: Language? = nil) -> Result<
    Language, UsageError
  > {
    arguments.choice(.lang(), default: fallback ?? language)
  }

  /// Parses the words of a command that has a `--format` (`option`): as `parse(_:)` does, then
  /// the format asked for (`fallback` when none is) and the `--lang`, which the context returned
  /// speaks.
  func parse<Format: Choice>(_ words: [String], format option: Option, default fallback: Format)
    -> ParsedWithFormat<Format>
  {
    let parsed = parse(words)
    guard case .proceed(let arguments) = parsed else { return .stop(parsed.status) }
    switch (arguments.choice(option, default: fallback), language(arguments)) {
    case (.failure(let error), _), (_, .failure(let error)):
      return .stop(usage(error))
    case (.success(let format), .success(let language)):
      var context = self
      context.language = language
      return .proceed(arguments, format, context)
    }
  }

  /// Reports an environment problem (an unreadable file, a failed write) on standard error.
  func environmentError(_ message: Bilingual) {
    environment.errors(
      "toc \(command.rawValue): \(Visible.text(message[language], keepingLineBreaks: true))\n")
  }
}

/// The words of a command, read; or how the command ended already (`--help`, a usage error).
enum Parsed {
  case proceed(Arguments)
  case stop(ExitStatus)

  var status: ExitStatus {
    if case .stop(let status) = self { return status }
    return .success
  }
}

/// The words of a command that has a `--format`, read: its arguments, the format and the context
/// speaking its `--lang`; or how the command ended already.
enum ParsedWithFormat<Format> {
  case proceed(Arguments, Format, Context)
  case stop(ExitStatus)

  var status: ExitStatus {
    if case .stop(let status) = self { return status }
    return .success
  }
}
