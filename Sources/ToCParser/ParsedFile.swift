import ToCModel

/// What one file says, before its ids are qualified and its references resolved.
struct ParsedFile {
  /// The file, named in the load's `SourceFiles`.
  var source: SourceFile
  var language: Language = .en
  var title: String?
  var meta = Meta()
  var uses: [Use] = []
  var nodes: [Node] = []
  var indicators: [Indicator] = []
  /// Where each of `nodes` and `indicators` is.
  var places = Places()
  var arrows: [Arrow] = []
  /// The references chains start their arrows from; see `Arrow.start`.
  var chainStarts: [Located<String>] = []
  /// By statement: only chains have them.
  var justifications: [Int: Justification] = [:]
  var statements: [Statement] = []
  var diagnostics: [Diagnostic] = []
  /// Texts of what was dropped, still checked for placeholders (`Model.otherTexts`).
  var otherTexts: [Located<String>] = []
  /// Definitions not kept because of where they stand (an unknown section, outside a column), by
  /// id: a use of one is told at the finding that dropped it, not as an unknown id.
  var dropped: [String: DroppedDefinition] = [:]
  /// The targets of the arrows of those definitions, with the finding that dropped them, and the
  /// ids an arrow list meant but wrote wrongly (`a; b`), with the node they leave and the error.
  var lostTargets: [(from: String?, target: Located<String>, cause: SourceRange)] = []

  init(source: SourceFile) {
    self.source = source
  }
}

/// A definition read but not kept: where it is, and where the finding is that says why.
struct DroppedDefinition {
  var range: SourceRange
  var cause: SourceRange
}

/// A `gebruik:`/`use:` line: the path as written and the namespace, if one was given.
struct Use {
  var path: String
  var namespace: String?
  var range: SourceRange
}

/// An arrow as written: its ends are references, resolved once every file is read. Kept small,
/// since a large model has more arrows than lines: where it starts is a number, and its
/// `aanname:`/`bron:` lines belong to its statement.
struct Arrow {
  /// Where it starts: `ParsedFile.nodes[start]` when not negative, else the chain's reference
  /// `ParsedFile.chainStarts[-1 - start]`.
  var start: Int32
  /// The statement that declares it.
  var statement: Int32
  var to: Located<String>
}

/// The `aanname:`/`bron:` lines of a chain, which justify each of its arrows.
struct Justification {
  var assumptions: [Located<String>] = []
  var sources: [Located<String>] = []
}

/// A node, indicator or chain definition with its attribute lines, for `negeer:`/`ignore:`.
struct Statement {
  var lines: ClosedRange<Int>
  var ignores: Set<String> = []
}

extension ParsedFile {
  /// The reference an arrow starts from.
  func start(of arrow: Arrow) -> Located<String> {
    guard arrow.start >= 0 else { return chainStarts[Int(-1 - arrow.start)] }
    let node = nodes[Int(arrow.start)]
    return Located(node.id, at: node.range)
  }
}
