/// Texts made safe for LaTeX: nothing in a `.toc` file can run a command or break the document.
/// LaTeX's special characters are escaped; letters and punctuation `pdflatex` sets with T1
/// fonts and `inputenc` pass; others (arrows, emoji, scripts without fonts) become `?`.
enum TeXText {
  static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in Wrapping.oneLine(text).unicodeScalars {
      switch scalar {
      case "\\": out += "\\textbackslash{}"
      case "{", "}", "$", "&", "#", "_", "%": out += "\\" + String(scalar)
      case "^": out += "\\textasciicircum{}"
      case "~": out += "\\textasciitilde{}"
      case "<": out += "\\textless{}"
      case ">": out += "\\textgreater{}"
      case "|": out += "\\textbar{}"
      case "\"": out += "\\textquotedbl{}"
      case "→": out += "\\textrightarrow{}"
      default:
        let value = scalar.value
        if (0x20..<0x7F).contains(value) || (0xA0...0x17F).contains(value)
          || [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x20AC].contains(value)
        {
          out.unicodeScalars.append(scalar)
        } else if value >= 0x20 {
          out += "?"
        }
      }
    }
    return out
  }

  /// Text for a `%` comment: on one line, as it is.
  static func comment(_ text: String) -> String {
    String(
      Wrapping.oneLine(text).unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(
        Character.init))
  }
}
