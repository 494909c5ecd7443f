import ToCModel

/// A `.toc` file that is not a theory of change. LaTeX writes a thesis's table of contents to
/// `thesis.toc`, and World of Warcraft add-ons describe themselves in `Name.toc`: a student's or a
/// player's folder is full of them.
enum ForeignFile: CaseIterable {
  case latexContents
  case addOnManifest

  /// Lines looked at: both kinds say what they are in their first lines.
  static let linesRead = 8

  /// What `bytes` are, when they are clearly one of the two: LaTeX when the first line is a
  /// command and one of the first lines is `\contentsline` or `\babel@toc`; a manifest when the
  /// file starts with `##` lines (its metadata) and one of them is `## Interface:`. A theory of
  /// change cannot start either way: a `\` line is no statement, and `#` lines are comments.
  init?(_ bytes: [UInt8]) {
    // Nearly every file is told apart by its first bytes, without making any text of it.
    // Spaces, tabs, line ends and the bytes of a byte-order mark.
    let blank: (UInt8) -> Bool = { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
    guard let first = bytes.firstIndex(where: { !blank($0) }),
      bytes[first] == UInt8(ascii: "\\")
        || bytes[first...].starts(with: [UInt8(ascii: "#"), UInt8(ascii: "#")])
    else { return nil }
    var lines: [Substring] = []
    let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
    for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
      let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
      if trimmed.isEmpty { continue }
      lines.append(trimmed)
      if lines.count == Self.linesRead { break }
    }
    guard let first = lines.first else { return nil }
    if first.hasPrefix("\\"),
      lines.contains(where: { $0.hasPrefix("\\contentsline") || $0.hasPrefix("\\babel@toc") })
    {
      self = .latexContents
    } else if first.hasPrefix("##"),
      lines.prefix(while: { $0.hasPrefix("#") }).contains(where: { $0.hasPrefix("## Interface:") })
    {
      self = .addOnManifest
    } else {
      return nil
    }
  }

  var description: Bilingual {
    switch self {
    case .latexContents:
      Bilingual(
        en: "the table of contents LaTeX writes for a document",
        nl: "de inhoudsopgave die LaTeX voor een document schrijft")
    case .addOnManifest:
      Bilingual(
        en: "the manifest of a World of Warcraft add-on",
        nl: "het manifest van een World of Warcraft-add-on")
    }
  }
}
