/// Escaping for the report's HTML and inline SVG: every text from a model passes through here.
enum HTML {
  /// A text as element content or an attribute value: `&`, `<`, `>`, `"` and `'` escaped, control
  /// characters (which HTML and XML forbid) dropped, line breaks kept.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\n", "\t": out.unicodeScalars.append(scalar)
      case "\r": continue
      default:
        if PlainText.isControlOrNoncharacter(scalar) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A text on one line, escaped.
  static func line(_ text: String) -> String {
    escape(PlainText.oneLine(text))
  }

  /// A message of toc's own, escaped, with its `quoted` words as code.
  static func message(_ text: String) -> String {
    let parts = line(text).split(separator: "`", omittingEmptySubsequences: false)
    guard parts.count % 2 == 1 else { return line(text) }
    return parts.enumerated().map {
      $0.offset % 2 == 1 ? "<code>\($0.element)</code>" : String($0.element)
    }
    .joined()
  }

  /// A fragment identifier made of letters, digits and `-`: ids may hold any letter.
  static func anchor(_ parts: String...) -> String {
    var out = ""
    for scalar in parts.joined(separator: "-").unicodeScalars {
      if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar)
      {
        out.unicodeScalars.append(scalar)
      } else if scalar == "-" || scalar == "_" {
        out.unicodeScalars.append(scalar)
      } else {
        out += "_\(String(scalar.value, radix: 16))_"
      }
    }
    return out
  }
}
