import ToCModel
import ToCServer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `toc lsp`: the language server for editors, over standard input and output. The protocol is
/// `ToCServer`'s; this command only connects it to the process's streams.
enum LSPCommand: Subcommand {
  static let summary = Bilingual(
    en: "the language server for editors (LSP over standard input/output)",
    nl: "de taalserver voor editors (LSP via standaardinvoer en -uitvoer)")

  static let options = [
    Option.flag(
      "--stdio",
      Bilingual(
        en: "speak over standard input/output (the default and only way)",
        nl: "spreek via standaardinvoer en -uitvoer (de standaard en enige manier)"))
  ]

  static func help(_ language: Language) -> String {
    Help.page(
      language, summary: summary, usage: "toc lsp [--stdio]", arguments: [],
      options: options,
      notes: [
        Bilingual(
          en:
            "Started by an editor, not by hand. Exit code 0 after the client's shutdown and exit,\n1 when the client leaves without them.",
          nl:
            "Wordt door een editor gestart, niet met de hand. Afsluitcode 0 na shutdown en exit van\nde client, 1 als de client zonder die twee vertrekt."
        )
      ])
  }

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(words)
    guard case .proceed(let arguments) = parsed else { return parsed.status }
    guard arguments.operands.isEmpty else { return context.usage(.tooManyOperands) }
    // A client that goes away makes writes fail rather than end the process by a signal; the end
    // of its input then ends the session.
    signal(SIGPIPE, SIG_IGN)
    let files = context.environment.files
    let workspace = Workspace(context)
    let server = LanguageServer(
      readFile: { path in try? files.read(path).get() },
      // An editor opened on a home folder must not wait for all of it: a project has far fewer.
      listFiles: { folder in workspace.tocFiles(below: folder, entries: 20_000) })
    var session = Session(
      server: server, read: { LiveStream.read(wait: true) }, poll: { LiveStream.read(wait: false) },
      write: { bytes in bytes.withUnsafeBytes { _ = Descriptor.writeAll(1, $0) } })
    return session.run() == 0 ? .success : .failure
  }
}

/// Standard input, read as it comes.
enum LiveStream {
  /// What has arrived on standard input; with `wait`, blocks until something does (empty at the
  /// end of the stream or on an error). Without, empty when nothing is waiting.
  static func read(wait: Bool) -> [UInt8] {
    if !wait {
      var request = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
      guard poll(&request, 1, 0) > 0, request.revents & Int16(POLLIN) != 0 else { return [] }
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { readInput($0) }
      if count < 0, errno == EINTR { continue }
      return count > 0 ? Array(chunk[..<count]) : []
    }
  }

  private static func readInput(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
    #if canImport(Glibc)
      Glibc.read(0, buffer.baseAddress, buffer.count)
    #else
      Darwin.read(0, buffer.baseAddress, buffer.count)
    #endif
  }
}
