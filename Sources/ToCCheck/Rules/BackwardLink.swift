import ToCModel

extension Rule {
  /// TOC202: a link to a lower column, or between two outputs.
  static let backwardLink = Rule(
    .backwardLink,
    summary: Bilingual(
      en: "a link to a lower level",
      nl: "een verband naar een lager niveau"),
    rationale: Bilingual(
      en:
        "a theory of change reads from resources to impact. An arrow back to an earlier column is often a slip; real feedback loops exist, so acknowledge one with `negeer: backward-link`.",
      nl:
        "een verandertheorie leest van middelen naar impact. Een pijl terug naar een eerdere kolom is vaak een vergissing; echte terugkoppelingen bestaan, erken er een met `negeer: backward-link`."
    ),
    bad: Example(
      "[activiteiten]\nles: Taalles -> spreken\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands -> les\n"
    ),
    good: Example(
      "[activiteiten]\nles: Taalles -> spreken\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands -> les\n  negeer: backward-link\n"
    ),
    moreBad: [
      Example(
        "[resultaten]\ndeelnemers: Twintig deelnemers -> vrijwilligers\nvrijwilligers: Tien vrijwilligers\n"
      ),
      Example(
        "[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n[lange termijn]\nwerk: Meer deelnemers vinden werk -> spreken\n"
      ),
    ],
    moreGood: [
      Example(
        "[resultaten]\ndeelnemers: Twintig deelnemers -> spreken\n[korte termijn]\nspreken: Deelnemers spreken beter Nederlands\n"
      )
    ],
    check: { graph in
      graph.model.links.indices.compactMap { position in
        let fromKind = graph.kinds[graph.links.from[position]]
        let toKind = graph.kinds[graph.links.to[position]]
        guard toKind != .resource,
          toKind < fromKind || (toKind == fromKind && !toKind.allowsLinksWithinLevel)
        else { return nil }
        let link = graph.model.links[position]
        let from = graph.model.nodes[graph.links.from[position]]
        let to = graph.model.nodes[graph.links.to[position]]
        let (source, target) = (link.local(from.id), link.local(to.id))
        let message =
          to.kind == from.kind
          ? Bilingual(
            en: "output `\(source)` links to another output, `\(target)`",
            nl: "resultaat `\(source)` wijst naar een ander resultaat, `\(target)`")
          : Bilingual(
            en:
              "`\(source)` (\(from.kind.title(in: .en).lowercased())) links back to `\(target)` (\(to.kind.title(in: .en).lowercased()))",
            nl:
              "`\(source)` (\(from.kind.title(in: .nl).lowercased())) wijst terug naar `\(target)` (\(to.kind.title(in: .nl).lowercased()))"
          )
        return Finding(
          Diagnostic(
            .backwardLink, message, at: link.range,
            help: Bilingual(
              en: "if this is meant, add `ignore: backward-link` to the link",
              nl: "is dit bedoeld, zet dan `negeer: backward-link` bij het verband")),
          link: link)
      }
    })
}
