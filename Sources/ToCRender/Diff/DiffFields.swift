import ToCModel

/// Which attributes of a matched pair differ, field by field in a fixed order.
enum DiffFields {
  static func attributes(_ old: Model, _ new: Model) -> [FieldChange] {
    func meta(_ model: Model) -> [(String, DiffValue?)] {
      let m = model.meta
      return [
        ("title", .text(model.title)), ("language", .text(model.language.rawValue)),
        ("goal", text(m.goal?.value)), ("targetGroup", text(m.targetGroup)),
        ("pillar", text(m.pillar)),
        ("initiators", text(m.initiators)), ("partners", text(m.partners)),
        ("period", text(m.period)),
        ("version", text(m.version)), ("source", text(m.source)),
        ("assumptions", texts(m.assumptions.map(\.value))),
        ("includes", texts(model.includes.map { "\($0.namespace) (\($0.title))" })),
      ]
    }
    return zip(meta(old), meta(new)).compactMap { before, after in
      before.1 == after.1 ? nil : FieldChange(field: before.0, old: before.1, new: after.1)
    }
  }

  /// Indicator ids of the old node are read through `indicatorIDs`, so a renamed indicator is
  /// not a change of every node that refers to it.
  static func node(_ old: Node, _ new: Node, indicatorIDs: [String: String]) -> [FieldChange] {
    compare([
      ("label", .text(old.label.value), .text(new.label.value)),
      ("kind", .kind(old.kind), .kind(new.kind)),
      ("description", text(old.description?.value), text(new.description?.value)),
      ("group", text(old.group), text(new.group)),
      (
        "indicators", texts(old.indicators.map { indicatorIDs[$0.value] ?? $0.value }),
        texts(new.indicators.map(\.value))
      ),
      ("assumptions", texts(old.assumptions.map(\.value)), texts(new.assumptions.map(\.value))),
      ("sources", texts(old.sources.map(\.value)), texts(new.sources.map(\.value))),
      ("owner", text(old.owner), text(new.owner)),
      ("target", target(old.target?.value), target(new.target?.value)),
    ])
  }

  static func link(_ old: Link, _ new: Link) -> [FieldChange] {
    compare([
      ("assumptions", texts(old.assumptions.map(\.value)), texts(new.assumptions.map(\.value))),
      ("sources", texts(old.sources.map(\.value)), texts(new.sources.map(\.value))),
    ])
  }

  static func indicator(_ old: Indicator, _ new: Indicator) -> [FieldChange] {
    compare([
      ("label", .text(old.label.value), .text(new.label.value)),
      ("unit", text(old.unit), text(new.unit)),
      ("source", text(old.source), text(new.source)),
      ("direction", text(old.direction?.rawValue), text(new.direction?.rawValue)),
      ("description", text(old.description?.value), text(new.description?.value)),
      (
        "baseline", old.baseline.map { .yearValue($0.value) },
        new.baseline.map { .yearValue($0.value) }
      ),
      ("target", old.target.map { .yearValue($0.value) }, new.target.map { .yearValue($0.value) }),
    ]) + measurements(old.measurements, new.measurements)
  }

  /// One change per area and year whose value appeared, disappeared or changed, ordered like a
  /// model's measurements: by area (the model's own series first, then in order of appearance,
  /// the new edition's before the old one's) and then by year.
  static func measurements(_ old: [Measurement], _ new: [Measurement]) -> [FieldChange] {
    struct Key: Hashable {
      var area: String?
      var year: Int
    }
    let before = Dictionary(
      old.map { (Key(area: $0.area, year: $0.year), $0.value) }, uniquingKeysWith: { _, b in b })
    let after = Dictionary(
      new.map { (Key(area: $0.area, year: $0.year), $0.value) }, uniquingKeysWith: { _, b in b })
    var areas: [String?] = [nil]
    for measurement in new + old where !areas.contains(measurement.area) {
      areas.append(measurement.area)
    }
    var changes: [FieldChange] = []
    for m in new where before[Key(area: m.area, year: m.year)] != m.value {
      changes.append(
        FieldChange(
          field: "measurement", area: m.area, year: m.year,
          old: before[Key(area: m.area, year: m.year)].map(DiffValue.number), new: .number(m.value))
      )
    }
    for m in old where after[Key(area: m.area, year: m.year)] == nil {
      changes.append(
        FieldChange(
          field: "measurement", area: m.area, year: m.year, old: .number(m.value), new: nil))
    }
    return changes.enumerated().sorted {
      (areas.firstIndex(of: $0.element.area)!, $0.element.year!, $0.offset)
        < (areas.firstIndex(of: $1.element.area)!, $1.element.year!, $1.offset)
    }.map(\.element)
  }

  static func compare(_ fields: [(String, DiffValue?, DiffValue?)]) -> [FieldChange] {
    fields.compactMap { field, old, new in
      old == new ? nil : FieldChange(field: field, old: old, new: new)
    }
  }

  static func text(_ value: String?) -> DiffValue? { value.map(DiffValue.text) }

  /// A list, or nil when it is empty (so that no list and an empty one are the same).
  static func texts(_ values: [String]) -> DiffValue? { values.isEmpty ? nil : .texts(values) }

  static func target(_ target: Target?) -> DiffValue? {
    switch target {
    case .value(let value)?: .yearValue(value)
    case .text(let text)?: .text(text)
    case nil: nil
    }
  }
}
