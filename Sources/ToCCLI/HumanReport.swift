import ToCModel

/// Diagnostics as people read them: `warning[TOC203]: …`, `--> file:line:col`, the source line with
/// carets under the range, `= help: …`, and a closing summary.
struct HumanReport {
  /// The files the diagnostics' ranges name.
  let files: SourceFiles
  /// The lines of the files the diagnostics point into.
  let lines: [SourceFile: SourceLines]
  let language: Language
  let color: Bool

  /// The diagnostics in the order given, then `closing` (a line per file), then the summary.
  func render(
    _ diagnostics: [Diagnostic], summary: Summary, showInfos: Bool, closing: String = ""
  ) -> String {
    var written = ""
    for diagnostic in diagnostics {
      written += render(diagnostic)
      written += "\n"
    }
    let summary = paint(Messages.summary(summary, showInfos: showInfos)[language], bold: true)
    return written + closing + summary + "\n"
  }

  /// One diagnostic, its source line taken from `lines`.
  func render(_ diagnostic: Diagnostic) -> String {
    let range = diagnostic.range
    let severity = Messages.severity(diagnostic.severity)[language]
    var out =
      paint("\(severity)[\(diagnostic.code.rawValue)]", style: style(diagnostic.severity))
      + paint(": \(Visible.text(diagnostic.message[language]))", bold: true) + "\n"
    let gutter = String(repeating: " ", count: String(range.line).count)
    out +=
      "\(gutter)\(paint("-->", style: blue)) \(Visible.text(files[range.file])):\(range.line):\(range.column)\n"
    if let line = lines[range.file]?.line(range.line) {
      out += "\(gutter) \(paint("|", style: blue))\n"
      out +=
        "\(paint(String(range.line), style: blue)) \(paint("|", style: blue)) \(Visible.text(line))\n"
      out +=
        "\(gutter) \(paint("|", style: blue)) \(paint(carets(under: range, in: line), style: style(diagnostic.severity)))\n"
    }
    for note in diagnostic.notes {
      out +=
        "\(gutter) = \(Messages.note[language]): \(Visible.text(note.message[language])) (\(Visible.text(files[note.range.file])):\(note.range.line):\(note.range.column))\n"
    }
    if let help = diagnostic.help {
      out += "\(gutter) = \(Messages.help[language]): \(Visible.text(help[language]))\n"
    }
    out += "\(gutter) = \(Messages.rule[language]): \(diagnostic.code.name)\n"
    return out
  }

  /// Spaces (tabs where the line has tabs, nothing for combining marks, an escape's width for a
  /// control character) up to the range, then carets, as wide as the range is shown.
  func carets(under range: SourceRange, in line: String) -> String {
    var out = ""
    var count = 0
    var carets = 0
    let end = range.endLine == range.line ? range.endColumn : Int.max
    for scalar in line.unicodeScalars {
      count += 1
      guard count < range.column else {
        if count < end { carets += Visible.width(scalar) }
        continue
      }
      if scalar.isASCII {
        out += scalar == "\t" ? "\t" : String(repeating: " ", count: Visible.width(scalar))
        continue
      }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark: continue
      default: out += String(repeating: " ", count: Visible.width(scalar))
      }
    }
    return out + String(repeating: "^", count: max(1, carets))
  }

  // MARK: Colour

  let blue = "34"

  func style(_ severity: Severity) -> String {
    switch severity {
    case .error: "31"
    case .warning: "33"
    case .info: "36"
    }
  }

  func paint(_ text: String, style: String? = nil, bold: Bool = false) -> String {
    guard color, style != nil || bold else { return text }
    let codes = ([bold ? "1" : nil, style].compactMap { $0 } + (style != nil ? ["1"] : [])).joined(
      separator: ";")
    return "\u{1B}[\(codes)m\(text)\u{1B}[0m"
  }
}
