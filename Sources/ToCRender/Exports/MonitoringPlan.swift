import ToCModel

/// The monitoring and evaluation plan evaluators ask for: one row per outcome (levels 3–6) and
/// indicator linked to it, in the figure's order (short term first, then file order); an outcome
/// without indicators gets one row with no indicator, so that the gap shows.
public struct MonitoringPlan: Hashable, Sendable {
  /// One outcome and one of its indicators.
  public struct Row: Hashable, Sendable {
    /// An outcome (level 3–6).
    public var outcome: Node
    /// The id as the outcome's `indicator:` line names it; nil for an outcome without indicators.
    public var indicatorID: String?
    /// The indicator; nil when there is none or the id names no indicator.
    public var indicator: Indicator?

    /// The last measurement of each series: the model's own first, then each area in order.
    public var latest: [Measurement] {
      guard let measurements = indicator?.measurements else { return [] }
      var latest: [Measurement] = []
      for measurement in measurements {
        if let last = latest.last, last.area == measurement.area {
          latest[latest.count - 1] = measurement
        } else {
          latest.append(measurement)
        }
      }
      return latest
    }
  }

  /// Per outcome its indicators, outcomes in level order and then in file order.
  public var rows: [Row]

  /// The plan of a model, included files' outcomes too.
  public init(_ model: Model) {
    let indicators = PlainText.index(model.indicators)
    let outcomes = model.nodes.filter(\.kind.isOutcome).enumerated()
      .sorted { ($0.element.kind.level, $0.offset) < ($1.element.kind.level, $1.offset) }.map(
        \.element)
    rows = outcomes.flatMap { outcome -> [Row] in
      guard !outcome.indicators.isEmpty else { return [Row(outcome: outcome)] }
      return outcome.indicators.map {
        Row(outcome: outcome, indicatorID: $0.value, indicator: indicators[$0.value])
      }
    }
  }

  /// `2020 = 55` for the model's own series, `Bospolder 2020 = 48` for an area: as `meting:`
  /// writes them.
  static func measurement(_ measurement: Measurement, _ language: Language) -> String {
    let value = PlainText.yearValue(
      YearValue(year: measurement.year, value: measurement.value), language)
    return measurement.area.map { "\(PlainText.oneLine($0)) \(value)" } ?? value
  }
}

extension MonitoringPlan.Row {
  init(outcome: Node) {
    self.init(outcome: outcome, indicatorID: nil, indicator: nil)
  }
}
