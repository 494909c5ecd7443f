import ToCModel

extension FileParser {
  /// The place the current owner's attributes belong to (a dropped one's too, to check them), or
  /// nil right after a section header.
  var place: Place? {
    switch owner {
    case .model: .model
    case .node: .node
    case .indicator: .indicator
    case .chain: .chain
    case .dropped(let place): place
    case .nothing: nil
    }
  }

  /// Whether the current owner is kept: its lines change the model.
  var isKept: Bool {
    switch owner {
    case .dropped, .nothing: false
    default: true
    }
  }

  /// The attribute `key`, written as `spelling` over `keyRange`, with its value from `valueFrom`.
  /// The key is judged before its value; a line with an error sets nothing and is not given.
  mutating func attribute(
    _ key: Keyword, _ line: Line, spelling: String, at keyRange: SourceRange, valueFrom: Int
  ) {
    guard let place else {
      // Right under a header a `key:` line can only be meant as a node called `key`.
      let message =
        section == .links
        ? Messages.misplacedAttribute(spelling, place: nil) : Messages.keywordAsNodeId(spelling)
      report(.misplacedAttribute, message, keyRange, help: Messages.keywordHelp(spelling))
      return
    }
    guard key != .alias, place.allowed.contains(key) else {
      report(
        .misplacedAttribute, Messages.misplacedAttribute(spelling, place: place), keyRange,
        help: Messages.misplacedAttributeHelp(key))
      return
    }
    if isKept { extendStatement(line) }
    noteWritten(key)
    let repeatable = place.isRepeatable(key)
    if !repeatable, let first = place == .model ? modelSeen[key] : seen[key] {
      report(
        .duplicateAttribute, Messages.duplicateAttribute(spelling), keyRange,
        notes: [Note(Messages.firstGivenHere, at: first)])
      return
    }
    let given: Bool
    switch place {
    case .model: given = modelAttribute(key, line, valueFrom)
    case .node: given = nodeAttribute(key, line, valueFrom)
    case .indicator: given = indicatorAttribute(key, line, valueFrom)
    case .chain: given = chainAttribute(key, line, valueFrom)
    }
    guard given, !repeatable else { return }
    if place == .model { modelSeen[key] = keyRange } else { seen[key] = keyRange }
  }

  /// Records that a line the rules of section 6 look for was written, well-formed or not.
  mutating func noteWritten(_ key: Keyword) {
    switch (owner, key) {
    case (.node(let index), .indicator):
      if !file.nodes[index].hasIndicatorLine { file.nodes[index].hasIndicatorLine = true }
    case (.indicator(let index), .baseline): file.indicators[index].writtenLines.insert(.baseline)
    case (.indicator(let index), .target): file.indicators[index].writtenLines.insert(.target)
    case (.indicator(let index), .source): file.indicators[index].writtenLines.insert(.source)
    default: break
    }
  }

  // MARK: Values

  /// A text value: the rest of the line, or one double-quoted string.
  mutating func textValue(_ line: Line, from start: Int) -> Located<String>? {
    let valueStart = line.skipSpaces(from: start)
    let end = line.trimEnd(valueStart, line.count)
    guard valueStart < end else {
      report(.syntax, Messages.emptyValue, line.range(start, start))
      return nil
    }
    guard line.has("\"", at: valueStart) else {
      return Located(line.text(valueStart, end), at: line.range(valueStart, end))
    }
    switch line.quoted(from: valueStart) {
    case .failure(let message, let range):
      report(.syntax, message, range)
      return nil
    case .text(let text, let quoteEnd):
      let rest = line.skipSpaces(from: quoteEnd)
      guard rest == line.count else {
        report(.syntax, Messages.textAfterQuote, line.range(rest, end))
        return nil
      }
      return nonEmpty(Located(text, at: line.range(valueStart, quoteEnd)))
    }
  }

  /// A comma-separated list of identifiers (`indicator:`): its good elements, each once; an
  /// arrow ends it.
  mutating func identifierList(_ line: Line, from start: Int) -> [Located<String>] {
    let valueStart = line.skipSpaces(from: start)
    guard valueStart < line.count else {
      report(.syntax, Messages.emptyValue, line.range(start, start))
      return []
    }
    var result: [Located<String>] = []
    for piece in line.pieces(valueStart, line.trimEnd(valueStart, line.count)) {
      if piece.afterArrow {
        report(.syntax, Messages.arrowInList, line.range(piece.start, piece.end))
        break
      }
      if let id = reference(line, piece), !result.contains(where: { $0.value == id.value }) {
        result.append(id)
      }
    }
    return result
  }

  /// The codes a `negeer:` line names: malformed elements, keywords and unknown rules are reported
  /// and left out.
  mutating func ignores(_ line: Line, from start: Int) -> Set<String> {
    let valueStart = line.skipSpaces(from: start)
    guard valueStart < line.count else {
      report(.syntax, Messages.emptyValue, line.range(start, start))
      return []
    }
    var codes: Set<String> = []
    for piece in line.pieces(valueStart, line.trimEnd(valueStart, line.count)) {
      let range = line.range(piece.start, piece.end)
      if piece.afterArrow {
        report(.syntax, Messages.arrowInList, range)
        break
      }
      guard piece.start < piece.end else {
        report(.syntax, Messages.emptyListElement, range)
        continue
      }
      let word = line.text(piece.start, piece.end)
      guard line.isQualifiedIdentifier(piece.start, piece.end) else {
        report(.syntax, Messages.notAnIdentifier(word), range)
        continue
      }
      if let code = Code(codeOrName: word) {
        codes.insert(code.rawValue)
      } else if let keyword = Self.keywordPart(of: word, line, piece) {
        report(
          .reservedWord, Messages.keywordAsReference(keyword), range,
          help: Messages.keywordHelp(keyword))
      } else {
        let names = Code.allCases.flatMap { [$0.rawValue, $0.name] }
        report(
          .invalidValue, Messages.unknownRule(word), range,
          help: Suggestion.nearest(to: word, among: names).map(Messages.didYouMean))
      }
    }
    return codes
  }

  mutating func yearValue(_ line: Line, from start: Int) -> Located<YearValue>? {
    guard let text = textValue(line, from: start) else { return nil }
    guard let value = Values.yearValue(Substring(text.value)) else {
      report(
        .invalidValue, Messages.invalidYearValue(text.value), text.range,
        help: Values.meantYearValue(Substring(text.value)).map(Messages.didYouMean)
          ?? Messages.yearValueHelp)
      return nil
    }
    return Located(value, at: text.range)
  }

  // MARK: Owners

  /// A model attribute's value; whether the line counts as given.
  mutating func modelAttribute(_ key: Keyword, _ line: Line, _ start: Int) -> Bool {
    if key == .use { return use(line, from: start) }
    guard let text = textValue(line, from: start) else { return false }
    switch key {
    case .title: file.title = text.value
    case .goal: file.meta.goal = text
    case .targetGroup: file.meta.targetGroup = text.value
    case .pillar: file.meta.pillar = text.value
    case .initiators: file.meta.initiators = text.value
    case .partners: file.meta.partners = text.value
    case .period: file.meta.period = text.value
    case .version: file.meta.version = text.value
    case .source: file.meta.source = text.value
    case .assumption: file.meta.assumptions.append(text)
    case .language:
      guard let language = Language(rawValue: text.value.lowercased()) else {
        report(
          .invalidValue, Messages.invalidLanguage(text.value), text.range,
          help: Messages.languageHelp)
        return false
      }
      explicitLanguage = language
    default: break
    }
    return true
  }

  /// `gebruik: PATH [als NAME]`, the path quoted or not; whether the line counts as given.
  mutating func use(_ line: Line, from start: Int) -> Bool {
    let valueStart = line.skipSpaces(from: start)
    let end = line.trimEnd(valueStart, line.count)
    let path: String
    var alias: (name: String, range: SourceRange)?
    if line.has("\"", at: valueStart) {
      switch line.quoted(from: valueStart) {
      case .failure(let message, let range):
        report(.syntax, message, range)
        return false
      case .text(let text, let quoteEnd):
        guard nonEmpty(Located(text, at: line.range(valueStart, quoteEnd))) != nil else {
          return false
        }
        path = text
        let rest = line.skipSpaces(from: quoteEnd)
        if rest < end {
          guard let named = Self.aliasAfterPath(line, rest, end) else {
            report(.syntax, Messages.textAfterQuote, line.range(rest, end))
            return false
          }
          alias = named
        }
      }
    } else {
      guard let text = textValue(line, from: start) else { return false }
      let parts = Self.useParts(text.value)
      path = parts.path
      if let named = parts.alias {
        // The name is the value's last word.
        let nameStart = line.scalarStart(before: end)
        var from = nameStart
        while from > valueStart, !line.isSpace(before: from) {
          from = line.scalarStart(before: from)
        }
        alias = (named.name, line.range(from, end))
      }
    }
    guard let alias else {
      file.uses.append(Use(path: path, namespace: nil, range: line.range(0, line.count)))
      return true
    }
    if Keyword.lookUp(alias.name) != nil {
      report(
        .reservedWord, Messages.keywordAsReference(alias.name), alias.range,
        help: Messages.keywordHelp(alias.name))
      return false
    }
    guard Self.isNamespace(alias.name) else {
      report(.invalidValue, Messages.invalidNamespace(alias.name), alias.range)
      return false
    }
    file.uses.append(Use(path: path, namespace: alias.name, range: line.range(0, line.count)))
    return true
  }

  /// `als NAME` after a quoted path, over `start..<end`: the name and where it is written.
  static func aliasAfterPath(_ line: Line, _ start: Int, _ end: Int) -> (
    name: String, range: SourceRange
  )? {
    var wordEnd = start
    while wordEnd < end, !line.isSpace(wordEnd) { wordEnd += line.scalar(at: wordEnd).width }
    guard let (keyword, _) = line.keyword(start, wordEnd), keyword == .alias else { return nil }
    let nameStart = line.skipSpaces(from: wordEnd, to: end)
    guard nameStart > wordEnd, nameStart < end else { return nil }
    var nameEnd = nameStart
    while nameEnd < end, !line.isSpace(nameEnd) { nameEnd += line.scalar(at: nameEnd).width }
    guard nameEnd == end else { return nil }
    return (line.text(nameStart, end), line.range(nameStart, end))
  }

  /// `PATH [als NAME]` split into the path and, when an alias is given, its keyword as written and
  /// the name.
  static func useParts(_ value: String) -> (path: String, alias: (word: String, name: String)?) {
    let words = value.split(whereSeparator: { $0.isWhitespace })
    guard words.count >= 3, let (keyword, _) = Keyword.lookUp(String(words[words.count - 2])),
      keyword == .alias
    else { return (value, nil) }
    let word = words[words.count - 2]
    let name = words[words.count - 1]
    // The path is all before the alias, however much white space surrounds it.
    let beforeName = value.trimmingSpaces.dropLast(name.count).trimmingSpaces
    let path = beforeName.dropLast(word.count).trimmingSpaces
    return (String(path), (String(word), String(name)))
  }

  /// Whether `name` can name an include: an identifier that is not a keyword.
  static func isNamespace(_ name: String) -> Bool {
    let line = Line(name)
    return line.identifierEnd(from: 0) == line.count && !name.hasSuffix("-")
      && Keyword.lookUp(name) == nil
  }

  /// A text the rules must still see when what holds it is dropped.
  mutating func keepDropped(_ text: Located<String>) {
    if !isKept { file.otherTexts.append(text) }
  }

  /// A node attribute's value; whether the line counts as given.
  mutating func nodeAttribute(_ key: Keyword, _ line: Line, _ start: Int) -> Bool {
    let index: Int? =
      if case .node(let index) = owner { index } else { nil }
    switch key {
    case .indicator:
      let ids = identifierList(line, from: start)
      if let index {
        for id in ids where !file.nodes[index].indicators.contains(where: { $0.value == id.value })
        {
          file.nodes[index].indicators.append(id)
        }
      }
      return !ids.isEmpty
    case .ignore:
      let codes = ignores(line, from: start)
      if index != nil { addIgnores(codes) }
      return !codes.isEmpty
    default:
      guard let text = textValue(line, from: start) else { return false }
      guard let index else {
        if key != .group, key != .owner, key != .source { keepDropped(text) }
        return true
      }
      switch key {
      case .description: file.nodes[index].description = text
      case .group: file.nodes[index].group = text.value
      case .assumption: file.nodes[index].assumptions.append(text)
      case .source: file.nodes[index].sources.append(text)
      case .owner: file.nodes[index].owner = text.value
      case .target:
        let target = Values.yearValue(Substring(text.value)).map(Target.value) ?? .text(text.value)
        file.nodes[index].target = Located(target, at: text.range)
      default: break
      }
      return true
    }
  }

  /// An indicator attribute's value; whether the line counts as given.
  mutating func indicatorAttribute(_ key: Keyword, _ line: Line, _ start: Int) -> Bool {
    let index: Int? =
      if case .indicator(let index) = owner { index } else { nil }
    switch key {
    case .ignore:
      let codes = ignores(line, from: start)
      if index != nil { addIgnores(codes) }
      return !codes.isEmpty
    case .baseline:
      guard let value = yearValue(line, from: start) else { return false }
      if let index { file.indicators[index].baseline = value }
    case .target:
      guard let value = yearValue(line, from: start) else { return false }
      if let index { file.indicators[index].target = value }
    case .measurement:
      guard let text = textValue(line, from: start) else { return false }
      guard let (area, values) = Values.series(Substring(text.value)) else {
        report(
          .invalidValue, Messages.invalidMeasurement(text.value), text.range,
          help: Messages.measurementHelp)
        return false
      }
      if let index {
        series[index, default: []] += values.map {
          Measurement(area: area, year: $0.year, value: $0.value)
        }
      }
    case .direction:
      guard let text = textValue(line, from: start) else { return false }
      let direction: Direction
      switch text.value.lowercased() {
      case "hoger", "higher": direction = .higher
      case "lager", "lower": direction = .lower
      default:
        report(
          .invalidValue, Messages.invalidDirection(text.value), text.range,
          help: Messages.directionHelp)
        return false
      }
      if let index { file.indicators[index].direction = direction }
    default:
      guard let text = textValue(line, from: start) else { return false }
      guard let index else {
        if key == .description { keepDropped(text) }
        return true
      }
      switch key {
      case .unit: file.indicators[index].unit = text.value
      case .source: file.indicators[index].source = text.value
      case .description: file.indicators[index].description = text
      default: break
      }
    }
    return true
  }

  /// A chain attribute's value; whether the line counts as given.
  mutating func chainAttribute(_ key: Keyword, _ line: Line, _ start: Int) -> Bool {
    let statement: Int? =
      if case .chain(let statement) = owner { statement } else { nil }
    if key == .ignore {
      let codes = ignores(line, from: start)
      if statement != nil { addIgnores(codes) }
      return !codes.isEmpty
    }
    guard let text = textValue(line, from: start) else { return false }
    guard let statement else {
      if key == .assumption { keepDropped(text) }
      return true
    }
    if key == .assumption {
      file.justifications[statement, default: Justification()].assumptions.append(text)
    }
    if key == .source {
      file.justifications[statement, default: Justification()].sources.append(text)
    }
    return true
  }

  mutating func addIgnores(_ codes: Set<String>) {
    guard let index = currentStatement else { return }
    file.statements[index].ignores.formUnion(codes)
  }
}
