import ToCModel
import ToCSupport

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
    var loader = Loader(reader: reader, path: path)
    return loader.load(root: Self.parseFile(bytes, source: SourceFile.first))
  }

  /// Parses `bytes` cut into pieces of at least `linesPerPiece` lines, its bytes checked and cut
  /// into lines in parts of at least `bytesPerPart`, on up to `cores` threads, as a large file is
  /// read: for the fuzzer, which holds it to what reading the file whole gives.
  @_spi(Fuzzing)
  public func parse(
    _ bytes: [UInt8], file path: String, linesPerPiece: Int, bytesPerPart: Int, cores: Int
  ) -> ParseResult {
    var loader = Loader(reader: reader, path: path)
    return loader.load(
      root: Self.parseFile(
        bytes, source: SourceFile.first, linesPerPiece: linesPerPiece, bytesPerPart: bytesPerPart,
        cores: cores))
  }

  static func parseFile(
    _ bytes: [UInt8], source: SourceFile, linesPerPiece: Int = Tuning.linesPerPiece,
    bytesPerPart: Int = Tuning.bytesPerPart, cores: Int? = nil
  ) -> ParsedFile {
    switch SourceText.decode(
      bytes, source: source, bytesPerPart: bytesPerPart, cores: cores ?? Cores.online)
    {
    case .text(let text):
      guard let cores else { return FileParser.parse(text, source: source) }
      return FileParser.parse(text, source: source, linesPerPiece: linesPerPiece, cores: cores)
    case .invalid(let diagnostic):
      var file = ParsedFile(source: source)
      file.diagnostics.append(diagnostic)
      return file
    }
  }
}
