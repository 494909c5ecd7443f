import ToCModel
import ToCSupport

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
    /// A definition or chain that is not kept (a duplicate, a malformed one, one in an unknown
    /// section): its lines are checked as `place`'s would be, then dropped.
    case dropped(Place)
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
  /// The line that has had its one diagnostic from TOC102–TOC112 (LANGUAGE.md section 3).
  var faultyLine: Int?
  /// The id of the definition last dropped, for messages about its lines.
  var droppedId = ""
  /// The header of the unknown section being read, the cause of what it drops.
  var unknownHeader: SourceRange?
  /// The finding that dropped the definition last dropped for where it stands, if it was.
  var droppedCause: SourceRange?
  /// Ids of definitions dropped for their label alone: in a piece of a large file, one of them may
  /// be a duplicate of a piece before, which reading the file whole reports instead.
  var unclaimed: [String] = []
  /// The ids that the malformed elements of this line's arrow list probably meant (`a; b` for
  /// `a, b`), each at its element, where the error is: arrows lost to that error.
  var meantTargets: [Located<String>] = []
  /// Raw measurement series per indicator, in the order written.
  var series: [Int: [Measurement]] = [:]

  init(source: SourceFile) {
    file = ParsedFile(source: source)
  }

  /// Reads a whole file, in pieces on all cores when it is large (FileParser+Pieces.swift).
  static func parse(_ text: consuming SourceText, source: SourceFile) -> ParsedFile {
    parse(text, source: source, linesPerPiece: Tuning.linesPerPiece)
  }

  mutating func statement(_ line: Line) {
    // What an arrow list meant belongs to its line: nothing of a line before is left over.
    if !meantTargets.isEmpty { meantTargets = [] }
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
      // A malformed definition takes its attribute lines with it (section 3.3).
      closeStatement()
      seen = [:]
      report(.syntax, Messages.invalidDefinitionId(line.text(start, end)), line.range(start, end))
      drop(section == .indicators ? .indicator : .node, line.text(start, end), nil)
    case .misusedKeyword(let start, let end):
      let word = line.text(start, end)
      report(
        .reservedWord, Messages.keywordAsStatement(word), line.range(start, end),
        help: Messages.keywordHelp(word))
    case .notAStatement(let start, let end):
      if let idEnd = line.spacedIdEnd(from: start) {
        let written = line.text(start, idEnd)
        let oneWord = written.split(whereSeparator: { $0.unicodeScalars.allSatisfy(Line.isSpace) })
          .joined(separator: "_")
        report(
          .syntax, Messages.spacedId(written), line.range(start, idEnd),
          help: Messages.spacedIdHelp(oneWord))
      } else {
        report(
          .syntax, Messages.notAStatement, line.range(start, end),
          help: Messages.notAStatementHelp)
      }
    }
  }

  // MARK: Section headers

  /// `[NAME]`: text after the `]` is reported but the header takes effect; without a `]` the line
  /// is skipped and the section goes on (section 3.1).
  mutating func header(_ line: Line, from start: Int) {
    let end = line.trimEnd(start, line.count)
    guard let close = (start + 1..<end).first(where: { line.has("]", at: $0) }) else {
      report(.syntax, Messages.unclosedHeader, line.range(start, end))
      return
    }
    closeStatement()
    seen = [:]
    owner = .nothing
    let name = line.text(start + 1, close)
    let headerRange = line.range(start, close + 1)
    if let (found, language) = Section.lookUp(name) {
      vote(language)
      section = found
      if close + 1 < end {
        let stray = line.skipSpaces(from: close + 1)
        report(.syntax, Messages.textAfterHeader, line.range(stray, end))
      }
    } else if let (spelling, meant) = Section.nearMiss(name) {
      // Read as the section meant, so that one typo does not drop all that follows.
      report(
        .unknownSection, Messages.unknownSection(name), headerRange,
        help: Messages.didYouMeanSection(spelling))
      section = meant
    } else {
      report(
        .unknownSection, Messages.unknownSection(name), headerRange, help: Messages.sectionList)
      section = .unknown
      unknownHeader = headerRange
    }
  }

  // MARK: Definitions

  mutating func definition(_ line: Line, id: String, idRange: SourceRange, valueFrom: Int) {
    closeStatement()
    seen = [:]
    switch section {
    case .kind(let kind):
      // The id is left of the label: a duplicate is the line's one problem.
      let duplicate = isDuplicate(id, at: idRange)
      let (label, targets) = nodeValue(line, from: valueFrom)
      guard !duplicate, let label else {
        drop(.node, id, label)
        if !duplicate { loseForItsLabel(id, line, at: idRange, targets) }
        return
      }
      claim(id, for: .node(file.nodes.count))
      file.nodes.append(Node(id: id, kind: kind, label: label, range: idRange))
      owner = .node(file.nodes.count - 1)
      openStatement(line)
      for target in targets { addArrow(from: Int32(file.nodes.count - 1), to: target) }
      file.lostTargets += meantTargets.map { (id, $0, $0.range) }
    case .indicators:
      let duplicate = isDuplicate(id, at: idRange)
      let label = indicatorLabel(line, id: id, from: valueFrom)
      guard !duplicate, let label else {
        drop(.indicator, id, label)
        if !duplicate { loseForItsLabel(id, line, at: idRange, []) }
        return
      }
      claim(id, for: .indicator(file.indicators.count))
      file.indicators.append(Indicator(id: id, label: label, range: idRange))
      owner = .indicator(file.indicators.count - 1)
      openStatement(line)
    case .unknown:
      // Checked as a node, but it defines no id.
      let (label, targets) = nodeValue(line, from: valueFrom)
      drop(.node, id, label)
      if let cause = unknownHeader { lose(id, at: idRange, targets, cause: cause) }
    case .links, nil:
      report(
        .misplacedAttribute, Messages.definitionOutsideKindSection(id), idRange,
        help: Messages.definitionOutsideKindSectionHelp)
      let (label, targets) = nodeValue(line, from: valueFrom)
      drop(.node, id, label)
      lose(id, at: idRange, targets, cause: idRange)
    }
  }

  /// Drops the definition just read; its label and attribute lines are still checked.
  mutating func drop(_ place: Place, _ id: String, _ label: Located<String>?) {
    if let label { file.otherTexts.append(label) }
    owner = .dropped(place)
    droppedId = id
    droppedCause = nil
  }

  /// Remembers a dropped definition and its arrows' targets, with the finding that dropped it, so
  /// that what follows from it is told there (`Model.droppedArrows`).
  mutating func lose(
    _ id: String, at range: SourceRange, _ targets: [Located<String>], cause: SourceRange
  ) {
    if file.dropped[id] == nil { file.dropped[id] = DroppedDefinition(range: range, cause: cause) }
    file.lostTargets += targets.map { (nil, $0, cause) }
    droppedCause = cause
  }

  /// Remembers a definition dropped for its label alone, with the error on its line: a use of its
  /// id is told there. In a piece of a large file it may also be a duplicate of a piece before
  /// (`unclaimed`).
  mutating func loseForItsLabel(
    _ id: String, _ line: Line, at range: SourceRange, _ targets: [Located<String>]
  ) {
    unclaimed.append(id)
    let error = file.diagnostics.last { $0.range.line == line.number && $0.severity == .error }
    if let cause = error?.range { lose(id, at: range, targets, cause: cause) }
  }

  /// Whether `id` is defined already; a duplicate is reported with the first definition.
  mutating func isDuplicate(_ id: String, at range: SourceRange) -> Bool {
    guard let first = file.places[id] else { return false }
    let firstRange =
      switch first {
      case .node(let position): file.nodes[position].range
      case .indicator(let position): file.indicators[position].range
      }
    report(
      .duplicateId, Messages.duplicateId(id), range,
      notes: [Note(Messages.firstDefinedHere, at: firstRange)])
    return true
  }

  /// Records a new id, found not to be a duplicate (`isDuplicate`).
  mutating func claim(_ id: String, for place: Places.Place) {
    file.places.update(id, to: place)
  }

  /// An indicator's label: a text value, but a quoted one may be followed by an arrow list, which
  /// is TOC108 and dropped while the indicator is kept (section 3.5).
  mutating func indicatorLabel(_ line: Line, id: String, from start: Int) -> Located<String>? {
    let valueStart = line.skipSpaces(from: start)
    guard line.has("\"", at: valueStart),
      case .text(let text, let quoteEnd) = line.quoted(from: valueStart)
    else { return textValue(line, from: start) }
    let rest = line.skipSpaces(from: quoteEnd)
    guard rest < line.count, line.isArrow(at: rest) else { return textValue(line, from: start) }
    guard let label = nonEmpty(Located(text, at: line.range(valueStart, quoteEnd))) else {
      return nil
    }
    report(
      .indicatorLink, Messages.arrowFromIndicator(id),
      line.range(rest, line.trimEnd(rest, line.count)))
    return label
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

  /// The identifiers of an arrow list `start..<end`. A malformed element is reported and left out,
  /// the others kept; a second arrow ends the list (section 3.3).
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
        break
      }
      if let id = reference(line, piece) {
        result.append(id)
      } else if let meant = Self.commaSeparated(line.text(piece.start, piece.end)) {
        let range = line.range(piece.start, piece.end)
        meantTargets += meant.split(separator: ", ").map { Located(String($0), at: range) }
      }
    }
    return result
  }

  /// One element of an identifier list, if it is exactly one (qualified) identifier and no part
  /// of it is a keyword.
  mutating func reference(_ line: Line, _ piece: Line.Piece) -> Located<String>? {
    let range = line.range(piece.start, piece.end)
    guard piece.start < piece.end else {
      report(.syntax, Messages.emptyListElement, range)
      return nil
    }
    guard line.isQualifiedIdentifier(piece.start, piece.end) else {
      let text = line.text(piece.start, piece.end)
      report(
        .syntax, Messages.notAnIdentifier(text), range,
        help: Self.commaSeparated(text).map(Messages.didYouMean))
      return nil
    }
    let word = line.identifier(piece.start, piece.end)
    if let keyword = Self.keywordPart(of: word, line, piece) {
      report(
        .reservedWord, Messages.keywordAsReference(keyword), range,
        help: Messages.keywordHelp(keyword))
      return nil
    }
    return Located(word, at: range)
  }

  /// Ids run together with another separator than a comma (`a; b`, `a en b`, `a / b`), written
  /// with commas, as an identifier list wants; nil unless every part is an id and no keyword.
  static func commaSeparated(_ text: String) -> String? {
    var parts = [Substring(text)]
    for separator in [";", "/", "&", "+", "|", " en ", " and "] {
      parts = parts.flatMap { $0.split(separator: separator, omittingEmptySubsequences: false) }
    }
    let ids = parts.map { String($0.trimmingSpaces) }
    guard ids.count > 1,
      ids.allSatisfy({ id in
        let word = Line(id)
        return !id.isEmpty && word.isQualifiedIdentifier(0, word.count)
          && id.split(separator: ".").allSatisfy { Keyword.lookUp(String($0)) == nil }
      })
    else { return nil }
    return ids.joined(separator: ", ")
  }

  /// The first part of a (qualified) identifier that is a keyword, if any: `si.bron` names no id.
  static func keywordPart(of word: String, _ line: Line, _ piece: Line.Piece) -> String? {
    guard line.hasDot(piece.start, piece.end) else {
      // An ASCII word is its own NFC form: its bytes are looked up as they are, without a string.
      let keyword =
        line.isAllASCII(piece.start, piece.end)
        ? line.keyword(piece.start, piece.end) : Keyword.lookUp(word)
      return keyword == nil ? nil : word
    }
    return word.split(separator: ".").first { Keyword.lookUp(String($0)) != nil }.map(String.init)
  }

  // MARK: Arrows and chains

  mutating func continuation(_ line: Line, from start: Int) {
    switch owner {
    case .node(let index):
      extendStatement(line)
      for target in targets(line, start + 2, line.count, arrowAt: start) {
        addArrow(from: Int32(index), to: target)
      }
      file.lostTargets += meantTargets.map { (file.nodes[index].id, $0, $0.range) }
    case .dropped(.node):
      let lost = targets(line, start + 2, line.count, arrowAt: start)
      if let cause = droppedCause { file.lostTargets += lost.map { (nil, $0, cause) } }
    case .indicator(let index):
      report(
        .indicatorLink, Messages.arrowFromIndicator(file.indicators[index].id),
        line.range(start, line.trimEnd(start, line.count)))
    case .dropped(.indicator):
      report(
        .indicatorLink, Messages.arrowFromIndicator(droppedId),
        line.range(start, line.trimEnd(start, line.count)))
    case .model, .nothing, .chain, .dropped:
      report(
        .syntax, Messages.continuationWithoutNode, line.range(start, start + 2),
        help: Messages.continuationWithoutNodeHelp)
    }
  }

  /// `a, b -> c -> d`: every element of a step links to every element of the next; malformed
  /// elements are reported and left out (sections 3.3 and 3.4).
  mutating func chain(_ line: Line, from start: Int) {
    closeStatement()
    seen = [:]
    var steps: [[Located<String>]] = [[]]
    // The ids each step meant but wrote wrongly (`a; b`): arrows lost to that error.
    var meant: [[Located<String>]] = [[]]
    for piece in line.pieces(start, line.trimEnd(start, line.count)) {
      if piece.afterArrow {
        steps.append([])
        meant.append([])
      }
      if let id = reference(line, piece) {
        steps[steps.count - 1].append(id)
      } else if let ids = Self.commaSeparated(line.text(piece.start, piece.end)) {
        let range = line.range(piece.start, piece.end)
        meant[meant.count - 1] += ids.split(separator: ", ").map { Located(String($0), at: range) }
      }
    }
    guard steps.count > 1 else {
      report(.syntax, Messages.listWithoutArrow, line.range(start, line.trimEnd(start, line.count)))
      owner = .dropped(.chain)
      return
    }
    guard section != .unknown else {
      owner = .dropped(.chain)
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
    // Every arrow with a wrongly written end is lost, told at the error of that end.
    for step in meant.indices.dropLast() {
      for source in meant[step] {
        for target in steps[step + 1] + meant[step + 1] {
          file.lostTargets.append((source.value, target, source.range))
        }
      }
      for source in steps[step] {
        for target in meant[step + 1] {
          file.lostTargets.append((source.value, target, target.range))
        }
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

  /// Reports a finding; of TOC102–TOC112 only the first on a line, its leftmost problem, since
  /// each line is read left to right (section 3).
  mutating func report(
    _ code: Code, _ message: Bilingual, _ range: SourceRange, help: Bilingual? = nil,
    notes: [Note] = []
  ) {
    if Self.onePerLine.contains(code) {
      guard faultyLine != range.line else { return }
      faultyLine = range.line
    }
    file.diagnostics.append(Diagnostic(code, message, at: range, help: help, notes: notes))
  }

  /// The codes a line gets at most one of.
  static let onePerLine: Set<Code> = [
    .syntax, .unknownSection, .reservedWord, .misplacedAttribute, .duplicateId, .invalidValue,
    .indicatorLink, .missingInclude, .includeCycle, .undefinedReference, .duplicateAttribute,
  ]

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
