import ToCModel

/// What one file says, before its ids are qualified and its references resolved.
struct ParsedFile {
  var path: String
  var language: Language = .en
  var title: String?
  var meta = Meta()
  var uses: [Use] = []
  var nodes: [Node] = []
  var indicators: [Indicator] = []
  var arrows: [Arrow] = []
  var statements: [Statement] = []
  var diagnostics: [Diagnostic] = []

  init(path: String) {
    self.path = path
  }
}

/// A `gebruik:`/`use:` line: the path as written and the namespace, if one was given.
struct Use {
  var path: String
  var namespace: String?
  var range: SourceRange
}

/// An arrow as written: its ends are references, resolved once every file is read.
struct Arrow {
  var from: Located<String>
  var to: Located<String>
  var assumptions: [Located<String>] = []
  var sources: [Located<String>] = []
  /// The statement that declares it.
  var statement: Int
}

/// A node, indicator or chain definition with its attribute lines, for `negeer:`/`ignore:`.
struct Statement {
  var lines: ClosedRange<Int>
  var ignores: Set<String> = []
  /// Its arrows in `ParsedFile.arrows`: one run, since arrows go to the statement being read.
  var arrows: Range<Int> = 0..<0
}
