import ToCModel

/// A node definition's value as written: its label, and the arrow that starts its target list.
enum NodeValue {
  /// The label (unescaped when quoted) written over `start..<end`, and the `->` after it, if any.
  case value(label: String, start: Int, end: Int, arrow: Int?)
  /// A quoted label that does not read, or text after its closing quote (TOC102).
  case failure(Bilingual, SourceRange)
}

extension Line {
  /// Splits the value of `ID: LABEL [-> TARGETS]` that starts at `start` (just after the `:`).
  func nodeValue(from start: Int) -> NodeValue {
    let valueStart = skipSpaces(from: start)
    if has("\"", at: valueStart) {
      switch quoted(from: valueStart) {
      case .failure(let message, let range):
        return .failure(message, range)
      case .text(let text, let end):
        let rest = skipSpaces(from: end)
        if rest == count { return .value(label: text, start: valueStart, end: end, arrow: nil) }
        guard isArrow(at: rest) else {
          return .failure(Messages.textAfterQuote, range(rest, trimEnd(rest, count)))
        }
        return .value(label: text, start: valueStart, end: end, arrow: rest)
      }
    }
    // An unquoted label ends before ` -> ` (white space on both sides) or a ` ->` ending the line.
    var offset = start
    while offset < count {
      if isArrow(at: offset), offset > start, isSpace(before: offset),
        offset + 2 == count || isSpace(offset + 2)
      {
        let end = trimEnd(valueStart, offset)
        return .value(label: text(valueStart, end), start: valueStart, end: end, arrow: offset)
      }
      offset += 1
    }
    let end = trimEnd(valueStart, count)
    return .value(label: text(valueStart, end), start: valueStart, end: end, arrow: nil)
  }
}
