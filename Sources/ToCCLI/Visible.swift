/// Text from a user's file made safe for a terminal: every C0 and C1 control character except
/// tab, and DEL, is shown as a visible escape such as `\u{1B}`, so a file cannot recolour or
/// retitle the terminal, and a file of NUL bytes prints no NUL byte.
enum Visible {
  /// Whether `scalar` is shown escaped.
  static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
  }

  /// How `scalar` is shown: `\u{1B}` for ESC.
  static func escape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }

  /// `text` with its control characters escaped; line breaks too unless `keepingLineBreaks`.
  static func text(_ text: String, keepingLineBreaks: Bool = false) -> String {
    let hidden = { (scalar: Unicode.Scalar) in
      isHidden(scalar) && !(keepingLineBreaks && scalar == "\n")
    }
    guard text.unicodeScalars.contains(where: hidden) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if hidden(scalar) { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
    }
    return out
  }

  /// How many columns `scalar` takes once shown: an escape's length, else one.
  static func width(_ scalar: Unicode.Scalar) -> Int {
    isHidden(scalar) ? escape(scalar).count : 1
  }
}
