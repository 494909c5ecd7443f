import ToCModel

/// One indicator drawn as an inline SVG line chart: its values per area over the years (one line
/// per area, every point labelled), the baseline and target marked, the good direction shown;
/// then a table of the same numbers with the status per area. Lines differ by dash and marker
/// shape as well as colour, so the chart reads in greyscale.
public enum IndicatorChart {
  static let width = 640.0
  static let height = 300.0
  static let left = 52.0
  static let right = 600.0
  static let top = 34.0
  static let bottom = 236.0

  /// Whether the indicator has anything to draw: a measurement, a baseline or a target.
  public static func hasValues(_ indicator: Indicator) -> Bool {
    !indicator.measurements.isEmpty || indicator.baseline != nil || indicator.target != nil
  }

  /// The areas of the indicator in order: the model's own series (nil) first, as measurements
  /// are sorted.
  static func areas(_ indicator: Indicator) -> [String?] {
    var areas: [String?] = []
    for measurement in indicator.measurements where !areas.contains(measurement.area) {
      areas.append(measurement.area)
    }
    return areas
  }

  /// The `<figure>`: chart and table. `id` is the figure's fragment identifier.
  public static func render(_ indicator: Indicator, id: String, language: Language) -> String {
    let words = ReportWords(language)
    let label = PlainText.oneLine(indicator.label.value)
    var out = "<figure class=\"chart\" id=\"\(id)\" data-indicator=\"\(HTML.escape(indicator.id))\""
    out += " data-points=\"\(indicator.measurements.count)\">\n"
    out += "<figcaption>\(HTML.escape(label))"
    if let unit = indicator.unit { out += " (\(HTML.line(unit)))" }
    out += "</figcaption>\n"
    out += svg(indicator, id: id, language: language)
    out += table(indicator, words: words, language: language)
    return out + "</figure>\n"
  }

  /// The chart alone.
  static func svg(_ indicator: Indicator, id: String, language: Language) -> String {
    let words = ReportWords(language)
    let scale = Scale(indicator)
    let areas = areas(indicator)
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 "
    out += "\(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\""
    out += " role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\">\n"
    out += "<title id=\"\(id)-t\">\(HTML.line(indicator.label.value))</title>\n"
    out += "<desc id=\"\(id)-d\">\(HTML.escape(description(indicator, words, language)))</desc>\n"
    out += axes(scale, indicator, words, language)
    if let target = indicator.target?.value {
      out += targetMark(target, scale, indicator, words, language)
    }
    if let baseline = indicator.baseline?.value {
      let (x, y) = (scale.x(baseline.year), scale.y(baseline.value))
      out += "<g class=\"baseline\"><rect x=\"\(f(x - 5))\" y=\"\(f(y - 5))\" width=\"10\""
      out += " height=\"10\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.5\"/>"
      out += "<text x=\"\(f(x + 9))\" y=\"\(f(y - 7))\" class=\"mark\">\(words.baseline) "
      out += "\(value(baseline.value, indicator, language))</text></g>\n"
    }
    var labels: [(x: Double, y: Double, text: String)] = []
    for (position, area) in areas.enumerated() {
      let style = SeriesStyle(position)
      let points = indicator.measurements.filter { $0.area == area }
      let plainName = PlainText.oneLine(area ?? words.overall)
      let name = HTML.escape(plainName)
      out += "<g class=\"series\" data-area=\"\(name)\">\n"
      let coordinates = points.map { (scale.x($0.year), scale.y($0.value)) }
      if coordinates.count > 1 {
        out += "<polyline fill=\"none\" stroke=\"\(style.color)\" stroke-width=\"2\""
        if let dash = style.dash { out += " stroke-dasharray=\"\(dash)\"" }
        out += " points=\""
        out += coordinates.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ") + "\"/>\n"
      }
      for (point, (x, y)) in zip(points, coordinates) {
        let shown = value(point.value, indicator, language)
        out += style.marker(x: x, y: y, title: "\(plainName) \(point.year): \(shown)", point: point)
        labels.append((x, y, shown))
      }
      out += "</g>\n"
    }
    out += valueLabels(labels)
    out += legend(areas, indicator, words)
    return out + "</svg>\n"
  }

  /// Value labels above their points (`y` is the point's), moved up apart where points of one
  /// year lie close together; the lowest of close points has its label below it.
  static func valueLabels(_ labels: [(x: Double, y: Double, text: String)]) -> String {
    var out = "<g class=\"labels\">"
    let columns = Dictionary(grouping: labels, by: { $0.x })
    for x in columns.keys.sorted() {
      let column = columns[x]!.sorted(by: { $0.y > $1.y })
      var last = Double.infinity
      var shown: (y: Double, text: String)?
      for (position, label) in column.enumerated() {
        // Equal values of one year share their label.
        if let shown, shown.text == label.text, abs(shown.y - label.y) < 1 { continue }
        shown = (label.y, label.text)
        let crowded = position + 1 < column.count && label.y - column[position + 1].y < 16
        let y: Double
        if position == 0 && crowded {
          y = label.y + 16
        } else {
          y = min(label.y - 9, last - 12)
          last = y
        }
        out += "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"middle\">\(label.text)</text>"
      }
    }
    return out + "</g>\n"
  }

  static func axes(
    _ scale: Scale, _ indicator: Indicator, _ words: ReportWords, _ language: Language
  )
    -> String
  {
    var out = "<g class=\"axes\">"
    for tick in scale.yTicks {
      let y = scale.y(tick)
      out += "<line x1=\"\(f(left))\" x2=\"\(f(right))\" y1=\"\(f(y))\" y2=\"\(f(y))\""
      out += " stroke=\"#ccc\" stroke-width=\"0.5\"/>"
      out += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">"
      out += "\(value(tick, indicator, language))</text>"
    }
    for year in scale.xTicks {
      let x = scale.x(year)
      out += "<line x1=\"\(f(x))\" x2=\"\(f(x))\" y1=\"\(f(bottom))\" y2=\"\(f(bottom + 4))\""
      out += " stroke=\"#000\"/>"
      out += "<text x=\"\(f(x))\" y=\"\(f(bottom + 17))\" text-anchor=\"middle\">\(year)</text>"
    }
    out += "<line x1=\"\(f(left))\" x2=\"\(f(right))\" y1=\"\(f(bottom))\" y2=\"\(f(bottom))\""
    out += " stroke=\"#000\"/>"
    let direction: String
    switch indicator.direction {
    case .higher: direction = "↑ " + words.higherIsBetter
    case .lower: direction = "↓ " + words.lowerIsBetter
    case nil: direction = words.noDirection
    }
    out += "<text x=\"\(f(left))\" y=\"16\" class=\"direction\">\(direction)</text>"
    return out + "</g>\n"
  }

  /// The target: a dashed line across the chart with the good side shaded, and its year marked.
  static func targetMark(
    _ target: YearValue, _ scale: Scale, _ indicator: Indicator, _ words: ReportWords,
    _ language: Language
  ) -> String {
    let y = scale.y(target.value)
    var out = "<g class=\"target\">"
    switch indicator.direction {
    case .higher:
      out += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(right - left))\""
      out += " height=\"\(f(max(0, y - top)))\" fill=\"#000\" fill-opacity=\"0.06\"/>"
    case .lower:
      out += "<rect x=\"\(f(left))\" y=\"\(f(y))\" width=\"\(f(right - left))\""
      out += " height=\"\(f(max(0, bottom - y)))\" fill=\"#000\" fill-opacity=\"0.06\"/>"
    case nil: break
    }
    out += "<line x1=\"\(f(left))\" x2=\"\(f(right))\" y1=\"\(f(y))\" y2=\"\(f(y))\""
    out += " stroke=\"#000\" stroke-width=\"1\" stroke-dasharray=\"8 4\"/>"
    let x = scale.x(target.year)
    out += "<path d=\"M\(f(x)),\(f(y - 7)) L\(f(x + 7)),\(f(y)) L\(f(x)),\(f(y + 7))"
    out += " L\(f(x - 7)),\(f(y)) Z\" fill=\"#000\"/>"
    out += "<text x=\"\(f(right))\" y=\"\(f(y - 5))\" text-anchor=\"end\" class=\"mark\">"
    out += "\(words.target) \(target.year): \(value(target.value, indicator, language))</text>"
    return out + "</g>\n"
  }

  static func legend(_ areas: [String?], _ indicator: Indicator, _ words: ReportWords) -> String {
    var out = "<g class=\"legend\">"
    var x = left
    let y = height - 22
    for (position, area) in areas.enumerated() {
      let style = SeriesStyle(position)
      let name = HTML.line(area ?? words.overall)
      out += "<line x1=\"\(f(x))\" x2=\"\(f(x + 28))\" y1=\"\(f(y))\" y2=\"\(f(y))\""
      out += " stroke=\"\(style.color)\" stroke-width=\"2\""
      if let dash = style.dash { out += " stroke-dasharray=\"\(dash)\"" }
      out += "/>" + style.shape(x: x + 14, y: y)
      out += "<text x=\"\(f(x + 34))\" y=\"\(f(y + 4))\">\(name)</text>"
      x += 44 + Double(PlainText.oneLine(area ?? words.overall).count) * 7
      if x > right - 60 { break }
    }
    return out + "</g>\n"
  }

  /// What a screen reader says of the chart: the numbers per area.
  static func description(_ indicator: Indicator, _ words: ReportWords, _ language: Language)
    -> String
  {
    var parts: [String] = []
    for area in areas(indicator) {
      let values = indicator.measurements.filter { $0.area == area }.map {
        "\($0.year): \(value($0.value, indicator, language))"
      }
      parts.append("\(PlainText.oneLine(area ?? words.overall)) \(values.joined(separator: ", "))")
    }
    if let baseline = indicator.baseline?.value {
      parts.append("\(words.baseline) \(PlainText.yearValue(baseline, language))")
    }
    if let target = indicator.target?.value {
      parts.append("\(words.target) \(PlainText.yearValue(target, language))")
    }
    return parts.joined(separator: "; ") + "."
  }

  /// The numbers of the chart as a table: a row per area, a column per year, and the status.
  static func table(_ indicator: Indicator, words: ReportWords, language: Language) -> String {
    let years = Array(Set(indicator.measurements.map(\.year))).sorted()
    var out = "<table class=\"numbers\"><thead><tr><th scope=\"col\">\(words.area)</th>"
    for year in years { out += "<th scope=\"col\" class=\"number\">\(year)</th>" }
    out += "<th scope=\"col\">\(words.status)</th></tr></thead><tbody>\n"
    for area in areas(indicator) {
      out += "<tr><th scope=\"row\">\(HTML.line(area ?? words.overall))</th>"
      let series = indicator.measurements.filter { $0.area == area }
      for year in years {
        let shown = series.filter { $0.year == year }.map { value($0.value, indicator, language) }
        out += "<td class=\"number\">\(shown.joined(separator: ", "))</td>"
      }
      let status = ProgressStatus(indicator, area: area)
      out += "<td class=\"status \(status.rawValue)\">\(status.words(language))</td></tr>\n"
    }
    out += "</tbody></table>\n"
    var marks: [String] = []
    if let baseline = indicator.baseline?.value {
      marks.append("\(words.baseline): \(PlainText.yearValue(baseline, language))")
    }
    if let target = indicator.target?.value {
      marks.append("\(words.target): \(PlainText.yearValue(target, language))")
    }
    if !marks.isEmpty {
      out += "<p class=\"marks\">\(HTML.escape(marks.joined(separator: "; ")))</p>\n"
    }
    return out
  }

  /// A value as the chart labels it: the number, with `%` when that is the unit.
  static func value(_ number: Double, _ indicator: Indicator, _ language: Language) -> String {
    PlainText.number(rounded(number), language) + (indicator.unit == "%" ? "%" : "")
  }

  /// A tick value without binary noise (0.30000000000000004 → 0.3).
  static func rounded(_ number: Double) -> Double {
    guard abs(number) < 1e12 else { return number }
    return (number * 1e6).rounded() / 1e6
  }

  /// A coordinate with at most one decimal.
  static func f(_ number: Double) -> String {
    let tenths = (number * 10).rounded()
    let whole = Int(tenths) / 10
    let fraction = abs(Int(tenths)) % 10
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
  }
}
