/// The subcommands of `toc`, in the order the overview lists them.
enum Command: String, CaseIterable {
  case check
  case render
  case export
  case fmt
  case initialize = "init"
  case explain
  case trace
  case diff
  case report
  case lsp

  var type: any Subcommand.Type {
    switch self {
    case .check: CheckCommand.self
    case .render: RenderCommand.self
    case .export: ExportCommand.self
    case .fmt: FmtCommand.self
    case .initialize: InitCommand.self
    case .explain: ExplainCommand.self
    case .trace: TraceCommand.self
    case .diff: DiffCommand.self
    case .report: ReportCommand.self
    case .lsp: LSPCommand.self
    }
  }

  func run(_ words: [String], _ context: Context) -> ExitStatus {
    type.run(words, context)
  }
}
