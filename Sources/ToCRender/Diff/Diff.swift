import ToCModel

/// What changed between two editions of a model: model attributes, nodes, links and indicators.
/// Nodes and indicators are matched by id, and else by label (see `DiffMatching`); links by their
/// ends after that matching, so a renamed node keeps its links.
public struct ModelDiff: Hashable, Sendable {
  /// The edition compared from.
  public var old: Edition
  /// The edition compared with.
  public var new: Edition
  /// Title, language, the `meta` attributes and the included files, in that order.
  public var attributes: [FieldChange]
  /// In the new model's order.
  public var addedNodes: [Node]
  /// In the old model's order.
  public var removedNodes: [Node]
  /// In the new model's order.
  public var changedNodes: [Change<Node>]
  /// In the new model's order.
  public var addedLinks: [Link]
  /// With the old model's ids.
  public var removedLinks: [Link]
  /// Links with other assumptions or sources, in the new model's order.
  public var changedLinks: [Change<Link>]
  /// Indicators, ordered like nodes.
  public var addedIndicators: [Indicator]
  public var removedIndicators: [Indicator]
  public var changedIndicators: [Change<Indicator>]
  /// Old node id → new node id, for every matched node.
  public var nodeIDs: [String: String]

  /// Whether the two editions are the same.
  public var isEmpty: Bool {
    attributes.isEmpty && addedNodes.isEmpty && removedNodes.isEmpty && changedNodes.isEmpty
      && addedLinks.isEmpty && removedLinks.isEmpty && changedLinks.isEmpty
      && addedIndicators.isEmpty && removedIndicators.isEmpty && changedIndicators.isEmpty
  }

  /// The id a node of the old model has in the new one: its match's, or its own when removed.
  public func newID(of oldID: String) -> String { nodeIDs[oldID] ?? oldID }

  /// Compares two editions of a model.
  public static func compare(_ old: Model, _ new: Model) -> ModelDiff {
    let nodeMatches = DiffMatching.match(
      old: old.nodes.map { .init(id: $0.id, label: $0.label.value, kind: $0.kind) },
      new: new.nodes.map { .init(id: $0.id, label: $0.label.value, kind: $0.kind) })
    let indicatorMatches = DiffMatching.match(
      old: old.indicators.map { .init(id: $0.id, label: $0.label.value, kind: nil) },
      new: new.indicators.map { .init(id: $0.id, label: $0.label.value, kind: nil) })
    var nodeIDs: [String: String] = [:]
    for (o, n, _) in nodeMatches { nodeIDs[old.nodes[o].id] = new.nodes[n].id }
    var indicatorIDs: [String: String] = [:]
    for (o, n, _) in indicatorMatches { indicatorIDs[old.indicators[o].id] = new.indicators[n].id }

    var diff = ModelDiff(
      old: Edition(old), new: Edition(new), attributes: DiffFields.attributes(old, new),
      addedNodes: [], removedNodes: [], changedNodes: [], addedLinks: [], removedLinks: [],
      changedLinks: [], addedIndicators: [], removedIndicators: [], changedIndicators: [],
      nodeIDs: nodeIDs)

    let matchedNew = Dictionary(
      nodeMatches.map { ($0.new, ($0.old, $0.match)) }, uniquingKeysWith: { a, _ in a })
    let matchedOld = Set(nodeMatches.map(\.old))
    for (n, node) in new.nodes.enumerated() {
      guard let (o, match) = matchedNew[n] else {
        diff.addedNodes.append(node)
        continue
      }
      let fields = DiffFields.node(old.nodes[o], node, indicatorIDs: indicatorIDs)
      if !fields.isEmpty || old.nodes[o].id != node.id {
        diff.changedNodes.append(Change(old: old.nodes[o], new: node, match: match, fields: fields))
      }
    }
    diff.removedNodes = old.nodes.indices.filter { !matchedOld.contains($0) }.map { old.nodes[$0] }

    let oldLinks = Dictionary(
      old.links.map {
        (LinkKey(from: nodeIDs[$0.from] ?? $0.from, to: nodeIDs[$0.to] ?? $0.to), $0)
      },
      uniquingKeysWith: { a, _ in a })
    let newKeys = Set(new.links.map { LinkKey(from: $0.from, to: $0.to) })
    for link in new.links {
      guard let before = oldLinks[LinkKey(from: link.from, to: link.to)] else {
        diff.addedLinks.append(link)
        continue
      }
      let fields = DiffFields.link(before, link)
      if !fields.isEmpty {
        diff.changedLinks.append(Change(old: before, new: link, match: .id, fields: fields))
      }
    }
    diff.removedLinks = old.links.filter {
      !newKeys.contains(LinkKey(from: nodeIDs[$0.from] ?? $0.from, to: nodeIDs[$0.to] ?? $0.to))
    }

    let indicatorsNew = Dictionary(
      indicatorMatches.map { ($0.new, ($0.old, $0.match)) }, uniquingKeysWith: { a, _ in a })
    let indicatorsOld = Set(indicatorMatches.map(\.old))
    for (n, indicator) in new.indicators.enumerated() {
      guard let (o, match) = indicatorsNew[n] else {
        diff.addedIndicators.append(indicator)
        continue
      }
      let fields = DiffFields.indicator(old.indicators[o], indicator)
      if !fields.isEmpty || old.indicators[o].id != indicator.id {
        diff.changedIndicators.append(
          Change(old: old.indicators[o], new: indicator, match: match, fields: fields))
      }
    }
    diff.removedIndicators = old.indicators.indices.filter { !indicatorsOld.contains($0) }.map {
      old.indicators[$0]
    }
    return diff
  }
}

/// Which edition a side of a diff is: its file, title and `versie:`.
public struct Edition: Hashable, Sendable {
  public var file: String
  public var title: String
  public var version: String?

  /// The edition `model` is.
  public init(_ model: Model) {
    file = model.file
    title = model.title
    version = model.meta.version
  }
}

/// One thing present in both editions, and how it changed.
public struct Change<Value: Hashable & Sendable>: Hashable, Sendable {
  public var old: Value
  public var new: Value
  /// How the two were found to be the same thing.
  public var match: Match
  /// What changed, in a fixed order of fields; empty when only the id did.
  public var fields: [FieldChange]
}

/// How a node or indicator of the old edition was matched with one of the new.
public enum Match: Hashable, Sendable {
  /// The same id.
  case id
  /// A different id, and a label at least this similar (0…1; see `DiffMatching`).
  case label(similarity: Double)
}

/// One attribute that changed: absent before (`old` nil), absent now (`new` nil), or different.
public struct FieldChange: Hashable, Sendable {
  /// The canonical key, as in `toc-model/1`: `label`, `kind`, `targetGroup`, `measurement`, …
  public var field: String
  /// For a measurement: its area (nil for the model's own series) and year.
  public var area: String?
  public var year: Int?
  public var old: DiffValue?
  public var new: DiffValue?

  /// A change of `field`; `area` and `year` only for a measurement.
  public init(
    field: String, area: String? = nil, year: Int? = nil, old: DiffValue?, new: DiffValue?
  ) {
    self.field = field
    self.area = area
    self.year = year
    self.old = old
    self.new = new
  }
}

/// The value of a changed attribute.
public enum DiffValue: Hashable, Sendable {
  case text(String)
  /// A list whose items are compared one by one (assumptions, sources, indicator ids).
  case texts([String])
  case number(Double)
  case yearValue(YearValue)
  case kind(Kind)
}
