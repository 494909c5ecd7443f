import ToCModel

/// The words of a document as an editor needs them: every id, keyword and header with its place,
/// the sections and the statements with their lines. Read line by line, forgiving every error (the
/// parser reports those), so that an editor can help in a file that is half written.
struct Syntax: Sendable {
  /// A word of the document, on a 0-based line, between 0-based scalar columns.
  struct Token: Hashable, Sendable {
    enum Role: Hashable, Sendable {
      case header, keyword, definition, reference, indicatorReference, ruleCode
      case includePath, namespaceName, comment, arrow, placeholder
    }

    var role: Role
    var line: Int
    var start: Int
    var end: Int
    var text: String

  }

  /// A section header and the lines up to the next one.
  struct Block: Sendable {
    var section: Vocabulary.Section
    var line: Int
    var lastLine: Int
  }

  /// A definition or chain with its attribute and continuation lines.
  struct Statement: Sendable {
    enum Kind: Hashable, Sendable {
      case node(String)
      case indicator(String)
      case chain
    }

    var kind: Kind
    var section: Vocabulary.Section?
    var line: Int
    var lastLine: Int
    /// The `negeer:`/`ignore:` line, if it has one.
    var ignoreLine: Int?

    var place: Vocabulary.Place {
      switch kind {
      case .node: .node
      case .indicator: .indicator
      case .chain: .chain
      }
    }
  }

  var tokens: [[Token]] = []
  var blocks: [Block] = []
  var statements: [Statement] = []
  /// For each line, the statement an attribute written there belongs to (an index into `statements`).
  var statementOfLine: [Int?] = []
  /// For each line, the section it is in (nil before the first header).
  var sectionOfLine: [Vocabulary.Section?] = []

  init(_ document: Document) {
    var section: Vocabulary.Section?
    var current: Int?
    for line in document.lines.indices {
      var lexer = LineLexer(scalars: document.scalars(ofLine: line), line: line)
      let kind = lexer.read()
      switch kind {
      case .header(let name):
        section = Vocabulary.section(named: name)
        if let last = blocks.indices.last { blocks[last].lastLine = lastContent(before: line) }
        blocks.append(Block(section: section ?? .unknown, line: line, lastLine: line))
        current = nil
      case .definition(let id):
        let kind: Statement.Kind = section == .indicators ? .indicator(id) : .node(id)
        statements.append(Statement(kind: kind, section: section, line: line, lastLine: line))
        current = statements.count - 1
      case .chain:
        statements.append(Statement(kind: .chain, section: section, line: line, lastLine: line))
        current = statements.count - 1
      case .continuation:
        if let current { statements[current].lastLine = line }
      case .attribute(let key):
        if let current {
          statements[current].lastLine = line
          if key?.canonical == "ignore", statements[current].ignoreLine == nil {
            statements[current].ignoreLine = line
          }
        }
      case .blank, .comment, .other:
        break
      }
      tokens.append(lexer.tokens)
      statementOfLine.append(current)
      sectionOfLine.append(section)
    }
    if let last = blocks.indices.last { blocks[last].lastLine = lastContent(before: tokens.count) }
  }

  /// The last line before `line` with a token on it.
  private func lastContent(before line: Int) -> Int {
    var index = line - 1
    while index > 0, tokens[index].isEmpty { index -= 1 }
    return max(index, 0)
  }

  /// The token at a 0-based line and scalar column (the one ending there too, as editors place a
  /// cursor after a word).
  func token(line: Int, column: Int) -> Token? {
    guard line >= 0, line < tokens.count else { return nil }
    let onLine = tokens[line]
    return onLine.first { $0.start <= column && column < $0.end }
      ?? onLine.first { $0.end == column }
  }

  /// Every token, in document order.
  var allTokens: [Token] { tokens.flatMap { $0 } }
}

/// Reads one line into tokens.
struct LineLexer {
  /// What the line is.
  enum Kind {
    case blank, comment, other
    case header(String)
    case definition(String)
    case chain
    case continuation
    case attribute(Vocabulary.Key?)
  }

  let scalars: [Unicode.Scalar]
  let line: Int
  var tokens: [Syntax.Token] = []

  init(scalars: [Unicode.Scalar], line: Int) {
    self.scalars = scalars
    self.line = line
  }

  mutating func read() -> Kind {
    let start = skipSpace(0)
    guard start < scalars.count else { return .blank }
    if scalars[start] == "#" {
      add(.comment, start, scalars.count)
      return .comment
    }
    if scalars[start] == "[" {
      let close = scalars[start...].firstIndex(of: "]")
      add(.header, start, (close ?? scalars.count - 1) + 1)
      let name = String(String.UnicodeScalarView(scalars[(start + 1)..<(close ?? scalars.count)]))
      return .header(name)
    }
    if isArrow(at: start) {
      add(.arrow, start, start + 2)
      references(from: start + 2, to: scalars.count, role: .reference)
      return .continuation
    }
    let wordEnd = word(from: start)
    guard wordEnd > start else { return .other }
    let word = text(start, wordEnd)
    let after = skipSpace(wordEnd)
    if after < scalars.count, scalars[after] == ":" {
      if Vocabulary.isKeyword(word) {
        add(.keyword, start, wordEnd)
        let key = Vocabulary.key(word)
        attributeValue(key, from: after + 1)
        return .attribute(key)
      }
      add(.definition, start, wordEnd)
      definitionRest(from: after + 1)
      return .definition(word)
    }
    guard scalars[start...].indices.contains(where: { isArrow(at: $0) }) else {
      if Vocabulary.isKeyword(word) { add(.keyword, start, wordEnd) }
      return .other
    }
    chain(from: start, to: scalars.count)
    return .chain
  }

  // MARK: Pieces

  mutating func definitionRest(from position: Int) {
    var index = skipSpace(position)
    var arrowsFrom: Int?
    if index < scalars.count, scalars[index] == "\"" {
      index += 1
      while index < scalars.count, scalars[index] != "\"" {
        index += scalars[index] == "\\" ? 2 : 1
      }
      placeholders(from: position, to: min(index, scalars.count))
      index += 1
      if let arrow = (index..<max(index, scalars.count)).first(where: { isArrow(at: $0) }) {
        arrowsFrom = arrow
      }
    } else {
      while index < scalars.count {
        if isArrow(at: index), index > 0, Self.isSpace(scalars[index - 1]),
          index + 2 == scalars.count || Self.isSpace(scalars[index + 2])
        {
          arrowsFrom = index
          break
        }
        index += 1
      }
      placeholders(from: position, to: arrowsFrom ?? scalars.count)
    }
    if let arrowsFrom { chain(from: arrowsFrom, to: scalars.count) }
  }

  mutating func attributeValue(_ key: Vocabulary.Key?, from position: Int) {
    switch key?.canonical {
    case "indicator": references(from: position, to: scalars.count, role: .indicatorReference)
    case "ignore": references(from: position, to: scalars.count, role: .ruleCode)
    case "use": include(from: position)
    default: placeholders(from: position, to: scalars.count)
    }
  }

  /// `gebruik: PATH [als NAME]`, the path quoted or not.
  mutating func include(from position: Int) {
    let start = skipSpace(position)
    guard start < scalars.count else { return }
    var pathEnd = scalars.count
    var rest = scalars.count
    if scalars[start] == "\"" {
      var index = start + 1
      while index < scalars.count, scalars[index] != "\"" {
        index += scalars[index] == "\\" ? 2 : 1
      }
      add(.includePath, start + 1, min(index, scalars.count))
      rest = min(index + 1, scalars.count)
    } else {
      var index = start
      while index < scalars.count {
        if Self.isSpace(scalars[index]) {
          let next = skipSpace(index)
          let end = word(from: next)
          if end > next, ["als", "as"].contains(text(next, end).lowercased()) {
            pathEnd = index
            rest = index
            break
          }
        }
        index += 1
      }
      add(.includePath, start, pathEnd)
    }
    let aliasStart = skipSpace(rest)
    let aliasEnd = word(from: aliasStart)
    guard aliasEnd > aliasStart else { return }
    add(.keyword, aliasStart, aliasEnd)
    let nameStart = skipSpace(aliasEnd)
    let nameEnd = word(from: nameStart)
    if nameEnd > nameStart { add(.namespaceName, nameStart, nameEnd) }
  }

  /// A chain `a, b -> c -> d` between two columns: its arrows and references.
  mutating func chain(from start: Int, to end: Int) {
    var segmentStart = start
    var index = start
    while index <= end {
      if index == end || isArrow(at: index) {
        references(from: segmentStart, to: index, role: .reference)
        guard index < end else { break }
        add(.arrow, index, index + 2)
        index += 2
        segmentStart = index
      } else {
        index += 1
      }
    }
  }

  /// A comma-separated list: each element that is one (qualified) identifier becomes a token.
  mutating func references(from start: Int, to end: Int, role: Syntax.Token.Role) {
    var elementStart = start
    for index in start...end where index == end || scalars[index] == "," {
      let from = skipSpace(elementStart)
      var to = index
      while to > from, Self.isSpace(scalars[to - 1]) { to -= 1 }
      if to > from, word(from: from) == to {
        let name = text(from, to)
        let isKeyword =
          role != .ruleCode
          && name.split(separator: ".").contains {
            Vocabulary.isKeyword(String($0))
          }
        add(isKeyword ? .keyword : role, from, to)
      }
      elementStart = index + 1
    }
  }

  /// Placeholder words in a text (`TODO`, `xx`, `PM`, `...`): they are shown as such.
  mutating func placeholders(from start: Int, to end: Int) {
    var index = start
    while index < end {
      guard !Self.isSpace(scalars[index]) else {
        index += 1
        continue
      }
      var wordEnd = index
      while wordEnd < end, !Self.isSpace(scalars[wordEnd]) { wordEnd += 1 }
      var core = (index, wordEnd)
      while core.0 < core.1, Self.isPunctuation(scalars[core.0]) { core.0 += 1 }
      while core.1 > core.0, Self.isPunctuation(scalars[core.1 - 1]), scalars[core.1 - 1] != "?" {
        core.1 -= 1
      }
      if core.1 > core.0, Self.isPlaceholder(text(core.0, core.1)) {
        add(.placeholder, core.0, core.1)
      }
      index = wordEnd
    }
  }

  /// Punctuation around a placeholder word (`(TODO)`, `xx,`).
  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ",", ";", ":", "(", ")", "!", "?", "\"", "'": true
    default: false
    }
  }

  static func isPlaceholder(_ word: String) -> Bool {
    guard word.utf8.count <= 8 else { return false }
    if word == "PM" { return true }
    return ["x-aantal", "xx", "xxx", "todo", "tbd", "???", "...", "…"].contains(word.lowercased())
  }

  // MARK: Scanning

  /// Whitespace, as the language counts it; ASCII is answered without looking the scalar up.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" }
    return scalar.properties.isWhitespace
  }

  func skipSpace(_ position: Int) -> Int {
    var index = position
    while index < scalars.count, Self.isSpace(scalars[index]) { index += 1 }
    return index
  }

  func isArrow(at index: Int) -> Bool {
    index + 1 < scalars.count && scalars[index] == "-" && scalars[index + 1] == ">"
  }

  /// The end of a (qualified) identifier starting at `position` (`position` itself if none).
  func word(from position: Int) -> Int {
    guard position < scalars.count, Self.isIdentifierStart(scalars[position]) else {
      return position
    }
    var index = position
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "-", isArrow(at: index) { break }
      if scalar == ".", index + 1 < scalars.count, Self.isIdentifierStart(scalars[index + 1]) {
        index += 1
        continue
      }
      guard Self.isIdentifierPart(scalar) else { break }
      index += 1
    }
    while index > position, scalars[index - 1] == "-" { index -= 1 }
    return index
  }

  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic
  }

  static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
    isIdentifierStart(scalar) || scalar == "-" || scalar.properties.numericType == .decimal
  }

  func text(_ start: Int, _ end: Int) -> String {
    String(String.UnicodeScalarView(scalars[start..<end]))
  }

  mutating func add(_ role: Syntax.Token.Role, _ start: Int, _ end: Int) {
    guard end > start else { return }
    tokens.append(
      Syntax.Token(role: role, line: line, start: start, end: end, text: text(start, end)))
  }
}
