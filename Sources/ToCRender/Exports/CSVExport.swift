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
  /// With `excel`, for Dutch Excel: `;` between fields, a decimal comma and a byte-order mark.
  public static func render(_ model: Model, excel: Bool = false) -> String {
    let separator: Unicode.Scalar = excel ? ";" : ","
    var out = (excel ? "\u{FEFF}" : "") + record(header, separator: separator)
    for row in MonitoringPlan(model).rows {
      out += record(fields(row, excel: excel), separator: separator)
    }
    return out
  }

  /// The M&E plans of several files in one table, each file's own outcomes only, with two
  /// columns first that name the team: its file and title.
  public static func render(_ models: [Model], excel: Bool = false) -> String {
    let separator: Unicode.Scalar = excel ? ";" : ","
    var out = (excel ? "\u{FEFF}" : "") + record(["file", "team"] + header, separator: separator)
    for model in models {
      let team = [text(model.file), text(PlainText.oneLine(model.title))]
      for row in MonitoringPlan(model).rows where row.outcome.namespace.isEmpty {
        out += record(team + fields(row, excel: excel), separator: separator)
      }
    }
    return out
  }

  static func fields(_ row: MonitoringPlan.Row, excel: Bool) -> [String] {
    let indicator = row.indicator
    let language: Language = excel ? .nl : .en
    return [
      String(row.outcome.kind.level), row.outcome.kind.rawValue, text(row.outcome.id),
      text(row.outcome.label.value), text(row.indicatorID ?? ""),
      text(indicator?.label.value ?? ""),
      text(indicator?.unit ?? ""), indicator?.direction?.rawValue ?? "",
      indicator?.baseline.map { String($0.value.year) } ?? "",
      indicator?.baseline.map { PlainText.number($0.value.value, language) } ?? "",
      indicator?.target.map { String($0.value.year) } ?? "",
      indicator?.target.map { PlainText.number($0.value.value, language) } ?? "",
      text(row.latest.map { MonitoringPlan.measurement($0, language) }.joined(separator: "; ")),
      text(indicator?.source ?? ""),
    ]
  }

  /// One record: fields holding the separator, `"`, CR or LF are quoted, with `"` doubled.
  static func record(_ fields: [String], separator: Unicode.Scalar = ",") -> String {
    fields.map { field in
      guard
        field.unicodeScalars.contains(where: {
          $0 == separator || $0 == "\"" || $0 == "\r" || $0 == "\n"
        })
      else {
        return field
      }
      return "\""
        + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
        + "\""
    }.joined(separator: String(separator)) + "\r\n"
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
