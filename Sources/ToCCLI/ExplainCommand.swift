import ToCCheck
import ToCModel

/// `toc explain RULE`: what a rule means, why it matters, a bad and a good example. Without a
/// rule, the list of all rules.
enum ExplainCommand: Subcommand {
  static let summary = Bilingual(
    en: "what a rule means, why it matters, a bad and a good example",
    nl: "wat een controle inhoudt, waarom die ertoe doet, een fout en een goed voorbeeld")

  static func help(_ language: Language) -> String {
    Help.page(
      language, summary: summary, usage: "toc explain [--lang <nl|en>] [<rule>]",
      arguments: [
        (
          "<rule>",
          Bilingual(
            en: "a code (TOC203) or name (orphan-outcome); without one, the list of all rules",
            nl: "een code (TOC203) of naam (orphan-outcome); zonder: de lijst van alle controles")
        )
      ],
      options: [Help.lang])
  }

  static func run(_ words: [String], _ context: Context) -> ExitStatus {
    let parsed = context.parse(words, options: ["--lang"])
    guard case .proceed(let arguments) = parsed else { return parsed.status }
    let language: Language
    switch context.language(arguments) {
    case .failure(let error): return context.usage(error)
    case .success(let chosen): language = chosen
    }
    guard arguments.operands.count <= 1 else { return context.usage(.tooManyOperands) }
    guard let name = arguments.operands.first else {
      context.environment.output(list(language))
      return .success
    }
    guard let rule = Rule.named(name) else {
      let names = Rules.all.flatMap { [$0.code.rawValue, $0.name] }
      return context.usage(
        .unknownRule(name, suggestion: Suggestion.nearest(to: name, among: names)))
    }
    context.environment.output(explain(rule, language))
    return .success
  }

  static func list(_ language: Language) -> String {
    let width = Rules.all.map(\.name.count).max() ?? 0
    return Rules.all.map { rule in
      let severity = Messages.severity(rule.severity)[language]
      let padding = String(repeating: " ", count: width - rule.name.count)
      return
        "\(rule.code.rawValue)  \(rule.name)\(padding)  \(severity.padding(12))\(rule.summary[language])\n"
    }.joined()
  }

  static func explain(_ rule: Rule, _ language: Language) -> String {
    let words =
      language == .nl
      ? (why: "Waarom", bad: "Zo niet", good: "Zo wel", silence: "Stilzetten")
      : (why: "Why", bad: "Bad", good: "Good", silence: "Silence")
    let key = language == .nl ? "negeer" : "ignore"
    return """
      \(rule.code.rawValue) \(rule.name) (\(Messages.severity(rule.severity)[language]))

      \(rule.summary[language])

      \(words.why): \(rule.rationale[language])

      \(words.bad):
      \(indent(rule.bad.text))
      \(words.good):
      \(indent(rule.good.text))
      \(words.silence): \(key): \(rule.name)

      """
  }

  static func indent(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
      text.hasSuffix("\n") ? 1 : 0
    )
    .map { "    " + $0 }.joined(separator: "\n") + "\n"
  }
}

extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
