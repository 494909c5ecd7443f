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
      for word in paragraph.split(whereSeparator: { $0.isWhitespace }) {
        if !line.isEmpty, line.count + 1 + word.count > width {
          lines.append(line)
          line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
      }
      lines.append(line)
    }
    while lines.last == "" { lines.removeLast() }
    while lines.first == "" { lines.removeFirst() }
    return lines
  }

  /// `text` on one line: line breaks and runs of white space become one space.
  package static func oneLine(_ text: String) -> String {
    paragraphs(of: text).flatMap { $0.split(whereSeparator: { $0.isWhitespace }) }
      .joined(separator: " ")
  }

  /// The parts of `text` between line breaks, without control characters.
  static func paragraphs(of text: String) -> [String] {
    var paragraphs = [""]
    for character in text {
      if character.isNewline {
        paragraphs.append("")
      } else if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
        paragraphs[paragraphs.count - 1] += character == "\t" ? " " : ""
      } else {
        paragraphs[paragraphs.count - 1].append(character)
      }
    }
    return paragraphs
  }
}
