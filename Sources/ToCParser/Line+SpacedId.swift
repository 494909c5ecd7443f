extension Line {
  /// Where the id ends in `koffie ochtend: …`, a definition whose id has spaces in it: two to four
  /// identifiers with only spaces between them, then `:`. Nil for any other line, so a stray line
  /// of prose keeps the general message.
  func spacedIdEnd(from start: Int) -> Int? {
    var position = start
    var words = 0
    while words < 4, let end = identifierEnd(from: position), !has("-", at: end - 1) {
      words += 1
      let after = skipSpaces(from: end)
      if has(":", at: after) { return words >= 2 ? end : nil }
      guard after > end else { return nil }
      position = after
    }
    return nil
  }
}
