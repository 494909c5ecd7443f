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
  /// The include namespace of the file that defines it; empty for the checked file itself.
  public var namespace: String
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
    self.namespace = namespace
  }
}

extension Node {
  public var description: Located<String>? {
    get { details?.value.description }
    set { change { $0.description = newValue } }
  }
  public var group: String? {
    get { details?.value.group }
    set { change { $0.group = newValue } }
  }
  public var assumptions: [Located<String>] {
    get { details?.value.assumptions ?? [] }
    set { change { $0.assumptions = newValue } }
  }
  public var sources: [Located<String>] {
    get { details?.value.sources ?? [] }
    set { change { $0.sources = newValue } }
  }
  public var owner: String? {
    get { details?.value.owner }
    set { change { $0.owner = newValue } }
  }
  public var target: Located<Target>? {
    get { details?.value.target }
    set { change { $0.target = newValue } }
  }

  /// Changes the details, keeping none at all rather than empty ones (so equality holds).
  private mutating func change(_ body: (inout Details) -> Void) {
    var changed = details?.value ?? Details()
    body(&changed)
    details = changed == Details() ? nil : Boxed(changed)
  }

  /// The parts of a node that most nodes leave out.
  private struct Details: Hashable, Sendable {
    var description: Located<String>?
    var group: String?
    var assumptions: [Located<String>] = []
    var sources: [Located<String>] = []
    var owner: String?
    var target: Located<Target>?
  }
}

/// A value kept out of line, behind one reference, and shared until it changes.
indirect enum Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
  case boxed(Value)

  init(_ value: Value) { self = .boxed(value) }

  var value: Value {
    switch self {
    case .boxed(let value): value
    }
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
