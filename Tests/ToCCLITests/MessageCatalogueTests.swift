import Foundation
import Testing
import ToCCheck
import ToCModel
import ToCTestSupport

@testable import ToCCLI

/// Every message toc can print is said in Dutch and in English: each `Bilingual(en:nl:)` in the
/// sources has two different texts, and a Dutch user trying toc out meets no English.
@Suite struct MessageCatalogueTests {
  /// The `en:` and `nl:` texts of every `Bilingual(en: …, nl: …)` written in the sources, as source.
  static func entries() throws -> [(file: String, en: String, nl: String)] {
    let sources = Golden.repositoryRoot().appendingPathComponent("Sources")
    var entries: [(String, String, String)] = []
    let paths = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }
    for path in paths.sorted() where path.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      var scanner = SourceScanner(Array(text.unicodeScalars))
      for (en, nl) in scanner.bilinguals() { entries.append((path, en, nl)) }
    }
    return entries
  }

  /// Words Dutch and English share (the figure's "Indicator"), nothing (`""`), and a key of the
  /// model shown as it is when it has no words of its own.
  static let shared: Set<String> = [
    "\"\"", "\"label\"", "\"indicator\"", "\"Indicator\"", "\"partners\"", "key",
  ]

  @Test func everyEntryInTheSourcesIsTranslated() throws {
    let entries = try Self.entries()
    #expect(entries.count > 200)
    for entry in entries where !Self.shared.contains(entry.en) || entry.en != entry.nl {
      #expect(entry.en != entry.nl, "untranslated in \(entry.file): \(entry.en)")
    }
  }

  @Test func theScannerFindsAnUntranslatedEntry() {
    let text = """
      let a = Bilingual(en: "same \\(f("x)"))", nl: "same \\(f("x)"))")
      let b = Bilingual(
        en: \"\"\"
          one (
          \"\"\",
        nl: "een (")
      """
    var scanner = SourceScanner(Array(text.unicodeScalars))
    let found = scanner.bilinguals()
    #expect(found.count == 2)
    #expect(found.first?.0 == found.first?.1)
    #expect(found.last?.1 == "\"een (\"")
  }

  @Test func everyMistakeFileErrorAndRuleIsSaidInBothLanguages() {
    for error in UsageError.examples {
      #expect(error.message.en != error.message.nl, "\(error)")
    }
    for error in FileError.named {
      #expect(error.reason.en != error.reason.nl, "\(error)")
    }
    for rule in Rules.all {
      #expect(rule.summary.en != rule.summary.nl, "\(rule.code)")
      #expect(rule.rationale.en != rule.rationale.nl, "\(rule.code)")
    }
    for kind in ForeignFile.allCases {
      #expect(kind.description.en != kind.description.nl)
    }
  }

  /// Words of English output that Dutch output never holds.
  static let english = [
    "cannot", "unknown ", "missing ", "Run `", "error[", "warning[", "info[", "no problems",
    "did you mean", "OVERVIEW", "= help", "= rule", "= note", "is not", "skipped", " the ",
  ]

  @Test func aDutchUserMeetsNoEnglish() {
    let model = """
      titel: Taalcafé
      [middelen]
      uren: Uren van vrijwilligers -> les
      [activiteiten]
      les: Wekelijkse taalles -> deelnemrs
      [korte termijn]
      spreken: Deelnemers spreken beter Nederlands
      [indicatoren]
      i: Iets
      """
    let world = TestEnvironment(
      files: [
        "model.toc": model, "kapot.toc": "[activiteiten]\nles: \"open\n",
        "teams/a.toc": model, "teams/b.toc": "[activiteiten]\na: A\n",
        "teams/scriptie.toc": "\\contentsline {x}\n", "scriptie.toc": "\\babel@toc {dutch}\n",
      ],
      variables: ["LANG": "nl_NL.UTF-8"])
    world.readOnly = ["alleen/"]
    var tries: [[String]] = [
      [], ["--versoin"], ["chek"], ["help"], ["help", "chek"], ["check"], ["check", "--bogus"],
      ["check", "weg.toc"], ["check", "model.toc"], ["check", "--all", "teams"],
      ["check", "--statistics", "teams"], ["check", "scriptie.toc"], ["check", "--format", "x"],
      ["explain"], ["explain", "TOC999"], ["explain", "TOC203"], ["init"],
      ["init", "alleen/m.toc"], ["export", "-o", "alleen/m.json", "model.toc"],
      ["export", "--format", "markdown", "model.toc"], ["render", "-f", "svg", "model.toc"],
      ["trace", "model.toc", "spreekn"], ["trace", "model.toc"], ["diff", "model.toc"],
      ["fmt", "kapot.toc"], ["fmt"],
    ]
    tries += Command.allCases.map { [$0.rawValue, "--help"] }
    for words in tries {
      _ = world.run(words)
      // The starter model and a command's own results are the model's words, not toc's.
      let shown =
        words.first == "init" && words.count == 1 ? world.errors : world.output + world.errors
      for word in Self.english {
        #expect(
          !shown.contains(word), "`toc \(words.joined(separator: " "))` says `\(word)`: \(shown)")
      }
    }
  }
}

/// Reads Swift source just enough to find `Bilingual(en: A, nl: B)` and return A and B as
/// written: string literals (with interpolations, which may hold strings) and parentheses.
struct SourceScanner {
  let text: [Unicode.Scalar]
  var index = 0

  init(_ text: [Unicode.Scalar]) {
    self.text = text
  }

  func starts(with word: String, at position: Int) -> Bool {
    let scalars = Array(word.unicodeScalars)
    guard position + scalars.count <= text.count else { return false }
    return Array(text[position..<position + scalars.count]) == scalars
  }

  mutating func bilinguals() -> [(String, String)] {
    var found: [(String, String)] = []
    while index < text.count {
      if starts(with: "Bilingual(", at: index) {
        index += "Bilingual(".unicodeScalars.count
        let start = index
        skipExpression()
        index = min(index, text.count)
        let arguments = String(String.UnicodeScalarView(text[start..<index]))
        if let pair = Self.split(arguments) { found.append(pair) }
        index += 1
      } else if text[index] == "\"" {
        skipString()
      } else if starts(with: "//", at: index) {
        while index < text.count, text[index] != "\n" { index += 1 }
      } else {
        index += 1
      }
    }
    return found
  }

  /// `en: A, nl: B` as A and B, trimmed; nil for other arguments.
  static func split(_ arguments: String) -> (String, String)? {
    let trimmed = arguments.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.hasPrefix("en:") else { return nil }
    var scanner = SourceScanner(Array(trimmed.unicodeScalars))
    scanner.index = 3
    let start = scanner.index
    scanner.skipExpression(stopAtComma: true)
    guard scanner.index < scanner.text.count else { return nil }
    let en = String(String.UnicodeScalarView(scanner.text[start..<scanner.index]))
    let rest = String(String.UnicodeScalarView(scanner.text[(scanner.index + 1)...]))
      .trimmingCharacters(in: .whitespacesAndNewlines)
    guard rest.hasPrefix("nl:") else { return nil }
    let nl = String(rest.dropFirst(3)).trimmingCharacters(in: .whitespacesAndNewlines)
    return (en.trimmingCharacters(in: .whitespacesAndNewlines), nl)
  }

  /// Moves to the `)` that closes the current parentheses (or a top-level `,`).
  mutating func skipExpression(stopAtComma: Bool = false) {
    var depth = 0
    while index < text.count {
      let scalar = text[index]
      if scalar == "\"" {
        skipString()
        continue
      }
      if scalar == "(" || scalar == "[" || scalar == "{" { depth += 1 }
      if scalar == ")" || scalar == "]" || scalar == "}" {
        if depth == 0 { return }
        depth -= 1
      }
      if stopAtComma, depth == 0, scalar == "," { return }
      index += 1
    }
  }

  /// Moves past a string literal, `"…"` or `"""…"""`, with its interpolations.
  mutating func skipString() {
    let multiline = starts(with: "\"\"\"", at: index)
    let quote = multiline ? "\"\"\"" : "\""
    index += quote.unicodeScalars.count
    while index < text.count {
      if text[index] == "\\" {
        if index + 1 < text.count, text[index + 1] == "(" {
          index += 2
          skipExpression()
          index += 1
        } else {
          index += 2
        }
        continue
      }
      if starts(with: quote, at: index) {
        index += quote.unicodeScalars.count
        return
      }
      index += 1
    }
  }
}
