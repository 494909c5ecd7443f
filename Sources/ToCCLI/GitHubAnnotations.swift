import ToCModel

/// Diagnostics as GitHub Actions workflow commands (`::warning file=…::message`), which show up as
/// annotations on the changed lines of a pull request.
enum GitHubAnnotations {
  /// The diagnostics, their files named by `files`.
  static func render(_ diagnostics: [Diagnostic], files: SourceFiles, language: Language)
    -> String
  {
    diagnostics.map { diagnostic in
      let range = diagnostic.range
      let command =
        switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
      var message = diagnostic.message[language]
      if let help = diagnostic.help { message += "\n" + help[language] }
      let properties = [
        "file=\(property(files[range.file]))", "line=\(range.line)", "col=\(range.column)",
        "endLine=\(range.endLine)", "endColumn=\(range.endColumn)",
        "title=\(property("\(diagnostic.code.rawValue) \(diagnostic.code.name)"))",
      ]
      return "::\(command) \(properties.joined(separator: ","))::\(data(message))\n"
    }.joined()
  }

  /// Escapes a message, as the workflow command syntax requires; other control characters,
  /// which the syntax has no escape for, are shown as `\u{1B}`.
  static func data(_ text: String) -> String {
    let visible = text.unicodeScalars.map { scalar in
      scalar == "\r" || scalar == "\n" || !Visible.isHidden(scalar)
        ? String(scalar) : Visible.escape(scalar)
    }.joined()
    return visible.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
  }

  /// Escapes a property value, which also may not hold `:` or `,`.
  static func property(_ text: String) -> String {
    data(text).replacingAll(":", "%3A").replacingAll(",", "%2C")
  }
}

extension String {
  func replacingAll(_ target: Character, _ replacement: String) -> String {
    var out = ""
    for character in self {
      if character == target { out += replacement } else { out.append(character) }
    }
    return out
  }
}
