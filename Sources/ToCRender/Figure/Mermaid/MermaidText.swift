/// Texts made safe for Mermaid: inside a double-quoted label, every character but letters,
/// digits, spaces and plain punctuation becomes an entity code (`#34;`), so no label can end
/// its string, open a shape or a subgraph, or add a link or a statement.
enum MermaidText {
  /// ASCII characters that mean nothing to Mermaid inside a quoted string, kept as they are.
  static let plain = Set(" ,.:!?'-_/()+=@".unicodeScalars)

  /// One line of a label, escaped.
  static func text(_ text: String) -> String {
    var out = ""
    for scalar in Wrapping.oneLine(text).unicodeScalars where DOTText.isKept(scalar) {
      if plain.contains(scalar) || isWord(scalar) {
        out.unicodeScalars.append(scalar)
      } else {
        out += "#\(scalar.value);"
      }
    }
    return out
  }

  /// ASCII letters and digits, and letters and digits of other scripts (`ë`, `ß`, `٣`).
  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII else {
      return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
    return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
      || ("0"..."9").contains(scalar)
  }

  /// Lines of a label, escaped, joined by `<br/>`.
  static func lines(_ lines: [String]) -> String {
    lines.map(text).joined(separator: "<br/>")
  }

  /// A text on one line for `accTitle:` and `accDescr:`, which run to the end of their line.
  /// Mermaid looks for `%%{` directives anywhere in a chart, so `%%` gets a space inside.
  static func line(_ text: String) -> String {
    var out = ""
    for scalar in Wrapping.oneLine(text).unicodeScalars where DOTText.isKept(scalar) {
      if scalar == "%", out.unicodeScalars.last == "%" { out += " " }
      out.unicodeScalars.append(scalar)
    }
    return out
  }

  /// A double-quoted YAML string, for the title in the front matter.
  static func yaml(_ text: String) -> String {
    var out = "\""
    for scalar in line(text).unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
