import Foundation

/// A generated theory of change with six levels, labels of about 40 characters with Dutch
/// diacritics, one to three links per node and indicators on outcomes: the benchmark's input.
struct LayeredModel {
  let nodes: Int

  static let words = [
    "wijk", "bewoners", "één", "coöperatie", "zorg", "jongeren", "gezinnen", "veerkracht",
    "groen", "werk", "school", "café", "ontmoeting", "buurt", "geïnspireerd", "taal",
  ]
  static let sections = [
    "middelen", "activiteiten", "resultaten", "korte termijn", "middellange termijn",
    "lange termijn",
  ]

  /// A small deterministic generator, so that every run draws the same model.
  struct Random {
    var state: UInt64 = 2028
    mutating func below(_ bound: Int) -> Int {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  var text: String {
    var random = Random()
    let perLevel = max(1, nodes / 6)
    let indicators = max(1, perLevel / 10)
    var out = "titel: Benchmark \(nodes)\ndoel: Een gegenereerd model om toc te meten.\n"
    for (level, section) in Self.sections.enumerated() {
      out += "\n[\(section)]\n"
      for index in 0..<perLevel {
        var label = ""
        while label.count < 40 {
          label += (label.isEmpty ? "" : " ") + Self.words[random.below(Self.words.count)]
        }
        out += "n\(level)_\(index): \(label.prefix(40).capitalized)"
        if level < 5 {
          let targets = (0...random.below(3)).map { _ in "n\(level + 1)_\(random.below(perLevel))" }
          out += " -> " + Array(Set(targets)).sorted().joined(separator: ", ")
        }
        out += "\n"
        if level >= 3 { out += "  indicator: i\(random.below(indicators))\n" }
      }
    }
    out += "\n[indicatoren]\n"
    for index in 0..<indicators {
      out +=
        "i\(index): Percentage bewoners met één indicator \(index)\n  bron: Wijkprofiel\n  nulmeting: 2018 = 12,5\n  streefwaarde: 2028 = 20\n"
    }
    return out
  }
}
