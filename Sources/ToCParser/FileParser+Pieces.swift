import ToCModel
import ToCSupport

/// A large file read in pieces on all cores. A piece starts at a definition line in a node or
/// indicator section: there the parser's state depends on nothing but that section, which the
/// piece learns by reading the header above it first. Pieces are joined in file order.
extension FileParser {
  /// The file read in as many pieces as there are cores (at most one per `linesPerPiece` lines);
  /// the same as reading it in one, which is what happens when an id is defined in two pieces.
  static func parse(
    _ text: consuming SourceText, source: SourceFile, linesPerPiece: Int,
    cores: Int = Cores.online
  ) -> ParsedFile {
    let wanted = min(cores, text.lines.count / linesPerPiece)
    let starts = wanted > 1 ? pieceStarts(text, count: wanted, source: source) : []
    guard !starts.isEmpty else { return whole(text, source: source) }
    let bounds =
      [(line: 0, header: nil)] + starts.map { (line: $0.line, header: Optional($0.header)) }
    var read = Cores.map(bounds.count) { [text] index in
      let end = index + 1 < bounds.count ? bounds[index + 1].line : text.lines.count
      var parser = FileParser(source: source)
      // The first piece's table takes in the others' (`mergePlaces`): room for all ids at once.
      if index == 0 { parser.file.places.reserveCapacity(text.lines.count) }
      if let header = bounds[index].header { parser.prime(with: text.line(header, file: source)) }
      return parse(text, lines: bounds[index].line..<end, source: source, into: parser)
    }
    guard mergePlaces(&read) else { return whole(text, source: source) }
    // The lines are not read again: their room is given back before the join needs its own.
    _ = consume text
    return join(read)
  }

  /// The file read in one piece.
  static func whole(_ text: SourceText, source: SourceFile) -> ParsedFile {
    var parser = parse(text, lines: text.lines.indices, source: source)
    return parser.finish()
  }

  /// Reads lines `lines` of `text` with `parser`.
  static func parse(
    _ text: SourceText, lines: Range<Int>, source: SourceFile, into parser: FileParser? = nil
  ) -> FileParser {
    var parser = parser ?? FileParser(source: source)
    // Every id is defined on a line of its own, so the lines bound the table: reserving them at
    // once spares rehashing it each time it doubles.
    parser.file.places.reserveCapacity(lines.count)
    for index in lines { parser.statement(text.line(index, file: source)) }
    return parser
  }

  /// Reads a section header for the section it opens, as if the piece before had just ended there:
  /// its findings and its vote for a language belong to that piece.
  mutating func prime(with header: Line) {
    statement(header)
    file.diagnostics = []
    detectedLanguage = nil
  }

  /// Where pieces 2… start: about evenly spread definition lines in a node or indicator section,
  /// each with the header line above it. One walk back and one forward per piece, at most.
  static func pieceStarts(_ text: SourceText, count: Int, source: SourceFile) -> [(
    line: Int, header: Int
  )] {
    var starts: [(line: Int, header: Int)] = []
    for piece in 1..<count {
      // Cut by bytes, not lines: lines with arrows take longer to read than attribute lines.
      let middle = text.firstLine(startingFrom: text.bytes.count * piece / count)
      var line = max(middle, (starts.last?.line ?? 0) + 1)
      var header = (0..<line).last { isHeader(text.line($0, file: source)) }
      var opensNodes = header.map { Self.opensNodes(text.line($0, file: source)) } ?? false
      while line < text.lines.count {
        let current = text.line(line, file: source)
        if isHeader(current) {
          header = line
          opensNodes = Self.opensNodes(current)
        } else if opensNodes, let header, case .definition = current.kind {
          starts.append((line, header))
          break
        }
        line += 1
      }
    }
    return starts
  }

  static func isHeader(_ line: Line) -> Bool {
    if case .header = line.kind { return true }
    return false
  }

  /// Whether a header line opens a section of nodes or indicators.
  static func opensNodes(_ header: Line) -> Bool {
    var parser = FileParser(source: header.file)
    parser.prime(with: header)
    switch parser.section {
    case .kind, .indicators: return true
    default: return false
    }
  }

  /// Merges the tables of ids of pieces 2… into the first's, each position moved past the pieces
  /// before; false when an id is defined in two pieces, which only reading the file in one piece
  /// reports rightly. So is an id that a piece dropped for its label but a piece before defines:
  /// read whole, it is a duplicate.
  static func mergePlaces(_ pieces: inout [FileParser]) -> Bool {
    var (nodes, indicators) = (pieces[0].file.nodes.count, pieces[0].file.indicators.count)
    for index in pieces.indices.dropFirst() {
      if pieces[index].unclaimed.contains(where: { pieces[0].file.places[$0] != nil }) {
        return false
      }
      let part = pieces[index].file
      guard pieces[0].file.places.merge(part.places, nodes: nodes, indicators: indicators)
      else { return false }
      pieces[index].file.places = Places()
      (nodes, indicators) = (nodes + part.nodes.count, indicators + part.indicators.count)
    }
    return true
  }

  /// The pieces' files as one, in order, their tables of ids already merged (`mergePlaces`).
  /// Each piece is let go once it is copied.
  static func join(_ pieces: consuming [FileParser]) -> ParsedFile {
    let language =
      pieces[0].explicitLanguage ?? pieces.lazy.compactMap(\.detectedLanguage).first ?? .en
    // Counted before the first piece is taken out: room for all, or appending doubles it.
    let nodes = pieces.reduce(0) { $0 + $1.file.nodes.count }
    let arrows = pieces.reduce(0) { $0 + $1.file.arrows.count }
    let statements = pieces.reduce(0) { $0 + $1.file.statements.count }
    var file = pieces[0].finish()
    pieces[0] = FileParser(source: file.source)
    file.language = language
    file.nodes.reserveCapacity(nodes)
    file.arrows.reserveCapacity(arrows)
    file.statements.reserveCapacity(statements)
    for index in pieces.indices.dropFirst() {
      var part = pieces[index].finish()
      pieces[index] = FileParser(source: file.source)
      let (nodes, starts) = (Int32(file.nodes.count), Int32(file.chainStarts.count))
      let statements = Int32(file.statements.count)
      for arrow in part.arrows.indices {
        part.arrows[arrow].statement += statements
        part.arrows[arrow].start += part.arrows[arrow].start >= 0 ? nodes : -starts
      }
      for (statement, justification) in part.justifications {
        file.justifications[statement + Int(statements)] = justification
      }
      file.chainStarts += part.chainStarts
      file.nodes += part.nodes
      file.indicators += part.indicators
      file.arrows += part.arrows
      file.statements += part.statements
      file.diagnostics += part.diagnostics
      file.otherTexts += part.otherTexts
      file.lostTargets += part.lostTargets
      file.dropped.merge(part.dropped) { first, _ in first }
    }
    return file
  }
}
