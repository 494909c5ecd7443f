import ToCModel

/// What `toc fmt` makes of a file: its canonical text, or the syntax errors that keep it as it is.
public enum FormatResult: Hashable, Sendable {
  case formatted(String)
  /// The file has errors TOC101–TOC105; formatting it could change what it means. `files` names
  /// the one file they are in.
  case unformattable([Diagnostic], files: SourceFiles)
}

/// Writes a `.toc` file in its canonical layout without changing the model it describes: keywords
/// in one language, attributes indented two spaces, one blank line before each section header,
/// quotes only where needed. Comments, paragraphs and the order of every statement are kept.
public enum Formatter {
  /// The codes of errors that leave a line's statement unknown: such a file is not formatted.
  static let syntaxCodes: Set<Code> = [
    .invalidEncoding, .syntax, .unknownSection, .reservedWord, .misplacedAttribute,
  ]

  /// Formats the file `bytes` named `file`, with keywords in `language` (nil: the file's own, as
  /// `taal:` says or as detected).
  public static func format(_ bytes: [UInt8], file: String, language: Language?) -> FormatResult {
    let files = SourceFiles(file)
    let text: SourceText
    switch SourceText.decode(bytes, source: SourceFile.first) {
    case .invalid(let diagnostic): return .unformattable([diagnostic], files: files)
    case .text(let decoded): text = decoded
    }
    let parsed = FileParser.parse(text, source: SourceFile.first)
    let errors = parsed.diagnostics.filter { syntaxCodes.contains($0.code) }
    guard errors.isEmpty else {
      return .unformattable(Diagnostic.sorted(errors, in: files), files: files)
    }
    let target = language ?? parsed.language
    let formatted = write(text, in: target, pluralIndicatorKey: false)
    // `indicatoren:` may be all that makes a file without `taal:` Dutch; its singular is shared by
    // both languages, so the plural stays when only it keeps the file in the language it is in.
    guard languageRead(from: formatted) != target else { return .formatted(formatted) }
    let plural = write(text, in: target, pluralIndicatorKey: true)
    return .formatted(languageRead(from: plural) == target ? plural : formatted)
  }

  /// `text` as a text value: as it is, or quoted (with `\"`, `\\`, `\n`, `\t`) where it must be.
  public static func textValue(_ text: String) -> String {
    isPlainText(Array(text.unicodeScalars)) ? text : quote(text)
  }

  static func write(_ text: SourceText, in language: Language, pluralIndicatorKey: Bool) -> String {
    var writer = StatementWriter(language: language, pluralIndicatorKey: pluralIndicatorKey)
    text.forEachLine(file: SourceFile.first) { writer.add($0) }
    return Layout.render(writer.items)
  }

  static func languageRead(from text: String) -> Language? {
    guard case .text(let decoded) = SourceText.decode(Array(text.utf8), source: .first) else {
      return nil
    }
    return FileParser.parse(decoded, source: SourceFile.first).language
  }
}
