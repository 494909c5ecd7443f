/// Breaks the texts of a figure into lines, so boxes stay narrow and tall like hand-made ones.
package enum Wrapping {
  /// The usual width of a label, in characters.
  package static let labelWidth = 28
  /// The width of smaller text (descriptions, indicator notes): as wide on paper as a label.
  package static let smallWidth = 34

  /// `text` in lines of at most `width` characters, broken at spaces. A word longer than `width`
  /// gets a line of its own, unbroken. Line breaks in `text` are kept; runs of other white space
  /// become one space, and control characters are dropped.
  package static func wrap(_ text: String, width: Int = labelWidth) -> [String] {
    var lines: [String] = []
    for paragraph in paragraphs(of: text) {
      var line = ""
      // Counted as the line grows: `String.count` walks the whole line each time.
      var length = 0
      for word in paragraph.split(whereSeparator: isSpace) {
        let wordLength = word.count
        if length > 0, length + 1 + wordLength > width {
          lines.append(line)
          line = ""
          length = 0
        }
        if length > 0 {
          line += " "
          length += 1
        }
        line += word
        length += wordLength
      }
      lines.append(line)
    }
    while lines.last == "" { lines.removeLast() }
    while lines.first == "" { lines.removeFirst() }
    return lines
  }

  /// `text` on one line: line breaks and runs of white space become one space.
  package static func oneLine(_ text: String) -> String {
    if isOneLine(text) { return text }
    return paragraphs(of: text).flatMap { $0.split(whereSeparator: isSpace) }
      .joined(separator: " ")
  }

  /// Whether `text` is already on one line: no control characters, no white space but single
  /// spaces between words. Most labels are, and then need no copy.
  static func isOneLine(_ text: String) -> Bool {
    var previousWasSpace = true
    for byte in text.utf8 {
      // Bytes from 0x80 on belong to other scalars, some of them white space or controls.
      guard byte >= 0x20, byte < 0x7F else { return false }
      let isSpace = byte == 0x20
      if isSpace && previousWasSpace { return false }
      previousWasSpace = isSpace
    }
    return !previousWasSpace || text.isEmpty
  }

  /// The parts of `text` between line breaks, without control characters.
  static func paragraphs(of text: String) -> [String] {
    var paragraphs = [""]
    for character in text {
      if character.isNewline {
        paragraphs.append("")
      } else if isControl(character) {
        paragraphs[paragraphs.count - 1] += character == "\t" ? " " : ""
      } else {
        paragraphs[paragraphs.count - 1].append(character)
      }
    }
    return paragraphs
  }

  /// Whether every scalar of `character` is a control character (general category Cc, which
  /// Unicode fixes as U+0000–U+001F and U+007F–U+009F), without a property look-up.
  static func isControl(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
  }

  /// `Character.isWhitespace`, answered without a property look-up for ASCII.
  static func isSpace(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue else { return character.isWhitespace }
    return ascii == 0x20 || (0x09...0x0D).contains(ascii)
  }
}
