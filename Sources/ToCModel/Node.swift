/// One box of the theory: a resource, activity, output, outcome or impact, with what is said about it.
public struct Node: Hashable, Sendable {
  /// The id, qualified with the include namespace for nodes of included files (`si.contacten`).
  public var id: String
  public var kind: Kind
  public var label: Located<String>
  public var description: Located<String>?
  public var group: String?
  /// Qualified ids of the indicators this node is measured by, as written on `indicator:` lines.
  public var indicators: [Located<String>]
  public var assumptions: [Located<String>]
  public var sources: [Located<String>]
  public var owner: String?
  public var target: Located<Target>?
  /// Where the node is defined: the id on its definition line.
  public var range: SourceRange
  /// The include namespace of the file that defines it; empty for the checked file itself.
  public var namespace: String

  public init(
    id: String, kind: Kind, label: Located<String>, range: SourceRange, namespace: String = ""
  ) {
    self.id = id
    self.kind = kind
    self.label = label
    self.description = nil
    self.group = nil
    self.indicators = []
    self.assumptions = []
    self.sources = []
    self.owner = nil
    self.target = nil
    self.range = range
    self.namespace = namespace
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
