/// One box of the theory: a resource, activity, output, outcome or impact, with what is said about it.
public struct Node: Hashable, Sendable {
  /// The id, qualified with the include namespace for nodes of included files (`si.contacten`).
  public var id: String
  public var kind: Kind
  public var label: Located<String>
  /// Qualified ids of the indicators this node is measured by, as written on `indicator:` lines.
  public var indicators: [Located<String>]
  /// Where the node is defined: the id on its definition line.
  public var range: SourceRange
  /// What most nodes leave out, out of line: a node of a large model stays small.
  private var details: Boxed<Details>?

  public init(
    id: String, kind: Kind, label: Located<String>, range: SourceRange, namespace: String = ""
  ) {
    self.id = id
    self.kind = kind
    self.label = label
    self.indicators = []
    self.range = range
    if !namespace.isEmpty { self.namespace = namespace }
  }
}

extension Node {
  /// The include namespace of the file that defines it; empty for the checked file itself.
  public var namespace: String {
    get { details?.value.namespace ?? "" }
    set { details.change { $0.namespace = newValue } }
  }
  public var description: Located<String>? {
    get { details?.value.description }
    set { details.change { $0.description = newValue } }
  }
  public var group: String? {
    get { details?.value.group }
    set { details.change { $0.group = newValue } }
  }
  public var assumptions: [Located<String>] {
    get { details?.value.assumptions ?? [] }
    set { details.change { $0.assumptions = newValue } }
  }
  public var sources: [Located<String>] {
    get { details?.value.sources ?? [] }
    set { details.change { $0.sources = newValue } }
  }
  public var owner: String? {
    get { details?.value.owner }
    set { details.change { $0.owner = newValue } }
  }
  public var target: Located<Target>? {
    get { details?.value.target }
    set { details.change { $0.target = newValue } }
  }
  /// Whether an `indicator:` line was written for it, well-formed or not: an outcome whose
  /// indicator is unknown or malformed has its own finding, not TOC301 as well.
  public var hasIndicatorLine: Bool {
    get { details?.value.hasIndicatorLine ?? false }
    set { details.change { $0.hasIndicatorLine = newValue } }
  }

  /// The parts of a node that most nodes leave out.
  private struct Details: RarelyGiven {
    var namespace = ""
    var description: Located<String>?
    var group: String?
    var assumptions: [Located<String>] = []
    var sources: [Located<String>] = []
    var owner: String?
    var target: Located<Target>?
    var hasIndicatorLine = false
  }
}

/// What a node aims for: a number in a year (`2025 = 20`) or words (`100 deelnemers per jaar`).
public enum Target: Hashable, Sendable {
  case value(YearValue)
  case text(String)
}

/// A number measured or aimed for in a year, like `2019 = 12,5`.
public struct YearValue: Hashable, Sendable {
  public var year: Int
  public var value: Double

  public init(year: Int, value: Double) {
    self.year = year
    self.value = value
  }
}

extension Node {
  /// The id as its own file writes it, without the include namespace.
  public var localId: String { Namespace.strip(namespace, from: id) }
}
