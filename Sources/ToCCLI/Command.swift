/// The subcommands of `toc`.
enum Command: String, CaseIterable {
  case check
  case export
  case explain

  func run(_ words: [String], _ context: Context) -> ExitStatus {
    switch self {
    case .check: CheckCommand.run(words, context)
    case .export: ExportCommand.run(words, context)
    case .explain: ExplainCommand.run(words, context)
    }
  }
}
