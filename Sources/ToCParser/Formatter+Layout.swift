/// Lays canonical lines out: runs of blank lines collapse to one, one blank line goes before each
/// section header (and before the comments right above it), none at the start or end of the file.
enum Layout {
  /// One line of the formatted file.
  enum Item: Equatable {
    case blank
    /// A comment from its `#`; indented like the statement right below it.
    case comment(String)
    case header(String)
    /// A statement; `indented` for attributes of a definition and arrow continuation lines.
    case statement(String, indented: Bool)
  }

  static let indent = "  "

  static func render(_ items: [Item]) -> String {
    var lines: [Item] = []
    for item in items {
      switch item {
      case .blank:
        if let last = lines.last, last != .blank { lines.append(.blank) }
      case .header:
        var top = lines.count
        while top > 0, case .comment = lines[top - 1] { top -= 1 }
        if top > 0, lines[top - 1] != .blank { lines.insert(.blank, at: top) }
        lines.append(item)
      case .comment, .statement:
        lines.append(item)
      }
    }
    while lines.last == .blank { lines.removeLast() }
    var out = ""
    for (index, line) in lines.enumerated() {
      switch line {
      case .blank: break
      case .header(let text): out += text
      case .statement(let text, let indented): out += (indented ? indent : "") + text
      case .comment(let text): out += (isIndented(below: index, in: lines) ? indent : "") + text
      }
      out += "\n"
    }
    return out
  }

  /// Whether the first statement below the comment at `index`, with no blank line between, is
  /// indented.
  static func isIndented(below index: Int, in lines: [Item]) -> Bool {
    for line in lines[(index + 1)...] {
      switch line {
      case .comment: continue
      case .statement(_, let indented): return indented
      case .blank, .header: return false
      }
    }
    return false
  }
}
