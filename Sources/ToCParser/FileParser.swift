import ToCModel

/// Reads the statements of one decoded file into a `ParsedFile`, one line at a time, recovering
/// from every bad line so that it never hides the others.
struct FileParser {
  /// What the attribute lines that follow belong to.
  enum Owner {
    case model
    case node(Int)
    case indicator(Int)
    case chain(Int)
    /// Nothing: right after a section header.
    case nothing
    /// A definition that was dropped (a duplicate, an unknown section): its lines are ignored.
    case dropped
  }

  var file: ParsedFile
  var section: Section?
  var owner = Owner.model
  /// Attribute keys given on the current definition (or the model), for TOC112.
  var seen: [Keyword: SourceRange] = [:]
  var modelSeen: [Keyword: SourceRange] = [:]
  var currentStatement: Int?
  var detectedLanguage: Language?
  var explicitLanguage: Language?
  /// Defined ids, for TOC106.
  /// Raw measurement series per indicator, in the order written.
  var series: [Int: [Measurement]] = [:]

  init(path: String) {
    file = ParsedFile(path: path)
  }

  /// Reads a whole file, in pieces on all cores when it is large (FileParser+Pieces.swift).
  static func parse(_ text: consuming SourceText, path: String) -> ParsedFile {
    parse(text, path: path, linesPerPiece: linesPerPiece)
  }

  mutating func statement(_ line: Line) {
    switch line.kind {
    case .blank, .comment:
      return
    case .header(let start):
      header(line, from: start)
    case .continuation(let start):
      continuation(line, from: start)
    case .attribute(let key, let language, let keyStart, let keyEnd, let valueFrom):
      vote(language)
      attribute(
        key, line, spelling: line.text(keyStart, keyEnd), at: line.range(keyStart, keyEnd),
        valueFrom: valueFrom)
    case .definition(let idStart, let idEnd, let valueFrom):
      definition(
        line, id: line.identifier(idStart, idEnd), idRange: line.range(idStart, idEnd),
        valueFrom: valueFrom)
    case .chain(let start):
      chain(line, from: start)
    case .invalidId(let start, let end):
      report(.syntax, Messages.invalidDefinitionId(line.text(start, end)), line.range(start, end))
    case .misusedKeyword(let start, let end):
      let word = line.text(start, end)
      report(
        .reservedWord, Messages.keywordAsStatement(word), line.range(start, end),
        help: Messages.keywordHelp(word))
    case .notAStatement(let start, let end):
      report(
        .syntax, Messages.notAStatement, line.range(start, end),
        help: Messages.notAStatementHelp)
    }
  }

  // MARK: Section headers

  mutating func header(_ line: Line, from start: Int) {
    closeStatement()
    seen = [:]
    let end = line.trimEnd(start, line.count)
    guard end - start >= 2, line.has("]", at: end - 1) else {
      report(.syntax, Messages.unclosedHeader, line.range(start, end))
      section = .unknown
      owner = .dropped
      return
    }
    let name = line.text(start + 1, end - 1)
    if let (found, language) = Section.lookUp(name) {
      vote(language)
      section = found
      owner = .nothing
    } else {
      let suggestion = Section.suggestion(for: name)
      report(
        .unknownSection, Messages.unknownSection(name), line.range(start, end),
        help: suggestion.map(Messages.didYouMeanSection) ?? Messages.sectionList)
      section = .unknown
      owner = .dropped
    }
  }

  // MARK: Definitions

  mutating func definition(_ line: Line, id: String, idRange: SourceRange, valueFrom: Int) {
    closeStatement()
    seen = [:]
    switch section {
    case .kind(let kind):
      let (label, targets) = nodeValue(line, from: valueFrom)
      guard let label, claim(id, at: idRange, for: .node(file.nodes.count)) else {
        owner = .dropped
        return
      }
      var node = Node(id: id, kind: kind, label: label, range: idRange)
      node.range = idRange
      file.nodes.append(node)
      owner = .node(file.nodes.count - 1)
      openStatement(line)
      for target in targets { addArrow(from: Int32(file.nodes.count - 1), to: target) }
    case .indicators:
      guard let label = textValue(line, from: valueFrom),
        claim(id, at: idRange, for: .indicator(file.indicators.count))
      else {
        owner = .dropped
        return
      }
      file.indicators.append(Indicator(id: id, label: label, range: idRange))
      owner = .indicator(file.indicators.count - 1)
      openStatement(line)
    case .unknown:
      _ = nodeValue(line, from: valueFrom)
      owner = .dropped
    case .links, nil:
      report(
        .misplacedAttribute, Messages.definitionOutsideKindSection(id), idRange,
        help: Messages.definitionOutsideKindSectionHelp)
      owner = .dropped
    }
  }

  /// Records a new id, or reports it as a duplicate of the first definition.
  mutating func claim(_ id: String, at range: SourceRange, for place: Places.Place) -> Bool {
    // One hash for a new id, nearly all of them; a duplicate puts the first place back.
    guard let first = file.places.update(id, to: place) else { return true }
    file.places.update(id, to: first)
    let firstRange =
      switch first {
      case .node(let position): file.nodes[position].range
      case .indicator(let position): file.indicators[position].range
      }
    report(
      .duplicateId, Messages.duplicateId(id), range,
      notes: [Note(Messages.firstDefinedHere, at: firstRange)])
    return false
  }

  /// A node's label and the targets of its arrow list.
  mutating func nodeValue(_ line: Line, from start: Int) -> (Located<String>?, [Located<String>]) {
    switch line.nodeValue(from: start) {
    case .failure(let message, let range):
      report(.syntax, message, range)
      return (nil, [])
    case .value(let text, let labelStart, let labelEnd, let arrow):
      let label = nonEmpty(Located(text, at: line.range(labelStart, labelEnd)))
      guard let arrow else { return (label, []) }
      return (label, targets(line, arrow + 2, line.count, arrowAt: arrow))
    }
  }

  mutating func nonEmpty(_ text: Located<String>) -> Located<String>? {
    if text.value.isEmpty {
      report(.syntax, Messages.emptyValue, text.range)
      return nil
    }
    return text
  }

  /// The identifiers of an arrow list `start..<end`; malformed elements are reported and skipped.
  mutating func targets(_ line: Line, _ start: Int, _ end: Int, arrowAt arrow: Int)
    -> [Located<String>]
  {
    if line.skipSpaces(from: start, to: end) == end {
      report(.syntax, Messages.arrowWithoutTargets, line.range(arrow, arrow + 2))
      return []
    }
    var result: [Located<String>] = []
    for piece in line.pieces(start, end) {
      if piece.afterArrow {
        report(
          .syntax, Messages.arrowInTargetList, line.range(piece.start, piece.end),
          help: Messages.arrowInTargetListHelp)
      } else if let id = reference(line, piece) {
        result.append(id)
      }
    }
    return result
  }

  /// One element of an identifier list, if it is exactly one (qualified) identifier.
  mutating func reference(_ line: Line, _ piece: Line.Piece) -> Located<String>? {
    let range = line.range(piece.start, piece.end)
    guard piece.start < piece.end else {
      report(.syntax, Messages.emptyListElement, range)
      return nil
    }
    guard line.isQualifiedIdentifier(piece.start, piece.end) else {
      report(.syntax, Messages.notAnIdentifier(line.text(piece.start, piece.end)), range)
      return nil
    }
    let word = line.identifier(piece.start, piece.end)
    // An ASCII word is its own NFC form: its bytes are looked up as they are, without a string.
    let keyword =
      line.isAllASCII(piece.start, piece.end)
      ? line.keyword(piece.start, piece.end) : Keyword.lookUp(word)
    if !line.hasDot(piece.start, piece.end), keyword != nil {
      report(
        .reservedWord, Messages.keywordAsReference(word), range, help: Messages.keywordHelp(word))
      return nil
    }
    return Located(word, at: range)
  }

  // MARK: Arrows and chains

  mutating func continuation(_ line: Line, from start: Int) {
    switch owner {
    case .node(let index):
      extendStatement(line)
      for target in targets(line, start + 2, line.count, arrowAt: start) {
        addArrow(from: Int32(index), to: target)
      }
    case .indicator(let index):
      report(
        .indicatorLink, Messages.arrowFromIndicator(file.indicators[index].id),
        line.range(start, line.trimEnd(start, line.count)))
    case .dropped:
      return
    case .model, .nothing, .chain:
      report(
        .syntax, Messages.continuationWithoutNode, line.range(start, start + 2),
        help: Messages.continuationWithoutNodeHelp)
    }
  }

  mutating func chain(_ line: Line, from start: Int) {
    closeStatement()
    seen = [:]
    var steps: [[Located<String>]] = [[]]
    var arrows = 0
    for piece in line.pieces(start, line.trimEnd(start, line.count)) {
      if piece.afterArrow {
        steps.append([])
        arrows += 1
      }
      if let id = reference(line, piece) { steps[steps.count - 1].append(id) }
    }
    guard arrows > 0 else {
      report(.syntax, Messages.listWithoutArrow, line.range(start, line.trimEnd(start, line.count)))
      owner = .dropped
      return
    }
    guard section != .unknown else {
      owner = .dropped
      return
    }
    openStatement(line)
    owner = .chain(file.statements.count - 1)
    for (sources, targets) in zip(steps, steps.dropFirst()) {
      for source in sources {
        file.chainStarts.append(source)
        let start = Int32(-file.chainStarts.count)
        for target in targets { addArrow(from: start, to: target) }
      }
    }
  }

  /// `from`: as in `Arrow.start`.
  mutating func addArrow(from start: Int32, to: Located<String>) {
    file.arrows.append(Arrow(start: start, statement: Int32(currentStatement ?? 0), to: to))
  }

  // MARK: Statements and the end of the file

  mutating func openStatement(_ line: Line) {
    file.statements.append(Statement(lines: line.number...line.number))
    currentStatement = file.statements.count - 1
  }

  mutating func extendStatement(_ line: Line) {
    guard let index = currentStatement else { return }
    file.statements[index].lines = file.statements[index].lines.lowerBound...line.number
  }

  mutating func closeStatement() {
    currentStatement = nil
  }

  mutating func vote(_ language: Language?) {
    if detectedLanguage == nil { detectedLanguage = language }
  }

  mutating func report(
    _ code: Code, _ message: Bilingual, _ range: SourceRange, help: Bilingual? = nil,
    notes: [Note] = []
  ) {
    file.diagnostics.append(Diagnostic(code, message, at: range, help: help, notes: notes))
  }

  mutating func finish() -> ParsedFile {
    file.language = explicitLanguage ?? detectedLanguage ?? .en
    for (index, measurements) in series {
      file.indicators[index].measurements = Self.sorted(measurements)
    }
    return file
  }

  /// The model's own series first, then areas in order of first appearance, each by year; a later
  /// value for the same area and year replaces the earlier one.
  static func sorted(_ measurements: [Measurement]) -> [Measurement] {
    var areas: [String?] = []
    var latest: [String: Measurement] = [:]
    for measurement in measurements {
      if !areas.contains(measurement.area) { areas.append(measurement.area) }
      latest["\(measurement.area ?? "")\u{0}\(measurement.year)"] = measurement
    }
    if let own = areas.firstIndex(of: nil) { areas.insert(areas.remove(at: own), at: 0) }
    return areas.flatMap { area in
      latest.values.filter { $0.area == area }.sorted { $0.year < $1.year }
    }
  }
}
