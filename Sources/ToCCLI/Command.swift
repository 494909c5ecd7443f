/// The subcommands of `toc`, in the order the overview lists them.
enum Command: String, CaseIterable {
  case check
  case export
  case explain

  var type: any Subcommand.Type {
    switch self {
    case .check: CheckCommand.self
    case .export: ExportCommand.self
    case .explain: ExplainCommand.self
    }
  }

  func run(_ words: [String], _ context: Context) -> ExitStatus {
    type.run(words, context)
  }
}
