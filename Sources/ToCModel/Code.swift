/// The stable identity of every diagnostic toc can give: `TOC203`, named `orphan-outcome`.
public enum Code: String, CaseIterable, Hashable, Sendable, Comparable {
  case invalidEncoding = "TOC101"
  case syntax = "TOC102"
  case unknownSection = "TOC103"
  case reservedWord = "TOC104"
  case misplacedAttribute = "TOC105"
  case duplicateId = "TOC106"
  case invalidValue = "TOC107"
  case indicatorLink = "TOC108"
  case missingInclude = "TOC109"
  case includeCycle = "TOC110"
  case undefinedReference = "TOC111"
  case duplicateAttribute = "TOC112"
  case misspelledKeyword = "TOC113"
  case linkIntoResource = "TOC201"
  case backwardLink = "TOC202"
  case orphanOutcome = "TOC203"
  case unreachableOutcome = "TOC204"
  case deadEnd = "TOC205"
  case unusedResource = "TOC206"
  case activityWithoutResources = "TOC207"
  case cycle = "TOC208"
  case emptyModel = "TOC209"
  case outcomeWithoutIndicator = "TOC301"
  case unusedIndicator = "TOC302"
  case indicatorWithoutBaseline = "TOC303"
  case indicatorWithoutTarget = "TOC304"
  case indicatorWithoutSource = "TOC305"
  case targetBeforeBaseline = "TOC306"
  case leap = "TOC401"
  case placeholderText = "TOC402"
  case linkWithoutAssumption = "TOC403"

  /// The kebab-case name, accepted wherever a code is (`negeer: backward-link`).
  public var name: String { entry.name }

  /// How much a finding with this code matters.
  public var severity: Severity { entry.severity }

  /// Each code's name and severity, one row per code: the one table they are read from. A new code
  /// is its `case` above and its row here, which the compiler asks for.
  private var entry: (name: String, severity: Severity) {
    switch self {
    case .invalidEncoding: ("invalid-encoding", .error)
    case .syntax: ("syntax", .error)
    case .unknownSection: ("unknown-section", .error)
    case .reservedWord: ("reserved-word", .error)
    case .misplacedAttribute: ("misplaced-attribute", .error)
    case .duplicateId: ("duplicate-id", .error)
    case .invalidValue: ("invalid-value", .error)
    case .indicatorLink: ("indicator-link", .error)
    case .missingInclude: ("missing-include", .error)
    case .includeCycle: ("include-cycle", .error)
    case .undefinedReference: ("undefined-reference", .error)
    case .duplicateAttribute: ("duplicate-attribute", .error)
    case .misspelledKeyword: ("misspelled-keyword", .warning)
    case .linkIntoResource: ("link-into-resource", .error)
    case .backwardLink: ("backward-link", .warning)
    case .orphanOutcome: ("orphan-outcome", .warning)
    case .unreachableOutcome: ("unreachable-outcome", .warning)
    case .deadEnd: ("dead-end", .warning)
    case .unusedResource: ("unused-resource", .warning)
    case .activityWithoutResources: ("activity-without-resources", .info)
    case .cycle: ("cycle", .warning)
    case .emptyModel: ("empty-model", .warning)
    case .outcomeWithoutIndicator: ("outcome-without-indicator", .warning)
    case .unusedIndicator: ("unused-indicator", .warning)
    case .indicatorWithoutBaseline: ("indicator-without-baseline", .info)
    case .indicatorWithoutTarget: ("indicator-without-target", .info)
    case .indicatorWithoutSource: ("indicator-without-source", .info)
    case .targetBeforeBaseline: ("target-before-baseline", .warning)
    case .leap: ("leap", .warning)
    case .placeholderText: ("placeholder-text", .warning)
    case .linkWithoutAssumption: ("link-without-assumption", .info)
    }
  }

  /// The code for a code (`TOC202`, any case) or a name (`backward-link`), as a user writes it.
  public init?(codeOrName text: String) {
    let wanted = text.lowercased()
    guard
      let code = Code.allCases.first(where: {
        $0.rawValue.lowercased() == wanted || $0.name == wanted
      })
    else { return nil }
    self = code
  }

  public static func < (a: Code, b: Code) -> Bool { a.rawValue < b.rawValue }
}
