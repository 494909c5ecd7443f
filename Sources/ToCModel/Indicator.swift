/// A measurable sign that an outcome happens, with its baseline, target and measurements.
public struct Indicator: Hashable, Sendable {
  /// The id, qualified like a node's.
  public var id: String
  public var label: Located<String>
  public var unit: String?
  public var source: String?
  public var direction: Direction?
  public var description: Located<String>?
  public var baseline: Located<YearValue>?
  public var target: Located<YearValue>?
  /// Sorted: the model's own series first, then areas in order of first appearance; then by year.
  public var measurements: [Measurement]
  public var range: SourceRange
  public var namespace: String
  /// Which of its baseline, target and source lines were written, well-formed or not: a malformed
  /// one is TOC107, not TOC303–TOC305 as well.
  public var writtenLines: IndicatorLines

  public init(id: String, label: Located<String>, range: SourceRange, namespace: String = "") {
    self.id = id
    self.label = label
    self.unit = nil
    self.source = nil
    self.direction = nil
    self.description = nil
    self.baseline = nil
    self.target = nil
    self.measurements = []
    self.range = range
    self.namespace = namespace
    self.writtenLines = []
  }

  /// The most recent measurement of the model's own series, or of the first area when there is none.
  public var latest: Measurement? {
    let own = measurements.filter { $0.area == nil }
    return (own.isEmpty ? measurements.filter { $0.area == measurements.first?.area } : own).last
  }
}

/// Attribute lines of an indicator whose absence a rule reports (TOC303–TOC305).
public struct IndicatorLines: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public static let baseline = IndicatorLines(rawValue: 1)
  public static let target = IndicatorLines(rawValue: 2)
  public static let source = IndicatorLines(rawValue: 4)
}

/// Which way of an indicator is better.
public enum Direction: String, Hashable, Sendable {
  case higher
  case lower
}

/// One measured value of an indicator, optionally for a named area (`Bospolder`, `Rotterdam`).
public struct Measurement: Hashable, Sendable {
  public var area: String?
  public var year: Int
  public var value: Double

  public init(area: String?, year: Int, value: Double) {
    self.area = area
    self.year = year
    self.value = value
  }
}

extension Indicator {
  /// The id as its own file writes it, without the include namespace.
  public var localId: String { Namespace.strip(namespace, from: id) }
}
