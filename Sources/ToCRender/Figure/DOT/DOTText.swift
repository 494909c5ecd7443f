/// Texts made safe for DOT, so nothing in a `.toc` file can end a label or add nodes, edges or
/// attributes: HTML-like labels for what is drawn, quoted strings for tooltips and names.
enum DOTText {
  /// Text inside an HTML-like label or one of its attribute values: `&`, `<`, `>`, `"` and `'`
  /// as entities, `\` doubled (Graphviz expands `\N`, `\G`… even there), line breaks as `&#10;`,
  /// other control characters and noncharacters dropped.
  static func html(_ text: String) -> String {
    if text.unicodeScalars.allSatisfy({ isPlain($0) && $0 != "'" }) { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\\": out += "\\\\"
      case "\n": out += "&#10;"
      case "\t": out += " "
      default:
        guard isKept(scalar) else { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Lines of an HTML-like label, escaped, joined by `<BR/>`.
  static func lines(_ lines: [String], align: String? = nil) -> String {
    lines.map(html).joined(separator: align.map { "<BR ALIGN=\"\($0)\"/>" } ?? "<BR/>")
  }

  /// A double-quoted DOT string: `"` and `\` escaped, line breaks as `\n`, other control
  /// characters and noncharacters dropped. Graphviz reads `\\` as one backslash in tooltips.
  static func quoted(_ text: String) -> String {
    if text.unicodeScalars.allSatisfy(isPlain) { return "\"" + text + "\"" }
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += " "
      default:
        guard isKept(scalar) else { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// Whether a scalar may appear as is: XML, and so Graphviz's HTML parser and SVG, reject
  /// control characters and noncharacters; the line and paragraph separators go too.
  static func isKept(_ scalar: Unicode.Scalar) -> Bool {
    !PlainText.isControlOrNoncharacter(scalar) && scalar != "\u{2028}" && scalar != "\u{2029}"
  }

  /// Whether a scalar is kept as is both in a label and in a quoted string: most text is only
  /// such scalars, and is then used without a copy.
  static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "&", "<", ">", "\"", "\\": false
    default: isKept(scalar)
    }
  }
}
