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

  /// `findings` without those that follow from a misspelt key (TOC113), from an arrow that made
  /// no link (TOC108, TOC111, TOC103/TOC105 for a definition dropped for where it stands, TOC102
  /// for one dropped for its label), from an `indicator:` line that nearly names an indicator
  /// (TOC111), or from an arrow written as something else (`=>`, `→`: the TOC205/TOC206 that says
  /// so). Only a cause that is itself reported counts: a slip silenced
  /// with `negeer:` is a box meant as one, and keeps every finding of its own.
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
    let lookAlikes = findings.compactMap(\.lookAlike)
    guard !reported.isEmpty || !lookAlikes.isEmpty else { return findings }
    let slips = KeywordSlip.all(in: graph).filter { reported.contains($0.range) }
    let arrows = model.droppedArrows.filter { reported.contains($0.range) }
    let missed = Set(model.missedIndicators.filter { reported.contains($0.range) }.map(\.value))
    guard !slips.isEmpty || !arrows.isEmpty || !lookAlikes.isEmpty || !missed.isEmpty else {
      return findings
    }
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
    // An `indicator:` line that nearly names an indicator leaves that one unused.
    for indicator in model.indicators where missed.contains(indicator.id) {
      drop([.unusedIndicator], at: indicator.range)
    }
    // A lost arrow leaves its start a dead end and its end (or the node meant) an orphan. When an
    // activity may have led into it (its start is one, or is reached from one, or was dropped),
    // what lies beyond its end is unreached only for want of it. An arrow written as something
    // else is lost the same way, but its start keeps the finding that tells how to write it.
    if !arrows.isEmpty || !lookAlikes.isEmpty {
      let positions = model.nodePositions
      let lost =
        arrows.map { arrow in
          LostArrow(
            from: arrow.from.flatMap { positions[$0] },
            ends: [arrow.to, arrow.meant].compactMap { $0.flatMap { positions[$0] } },
            startIsKnown: arrow.from != nil, startIsTold: false)
        }
        + lookAlikes.map {
          LostArrow(
            from: $0.node, ends: $0.targets.map(\.node), startIsKnown: true, startIsTold: true)
        }
      let activities = graph.kinds.indices.filter { graph.kinds[$0] == .activity }
      let reached = graph.links.reachable(from: activities)
      var beyond: [Int] = []
      for arrow in lost {
        if let from = arrow.from, !arrow.startIsTold {
          drop([.deadEnd, .unusedResource], at: model.nodes[from].range)
        }
        for end in arrow.ends {
          drop(
            [.orphanOutcome, .unreachableOutcome, .activityWithoutResources],
            at: model.nodes[end].range)
        }
        if !arrow.startIsKnown || arrow.from.map({ reached[$0] }) == true { beyond += arrow.ends }
      }
      let unreached = graph.links.reachable(from: beyond)
      for position in unreached.indices where unreached[position] {
        drop([.unreachableOutcome], at: model.nodes[position].range)
      }
    }
    return findings.filter {
      !dropped.contains(Key(code: $0.diagnostic.code, range: $0.diagnostic.range))
    }
  }

  /// An arrow that made no link, by node positions.
  struct LostArrow {
    /// The node it starts at, when that is one.
    var from: Int?
    /// The nodes it names: its end, and the node a typo probably meant.
    var ends: [Int]
    /// Whether its start is a node at all (not a dropped definition or an unknown id).
    var startIsKnown: Bool
    /// Whether the finding at its start is the one that tells of it (an arrow written as
    /// something else), and so is kept.
    var startIsTold: Bool
  }
}
