import ToCModel

/// How one area of an indicator is doing, by the rule the report prints under its charts
/// (`rule`, and docs/decisions.md): on track, behind, or no data to judge by.
public enum ProgressStatus: String, Hashable, Sendable {
  case onTrack = "on-track"
  case behind
  case noData = "no-data"

  /// The status of the measurements of one area (the model's own series when `area` is nil).
  /// The starting point is the indicator's baseline, else the area's first measurement.
  public init(_ indicator: Indicator, area: String?) {
    let series = indicator.measurements.filter { $0.area == area }
    guard let direction = indicator.direction, let latest = series.last else {
      self = .noData
      return
    }
    let better: (Double, Double) -> Bool = direction == .higher ? { $0 >= $1 } : { $0 <= $1 }
    let start: YearValue? =
      indicator.baseline.map(\.value).flatMap { $0.year < latest.year ? $0 : nil }
      ?? series.first.flatMap {
        $0.year < latest.year ? YearValue(year: $0.year, value: $0.value) : nil
      }
    if let target = indicator.target?.value {
      if better(latest.value, target.value) {
        self = .onTrack
      } else if latest.year >= target.year {
        self = .behind
      } else if let start, target.year > start.year {
        let share = Double(latest.year - start.year) / Double(target.year - start.year)
        let expected = start.value + (target.value - start.value) * share
        self = better(latest.value, expected) ? .onTrack : .behind
      } else {
        self = .noData
      }
      return
    }
    guard let start else {
      self = .noData
      return
    }
    self = latest.value != start.value && better(latest.value, start.value) ? .onTrack : .behind
  }

  /// The status in words.
  public func words(_ language: Language) -> String {
    switch (self, language) {
    case (.onTrack, .nl): "op koers"
    case (.onTrack, .en): "on track"
    case (.behind, .nl): "achter"
    case (.behind, .en): "behind"
    case (.noData, .nl): "geen gegevens"
    case (.noData, .en): "no data"
    }
  }

  /// The rule, as the report states it.
  public static func rule(_ language: Language) -> String {
    language == .nl
      ? """
      Status per gebied. Het beginpunt is de nulmeting, anders de eerste meting van het gebied. \
      Met een streefwaarde: op koers als de laatste meting de streefwaarde al haalt (in de goede \
      richting), of minstens zo goed is als de rechte lijn van beginpunt naar streefwaarde in dat \
      jaar; achter als dat niet zo is of het streefjaar voorbij is. Zonder streefwaarde: op koers \
      als de laatste meting beter is dan het beginpunt, anders achter. Geen gegevens: geen meting \
      in het gebied, geen goede richting bekend, of niets om mee te vergelijken.
      """
      : """
      Status per area. The starting point is the baseline, else the area's first measurement. \
      With a target: on track when the latest measurement already meets the target (in the good \
      direction), or is at least as good as the straight line from the starting point to the \
      target in that year; behind when not, or when the target year has passed. Without a \
      target: on track when the latest measurement is better than the starting point, else \
      behind. No data: no measurement in the area, no good direction given, or nothing to \
      compare with.
      """
  }
}
