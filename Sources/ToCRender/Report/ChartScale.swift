import ToCModel

extension IndicatorChart {
  /// Where years and values go on a chart: the years of every value in the indicator, and its
  /// values from a round number below the lowest to one above the highest.
  struct Scale {
    var firstYear: Int
    var lastYear: Int
    var low: Double
    var high: Double
    var step: Double

    init(_ indicator: Indicator) {
      var years = indicator.measurements.map(\.year)
      var values = indicator.measurements.map(\.value)
      for mark in [indicator.baseline?.value, indicator.target?.value].compactMap({ $0 }) {
        years.append(mark.year)
        values.append(mark.value)
      }
      let first = years.min() ?? 0
      let last = years.max() ?? 0
      (firstYear, lastYear) = first == last ? (first - 1, last + 1) : (first, last)
      let finite = values.filter(\.isFinite)
      let lowest = finite.min() ?? 0
      let highest = finite.max() ?? 1
      let span = highest - lowest
      step = Scale.niceStep((span > 0 ? span : max(1, abs(highest) / 2)) / 4)
      low = (lowest / step).rounded(.down) * step
      high = (highest / step).rounded(.up) * step
      if lowest >= 0, low < 0 { low = 0 }
      // Room above the highest point for its label.
      if high - highest < step / 3 { high += step }
      if high <= low { high = low + step }
    }

    /// 1, 2 or 5 times a power of ten, at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
      guard rough.isFinite, rough > 0 else { return 1 }
      var power = 1.0
      while power * 10 <= rough { power *= 10 }
      while power > rough { power /= 10 }
      for factor in [1.0, 2, 5, 10] where power * factor >= rough { return power * factor }
      return power * 10
    }

    func x(_ year: Int) -> Double {
      IndicatorChart.left + 16 + Double(year - firstYear) / Double(lastYear - firstYear)
        * (IndicatorChart.right - IndicatorChart.left - 32)
    }

    func y(_ value: Double) -> Double {
      guard value.isFinite else { return IndicatorChart.bottom }
      return IndicatorChart.bottom - (value - low) / (high - low)
        * (IndicatorChart.bottom - IndicatorChart.top)
    }

    var yTicks: [Double] {
      let count = Int(((high - low) / step).rounded())
      return (0...min(count, 20)).map { low + Double($0) * step }
    }

    var xTicks: [Int] {
      let span = lastYear - firstYear
      let every = span <= 12 ? 1 : span <= 30 ? 5 : (span / 6 / 10 + 1) * 10
      return Array(stride(from: firstYear, through: lastYear, by: every))
    }
  }

  /// How the line of the n-th area is drawn: colour, dash and marker shape all differ, so the
  /// lines stay apart in greyscale print.
  struct SeriesStyle {
    var color: String
    var dash: String?
    var shapeIndex: Int

    init(_ position: Int) {
      let colors = ["#000000", "#1f5fa8", "#b0470a", "#3a7d2c", "#6b3fa0", "#7a5c00"]
      let dashes: [String?] = [nil, "7 4", "2 3", "10 3 2 3", "4 2", "1 2"]
      color = colors[position % colors.count]
      dash = dashes[position % dashes.count]
      shapeIndex = position % 5
    }

    /// The marker of one measured value, with its own tooltip.
    func marker(x: Double, y: Double, title: String, point: Measurement) -> String {
      var out = shape(x: x, y: y, classes: "point")
      out.removeLast(2)
      out += " data-year=\"\(point.year)\" data-value=\"\(point.value)\">"
      out += "<title>\(HTML.escape(title))</title></\(tag)>\n"
      return out
    }

    var tag: String { shapeIndex == 0 ? "circle" : "path" }

    /// The marker shape at a place, as a self-closing element.
    func shape(x: Double, y: Double, classes: String = "") -> String {
      let f = IndicatorChart.f
      let attributes =
        (classes.isEmpty ? "" : " class=\"\(classes)\"")
        + " fill=\"\(shapeIndex % 2 == 0 ? color : "#fff")\" stroke=\"\(color)\" stroke-width=\"1.5\""
      switch shapeIndex {
      case 0: return "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"4\"\(attributes)/>"
      case 1:
        return "<path d=\"M\(f(x - 4)),\(f(y - 4))h8v8h-8Z\"\(attributes)/>"
      case 2:
        return
          "<path d=\"M\(f(x)),\(f(y - 5))L\(f(x + 5)),\(f(y + 4))L\(f(x - 5)),\(f(y + 4))Z\"\(attributes)/>"
      case 3:
        return
          "<path d=\"M\(f(x)),\(f(y - 5))L\(f(x + 5)),\(f(y))L\(f(x)),\(f(y + 5))L\(f(x - 5)),\(f(y))Z\"\(attributes)/>"
      default:
        return
          "<path d=\"M\(f(x - 4)),\(f(y - 4))L\(f(x + 4)),\(f(y + 4))M\(f(x + 4)),\(f(y - 4))L\(f(x - 4)),\(f(y + 4))\"\(attributes)/>"
      }
    }
  }
}
