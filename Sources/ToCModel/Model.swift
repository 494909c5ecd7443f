/// A whole theory of change: the checked file together with everything it includes.
public struct Model: Hashable, Sendable {
  /// The path of the checked file, as the user named it.
  public var file: String
  /// Every file read, the checked one first: the paths the ranges of this model and of its
  /// diagnostics name by number.
  public var files: SourceFiles
  public var title: String
  public var language: Language
  public var meta: Meta
  /// Nodes in file order; those of included files after the file's own, in include order.
  public var nodes: [Node]
  /// Links in order of first appearance, only those whose ends are defined nodes.
  public var links: [Link]
  public var indicators: [Indicator]
  /// Every file included, directly or through another, in include order.
  public var includes: [Include]
  /// Where `negeer:`/`ignore:` silences rules.
  public var suppressions: [Suppression]
  /// Where the ends of each link are in `nodes`, as the parser found them.
  public var linkEnds: LinkEnds
  /// Texts kept nowhere else, so that each is still checked (TOC402): included files' goals and
  /// assumptions, and the texts of definitions, links and sections that were dropped.
  public var otherTexts: [Located<String>]
  /// Arrows that made no link, so that what follows from their loss is not reported as well.
  public var droppedArrows: [DroppedArrow] = []
  /// `indicator:` references that name no indicator but one nearly (TOC111 with a "did you
  /// mean"): that indicator is not called unused besides it.
  public var missedIndicators: [Located<String>] = []

  public init(file: String, title: String, language: Language = .en) {
    self.file = file
    self.files = SourceFiles(file)
    self.title = title
    self.language = language
    self.meta = Meta()
    self.nodes = []
    self.links = []
    self.indicators = []
    self.includes = []
    self.suppressions = []
    self.linkEnds = LinkEnds()
    self.otherTexts = []
  }

  /// The node with this qualified id.
  public func node(_ id: String) -> Node? {
    nodes.first { $0.id == id }
  }
}

/// The facts about a model: its goal, target group and the other attributes before the first section.
public struct Meta: Hashable, Sendable {
  public var goal: Located<String>?
  public var targetGroup: String?
  public var pillar: String?
  public var initiators: String?
  public var partners: String?
  public var period: String?
  public var version: String?
  public var source: String?
  public var assumptions: [Located<String>]

  public init() {
    assumptions = []
  }
}

/// A file loaded with `gebruik:`/`use:`, and the namespace its ids live under.
public struct Include: Hashable, Sendable {
  /// The qualified namespace: `si`, or `team.si` for a file that an included file includes.
  public var namespace: String
  /// The included file's path, joined with the path of the file that includes it.
  public var file: String
  public var title: String
  /// The `gebruik:` line.
  public var range: SourceRange

  public init(namespace: String, file: String, title: String, range: SourceRange) {
    self.namespace = namespace
    self.file = file
    self.title = title
    self.range = range
  }
}

/// The rules a `negeer:`/`ignore:` line silences, and the statement lines they are silenced on.
public struct Suppression: Hashable, Sendable {
  public var file: SourceFile
  public var lines: ClosedRange<Int>
  /// The rules, as codes (`TOC202`).
  public var codes: Set<String>
  /// Links the statement declares: diagnostics about them are silenced too.
  public var links: [LinkKey]

  public init(file: SourceFile, lines: ClosedRange<Int>, codes: Set<String>, links: [LinkKey] = [])
  {
    self.file = file
    self.lines = lines
    self.codes = codes
    self.links = links
  }

  /// Whether this silences `code` for a diagnostic at `range` (about `link`, if any).
  public func silences(_ code: String, at range: SourceRange, about link: LinkKey?) -> Bool {
    guard codes.contains(code) else { return false }
    if let link, links.contains(link) { return true }
    return range.file == file && lines.contains(range.line)
  }
}

/// An arrow that made no link because one of its ends names no node (TOC111) or names an
/// indicator (TOC108).
public struct DroppedArrow: Hashable, Sendable {
  /// The node the arrow leaves, when that end is one (qualified id).
  public var from: String?
  /// The node the arrow enters, when that end is one.
  public var to: String?
  /// The node the writer most likely meant by the other end: the "did you mean".
  public var meant: String?
  /// Where the end that is no node is written.
  public var range: SourceRange

  public init(from: String?, to: String?, meant: String? = nil, range: SourceRange) {
    self.from = from
    self.to = to
    self.meant = meant
    self.range = range
  }
}

/// The two ends of a link, which identify it.
public struct LinkKey: Hashable, Sendable {
  public var from: String
  public var to: String

  public init(from: String, to: String) {
    self.from = from
    self.to = to
  }
}
