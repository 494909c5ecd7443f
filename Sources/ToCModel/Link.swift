/// An arrow from one node to another, with the assumptions and sources that explain it.
public struct Link: Hashable, Sendable {
  public var from: String
  public var to: String
  public var assumptions: [Located<String>]
  public var sources: [Located<String>]
  /// Where the link first appears: the target's id on that line.
  public var range: SourceRange

  public init(from: String, to: String, range: SourceRange) {
    self.from = from
    self.to = to
    self.assumptions = []
    self.sources = []
    self.range = range
  }

  /// Whether the link is explained by an assumption or a source.
  public var isJustified: Bool { !assumptions.isEmpty || !sources.isEmpty }
}
