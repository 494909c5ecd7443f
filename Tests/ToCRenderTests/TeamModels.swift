import ToCTestSupport

/// Random but deterministic models of a team's size, in clean English syntax: two to six boxes a
/// column, groups, long and short labels, descriptions and indicators, links to the next column
/// and past it, links within a column (down and up) and, now and then, one back.
enum TeamModels {
  static let sections = [
    "resources", "activities", "outputs", "short term", "medium term", "long term", "impact",
  ]
  static let words = [
    "children", "parents", "read", "more", "neighbours", "meet", "weekly", "sessions", "the",
    "district", "volunteers", "trained", "library", "confidence", "school", "green", "safer",
    "streets", "municipality", "funding", "(paid)", "participants", "well-being", "network",
  ]

  static func text(seed: UInt64) -> String {
    var random = SplitMix(seed: seed)
    func chance(_ percent: Int) -> Bool { random.below(100) < percent }
    func label() -> String {
      (0..<(2 + random.below(chance(20) ? 16 : 7))).map { _ in words[random.below(words.count)] }
        .joined(separator: " ")
    }
    var columns: [[String]] = []
    for (level, _) in sections.enumerated() {
      let size =
        level == 6
        ? random.below(2) : level >= 4 ? random.below(4) : 1 + random.below(level < 2 ? 6 : 5)
      columns.append((0..<size).map { "n\(level)x\($0)" })
    }
    var lines = ["title: Generated team \(seed)", "language: en"]
    var indicators: [String] = []
    for (level, column) in columns.enumerated() where !column.isEmpty {
      lines.append("")
      lines.append("[\(sections[level])]")
      let grouped = chance(30)
      for (position, id) in column.enumerated() {
        var targets: [String] = []
        for _ in 0..<(random.below(3)) {
          let later = columns.indices.filter { $0 > level && !columns[$0].isEmpty }
          guard !later.isEmpty else { break }
          let next = chance(75) ? later[0] : later[random.below(later.count)]
          targets.append(columns[next][random.below(columns[next].count)])
        }
        if column.count > 1, chance(20) {
          targets.append(column[(position + 1 + random.below(column.count - 1)) % column.count])
        }
        if level > 0, chance(5) {
          let earlier = columns[random.below(level)]
          if !earlier.isEmpty { targets.append(earlier[random.below(earlier.count)]) }
        }
        var unique: [String] = []
        for target in targets where !unique.contains(target) && target != id {
          unique.append(target)
        }
        lines.append(
          "\(id): \(label())" + (unique.isEmpty ? "" : " -> " + unique.joined(separator: ", ")))
        if grouped { lines.append("  group: Group \(random.below(2) + 1)") }
        if chance(15) { lines.append("  description: \(label())") }
        if level >= 3, chance(40) {
          indicators.append("i\(id)")
          lines.append("  indicator: i\(id)")
        }
      }
    }
    if !indicators.isEmpty {
      lines += ["", "[indicators]"]
      for id in indicators {
        lines += ["\(id): \(label())", "  unit: %", "  target: 2026 = \(random.below(100))"]
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
