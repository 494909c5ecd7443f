import ToCModel

/// Every word a figure adds to the model's own texts, in English and Dutch, sorted by name.
enum FigureWords {
  static let added = Bilingual(en: "Added", nl: "Toegevoegd")
  static let assumption = Bilingual(en: "Assumption", nl: "Aanname")
  static let assumptions = Bilingual(en: "Assumptions", nl: "Aannames")
  static let changed = Bilingual(en: "Changed", nl: "Gewijzigd")
  static let finding = Bilingual(en: "Finding", nl: "Bevinding")
  static let findings = Bilingual(en: "Findings", nl: "Bevindingen")
  static let goal = Bilingual(en: "Goal", nl: "Doel")
  static let group = Bilingual(en: "Group", nl: "Groep")
  static let includes = Bilingual(en: "Includes", nl: "Gebruikt")
  static let indicator = Bilingual(en: "Indicator", nl: "Indicator")
  static let indicators = Bilingual(en: "Indicators", nl: "Indicatoren")
  static let legend = Bilingual(en: "Legend", nl: "Legenda")
  static let owner = Bilingual(en: "Owner", nl: "Eigenaar")
  static let removed = Bilingual(en: "Removed", nl: "Verwijderd")
  static let source = Bilingual(en: "Source", nl: "Bron")
  static let target = Bilingual(en: "Target", nl: "Streefwaarde")

  /// What the figure shows, in one paragraph: for screen readers and the SVG description.
  static func summary(
    title: String, columns: [(Kind, Int)], links: Int, goal: String?, includes: [String],
    direction: LayoutDirection, in language: Language
  ) -> String {
    let counts = columns.map { "\($0.0.title(in: language)) (\($0.1))" }.joined(separator: ", ")
    var text: String
    switch (language, direction) {
    case (.en, .leftToRight):
      text =
        "Theory of change “\(title)”, drawn left to right in \(plural(columns.count, "column", "columns"))"
    case (.en, .topToBottom):
      text =
        "Theory of change “\(title)”, drawn top to bottom in \(plural(columns.count, "row", "rows"))"
    case (.nl, .leftToRight):
      text =
        "Verandertheorie “\(title)”, van links naar rechts in \(plural(columns.count, "kolom", "kolommen"))"
    case (.nl, .topToBottom):
      text =
        "Verandertheorie “\(title)”, van boven naar beneden in \(plural(columns.count, "rij", "rijen"))"
    }
    text += columns.isEmpty ? "" : ": " + counts
    text +=
      language == .nl
      ? "; \(plural(links, "verband", "verbanden"))." : "; \(plural(links, "link", "links"))."
    if let goal {
      text += " \(FigureWords.goal[language]): \(goal)" + (goal.hasSuffix(".") ? "" : ".")
    }
    if !includes.isEmpty {
      text += " \(FigureWords.includes[language]): \(includes.joined(separator: ", "))."
    }
    return text
  }

  static func plural(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
  }
}
