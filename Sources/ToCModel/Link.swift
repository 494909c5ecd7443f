/// An arrow from one node to another, with the assumptions and sources that explain it.
public struct Link: Hashable, Sendable {
  public var from: String
  public var to: String
  /// Where the link first appears: the target's id on that line.
  public var range: SourceRange
  /// What most links leave out, out of line: a link of a large model stays small.
  private var details: Boxed<Details>?

  public init(from: String, to: String, range: SourceRange, namespace: String = "") {
    self.from = from
    self.to = to
    self.range = range
    if !namespace.isEmpty { self.namespace = namespace }
  }

  public var assumptions: [Located<String>] {
    get { details?.value.assumptions ?? [] }
    set { details.change { $0.assumptions = newValue } }
  }
  public var sources: [Located<String>] {
    get { details?.value.sources ?? [] }
    set { details.change { $0.sources = newValue } }
  }
  /// The include namespace of the file that declares it; empty for the checked file itself.
  public var namespace: String {
    get { details?.value.namespace ?? "" }
    set { details.change { $0.namespace = newValue } }
  }

  /// The parts of a link that most links leave out.
  private struct Details: RarelyGiven {
    var assumptions: [Located<String>] = []
    var sources: [Located<String>] = []
    var namespace = ""
  }

  /// Whether the link is explained by an assumption or a source.
  public var isJustified: Bool { !assumptions.isEmpty || !sources.isEmpty }
}

extension Link {
  /// An id as the file that declares the link writes it (`feest` rather than `team.feest`).
  public func local(_ id: String) -> String {
    Namespace.strip(namespace, from: id)
  }
}

/// Qualified ids and the namespaces of included files.
public enum Namespace {
  /// `id` without the `namespace.` it starts with, if it does.
  public static func strip(_ namespace: String, from id: String) -> String {
    guard !namespace.isEmpty, id.hasPrefix(namespace + ".") else { return id }
    return String(id.dropFirst(namespace.count + 1))
  }
}
