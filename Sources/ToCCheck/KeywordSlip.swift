import ToCModel

/// A definition that is most likely an attribute line with its key misspelt: `  indcator: contacten`
/// under an outcome defines an outcome `indcator`. To keep real ids alone (`bron2`, `groen`), it
/// counts only when all of these hold: the line is indented like an attribute; it follows a
/// definition of the same section, where that attribute may stand; nothing links to or from it (for
/// an indicator: no node names it); and its id is one edit from a key of seven or eight letters
/// allowed there, or two from a longer one, without digits the key does not have. Keys shorter than
/// seven letters (`groep`, `bron`) are too near to real ids (`groen`, `bron2`) to guess.
struct KeywordSlip: Sendable {
  /// The misspelt definition.
  var id: String
  var range: SourceRange
  /// The key it was probably meant to be: the nearest spelling.
  var key: String
  /// The text after the colon: what the attribute's value would have been.
  var value: String
  /// The node or indicator the attribute was meant for.
  var owner: String
  var ownerRange: SourceRange
  /// The include namespace of the file it is in.
  var namespace: String
  var isIndicator: Bool

  /// The keys of a node in a column section, Dutch and English.
  static let nodeKeys = [
    "toelichting", "description", "groep", "group", "indicator", "indicatoren", "indicators",
    "aanname", "assumption", "bron", "source", "eigenaar", "owner", "streefwaarde", "target",
    "negeer", "ignore",
  ]

  /// The keys of an indicator.
  static let indicatorKeys = [
    "eenheid", "unit", "bron", "source", "richting", "direction", "nulmeting", "baseline",
    "streefwaarde", "target", "meting", "measurement", "toelichting", "description", "negeer",
    "ignore",
  ]

  /// The keys that name indicators: a slip of them leaves its owner without one.
  static let indicatorListKeys: Set<String> = ["indicator", "indicatoren", "indicators"]

  /// The key `id` nearly spells, if it is near enough and `id` is long enough to tell.
  static func nearMiss(_ id: String, among keys: [String]) -> String? {
    let word = id.lowercased().replacing("_", with: "-")
    guard word.count >= 5, !keys.contains(word) else { return nil }
    var best: (key: String, distance: Int)?
    for key in keys where key.count >= 7 {
      let limit = key.count >= 9 ? 2 : 1
      if word.contains(where: \.isNumber), !key.contains(where: \.isNumber) { continue }
      let distance = Suggestion.editDistance(word, key, limit: limit)
      if distance <= limit, distance < (best?.distance ?? Int.max) { best = (key, distance) }
    }
    return best?.key
  }

  /// Every slip in the model, nodes first, in model order. The owner is the definition before it
  /// that is no slip itself (`indcator:` and `toelichtng:` under one outcome both belong to it).
  static func all(in graph: Graph) -> [KeywordSlip] {
    let model = graph.model
    var slips: [KeywordSlip] = []
    // Only an indented line is looked at closer: a team's model has a handful, a large one none.
    var owner: Int?
    for position in model.nodes.indices {
      guard model.nodes[position].range.column > 1, let before = owner,
        let slip = nodeSlip(position, owner: before, graph)
      else {
        owner = position
        continue
      }
      slips.append(slip)
    }
    guard model.indicators.contains(where: { $0.range.column > 1 }) else { return slips }
    let named = Set(model.nodes.flatMap { $0.indicators.map(\.value) })
    var indicatorOwner: Int?
    for position in model.indicators.indices {
      let indicator = model.indicators[position]
      guard indicator.range.column > 1, let before = indicatorOwner else {
        indicatorOwner = position
        continue
      }
      let owner = model.indicators[before]
      guard owner.range.file == indicator.range.file, owner.range.line < indicator.range.line,
        !named.contains(indicator.id), let key = nearMiss(indicator.localId, among: indicatorKeys)
      else {
        indicatorOwner = position
        continue
      }
      slips.append(
        KeywordSlip(
          id: indicator.localId, range: indicator.range, key: key, value: indicator.label.value,
          owner: owner.localId, ownerRange: owner.range, namespace: indicator.namespace,
          isIndicator: true))
    }
    return slips
  }

  /// The slip the node at `position` is, after the node at `owner`, if it is one.
  static func nodeSlip(_ position: Int, owner: Int, _ graph: Graph) -> KeywordSlip? {
    let node = graph.model.nodes[position]
    let owner = graph.model.nodes[owner]
    guard owner.range.file == node.range.file, owner.kind == node.kind,
      owner.range.line < node.range.line, !graph.links.hasIncoming(position),
      !graph.links.hasOutgoing(position), let key = nearMiss(node.localId, among: nodeKeys)
    else { return nil }
    return KeywordSlip(
      id: node.localId, range: node.range, key: key, value: node.label.value,
      owner: owner.localId, ownerRange: owner.range, namespace: node.namespace, isIndicator: false)
  }

  /// What the owner is reported to lack because the key was misspelt: an indicator's baseline or
  /// target (the keys for its source are too short to be guessed).
  var missingOnOwner: Code? {
    guard isIndicator else { return nil }
    switch key {
    case "nulmeting", "baseline": return .indicatorWithoutBaseline
    case "streefwaarde": return .indicatorWithoutTarget
    default: return nil
    }
  }

  /// The indicators the value would have named, had the key been `indicator:` (qualified).
  var namedIndicators: [String] {
    guard !isIndicator, Self.indicatorListKeys.contains(key) else { return [] }
    let prefix = namespace.isEmpty ? "" : namespace + "."
    return value.split(separator: ",").compactMap { element in
      element.split(whereSeparator: \.isWhitespace).first.map { prefix + $0 }
    }
  }

  var message: Bilingual {
    isIndicator
      ? Bilingual(
        en: "`\(id)` looks like a misspelt `\(key):`, so it defines a new indicator `\(id)`",
        nl: "`\(id)` lijkt een verschreven `\(key):`, en maakt zo een nieuwe indicator `\(id)`")
      : Bilingual(
        en: "`\(id)` looks like a misspelt `\(key):`, so it defines a new box `\(id)`",
        nl: "`\(id)` lijkt een verschreven `\(key):`, en maakt zo een nieuwe knoop `\(id)`")
  }

  var help: Bilingual {
    Bilingual(
      en:
        "for an attribute of `\(owner)` write `\(key): \(value)`; for a \(isIndicator ? "new indicator" : "box of its own"), choose an id that is no keyword look-alike",
      nl:
        "als kenmerk van `\(owner)`: schrijf `\(key): \(value)`; als \(isIndicator ? "nieuwe indicator" : "eigen knoop"): kies een id die niet op een sleutelwoord lijkt"
    )
  }
}
