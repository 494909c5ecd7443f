import ToCModel

/// Reads the files a model includes; the only way the parser touches the file system.
public struct SourceReader: Sendable {
  /// The bytes of the file at `path`, or nil when it cannot be read.
  public var read: @Sendable (String) -> [UInt8]?

  public init(read: @escaping @Sendable (String) -> [UInt8]?) {
    self.read = read
  }
}

/// A model and the diagnostics found while reading it: the parser never stops at the first error.
public struct ParseResult: Sendable {
  public var model: Model
  public var diagnostics: [Diagnostic]
}

/// Turns the bytes of a `.toc` file, and the files it includes, into a `Model`.
public struct Parser: Sendable {
  public var reader: SourceReader

  public init(reader: SourceReader) {
    self.reader = reader
  }

  /// Parses `bytes` as the file `path` (as the user named it; includes are relative to it).
  public func parse(_ bytes: [UInt8], file path: String) -> ParseResult {
    var loader = Loader(reader: reader)
    return loader.load(root: Self.parseFile(bytes, path: path))
  }

  static func parseFile(_ bytes: [UInt8], path: String) -> ParsedFile {
    switch SourceText.decode(bytes, file: path) {
    case .text(let text):
      return FileParser.parse(text, path: path)
    case .invalid(let diagnostic):
      var file = ParsedFile(path: path)
      file.diagnostics.append(diagnostic)
      return file
    }
  }
}
