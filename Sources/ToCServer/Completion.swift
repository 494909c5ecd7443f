import ToCCheck
import ToCModel

extension LanguageServer {
  /// `textDocument/completion`: what may be written at the cursor.
  mutating func completion(_ params: JSON) throws -> JSON {
    let document = try document(params)
    let place = try place(params, in: document)
    let analysis = analysis(document.uri)
    let scalars = document.scalars(ofLine: place.line)
    let before = String(String.UnicodeScalarView(scalars.prefix(place.column)))
    let items = completions(before: before, line: place.line, analysis)
    return .object([("isIncomplete", .bool(false)), ("items", .array(items))])
  }

  func completions(before: String, line: Int, _ analysis: Analysis) -> [JSON] {
    let language = analysis.language
    let trimmed = before.drop { $0 == " " || $0 == "\t" }
    if trimmed.hasPrefix("[") && !trimmed.contains("]") {
      return Vocabulary.sections.map { section in
        let name = Vocabulary.name(of: section, in: language)
        return Self.item(
          name, kind: 9, detail: Vocabulary.meaning(of: section)[language], insert: name + "]")
      }
    }
    if let colon = trimmed.firstIndex(of: ":"), let key = Vocabulary.key(String(trimmed[..<colon]))
    {
      switch key.canonical {
      case "indicator":
        return analysis.model.indicators.map {
          Self.item($0.id, kind: 10, detail: $0.label.value)
        } + namespaces(analysis)
      case "ignore":
        return Rules.all.flatMap { rule in
          [
            Self.item(
              rule.name, kind: 14, detail: "\(rule.code.rawValue): \(rule.summary[language])"),
            Self.item(
              rule.code.rawValue, kind: 14, detail: "\(rule.name): \(rule.summary[language])"),
          ]
        }
      default:
        return []
      }
    }
    if trimmed.contains("->") {
      return nodeTargets(before: String(trimmed), line: line, analysis)
    }
    // Further along a chain's first step (`a, b`): node ids.
    if !trimmed.contains(":"), trimmed.contains(",") {
      return analysis.model.nodes.map { Self.item($0.id, kind: 6, detail: $0.label.value) }
    }
    // The start of a line: an attribute key allowed here (and, in a chain, node ids).
    guard !trimmed.contains(":"), !trimmed.contains(" ") else { return [] }
    let statement =
      analysis.syntax.statementOfLine.indices.contains(line)
      ? analysis.syntax.statementOfLine[line].map { analysis.syntax.statements[$0] } : nil
    let section =
      analysis.syntax.sectionOfLine.indices.contains(line)
      ? analysis.syntax.sectionOfLine[line] : nil
    let place: Vocabulary.Place? =
      section == nil
      ? .model : (before.first == " " || before.first == "\t") ? statement?.place : nil
    var items: [JSON] = []
    if let place {
      items += Vocabulary.keys.filter { $0.places.contains(place) }.map {
        Self.item(
          $0.spelling(language), kind: 14, detail: $0.meaning[language],
          insert: $0.spelling(language) + ": ")
      }
    }
    if section == .links {
      items += analysis.model.nodes.map { Self.item($0.id, kind: 6, detail: $0.label.value) }
    }
    return items
  }

  /// Node ids after `->`: those of the same or a higher column than the node the arrow starts
  /// from come first, nearest first.
  func nodeTargets(before: String, line: Int, _ analysis: Analysis) -> [JSON] {
    var sourceLevel = 0
    let tokens = analysis.syntax.tokens.indices.contains(line) ? analysis.syntax.tokens[line] : []
    if let source = tokens.last(where: { Self.naming($0) }),
      let node = analysis.model.node(source.text)
    {
      sourceLevel = node.kind.level
    } else if analysis.syntax.statementOfLine.indices.contains(line),
      let index = analysis.syntax.statementOfLine[line],
      case .node(let id) = analysis.syntax.statements[index].kind,
      let node = analysis.model.node(id)
    {
      sourceLevel = node.kind.level
    }
    let ordered = analysis.model.nodes.enumerated().sorted { a, b in
      let (forwardA, forwardB) = (a.1.kind.level >= sourceLevel, b.1.kind.level >= sourceLevel)
      if forwardA != forwardB { return forwardA }
      // Forward columns from the nearest on, then backward ones from the nearest back.
      if a.1.kind.level != b.1.kind.level {
        return forwardA ? a.1.kind.level < b.1.kind.level : a.1.kind.level > b.1.kind.level
      }
      return a.0 < b.0
    }
    return ordered.enumerated().map { rank, entry in
      var item = Self.item(
        entry.1.id, kind: 6,
        detail: "\(entry.1.kind.title(in: analysis.language)) · \(entry.1.label.value)")
      item = item.adding("sortText", .string(String(1000 + rank)))
      return item
    } + namespaces(analysis)
  }

  /// The namespaces of included files, for qualified ids.
  func namespaces(_ analysis: Analysis) -> [JSON] {
    analysis.model.includes.filter { !$0.namespace.contains(".") }.map {
      Self.item($0.namespace, kind: 9, detail: $0.title, insert: $0.namespace + ".")
    }
  }

  static func item(_ label: String, kind: Int, detail: String, insert: String? = nil) -> JSON {
    JSON.members([
      ("label", .string(label)), ("kind", .number(Double(kind))), ("detail", .string(detail)),
      ("insertText", insert.map(JSON.string)),
    ])
  }
}

extension JSON {
  /// An object with one more member.
  func adding(_ key: String, _ value: JSON) -> JSON {
    guard case .object(let members) = self else { return self }
    return .object(members + [(key, value)])
  }
}
