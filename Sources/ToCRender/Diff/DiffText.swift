import ToCModel

/// A diff as text for people: `+` added, `-` removed, `~` changed, with the changed fields named
/// by their `.toc` keywords in the chosen language, and a summary line.
public enum DiffText {
  /// The diff in `language`; "no differences" when the editions are the same.
  public static func render(_ diff: ModelDiff, language: Language) -> String {
    let nl = language == .nl
    var out = "--- \(edition(diff.old, language))\n+++ \(edition(diff.new, language))\n"
    if diff.isEmpty { return out + "\n" + (nl ? "geen verschillen\n" : "no differences\n") }
    if !diff.attributes.isEmpty {
      out += "\nModel\n"
      for change in diff.attributes { out += field(change, language, indent: "  ~ ") }
    }
    if !(diff.addedNodes.isEmpty && diff.removedNodes.isEmpty && diff.changedNodes.isEmpty) {
      out += nl ? "\nKnopen\n" : "\nNodes\n"
      for node in diff.addedNodes { out += "  + \(describe(node, language))\n" }
      for node in diff.removedNodes { out += "  - \(describe(node, language))\n" }
      for change in diff.changedNodes {
        out +=
          "  ~ \(ids(change.old.id, change.new.id)) " + describe(change.new, language, id: false)
        out += note(change.match, language) + "\n"
        for field in change.fields { out += self.field(field, language, indent: "      ") }
      }
    }
    if !(diff.addedLinks.isEmpty && diff.removedLinks.isEmpty && diff.changedLinks.isEmpty) {
      out += nl ? "\nVerbanden\n" : "\nLinks\n"
      for link in diff.addedLinks { out += "  + \(link.from) -> \(link.to)\n" }
      for link in diff.removedLinks { out += "  - \(link.from) -> \(link.to)\n" }
      for change in diff.changedLinks {
        out += "  ~ \(change.new.from) -> \(change.new.to)\n"
        for field in change.fields { out += self.field(field, language, indent: "      ") }
      }
    }
    if !(diff.addedIndicators.isEmpty && diff.removedIndicators.isEmpty
      && diff.changedIndicators.isEmpty)
    {
      out += nl ? "\nIndicatoren\n" : "\nIndicators\n"
      for indicator in diff.addedIndicators {
        out += "  + \(indicator.id): \(PlainText.oneLine(indicator.label.value))\n"
      }
      for indicator in diff.removedIndicators {
        out += "  - \(indicator.id): \(PlainText.oneLine(indicator.label.value))\n"
      }
      for change in diff.changedIndicators {
        out +=
          "  ~ \(ids(change.old.id, change.new.id)): " + PlainText.oneLine(change.new.label.value)
        out += note(change.match, language) + "\n"
        for field in change.fields { out += self.field(field, language, indent: "      ") }
      }
    }
    return out + "\n" + summary(diff, language) + "\n"
  }

  static func edition(_ edition: Edition, _ language: Language) -> String {
    let version =
      edition.version.map { (language == .nl ? ", versie " : ", version ") + PlainText.oneLine($0) }
      ?? ""
    return "\(edition.file) (\(PlainText.oneLine(edition.title))\(version))"
  }

  static func describe(_ node: Node, _ language: Language, id: Bool = true) -> String {
    (id ? node.id + " " : "")
      + "(\(node.kind.title(in: language))): \(PlainText.oneLine(node.label.value))"
  }

  /// `id`, or `old → new` for an id that changed.
  static func ids(_ old: String, _ new: String) -> String {
    old == new ? new : "\(old) → \(new)"
  }

  /// For a match by label: how similar the labels were.
  static func note(_ match: Match, _ language: Language) -> String {
    guard case .label(let similarity) = match else { return "" }
    let percent = Int((similarity * 100).rounded(.down))
    return language == .nl
      ? " [gevonden op label, \(percent)% gelijk]" : " [matched by label, \(percent)% similar]"
  }

  /// One changed field: `key: old → new`, or a list's removed and added items on lines of their
  /// own.
  static func field(_ change: FieldChange, _ language: Language, indent: String) -> String {
    var name = DiffWords.field(change.field)[language]
    if let area = change.area { name += " " + PlainText.oneLine(area) }
    if let year = change.year { name += " \(year)" }
    if case .texts(let before) = change.old ?? .texts([]),
      case .texts(let after) = change.new ?? .texts([])
    {
      var out = "\(indent)\(name):\n"
      let pad = String(repeating: " ", count: indent.count + 2)
      for item in before where !after.contains(item) {
        out += "\(pad)- \(PlainText.oneLine(item))\n"
      }
      for item in after where !before.contains(item) {
        out += "\(pad)+ \(PlainText.oneLine(item))\n"
      }
      if before.filter(after.contains) != after.filter(before.contains) {
        out += "\(pad)\(language == .nl ? "(andere volgorde)" : "(different order)")\n"
      }
      return out
    }
    return "\(indent)\(name): \(value(change.old, language)) → \(value(change.new, language))\n"
  }

  static func value(_ value: DiffValue?, _ language: Language) -> String {
    switch value {
    case nil: language == .nl ? "(geen)" : "(none)"
    case .text(let text)?: "\"\(PlainText.oneLine(text))\""
    case .texts(let texts)?: texts.map { PlainText.oneLine($0) }.joined(separator: "; ")
    case .number(let number)?: PlainText.number(number, language)
    case .yearValue(let value)?: PlainText.yearValue(value, language)
    case .kind(let kind)?: kind.title(in: language)
    }
  }

  static func summary(_ diff: ModelDiff, _ language: Language) -> String {
    let words =
      language == .nl
      ? (
        added: "toegevoegd", removed: "verwijderd", changed: "gewijzigd",
        nodes: "knopen", links: "verbanden", indicators: "indicatoren"
      )
      : (
        added: "added", removed: "removed", changed: "changed",
        nodes: "nodes", links: "links", indicators: "indicators"
      )
    func counts(_ name: String, _ added: Int, _ removed: Int, _ changed: Int) -> String {
      "\(name): \(added) \(words.added), \(removed) \(words.removed), \(changed) \(words.changed)"
    }
    return [
      counts(words.nodes, diff.addedNodes.count, diff.removedNodes.count, diff.changedNodes.count),
      counts(words.links, diff.addedLinks.count, diff.removedLinks.count, diff.changedLinks.count),
      counts(
        words.indicators, diff.addedIndicators.count, diff.removedIndicators.count,
        diff.changedIndicators.count),
      "model: \(diff.attributes.count) \(words.changed)",
    ].joined(separator: "; ")
  }
}
