import ToCModel

extension FileParser {
  /// The place the current owner accepts attributes for, or nil when nothing is there to own them.
  var place: Place? {
    switch owner {
    case .model: .model
    case .node: .node
    case .indicator: .indicator
    case .chain: .chain
    case .nothing, .dropped: nil
    }
  }

  /// The attribute `key`, written as `spelling` over `keyRange`, with its value from `valueFrom`.
  mutating func attribute(
    _ key: Keyword, _ line: Line, spelling: String, at keyRange: SourceRange, valueFrom: Int
  ) {
    if case .dropped = owner {
      // A dropped definition's attributes go with it, but a model key under a header can only be
      // meant as another node, and that mistake deserves its own report.
      let belongsToDefinition = [Place.node, .indicator, .chain].contains {
        $0.allowed.contains(key)
      }
      if !belongsToDefinition, section != .links, section != .unknown {
        report(
          .misplacedAttribute, Messages.keywordAsNodeId(spelling), keyRange,
          help: Messages.keywordHelp(spelling))
      }
      return
    }
    guard let place, key != .alias, place.allowed.contains(key) else {
      if place == nil, section != .links {
        // Right under a header a `key:` line can only be meant as a node called `key`.
        report(
          .misplacedAttribute, Messages.keywordAsNodeId(spelling), keyRange,
          help: Messages.keywordHelp(spelling))
        owner = .dropped
        return
      }
      report(
        .misplacedAttribute, Messages.misplacedAttribute(spelling, place: place), keyRange,
        help: Messages.misplacedAttributeHelp(key))
      return
    }
    extendStatement(line)
    if !place.isRepeatable(key) {
      let given = place == .model ? modelSeen[key] : seen[key]
      if let first = given {
        report(
          .duplicateAttribute, Messages.duplicateAttribute(spelling), keyRange,
          notes: [Note(Messages.firstGivenHere, at: first)])
        return
      }
      if place == .model { modelSeen[key] = keyRange } else { seen[key] = keyRange }
    }
    switch place {
    case .model: modelAttribute(key, line, valueFrom)
    case .node: nodeAttribute(key, line, valueFrom)
    case .indicator: indicatorAttribute(key, line, valueFrom)
    case .chain: chainAttribute(key, line, valueFrom)
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

  /// A comma-separated list of identifiers (`indicator:`, `negeer:`).
  mutating func identifierList(_ line: Line, from start: Int) -> [Located<String>] {
    let valueStart = line.skipSpaces(from: start)
    guard valueStart < line.count else {
      report(.syntax, Messages.emptyValue, line.range(start, start))
      return []
    }
    return line.pieces(valueStart, line.trimEnd(valueStart, line.count)).compactMap { piece in
      if piece.afterArrow {
        report(.syntax, Messages.arrowInList, line.range(piece.start, piece.end))
        return nil
      }
      return reference(line, piece)
    }
  }

  /// The codes a `negeer:` line names; unknown rules are reported.
  mutating func ignores(_ line: Line, from start: Int) -> Set<String> {
    let valueStart = line.skipSpaces(from: start)
    var codes: Set<String> = []
    for piece in line.pieces(valueStart, line.trimEnd(valueStart, line.count))
    where !piece.afterArrow {
      let word = line.text(piece.start, piece.end)
      if let code = Code(codeOrName: word) {
        codes.insert(code.rawValue)
      } else {
        let names = Code.allCases.flatMap { [$0.rawValue, $0.name] }
        report(
          .invalidValue, Messages.unknownRule(word), line.range(piece.start, piece.end),
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
        help: Messages.yearValueHelp)
      return nil
    }
    return Located(value, at: text.range)
  }

  // MARK: Owners

  mutating func modelAttribute(_ key: Keyword, _ line: Line, _ start: Int) {
    if key == .use {
      use(line, from: start)
      return
    }
    guard let text = textValue(line, from: start) else { return }
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
      if let language = Language(rawValue: text.value.lowercased()) {
        explicitLanguage = language
      } else {
        report(
          .invalidValue, Messages.invalidLanguage(text.value), text.range,
          help: Messages.languageHelp)
      }
    default: break
    }
  }

  /// `gebruik: PATH [als NAME]`.
  mutating func use(_ line: Line, from start: Int) {
    guard let text = textValue(line, from: start) else { return }
    let range = line.range(0, line.count)
    let (path, alias) = Self.useParts(text.value)
    guard let alias else {
      file.uses.append(Use(path: path, namespace: nil, range: range))
      return
    }
    guard Self.isNamespace(alias.name) else {
      report(.invalidValue, Messages.invalidNamespace(alias.name), range)
      return
    }
    file.uses.append(Use(path: path, namespace: alias.name, range: range))
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

  mutating func nodeAttribute(_ key: Keyword, _ line: Line, _ start: Int) {
    guard case .node(let index) = owner else { return }
    switch key {
    case .indicator:
      file.nodes[index].indicators += identifierList(line, from: start)
    case .ignore:
      addIgnores(ignores(line, from: start))
    default:
      guard let text = textValue(line, from: start) else { return }
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
    }
  }

  mutating func indicatorAttribute(_ key: Keyword, _ line: Line, _ start: Int) {
    guard case .indicator(let index) = owner else { return }
    switch key {
    case .ignore:
      addIgnores(ignores(line, from: start))
    case .baseline:
      file.indicators[index].baseline = yearValue(line, from: start)
    case .target:
      file.indicators[index].target = yearValue(line, from: start)
    case .measurement:
      guard let text = textValue(line, from: start) else { return }
      guard let (area, values) = Values.series(Substring(text.value)) else {
        report(
          .invalidValue, Messages.invalidMeasurement(text.value), text.range,
          help: Messages.measurementHelp)
        return
      }
      series[index, default: []] += values.map {
        Measurement(area: area, year: $0.year, value: $0.value)
      }
    case .direction:
      guard let text = textValue(line, from: start) else { return }
      switch text.value.lowercased() {
      case "hoger", "higher": file.indicators[index].direction = .higher
      case "lager", "lower": file.indicators[index].direction = .lower
      default:
        report(
          .invalidValue, Messages.invalidDirection(text.value), text.range,
          help: Messages.directionHelp)
      }
    default:
      guard let text = textValue(line, from: start) else { return }
      switch key {
      case .unit: file.indicators[index].unit = text.value
      case .source: file.indicators[index].source = text.value
      case .description: file.indicators[index].description = text
      default: break
      }
    }
  }

  mutating func chainAttribute(_ key: Keyword, _ line: Line, _ start: Int) {
    guard case .chain(let statement) = owner else { return }
    if key == .ignore {
      addIgnores(ignores(line, from: start))
      return
    }
    guard let text = textValue(line, from: start) else { return }
    if key == .assumption {
      file.justifications[statement, default: Justification()].assumptions.append(text)
    }
    if key == .source {
      file.justifications[statement, default: Justification()].sources.append(text)
    }
  }

  mutating func addIgnores(_ codes: Set<String>) {
    guard let index = currentStatement else { return }
    file.statements[index].ignores.formUnion(codes)
  }
}
