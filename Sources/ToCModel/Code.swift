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
  public var name: String {
    switch self {
    case .invalidEncoding: "invalid-encoding"
    case .syntax: "syntax"
    case .unknownSection: "unknown-section"
    case .reservedWord: "reserved-word"
    case .misplacedAttribute: "misplaced-attribute"
    case .duplicateId: "duplicate-id"
    case .invalidValue: "invalid-value"
    case .indicatorLink: "indicator-link"
    case .missingInclude: "missing-include"
    case .includeCycle: "include-cycle"
    case .undefinedReference: "undefined-reference"
    case .duplicateAttribute: "duplicate-attribute"
    case .misspelledKeyword: "misspelled-keyword"
    case .linkIntoResource: "link-into-resource"
    case .backwardLink: "backward-link"
    case .orphanOutcome: "orphan-outcome"
    case .unreachableOutcome: "unreachable-outcome"
    case .deadEnd: "dead-end"
    case .unusedResource: "unused-resource"
    case .activityWithoutResources: "activity-without-resources"
    case .cycle: "cycle"
    case .emptyModel: "empty-model"
    case .outcomeWithoutIndicator: "outcome-without-indicator"
    case .unusedIndicator: "unused-indicator"
    case .indicatorWithoutBaseline: "indicator-without-baseline"
    case .indicatorWithoutTarget: "indicator-without-target"
    case .indicatorWithoutSource: "indicator-without-source"
    case .targetBeforeBaseline: "target-before-baseline"
    case .leap: "leap"
    case .placeholderText: "placeholder-text"
    case .linkWithoutAssumption: "link-without-assumption"
    }
  }

  public var severity: Severity {
    switch self {
    case .backwardLink, .orphanOutcome, .unreachableOutcome, .deadEnd, .unusedResource, .cycle,
      .emptyModel, .outcomeWithoutIndicator, .unusedIndicator, .targetBeforeBaseline, .leap,
      .placeholderText, .misspelledKeyword:
      .warning
    case .activityWithoutResources, .indicatorWithoutBaseline, .indicatorWithoutTarget,
      .indicatorWithoutSource, .linkWithoutAssumption:
      .info
    default:
      .error
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
