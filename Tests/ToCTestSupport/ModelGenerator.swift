/// Writes random but deterministic `.toc` files that exercise the whole syntax in both languages:
/// every spelling and case of keywords, labels that need quotes and labels that do not, lists with
/// and without spaces, comments, blank lines, odd indentation and line endings, and the recoverable
/// errors (repeated ids and attributes, invalid values) a formatter must leave meaning the same.
public struct ModelGenerator {
  var random: SplitMix
  var lines: [String] = []
  var ids: [String] = []

  public init(seed: UInt64) {
    random = SplitMix(seed: seed)
  }

  /// The file for `seed`, as bytes (a byte-order mark and `\r\n` line endings included, at times).
  public static func file(seed: UInt64) -> [UInt8] {
    var generator = ModelGenerator(seed: seed)
    return generator.file()
  }

  // MARK: Randomness

  mutating func below(_ bound: Int) -> Int { random.below(bound) }
  mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
  mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

  // MARK: The file

  mutating func file() -> [UInt8] {
    let dutch = chance(50)
    if chance(50) { comment() }
    if chance(15) {
      lines.append("\(key(dutch ? "taal" : "language")): \(pick(["nl", "en", "NL", "fr"]))")
    }
    for _ in 0..<below(5) {
      let (nl, en) = pick(Self.modelKeys)
      attribute(dutch || chance(20) ? nl : en, text(plainArrows: true), single: en != "assumption")
    }
    if chance(20) {
      let alias = pick([" als si", " as si", "  as  x", "", " als 9"])
      lines.append(
        "\(key(dutch ? "gebruik" : "use")): \(pick(["team.toc", "../b/c.toc", "a b.toc"]))\(alias)")
    }
    ids = (0..<(3 + below(10))).map { _ in pick(Self.idWords) + (chance(50) ? "\(below(9))" : "") }
    for _ in 0..<(1 + below(7)) { section(dutch || chance(15)) }
    let ending = pick(["\n", "\n", "\n", "\r\n", "\r"])
    let body = lines.joined(separator: ending) + (chance(80) ? ending : "")
    return (chance(10) ? [0xEF, 0xBB, 0xBF] : []) + Array(body.utf8)
  }

  mutating func section(_ dutch: Bool) {
    blankLines()
    let index = below(Self.sections.count)
    let names = Self.sections[index]
    var name = dutch || chance(10) ? names.nl : names.en
    if chance(20) { name = name.replacingOccurrences(of: " ", with: pick(["-", "_", "  "])) }
    lines.append(pick(["[", "[", "[ "]) + caseVariant(name) + pick(["]", "]", " ]  "]))
    for _ in 0..<below(6) {
      blankLines()
      if chance(15) { comment() }
      switch (index, below(10)) {
      case (7, 0..<8): indicator(dutch)
      case (8, _), (_, 8...): chain(dutch)
      default: node(dutch)
      }
    }
  }

  mutating func node(_ dutch: Bool) {
    var line = "\(indent())\(pick(ids))\(pick([":", ": ", " :  "]))"
    let label = text(plainArrows: false)
    line += chance(20) || !Self.isPlainLabel(label) ? quoted(label) : label
    if chance(40) { line += pick([" -> ", " ->", "  ->\t"]) + targets() }
    lines.append(line)
    for _ in 0..<below(4) {
      if chance(10) { comment() }
      if chance(15) {
        lines.append(indent() + pick(["-> ", "->", "  -> "]) + targets())
        continue
      }
      let (nl, en) = pick(Self.nodeKeys)
      let spelling = dutch || chance(10) ? nl : en
      let single = ["description", "group", "owner", "target"].contains(en)
      switch en {
      case "indicator", "indicators": attribute(spelling, targets(), quotable: false)
      case "ignore": attribute(spelling, pick(Self.rules), quotable: false)
      case "target":
        attribute(spelling, chance(50) ? yearValue() : text(plainArrows: true), single: true)
      default: attribute(spelling, text(plainArrows: true), single: single)
      }
    }
  }

  mutating func indicator(_ dutch: Bool) {
    lines.append("\(indent())\(pick(ids)): \(textValue(text(plainArrows: true)))")
    for _ in 0..<below(6) {
      if chance(10) { comment() }
      if chance(3) { lines.append("  -> " + targets()) }
      let (nl, en) = pick(Self.indicatorKeys)
      let spelling = dutch || chance(10) ? nl : en
      switch en {
      case "baseline", "target": attribute(spelling, yearValue(), single: true)
      case "measurement":
        let area = pick(["", "", "Bospolder ", "Het \"Oude\" Westen ", "Wijk 12 "])
        attribute(
          spelling,
          area + (0...below(3)).map { _ in yearValue() }.joined(separator: pick([", ", ",  "])))
      case "direction":
        attribute(spelling, pick(["hoger", "Lower", "higher", "omhoog"]), single: true)
      case "ignore": attribute(spelling, pick(Self.rules), quotable: false)
      default: attribute(spelling, text(plainArrows: true), single: true)
      }
    }
  }

  mutating func chain(_ dutch: Bool) {
    var steps: [String] = []
    for _ in 0..<(2 + below(3)) { steps.append(targets()) }
    lines.append(indent() + steps.joined(separator: pick([" -> ", "->", "  ->  "])))
    for _ in 0..<below(3) {
      let (nl, en) = pick(Self.chainKeys)
      attribute(
        dutch || chance(10) ? nl : en, en == "ignore" ? pick(Self.rules) : text(plainArrows: true),
        quotable: en != "ignore")
    }
  }

  // MARK: Pieces

  /// An attribute line; a `single` (not repeatable) one is at times given again with a value that
  /// does not read, which the parser skips. Only a `quotable` value is at times quoted unasked: a
  /// quoted list (`negeer: "TOC203"`) is a syntax error since language 1.1.
  mutating func attribute(
    _ name: String, _ value: String, single: Bool = false, quotable: Bool = true
  ) {
    let written = quotable && chance(10) ? quoted(value) : textValue(value)
    lines.append(indent() + "\(key(name))\(pick([":", ": ", " : "]))\(written)")
    if single, chance(8) {
      lines.append(indent() + "\(key(name)): \(pick(["\"open", "\"\"", "x \"y"]))")
    }
  }

  mutating func targets() -> String {
    (0...below(3)).map { _ in (chance(10) ? "si." : "") + pick(ids) }.joined(
      separator: pick([", ", ",", " , "]))
  }

  mutating func yearValue() -> String {
    "\(2015 + below(12))\(pick(["=", " = ", "  =", "= "]))\(pick(["0", "12", "-3", "12,5", "7.25", "40 %", "x", "1,2,3"]))"
  }

  mutating func text(plainArrows: Bool) -> String {
    var words = (0...below(4)).map { _ in pick(Self.words) }
    if chance(10) { words.insert(pick([" lead", "\"quoted\"", "->", "-> x"]), at: 0) }
    if chance(10) { words.append(pick(["trail ", "->", "end\t", "a\nb", "back\\slash"])) }
    return words.joined(separator: plainArrows || chance(80) ? " " : " -> ")
  }

  mutating func textValue(_ value: String) -> String {
    let scalars = Array(value.unicodeScalars)
    let plain =
      !scalars.isEmpty && scalars.first != "\"" && scalars.first != " "
      && !value.hasSuffix(" ") && !value.hasSuffix("\t") && !value.contains("\n")
    return plain ? value : quoted(value)
  }

  mutating func quoted(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += chance(50) ? "\\t" : "\t"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// Whether a label reads back unquoted: no ` -> ` and no ` ->` at its end, no quote or space at
  /// its ends, no line break.
  static func isPlainLabel(_ label: String) -> Bool {
    let padded = " " + label + " "
    return !padded.contains(" -> ") && !padded.contains(" ->\t") && !label.hasSuffix("->")
      && !label.hasPrefix("\"") && !label.hasPrefix(" ") && !label.hasSuffix(" ")
      && !label.hasSuffix("\t") && !label.contains("\n") && !label.contains("\t->")
  }

  mutating func key(_ name: String) -> String {
    var name = caseVariant(name)
    if chance(10) { name = name.replacingOccurrences(of: "-", with: "_") }
    return name
  }

  mutating func caseVariant(_ name: String) -> String {
    switch below(8) {
    case 0: name.uppercased()
    case 1: name.prefix(1).uppercased() + name.dropFirst()
    default: name
    }
  }

  mutating func indent() -> String { pick(["", "", "  ", "    ", "\t", "\u{00A0}"]) }

  mutating func comment() {
    lines.append(indent() + pick(["# note", "#", "#  -> not a link ", "# [impact]", "## header"]))
  }

  mutating func blankLines() {
    for _ in 0..<pick([0, 0, 1, 1, 2, 3]) { lines.append(pick(["", " ", "\t"])) }
  }

  // MARK: Vocabulary

  static let modelKeys = [
    ("titel", "title"), ("doel", "goal"), ("doelgroep", "target-group"), ("pijler", "pillar"),
    ("initiatiefnemers", "initiators"), ("partners", "partners"), ("looptijd", "period"),
    ("versie", "version"), ("bron", "source"), ("aanname", "assumption"),
  ]
  static let nodeKeys = [
    ("toelichting", "description"), ("groep", "group"), ("indicator", "indicator"),
    ("indicatoren", "indicators"), ("aanname", "assumption"), ("bron", "source"),
    ("eigenaar", "owner"), ("streefwaarde", "target"), ("negeer", "ignore"),
  ]
  static let indicatorKeys = [
    ("eenheid", "unit"), ("bron", "source"), ("richting", "direction"), ("nulmeting", "baseline"),
    ("streefwaarde", "target"), ("meting", "measurement"), ("toelichting", "description"),
    ("negeer", "ignore"),
  ]
  static let chainKeys = [("aanname", "assumption"), ("bron", "source"), ("negeer", "ignore")]
  static let sections = [
    (nl: "middelen", en: "inputs"), (nl: "activiteiten", en: "activities"),
    (nl: "output", en: "outputs"), (nl: "effecten korte termijn", en: "short-term outcomes"),
    (nl: "middellange termijn", en: "medium term"), (nl: "lange termijn", en: "long term outcomes"),
    (nl: "impact", en: "impact"), (nl: "indicatoren", en: "indicators"),
    (nl: "verbanden", en: "links"),
  ]
  static let idWords = [
    "a", "uren", "kort-1", "n_badges", "coöperatie", "Ünit", "_privé", "team", "x",
  ]
  static let words = [
    "Manuren", "van", "teamleden", "Team #1", "a->b", "50%", "coöperatie", "x,y", "[haak]", "a: b",
    "\u{00A0}nbsp", "é", "TODO", "-", "=", "2020 = 5", "wat?",
  ]
  static let rules = ["TOC203", "orphan-outcome, dead-end", "geen-regel", "cycle,TOC401", "a -> b"]
}
