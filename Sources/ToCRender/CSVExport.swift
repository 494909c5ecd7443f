import ToCModel

/// The M&E plan as CSV (RFC 4180): a header row, `,` between fields, CRLF after every record,
/// UTF-8 without byte-order mark. One record per outcome and indicator (`MonitoringPlan`). The
/// header keys and values are language-neutral (canonical kinds, numbers with a decimal point) so
/// that scripts can read any model; a spreadsheet shows the labels as written.
public enum CSVExport {
  /// The names of the columns, in order: the first record.
  public static let header = [
    "level", "kind", "outcome_id", "outcome", "indicator_id", "indicator", "unit", "direction",
    "baseline_year", "baseline", "target_year", "target", "latest", "source",
  ]

  /// The header and one record per row of the M&E plan.
  public static func render(_ model: Model) -> String {
    var out = record(header)
    for row in MonitoringPlan(model).rows {
      let indicator = row.indicator
      out += record([
        String(row.outcome.kind.level), row.outcome.kind.rawValue, text(row.outcome.id),
        text(row.outcome.label.value), text(row.indicatorID ?? ""),
        text(indicator?.label.value ?? ""),
        text(indicator?.unit ?? ""), indicator?.direction?.rawValue ?? "",
        indicator?.baseline.map { String($0.value.year) } ?? "",
        indicator?.baseline.map { PlainText.number($0.value.value) } ?? "",
        indicator?.target.map { String($0.value.year) } ?? "",
        indicator?.target.map { PlainText.number($0.value.value) } ?? "",
        text(row.latest.map { MonitoringPlan.measurement($0, .en) }.joined(separator: "; ")),
        text(indicator?.source ?? ""),
      ])
    }
    return out
  }

  /// One record: fields holding `,`, `"`, CR or LF are quoted, with `"` doubled.
  static func record(_ fields: [String]) -> String {
    fields.map { field in
      guard
        field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        )
      else {
        return field
      }
      return "\""
        + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
        + "\""
    }.joined(separator: ",") + "\r\n"
  }

  /// A text written by a person. One that starts like a spreadsheet formula (`=`, `+`, `-`, `@`,
  /// tab, CR) gets a leading `'`, so that opening the file cannot run it.
  static func text(_ value: String) -> String {
    guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
      return value
    }
    return "'" + value
  }
}
