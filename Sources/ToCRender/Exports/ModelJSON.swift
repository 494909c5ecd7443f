import ToCModel

/// The model as `toc-model/1` JSON: the contract between the parser and everything else.
public enum ModelJSON {
  public static func render(_ model: Model) -> String {
    value(of: model).rendered()
  }

  public static func value(of model: Model) -> JSON {
    .object([
      ("format", .string("toc-model/1")),
      ("title", .string(model.title)),
      ("language", .string(model.language.rawValue)),
      ("meta", meta(model.meta)),
      ("nodes", .array(model.nodes.map(node))),
      ("links", .array(model.links.map(link))),
      ("indicators", .array(model.indicators.map(indicator))),
      ("includes", .array(model.includes.map(include))),
    ])
  }

  static func meta(_ meta: Meta) -> JSON {
    let fields: [(String, String?)] = [
      ("goal", meta.goal?.value), ("targetGroup", meta.targetGroup), ("pillar", meta.pillar),
      ("initiators", meta.initiators), ("partners", meta.partners), ("period", meta.period),
      ("version", meta.version), ("source", meta.source),
    ]
    return .object(
      fields.compactMap { key, value in value.map { (key, .string($0)) } }
        + [("assumptions", texts(meta.assumptions))])
  }

  static func node(_ node: Node) -> JSON {
    .object([
      ("id", .string(node.id)),
      ("kind", .string(node.kind.rawValue)),
      ("label", .string(node.label.value)),
      ("description", .text(node.description?.value)),
      ("group", .text(node.group)),
      ("indicators", .array(node.indicators.map { .string($0.value) })),
      ("assumptions", texts(node.assumptions)),
      ("sources", texts(node.sources)),
      ("owner", .text(node.owner)),
      ("target", target(node.target?.value)),
    ])
  }

  static func link(_ link: Link) -> JSON {
    .object([
      ("from", .string(link.from)),
      ("to", .string(link.to)),
      ("assumptions", texts(link.assumptions)),
      ("sources", texts(link.sources)),
    ])
  }

  static func indicator(_ indicator: Indicator) -> JSON {
    .object([
      ("id", .string(indicator.id)),
      ("label", .string(indicator.label.value)),
      ("unit", .text(indicator.unit)),
      ("source", .text(indicator.source)),
      ("direction", .text(indicator.direction?.rawValue)),
      ("description", .text(indicator.description?.value)),
      ("baseline", indicator.baseline.map { yearValue($0.value) } ?? .null),
      ("target", indicator.target.map { yearValue($0.value) } ?? .null),
      ("measurements", .array(indicator.measurements.map(measurement))),
    ])
  }

  static func include(_ include: Include) -> JSON {
    .object([
      ("namespace", .string(include.namespace)),
      ("file", .string(include.file)),
      ("title", .string(include.title)),
    ])
  }

  static func target(_ target: Target?) -> JSON {
    switch target {
    case .value(let value)?: yearValue(value)
    case .text(let text)?: .object([("text", .string(text))])
    case nil: .null
    }
  }

  static func yearValue(_ value: YearValue) -> JSON {
    .object([("year", .number(Double(value.year))), ("value", .number(value.value))])
  }

  static func measurement(_ measurement: Measurement) -> JSON {
    var members: [(String, JSON)] = [
      ("year", .number(Double(measurement.year))), ("value", .number(measurement.value)),
    ]
    if let area = measurement.area { members.append(("area", .string(area))) }
    return .object(members)
  }

  static func texts(_ texts: [Located<String>]) -> JSON {
    .array(texts.map { .string($0.value) })
  }
}
