import ToCModel

/// The theory as sentences a person would write, for reports and for readers who cannot see the
/// figure. It follows the links from resources to impact: one paragraph per column in level
/// order, the nodes of a column in file order. Labels and assumptions are quoted as written, never
/// spliced into a sentence, so the text stays grammatical whatever they say; the sentence patterns
/// take turns, so no pattern repeats within a paragraph of up to four steps; an indicator with a
/// baseline or target gives its numbers. The assumptions and sources of a step are those of the
/// link and of the node it starts from (as `toc check` reads them); links that share them share a
/// sentence.
public enum Narrative {
  /// A paragraph: an optional heading (a column title) and its sentences.
  public struct Paragraph: Hashable, Sendable {
    public var heading: String?
    public var sentences: [String]
  }

  /// The narrative in `language` as plain text: title, then the paragraphs.
  public static func render(_ model: Model, language: Language) -> String {
    var out = PlainText.oneLine(model.title) + "\n"
    for paragraph in paragraphs(model, language: language) {
      out += "\n"
      if let heading = paragraph.heading { out += heading + "\n" }
      out += paragraph.sentences.joined(separator: " ") + "\n"
    }
    return out
  }

  /// The paragraphs: the goal, one per column, the ends and the model's own assumptions. With
  /// `ownOnly`, only the steps of the file itself, not those of files it includes.
  public static func paragraphs(_ model: Model, language: Language, ownOnly: Bool = false)
    -> [Paragraph]
  {
    let words = NarrativeWords(language)
    let nodes = PlainText.index(model.nodes)
    let indicators = PlainText.index(model.indicators)
    let own = model.nodes.filter { !ownOnly || $0.namespace.isEmpty }
    let ownLinks = model.links.filter { !ownOnly || $0.namespace.isEmpty }
    let outgoing = Dictionary(grouping: ownLinks, by: \.from)
    let incoming = Set(ownLinks.map(\.to))
    var paragraphs: [Paragraph] = []
    if let goal = model.meta.goal?.value {
      paragraphs.append(Paragraph(heading: nil, sentences: [words.goal + sentence(goal)]))
    }
    for kind in Kind.allCases {
      var turns = Turns()
      var sentences: [String] = []
      for node in own where node.kind == kind {
        sentences += steps(node, outgoing[node.id] ?? [], nodes, words, &turns)
        let measured = node.indicators.map { reference -> String in
          guard let indicator = indicators[reference.value] else { return quote(reference.value) }
          return quote(indicator.label.value) + numbers(indicator, words)
        }
        if !measured.isEmpty {
          let list = PlainText.list(measured, language)
          sentences.append(words.measure(quote(node.label.value), list, turns.next(.measure)))
        }
      }
      if !sentences.isEmpty {
        paragraphs.append(Paragraph(heading: kind.title(in: language), sentences: sentences))
      }
    }
    let ends = own.filter {
      $0.kind.isOutcome && outgoing[$0.id] == nil && incoming.contains($0.id)
    }
    if ownLinks.isEmpty {
      paragraphs.append(Paragraph(heading: nil, sentences: [words.noLinks]))
    } else if !ends.isEmpty {
      let list = PlainText.list(ends.map { quote($0.label.value) }, language)
      paragraphs.append(Paragraph(heading: nil, sentences: [words.inTheEnd(list)]))
    }
    let assumptions = model.meta.assumptions.map { quote($0.value) }
    if !assumptions.isEmpty {
      paragraphs.append(
        Paragraph(heading: nil, sentences: [words.modelAssumptions(assumptions)]))
    }
    return paragraphs
  }

  /// The sentences for the links that leave `node`: one per set of assumptions and sources, each
  /// followed by its assumptions quoted and its sources named.
  static func steps(
    _ node: Node, _ links: [Link], _ nodes: [String: Node], _ words: NarrativeWords,
    _ turns: inout Turns
  ) -> [String] {
    var groups: [(reasons: [String], sources: [String], targets: [String])] = []
    for link in links {
      let reasons = unique(node.assumptions.map(\.value) + link.assumptions.map(\.value))
      let sources = unique(node.sources.map(\.value) + link.sources.map(\.value))
      let target = quote(nodes[link.to]?.label.value ?? link.to)
      if let index = groups.firstIndex(where: { $0.reasons == reasons && $0.sources == sources }) {
        groups[index].targets.append(target)
      } else {
        groups.append((reasons, sources, [target]))
      }
    }
    let label = quote(node.label.value)
    var sentences: [String] = []
    for group in groups {
      let targets = PlainText.list(group.targets, words.language)
      let pattern: Turns.Pattern =
        switch node.kind {
        case .resource: .resource
        case .activity: .activity
        default: .result
        }
      sentences.append(words.step(node.kind, label, targets, turns.next(pattern)))
      if turns.quoted.contains(group.reasons) {
        // Said already in this paragraph: refer back instead of quoting it again.
        sentences.append(words.sameAssumption(group.reasons.count, turns.next(.sameAssumption)))
      } else if !group.reasons.isEmpty {
        sentences.append(words.assumption(group.reasons.map(quote), turns.next(.assumption)))
        turns.quoted.append(group.reasons)
      }
      if !group.sources.isEmpty {
        sentences.append(
          words.source(group.sources.map { PlainText.oneLine($0) }, turns.next(.source)))
      }
    }
    return sentences
  }

  /// ` (nulmeting 2019: 12 → streefwaarde 2025: 20)` where the indicator gives them.
  static func numbers(_ indicator: Indicator, _ words: NarrativeWords) -> String {
    let unit = indicator.unit.map { $0 == "%" ? "%" : " " + PlainText.oneLine($0) } ?? ""
    let shown = { (value: YearValue) in
      "\(value.year): \(PlainText.number(value.value, words.language))\(unit)"
    }
    switch (indicator.baseline?.value, indicator.target?.value) {
    case (let baseline?, let target?):
      return " (\(words.baseline) \(shown(baseline)) → \(words.target) \(shown(target)))"
    case (let baseline?, nil): return " (\(words.baseline) \(shown(baseline)))"
    case (nil, let target?): return " (\(words.target) \(shown(target)))"
    case (nil, nil): return ""
    }
  }

  /// A text between quotation marks, on one line; a single closing full stop is left out, as
  /// the sentence around the quote ends with its own.
  static func quote(_ text: String) -> String {
    var line = PlainText.oneLine(text)
    while line.hasSuffix(" ") { line.removeLast() }
    if line.hasSuffix("."), !line.hasSuffix("..") { line.removeLast() }
    return "“\(line)”"
  }

  /// A text as it is written, on one line, ending with a full stop.
  static func sentence(_ text: String) -> String {
    let line = PlainText.oneLine(text)
    return line.hasSuffix(".") || line.hasSuffix("!") || line.hasSuffix("?") ? line : line + "."
  }

  static func unique(_ texts: [String]) -> [String] {
    var seen: [String] = []
    for text in texts where !seen.contains(text) { seen.append(text) }
    return seen
  }
}

/// Which sentence pattern comes next, per kind of sentence: each kind takes its patterns in turn
/// within a paragraph.
struct Turns {
  enum Pattern: Hashable {
    case resource, activity, result, measure, assumption, sameAssumption, source
  }

  var used: [Pattern: Int] = [:]
  /// The sets of assumptions quoted in the paragraph so far.
  var quoted: [[String]] = []

  mutating func next(_ pattern: Pattern) -> Int {
    defer { used[pattern, default: 0] += 1 }
    return used[pattern, default: 0]
  }
}
