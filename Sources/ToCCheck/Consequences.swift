import ToCModel

/// Findings that only follow from another finding, left out so that the cause is what the reader
/// meets: the same mistake is not reported twice, and a report of 20 findings does not hide the one
/// that matters. docs/decisions.md has the rule.
enum Consequences {
  /// A finding's code and place.
  struct Key: Hashable {
    var code: Code
    var range: SourceRange
  }

  /// The findings about a model's shape and content (TOC2xx–TOC4xx), not about how it is written.
  static let judgements = Code.allCases.filter { !$0.rawValue.hasPrefix("TOC1") }

  /// `findings` without those that follow from a misspelt key (TOC113) or from an arrow that made
  /// no link (TOC108, TOC111, TOC103/TOC105 for a definition dropped for where it stands, TOC102
  /// for one dropped for its label). Only
  /// a cause that is itself reported counts: a slip silenced with `negeer:` is a box meant as one,
  /// and keeps every finding of its own.
  static func leaveOut(_ findings: [Finding], graph: Graph) -> [Finding] {
    let model = graph.model
    // A lost arrow is told at its typo (TOC111), its indicator (TOC108) or, for a use of a
    // definition dropped, at the finding that dropped it (TOC103, TOC105; TOC102 for its label).
    let causes: Set<Code> = [
      .misspelledKeyword, .undefinedReference, .indicatorLink, .unknownSection, .misplacedAttribute,
      .syntax,
    ]
    var reported: Set<SourceRange> = []
    for finding in findings where causes.contains(finding.diagnostic.code) {
      reported.insert(finding.diagnostic.range)
    }
    guard !reported.isEmpty else { return findings }
    let slips = KeywordSlip.all(in: graph).filter { reported.contains($0.range) }
    let arrows = model.droppedArrows.filter { reported.contains($0.range) }
    guard !slips.isEmpty || !arrows.isEmpty else { return findings }
    var dropped: Set<Key> = []
    func drop(_ codes: [Code], at range: SourceRange) {
      for code in codes { dropped.insert(Key(code: code, range: range)) }
    }
    // A misspelt key makes a box or indicator of its own, with every finding such a one gets;
    // a misspelt `indicator:` leaves its outcome without one and its indicators unused.
    for slip in slips {
      drop(Self.judgements, at: slip.range)
      if let missing = slip.missingOnOwner { drop([missing], at: slip.ownerRange) }
      let named = slip.namedIndicators
      if !named.isEmpty {
        drop([.outcomeWithoutIndicator], at: slip.ownerRange)
        for indicator in model.indicators where named.contains(indicator.id) {
          drop([.unusedIndicator], at: indicator.range)
        }
      }
    }
    // A lost arrow leaves its start a dead end and its end (or the node meant) an orphan.
    if !arrows.isEmpty {
      var ranges: [String: SourceRange] = [:]
      for node in model.nodes where ranges[node.id] == nil { ranges[node.id] = node.range }
      for arrow in arrows {
        if let from = arrow.from.flatMap({ ranges[$0] }) {
          drop([.deadEnd, .unusedResource], at: from)
        }
        for end in [arrow.to, arrow.meant] {
          if let to = end.flatMap({ ranges[$0] }) {
            drop([.orphanOutcome, .unreachableOutcome, .activityWithoutResources], at: to)
          }
        }
      }
    }
    return findings.filter {
      !dropped.contains(Key(code: $0.diagnostic.code, range: $0.diagnostic.range))
    }
  }
}
