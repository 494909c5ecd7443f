/// The column a node belongs to, from resources (level 0) to impact (level 6).
public enum Kind: String, CaseIterable, Hashable, Sendable, Comparable {
  case resource
  case activity
  case output
  case outcomeShort = "outcome-short"
  case outcomeMedium = "outcome-medium"
  case outcomeLong = "outcome-long"
  case impact

  /// The position of the column, left to right.
  public var level: Int {
    switch self {
    case .resource: 0
    case .activity: 1
    case .output: 2
    case .outcomeShort: 3
    case .outcomeMedium: 4
    case .outcomeLong: 5
    case .impact: 6
    }
  }

  /// Short, medium and long-term outcomes and impact: the changes a theory expects.
  public var isOutcome: Bool { level >= 3 }

  /// Whether a link between two nodes of this kind goes forward (a sequence or precondition).
  public var allowsLinksWithinLevel: Bool { self == .activity || isOutcome }

  /// The column title in a figure.
  public func title(in language: Language) -> String {
    switch (self, language) {
    case (.resource, .nl): "Middelen"
    case (.resource, .en): "Resources"
    case (.activity, .nl): "Activiteiten"
    case (.activity, .en): "Activities"
    case (.output, .nl): "Resultaten"
    case (.output, .en): "Outputs"
    case (.outcomeShort, .nl): "Korte termijn"
    case (.outcomeShort, .en): "Short term"
    case (.outcomeMedium, .nl): "Middellange termijn"
    case (.outcomeMedium, .en): "Medium term"
    case (.outcomeLong, .nl): "Lange termijn"
    case (.outcomeLong, .en): "Long term"
    case (.impact, _): "Impact"
    }
  }

  public static func < (a: Kind, b: Kind) -> Bool { a.level < b.level }
}
