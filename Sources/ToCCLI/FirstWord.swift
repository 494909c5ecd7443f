import ToCModel

extension CLI {
  /// The words `toc` takes in place of a command.
  static let globalWords = ["--version", "--help", "version", "help"]

  /// The usage error for a first word that is no command, with the nearest command or global flag
  /// (`chek` → `check`, `--versoin` → `--version`), or `toc check FILE` for a file named first.
  static func unknown(_ word: String) -> UsageError {
    if word.hasPrefix("-") {
      let flags = globalWords.filter { $0.hasPrefix("-") }
      return .unknownOption(word, suggestion: Suggestion.nearest(to: word, among: flags))
    }
    if word.hasSuffix(".toc") { return .unknownCommand(word, suggestion: "toc check \(word)") }
    let names = Command.allCases.map(\.rawValue) + globalWords.filter { !$0.hasPrefix("-") }
    return .unknownCommand(word, suggestion: Suggestion.nearest(to: word, among: names))
  }
}
