import ToCModel

/// A diff as `toc-diff/1` JSON (the shape is described in `docs/decisions.md`). Added and removed
/// nodes, links and indicators are written as `toc-model/1` writes them.
public enum DiffJSON {
  /// The diff as JSON text, indented, with a final newline.
  public static func render(_ diff: ModelDiff) -> String {
    value(of: diff).rendered()
  }

  /// The diff as a JSON value, for embedding in other JSON.
  public static func value(of diff: ModelDiff) -> JSON {
    .object([
      ("format", .string("toc-diff/1")),
      ("old", edition(diff.old)),
      ("new", edition(diff.new)),
      ("identical", .bool(diff.isEmpty)),
      ("attributes", .array(diff.attributes.map(field))),
      (
        "nodes",
        group(
          diff.addedNodes.map(ModelJSON.node), diff.removedNodes.map(ModelJSON.node),
          diff.changedNodes.map { changed($0.old.id, $0.new.id, $0.match, $0.fields) })
      ),
      (
        "links",
        group(
          diff.addedLinks.map(ModelJSON.link), diff.removedLinks.map(ModelJSON.link),
          diff.changedLinks.map { change in
            .object([
              ("old", ends(change.old)), ("new", ends(change.new)),
              ("changes", .array(change.fields.map(field))),
            ])
          })
      ),
      (
        "indicators",
        group(
          diff.addedIndicators.map(ModelJSON.indicator),
          diff.removedIndicators.map(ModelJSON.indicator),
          diff.changedIndicators.map { changed($0.old.id, $0.new.id, $0.match, $0.fields) })
      ),
      (
        "summary",
        .object([
          (
            "nodes", counts(diff.addedNodes.count, diff.removedNodes.count, diff.changedNodes.count)
          ),
          (
            "links", counts(diff.addedLinks.count, diff.removedLinks.count, diff.changedLinks.count)
          ),
          (
            "indicators",
            counts(
              diff.addedIndicators.count, diff.removedIndicators.count, diff.changedIndicators.count
            )
          ),
          ("attributes", .number(Double(diff.attributes.count))),
        ])
      ),
    ])
  }

  static func edition(_ edition: Edition) -> JSON {
    .object([
      ("file", .string(edition.file)), ("title", .string(edition.title)),
      ("version", .text(edition.version)),
    ])
  }

  static func group(_ added: [JSON], _ removed: [JSON], _ changed: [JSON]) -> JSON {
    .object([("added", .array(added)), ("removed", .array(removed)), ("changed", .array(changed))])
  }

  static func changed(_ old: String, _ new: String, _ match: Match, _ fields: [FieldChange]) -> JSON
  {
    var similarity = JSON.null
    if case .label(let score) = match { similarity = .number((score * 100).rounded() / 100) }
    return .object([
      ("old", .string(old)), ("new", .string(new)),
      ("match", .string(similarity == .null ? "id" : "label")), ("similarity", similarity),
      ("changes", .array(fields.map(field))),
    ])
  }

  static func ends(_ link: Link) -> JSON {
    .object([("from", .string(link.from)), ("to", .string(link.to))])
  }

  static func field(_ change: FieldChange) -> JSON {
    var members: [(String, JSON)] = [("field", .string(change.field))]
    if let area = change.area { members.append(("area", .string(area))) }
    if let year = change.year { members.append(("year", .number(Double(year)))) }
    members += [("old", value(change.old)), ("new", value(change.new))]
    return .object(members)
  }

  static func value(_ value: DiffValue?) -> JSON {
    switch value {
    case nil: .null
    case .text(let text)?: .string(text)
    case .texts(let texts)?: .array(texts.map(JSON.string))
    case .number(let number)?: .number(number)
    case .yearValue(let value)?: ModelJSON.yearValue(value)
    case .kind(let kind)?: .string(kind.rawValue)
    }
  }

  static func counts(_ added: Int, _ removed: Int, _ changed: Int) -> JSON {
    .object([
      ("added", .number(Double(added))), ("removed", .number(Double(removed))),
      ("changed", .number(Double(changed))),
    ])
  }
}
