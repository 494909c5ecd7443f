import ToCModel

extension Figure {
  /// The figure of `model`: its columns, arrows and legend, as `options` ask.
  init(model: Model, options: RenderOptions) {
    let language = options.language
    let findings = Diagnostic.sorted(Diagnostic.unique(options.findings))
    let boxes = model.nodes.indices.map {
      Figure.box(at: $0, in: model, findings: findings, options: options)
    }
    let columns = Kind.allCases.compactMap { kind -> Column? in
      let inColumn = boxes.filter { $0.kind == kind }
      guard !inColumn.isEmpty else { return nil }
      return Column(
        kind: kind, title: kind.title(in: language), blocks: Figure.blocks(inColumn, model: model))
    }
    let (arrows, assumptions) = Figure.arrows(model, options: options)
    self.title = Wrapping.oneLine(model.title)
    self.language = language
    self.direction = options.direction
    self.columns = columns
    self.arrows = arrows
    self.legend = Legend(
      kinds: columns.map(\.kind),
      notes: boxes.contains { !$0.notes.isEmpty },
      flagged: boxes.contains(where: \.flagged),
      assumptions: assumptions,
      findings: findings.map {
        (code: $0.code.rawValue, lines: Wrapping.wrap($0.message[language], width: 48))
      })
    self.summary = FigureWords.summary(
      title: title, columns: columns.map { ($0.kind, $0.blocks.flatMap(\.boxes).count) },
      links: arrows.count, goal: model.meta.goal.map { Wrapping.oneLine($0.value) },
      includes: model.includes.map { Wrapping.oneLine($0.title) }, direction: options.direction,
      in: language)
  }

  /// The boxes of one column: the model's own first, then those of each included file in include
  /// order; within each, in source order with a group's boxes together where it first appears.
  static func blocks(_ boxes: [Box], model: Model) -> [Block] {
    var namespaces = [""] + model.includes.map(\.namespace)
    for box in boxes where !namespaces.contains(model.nodes[box.index].namespace) {
      namespaces.append(model.nodes[box.index].namespace)
    }
    var blocks: [Block] = []
    for namespace in namespaces {
      let inFile = boxes.filter { model.nodes[$0.index].namespace == namespace }
      guard !inFile.isEmpty else { continue }
      let grouped = groups(inFile, model: model)
      guard !namespace.isEmpty else {
        blocks += grouped
        continue
      }
      let title = model.includes.first { $0.namespace == namespace }?.title ?? namespace
      blocks.append(.include(title: Wrapping.oneLine(title), blocks: grouped))
    }
    return blocks
  }

  static func groups(_ boxes: [Box], model: Model) -> [Block] {
    var blocks: [Block] = []
    var starts: [(name: String, block: Int)] = []
    for box in boxes {
      guard let name = model.nodes[box.index].group else {
        blocks.append(.box(box))
        continue
      }
      if let start = starts.first(where: { $0.name == name }),
        case .group(let title, let members) = blocks[start.block]
      {
        blocks[start.block] = .group(title: title, boxes: members + [box])
      } else {
        starts.append((name, blocks.count))
        blocks.append(.group(title: Wrapping.oneLine(name), boxes: [box]))
      }
    }
    return blocks
  }

  /// Arrows for the links between drawn nodes, and the numbered assumptions: links with the same
  /// assumptions (one chain's links) share a number.
  static func arrows(_ model: Model, options: RenderOptions) -> (
    [Arrow], [(number: Int, lines: [String])]
  ) {
    var position: [String: Int] = [:]
    for (index, node) in model.nodes.enumerated() where position[node.id] == nil {
      position[node.id] = index
    }
    var numbered: [[String]] = []
    var arrows: [Arrow] = []
    for link in model.links {
      guard let from = position[link.from], let to = position[link.to] else { continue }
      let (start, end) = (model.nodes[from], model.nodes[to])
      let step: Step =
        end.kind.level > start.kind.level ? .forward : end.kind == start.kind ? .within : .backward
      var number: Int?
      let assumptions = link.assumptions.map { Wrapping.oneLine($0.value) }
      if options.assumptions, !assumptions.isEmpty {
        if let known = numbered.firstIndex(of: assumptions) {
          number = known + 1
        } else {
          numbered.append(assumptions)
          number = numbered.count
        }
      }
      var tooltip = [
        Wrapping.oneLine(start.label.value) + " → " + Wrapping.oneLine(end.label.value)
      ]
      tooltip += assumptions.map { "\(FigureWords.assumption[options.language]): \($0)" }
      tooltip += link.sources.map {
        "\(FigureWords.source[options.language]): \(Wrapping.oneLine($0.value))"
      }
      arrows.append(
        Arrow(
          from: from, to: to, fromKind: start.kind, toKind: end.kind, step: step, number: number,
          tooltip: tooltip.joined(separator: "\n")))
    }
    let legend = numbered.enumerated().map { offset, texts in
      (number: offset + 1, lines: texts.flatMap { Wrapping.wrap($0, width: 48) })
    }
    return (arrows, legend)
  }
}
