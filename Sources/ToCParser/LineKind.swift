import ToCModel

/// What statement a line is, told by its first token (LANGUAGE.md section 3), with the byte
/// offsets its reader starts from. The parser and the formatter both classify through it.
enum LineKind {
  case blank
  /// A comment; `start` is on the `#`.
  case comment(start: Int)
  case header(start: Int)
  case continuation(start: Int)
  case attribute(Keyword, Language?, keyStart: Int, keyEnd: Int, valueFrom: Int)
  case definition(idStart: Int, idEnd: Int, valueFrom: Int)
  case chain(start: Int)
  /// `word:` where `word` cannot name a definition (TOC102).
  case invalidId(start: Int, end: Int)
  /// A keyword followed by anything but `:` (TOC104).
  case misusedKeyword(start: Int, end: Int)
  /// Anything else (TOC102); the range runs to the last non-space.
  case notAStatement(start: Int, end: Int)
}

extension Line {
  var kind: LineKind {
    let start = skipSpaces(from: 0)
    guard start < count else { return .blank }
    if has("#", at: start) { return .comment(start: start) }
    if has("[", at: start) { return .header(start: start) }
    if isArrow(at: start) { return .continuation(start: start) }
    guard let wordEnd = qualifiedEnd(from: start) else {
      return .notAStatement(start: start, end: trimEnd(start, count))
    }
    let qualified = hasDot(start, wordEnd)
    let after = skipSpaces(from: wordEnd)
    let keyword = qualified ? nil : self.keyword(start, wordEnd)
    if has(":", at: after) {
      if let (key, language) = keyword {
        return .attribute(key, language, keyStart: start, keyEnd: wordEnd, valueFrom: after + 1)
      }
      if !isQualifiedIdentifier(start, wordEnd) || qualified {
        return .invalidId(start: start, end: wordEnd)
      }
      return .definition(idStart: start, idEnd: wordEnd, valueFrom: after + 1)
    }
    if keyword != nil { return .misusedKeyword(start: start, end: wordEnd) }
    if isArrow(at: after) || has(",", at: after) { return .chain(start: start) }
    return .notAStatement(start: start, end: trimEnd(start, count))
  }
}
