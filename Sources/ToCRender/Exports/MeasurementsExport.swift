import ToCModel

/// Every number of every indicator as one tidy table: a row per baseline, target and measurement,
/// with the file that defines the indicator, its id there, label, unit, area, year and value. An
/// indicator that several models include (a shared catalogue) gives its rows once. CSV as
/// `CSVExport` writes it, or for Dutch Excel: `;` between fields, a decimal comma and a UTF-8
/// byte-order mark, so that a double-click opens it in the right columns.
public enum MeasurementsExport {
  public static let header = [
    "file", "indicator_id", "indicator", "unit", "area", "year", "value", "kind",
  ]

  /// One row of the table.
  public struct Row: Hashable, Sendable {
    public var file: String
    public var indicatorID: String
    public var label: String
    public var unit: String
    public var area: String
    public var year: Int
    public var value: Double
    /// `baseline`, `target` or `measurement`.
    public var kind: String
  }

  /// The rows of all models, in model order, each indicator once.
  public static func rows(_ models: [Model]) -> [Row] {
    var seen: Set<[String]> = []
    var rows: [Row] = []
    for model in models {
      for indicator in model.indicators {
        let file =
          indicator.namespace.isEmpty
          ? model.file
          : model.includes.first { $0.namespace == indicator.namespace }?.file ?? model.file
        let id = indicator.namespace.isEmpty ? indicator.id : indicator.localId
        guard seen.insert([file, id]).inserted else { continue }
        let row = { (area: String?, value: YearValue, kind: String) in
          Row(
            file: file, indicatorID: id, label: PlainText.oneLine(indicator.label.value),
            unit: indicator.unit.map(PlainText.oneLine) ?? "",
            area: area.map(PlainText.oneLine) ?? "",
            year: value.year, value: value.value, kind: kind)
        }
        if let baseline = indicator.baseline { rows.append(row(nil, baseline.value, "baseline")) }
        for measurement in indicator.measurements {
          rows.append(
            row(
              measurement.area, YearValue(year: measurement.year, value: measurement.value),
              "measurement"))
        }
        if let target = indicator.target { rows.append(row(nil, target.value, "target")) }
      }
    }
    return rows
  }

  /// The table as CSV; `excel` for Dutch Excel.
  public static func render(_ models: [Model], excel: Bool = false) -> String {
    let separator: Unicode.Scalar = excel ? ";" : ","
    var out = excel ? "\u{FEFF}" : ""
    out += CSVExport.record(header, separator: separator)
    for row in rows(models) {
      out += CSVExport.record(
        [
          CSVExport.text(row.file), CSVExport.text(row.indicatorID), CSVExport.text(row.label),
          CSVExport.text(row.unit), CSVExport.text(row.area), String(row.year),
          PlainText.number(row.value, excel ? .nl : .en), row.kind,
        ], separator: separator)
    }
    return out
  }
}
