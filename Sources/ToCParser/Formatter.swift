import ToCModel

/// What `toc fmt` makes of a file: its canonical text, or the syntax errors that keep it as it is.
public enum FormatResult: Hashable, Sendable {
  case formatted(String)
  /// The file has errors TOC101–TOC105; formatting it could change what it means.
  case unformattable([Diagnostic])
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
    let text: SourceText
    switch SourceText.decode(bytes, file: file) {
    case .invalid(let diagnostic): return .unformattable([diagnostic])
    case .text(let decoded): text = decoded
    }
    let parsed = FileParser.parse(text, path: file)
    let errors = parsed.diagnostics.filter { syntaxCodes.contains($0.code) }
    guard errors.isEmpty else { return .unformattable(Diagnostic.sorted(errors)) }
    let target = language ?? parsed.language
    let formatted = write(text, in: target, pluralIndicatorKey: false)
    // `indicatoren:` may be all that makes a file without `taal:` Dutch; its singular is shared by
    // both languages, so the plural stays when only it keeps the file in the language it is in.
    guard languageRead(from: formatted, file: file) != target else { return .formatted(formatted) }
    let plural = write(text, in: target, pluralIndicatorKey: true)
    return .formatted(languageRead(from: plural, file: file) == target ? plural : formatted)
  }

  /// `text` as a text value: as it is, or quoted (with `\"`, `\\`, `\n`, `\t`) where it must be.
  public static func textValue(_ text: String) -> String {
    isPlainText(Array(text.unicodeScalars)) ? text : quote(text)
  }

  static func write(_ text: SourceText, in language: Language, pluralIndicatorKey: Bool) -> String {
    var writer = StatementWriter(language: language, pluralIndicatorKey: pluralIndicatorKey)
    text.forEachLine(file: SourceFile("")) { writer.add($0) }
    return Layout.render(writer.items)
  }

  static func languageRead(from text: String, file: String) -> Language? {
    guard case .text(let decoded) = SourceText.decode(Array(text.utf8), file: file) else {
      return nil
    }
    return FileParser.parse(decoded, path: file).language
  }
}
