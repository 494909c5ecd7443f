import ToCModel
import ToCParser

extension LanguageServer {
  /// A finding as the protocol shows it: in the file's language, with its help, its notes as
  /// related information and a link to the rule's page.
  func diagnostic(_ diagnostic: Diagnostic, _ document: Document, _ analysis: Analysis) -> JSON {
    let language = analysis.language
    var message = diagnostic.message[language]
    if let help = diagnostic.help { message += "\n" + help[language] }
    var related = diagnostic.notes.map { note in
      JSON.object([
        ("location", location(of: note.range, in: analysis.model.files)),
        ("message", .string(note.message[language])),
      ])
    }
    if diagnostic.code == .cycle { related += cycleMembers(diagnostic, analysis) }
    let severity: Double =
      switch diagnostic.severity {
      case .error: 1
      case .warning: 2
      // `toc check` shows infos only when asked: an editor shows them as hints, not as problems.
      case .info: 4
      }
    return JSON.members([
      ("range", Self.json(document.range(of: diagnostic.range, encoding: encoding))),
      ("severity", .number(severity)),
      ("code", .string(diagnostic.code.rawValue)),
      (
        "codeDescription",
        .object([("href", .string(rulesPage + "#" + diagnostic.code.rawValue.lowercased()))])
      ),
      ("source", .string("toc")),
      ("message", .string(message)),
      ("relatedInformation", related.isEmpty ? nil : .array(related)),
      ("data", .object([("name", .string(diagnostic.code.name))])),
    ])
  }

  /// The nodes a cycle's message names, each where it is defined.
  func cycleMembers(_ diagnostic: Diagnostic, _ analysis: Analysis) -> [JSON] {
    let words = diagnostic.message.en.split(separator: "`", omittingEmptySubsequences: false)
    var seen: Set<String> = []
    return stride(from: 1, to: words.count, by: 2).compactMap { index in
      let id = String(words[index])
      guard seen.insert(id).inserted, let node = analysis.model.node(id) else { return nil }
      let message =
        analysis.language == .nl ? "`\(id)` zit in de kringloop" : "`\(id)` is in the cycle"
      return .object([
        ("location", location(of: node.range, in: analysis.model.files)),
        ("message", .string(message)),
      ])
    }
  }

  /// A protocol location: the file's uri and the range in it (`files` names the range's file).
  func location(of range: SourceRange, in files: SourceFiles) -> JSON {
    location(of: range, path: files[range.file])
  }

  /// A protocol location: the uri of the file `path` and `range`'s lines and columns in it.
  func location(of range: SourceRange, path: String) -> JSON {
    if let document = openDocument(at: path) ?? fileDocument(at: path) {
      return location(of: range, in: document)
    }
    let protocolRange = (
      Position(line: range.line - 1, character: range.column - 1),
      Position(line: range.endLine - 1, character: range.endColumn - 1)
    )
    return .object([
      ("uri", .string(URIPath.uri(of: path))), ("range", Self.json(protocolRange)),
    ])
  }

  /// A protocol location in a document already read.
  func location(of range: SourceRange, in document: Document) -> JSON {
    .object([
      ("uri", .string(document.uri)),
      ("range", Self.json(document.range(of: range, encoding: encoding))),
    ])
  }

  /// The open document of a file path.
  func openDocument(at path: String) -> Document? {
    let wanted = Paths.normalize(path)
    return documents.values.first { Paths.normalize($0.path) == wanted }
  }

  /// A file that is not open, read from disk to count its characters.
  func fileDocument(at path: String) -> Document? {
    readFile(path).map { Self.fileDocument(at: path, bytes: $0) }
  }

  /// The file at `path`, not open, as a document of `bytes`.
  static func fileDocument(at path: String, bytes: [UInt8]) -> Document {
    Document(
      uri: URIPath.uri(of: Paths.normalize(path)), version: 0,
      text: String(decoding: bytes, as: UTF8.self))
  }
}
