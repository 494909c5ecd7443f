/// How much a diagnostic matters: errors fail a check, warnings fail a strict one, infos only inform.
public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
  case error
  case warning
  case info

  private var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .info: 2
    }
  }

  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
