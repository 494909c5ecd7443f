import ToCModel

extension Figure {
  /// The figure of `model`: its columns, arrows and legend, as `options` ask.
  init(model: Model, options: RenderOptions) {
    let language = options.language
    let findings = Diagnostic.sorted(Diagnostic.unique(options.findings), in: model.files)
    // Looked up once, not searched for every node: a model can have many thousands of each.
    var onLine: [LineKey: [Diagnostic]] = [:]
    for finding in findings {
      let key = LineKey(file: finding.range.file, line: finding.range.line)
      onLine[key, default: []].append(finding)
    }
    var indicators: [String: Int] = [:]
    for (position, indicator) in model.indicators.enumerated()
    where indicators[indicator.id] == nil {
      indicators[indicator.id] = position
    }
    let boxes = model.nodes.indices.map { index in
      let file = model.nodes[index].range.file
      let own = Figure.lines(of: model.nodes[index]).flatMap {
        onLine[LineKey(file: file, line: $0)] ?? []
      }
      return Figure.box(
        at: index, in: model, findings: own, indicators: indicators, options: options)
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
    self.style = options.style
    self.legend = Legend(
      kinds: options.style.legend ? columns.map(\.kind) : [],
      notes: boxes.contains { !$0.notes.isEmpty },
      flagged: boxes.contains(where: \.flagged),
      assumptions: options.style.legend ? assumptions : [],
      findings: !options.style.legend
        ? []
        : findings.map {
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
    // Each entry is a box, or the position in `members` of a group's boxes.
    var entries: [(box: Box?, group: Int)] = []
    var names: [String: Int] = [:]
    var members: [(name: String, boxes: [Box])] = []
    for box in boxes {
      guard let name = model.nodes[box.index].group else {
        entries.append((box, 0))
        continue
      }
      if let group = names[name] {
        members[group].boxes.append(box)
      } else {
        names[name] = members.count
        entries.append((nil, members.count))
        members.append((name, [box]))
      }
    }
    return entries.map { entry in
      if let box = entry.box { return .box(box) }
      let group = members[entry.group]
      return .group(title: Wrapping.oneLine(group.name), boxes: group.boxes)
    }
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
    var numbers: [[String]: Int] = [:]
    var labels: [Int: String] = [:]
    var arrows: [Arrow] = []
    for link in model.links {
      guard let from = position[link.from], let to = position[link.to] else { continue }
      let (start, end) = (model.nodes[from], model.nodes[to])
      let step: Step =
        end.kind.level > start.kind.level ? .forward : end.kind == start.kind ? .within : .backward
      var number: Int?
      let assumptions = link.assumptions.map { Wrapping.oneLine($0.value) }
      if options.assumptions, !assumptions.isEmpty {
        if let known = numbers[assumptions] {
          number = known
        } else {
          numbered.append(assumptions)
          number = numbered.count
          numbers[assumptions] = numbered.count
        }
      }
      // A node has several links: its label is put on one line once.
      let startLabel = labels[from] ?? Wrapping.oneLine(start.label.value)
      let endLabel = labels[to] ?? Wrapping.oneLine(end.label.value)
      labels[from] = startLabel
      labels[to] = endLabel
      var tooltip = [startLabel + " → " + endLabel]
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

extension Figure {
  /// The lines a node is written on, its attribute lines included, in order: a finding on any of
  /// them (a placeholder in a `streefwaarde`, an unknown `indicator:`) is the node's.
  static func lines(of node: Node) -> [Int] {
    var lines: Set<Int> = [node.range.line, node.label.range.line]
    for text in [node.description].compactMap({ $0 }) + node.assumptions + node.sources {
      lines.insert(text.range.line)
    }
    for indicator in node.indicators { lines.insert(indicator.range.line) }
    if let target = node.target { lines.insert(target.range.line) }
    return lines.sorted()
  }
}

/// A line of a file, where findings are shown on the node defined there.
struct LineKey: Hashable {
  var file: SourceFile
  var line: Int
}
