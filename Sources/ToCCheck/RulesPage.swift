import ToCModel

/// The rules page of the documentation (`docs/rules.md`), made from the rules' own descriptions;
/// a test keeps the committed page current.
public enum RulesPage {
  public static func markdown() -> String {
    var out = """
      # Rules / Regels

      Every finding of `toc check` has a stable code and name. `toc explain CODE` prints the same
      text in the terminal (`--lang nl` for Dutch). Silence a rule for one node, indicator or chain
      with `negeer: NAME` / `ignore: NAME`. *Errors* make `toc check` fail; *warnings* fail it only
      with `--strict`; *infos* are shown with `--strict` or `--all`.

      Elke bevinding van `toc check` heeft een vaste code en naam. `toc explain CODE --lang nl` toont
      deze tekst in de terminal. Zet een controle stil voor één knoop, indicator of keten met
      `negeer: NAAM`.

      This page is generated from `Sources/ToCCheck/Rules/`; do not edit it by hand.

      | code | name | severity | summary |
      |---|---|---|---|

      """
    for rule in Rules.all {
      out +=
        "| [\(rule.code.rawValue)](#\(rule.code.rawValue.lowercased())) | `\(rule.name)` | \(rule.severity.rawValue) | \(rule.summary.en) |\n"
    }
    for rule in Rules.all {
      out += """

        ## \(rule.code.rawValue)

        **`\(rule.name)`** — \(rule.severity.rawValue)

        \(capitalized(rule.summary.en)). \(rule.rationale.en)

        *\(capitalized(rule.summary.nl)).* \(rule.rationale.nl)

        Triggers / geeft de melding:

        ```toc
        \(rule.bad.text.trimmingNewlines)
        ```

        Silent / geen melding:

        ```toc
        \(rule.good.text.trimmingNewlines)
        ```

        """
    }
    return out
  }

  static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}

extension String {
  var trimmingNewlines: String {
    var text = Substring(self)
    while text.last == "\n" { text = text.dropLast() }
    return String(text)
  }
}
