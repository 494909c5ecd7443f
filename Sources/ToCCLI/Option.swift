import ToCModel
import ToCRender

/// One option of a command, declared once: its long and short spelling, the value it takes and
/// the values it allows, and its help line in both languages. The declarations drive parsing, the
/// help pages and "did you mean".
struct Option {
  /// The long spelling, as `--format`.
  let name: String
  /// The short spelling, as `-f`; the help lists it beside the long one. A short spelling stands
  /// for its long option in every command (`Command.shorts`).
  var short: String?
  /// The value's placeholder in the help, as `<format>`; nil for a flag.
  var value: String?
  /// The values allowed, when they are a fixed set.
  var choices: [String] = []
  var help: Bilingual

  var isFlag: Bool { value == nil }

  /// The option as the help lists it: `-f, --format <format>`.
  var label: String {
    (short.map { "\($0), " } ?? "") + name + (value.map { " \($0)" } ?? "")
  }

  /// A flag: present or not.
  static func flag(_ name: String, _ help: Bilingual) -> Option {
    Option(name: name, help: help)
  }

  /// An option that takes any value.
  static func valued(_ name: String, _ value: String, short: String? = nil, _ help: Bilingual)
    -> Option
  {
    Option(name: name, short: short, value: value, help: help)
  }

  /// An option that takes one of a fixed set of values.
  static func choice<Value: Choice>(
    _ name: String, _ value: String, _ type: Value.Type, short: String? = nil, _ help: Bilingual
  ) -> Option {
    Option(
      name: name, short: short, value: value, choices: Value.allCases.map(\.rawValue), help: help)
  }

  /// The option every command takes.
  static let help = Option(
    name: "--help", short: "-h", help: Bilingual(en: "show this help", nl: "toon deze hulp"))

  /// The language of a command's messages (or of what it writes, as `help` says).
  static func lang(
    _ help: Bilingual = Bilingual(
      en: "language of messages (default: LC_ALL, LC_MESSAGES or LANG)",
      nl: "taal van de meldingen (standaard: LC_ALL, LC_MESSAGES of LANG)")
  ) -> Option {
    choice("--lang", "<nl|en>", Language.self, help)
  }

  /// The option of every command that writes a result.
  static let output = valued(
    "--output", "<file>", short: "-o",
    Bilingual(
      en: "write to a file instead of standard output",
      nl: "schrijf naar een bestand in plaats van standaarduitvoer"))

  /// The Graphviz program of the commands that draw.
  static let dot = valued(
    "--dot", "<path>",
    Bilingual(
      en: "the Graphviz dot program to use (default: dot on PATH)",
      nl: "het Graphviz-programma dot dat gebruikt wordt (standaard: dot op PATH)"))
}

/// A fixed set of values an option takes, each spelled as on the command line.
protocol Choice: CaseIterable, RawRepresentable where RawValue == String {}

extension Language: Choice {}
extension Theme: Choice {}
extension LayoutDirection: Choice {}
extension Page: Choice {}

/// When `toc check` colours its report.
enum ColorChoice: String, Choice {
  case auto, always, never
}
