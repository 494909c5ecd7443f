import ToCModel

/// Follows `gebruik:` lines, qualifies every included id with its namespace, and resolves the
/// references of every file against the combined model.
struct Loader {
  let reader: SourceReader
  var model: Model
  var diagnostics: [Diagnostic] = []
  /// Parsed files by normalised path, so a file included twice is read once.
  var cache: [String: ParsedFile] = [:]
  /// Each loaded file with the prefix its ids get (`""`, `si.`, `team.si.`).
  var instances: [(file: ParsedFile, prefix: String)] = []
  /// Where each qualified id is in the model.
  var places = Places()
  /// Sorted ids for suggestions, by kind and prefix (`names(ofNodes:_:)`).
  var visibleNames: [String: [String]] = [:]
  /// How many more ids suggestions may compare a typo with, in all (a few tenths of a second).
  var suggestionBudget = 2_000_000

  /// A loader of the file `path` and what it includes; the model's first file is `path`.
  init(reader: SourceReader, path: String) {
    self.reader = reader
    model = Model(file: path, title: "")
  }

  mutating func load(root: ParsedFile) -> ParseResult {
    let path = model.file
    model.title = root.title ?? Paths.stem(path)
    model.language = root.language
    model.meta = root.meta
    model.otherTexts = root.otherTexts
    cache[Paths.normalize(path)] = root
    diagnostics += root.diagnostics
    add(root, prefix: "", stack: [Paths.normalize(path)])
    for (file, prefix) in instances { resolve(file, prefix: prefix) }
    mergeRepeatedLinks()
    return ParseResult(model: model, diagnostics: diagnostics)
  }

  /// Adds a file's nodes and indicators, then those of the files it includes, in include order.
  mutating func add(_ file: ParsedFile, prefix: String, stack: [String]) {
    instances.append((file, prefix))
    let namespace = prefix.isEmpty ? "" : String(prefix.dropLast())
    // Appended whole and renamed in place: a node is a large value, copied once here at most.
    let firstNode = model.nodes.count
    let firstIndicator = model.indicators.count
    // The root file's nodes, indicators and table of places are shared, not copied, until
    // something in them changes: they are the model's first.
    if prefix.isEmpty, places.count == 0, firstNode == 0, firstIndicator == 0,
      file.places.count == file.nodes.count + file.indicators.count
    {
      (model.nodes, model.indicators, places) = (file.nodes, file.indicators, file.places)
    } else {
      model.nodes += file.nodes
      model.indicators += file.indicators
      places.reserveCapacity(model.nodes.count + model.indicators.count)
      for position in firstNode..<model.nodes.count {
        if !prefix.isEmpty {
          model.nodes[position].id = prefix + model.nodes[position].id
          model.nodes[position].namespace = namespace
        }
        places.update(model.nodes[position].id, to: .node(position))
      }
      for position in firstIndicator..<model.indicators.count {
        if !prefix.isEmpty {
          model.indicators[position].id = prefix + model.indicators[position].id
          model.indicators[position].namespace = namespace
        }
        places.update(model.indicators[position].id, to: .indicator(position))
      }
    }
    if !prefix.isEmpty {
      // An included file's goal and assumptions are not the model's, but still its texts.
      if let goal = file.meta.goal { model.otherTexts.append(goal) }
      model.otherTexts += file.meta.assumptions + file.otherTexts
    }
    var names: [String: SourceRange] = [:]
    for use in file.uses {
      let path = Paths.join(including: model.files[file.source], use.path)
      let key = Paths.normalize(path)
      if stack.contains(key) {
        report(.includeCycle, Messages.includeCycle(stack: stack + [key]), use.range)
        continue
      }
      let name = use.namespace ?? Paths.stem(use.path)
      guard use.namespace != nil || FileParser.isNamespace(name) else {
        report(
          .invalidValue, Messages.fileNameIsNoNamespace(name), use.range,
          help: Messages.fileNameIsNoNamespaceHelp)
        continue
      }
      if let first = names[name] {
        report(
          .duplicateId, Messages.duplicateNamespace(name), use.range,
          notes: [Note(Messages.firstDefinedHere, at: first)])
        continue
      }
      names[name] = use.range
      guard let included = parsed(path, key: key) else {
        report(
          .missingInclude, Messages.missingInclude(use.path), use.range,
          help: Messages.missingIncludeHelp(path))
        continue
      }
      model.includes.append(
        Include(
          namespace: prefix + name, file: model.files[included.source],
          title: included.title ?? Paths.stem(model.files[included.source]), range: use.range))
      add(included, prefix: prefix + name + ".", stack: stack + [key])
    }
  }

  /// The parsed file at `path`, read on first use; its own diagnostics are reported once.
  mutating func parsed(_ path: String, key: String) -> ParsedFile? {
    if let file = cache[key] { return file }
    guard let bytes = reader.read(path) else { return nil }
    let file = Parser.parseFile(bytes, source: model.files.add(path))
    cache[key] = file
    diagnostics += file.diagnostics
    return file
  }

  // MARK: References

  mutating func resolve(_ file: ParsedFile, prefix: String) {
    for node in file.nodes.indices where !file.nodes[node].indicators.isEmpty {
      // The checked file's nodes come first in the model, as they are.
      let index = prefix.isEmpty ? node : places.node(Self.qualified(file.nodes[node].id, prefix))
      guard let index, model.nodes[index].range == file.nodes[node].range else { continue }
      let known = file.nodes[node].indicators.map {
        indicatorReference($0, in: file, prefix: prefix)
      }
      // Only a bad reference changes a node of the checked file.
      if prefix.isEmpty && !known.contains(false) { continue }
      let indicators = zip(file.nodes[node].indicators, known).filter(\.1)
        .map { Located(Self.qualified($0.0.value, prefix), at: $0.0.range) }
      // Writing back an unchanged list would copy every node the model shares with its file.
      if indicators != model.nodes[index].indicators { model.nodes[index].indicators = indicators }
    }
    var reported: Set<SourceRange> = []
    var links: [[LinkKey]] = Array(repeating: [], count: file.statements.count)
    let namespace = prefix.isEmpty ? "" : String(prefix.dropLast())
    // Every arrow is a link until repeats are merged: room for all of them at once.
    model.links.reserveCapacity(model.links.count + file.arrows.count)
    model.linkEnds.from.reserveCapacity(model.links.count + file.arrows.count)
    model.linkEnds.to.reserveCapacity(model.links.count + file.arrows.count)
    let positions = positions(of: file, prefix: prefix)
    // Chains with assumptions that declared no link: their texts are still checked.
    var unlinked = Set(file.justifications.keys)
    for (index, arrow) in file.arrows.enumerated() {
      // An end that names no node is looked up again, to report it (once per place).
      let found = positions[index]
      var loss: Loss?
      let from =
        found.from >= 0
        ? Int(found.from)
        : nodeReference(
          file.start(of: arrow), in: file, prefix: prefix, reported: &reported, loss: &loss)
      let to =
        found.to >= 0
        ? Int(found.to)
        : nodeReference(arrow.to, in: file, prefix: prefix, reported: &reported, loss: &loss)
      guard let from, let to else {
        if let loss {
          model.droppedArrows.append(
            DroppedArrow(
              from: from.map { model.nodes[$0].id }, to: to.map { model.nodes[$0].id },
              meant: loss.meant, range: loss.range))
        }
        continue
      }
      // Only a statement with `negeer:` needs to know its links by id.
      let statement = Int(arrow.statement)
      if !unlinked.isEmpty { unlinked.remove(statement) }
      if !file.statements[statement].ignores.isEmpty {
        links[statement].append(LinkKey(from: model.nodes[from].id, to: model.nodes[to].id))
      }
      addLink(
        from: from, to: to, at: arrow.to.range, file.justifications[statement],
        namespace: namespace)
    }
    // The arrows of dropped definitions, and those an arrow list wrote wrongly: their ends lose
    // a link too.
    for (from, target, cause) in file.lostTargets {
      if case .node(let position) = places[Self.qualified(target.value, prefix)] {
        var start: String?
        if let from, case .node(let index) = places[Self.qualified(from, prefix)] {
          start = model.nodes[index].id
        }
        model.droppedArrows.append(
          DroppedArrow(from: start, to: model.nodes[position].id, range: cause))
      }
    }
    for statement in unlinked.sorted() {
      model.otherTexts += file.justifications[statement]?.assumptions ?? []
    }
    for (index, statement) in file.statements.enumerated() where !statement.ignores.isEmpty {
      model.suppressions.append(
        Suppression(
          file: file.source, lines: statement.lines, codes: statement.ignores,
          links: links[index]))
    }
  }

  /// The link an arrow declares; one written twice is merged later (`mergeRepeatedLinks`).
  mutating func addLink(
    from: Int, to: Int, at range: SourceRange, _ justification: Justification?, namespace: String
  ) {
    var link = Link(
      from: model.nodes[from].id, to: model.nodes[to].id, range: range, namespace: namespace)
    if let justification {
      link.assumptions = Self.distinct(justification.assumptions)
      link.sources = Self.distinct(justification.sources)
    }
    model.links.append(link)
    model.linkEnds.from.append(Int32(from))
    model.linkEnds.to.append(Int32(to))
  }

  /// Each distinct text once, where it first appears.
  static func distinct(_ texts: [Located<String>]) -> [Located<String>] {
    guard texts.count > 1 else { return texts }
    var seen: Set<String> = []
    return texts.filter { seen.insert($0.value).inserted }
  }

  /// Why an arrow made no link: where the finding is that says so, and the node probably meant.
  struct Loss {
    var meant: String?
    var range: SourceRange
  }

  /// The position of the node a reference names, or nil (reported once per place) if none; `loss`
  /// then tells where that is reported. A use of a definition dropped for where it stands is a
  /// note on the finding that dropped it, not an unknown id.
  mutating func nodeReference(
    _ reference: Located<String>, in file: ParsedFile, prefix: String,
    reported: inout Set<SourceRange>, loss: inout Loss?
  ) -> Int? {
    let id = Self.qualified(reference.value, prefix)
    let place = places[id]
    if case .node(let position) = place { return position }
    var dropped = file.dropped[reference.value]
    if case .indicator = place { dropped = nil }
    loss = Loss(meant: loss?.meant, range: dropped?.cause ?? reference.range)
    guard reported.insert(reference.range).inserted else { return nil }
    if case .indicator = place {
      report(
        .indicatorLink, Messages.arrowToIndicator(reference.value), reference.range,
        help: Messages.arrowToIndicatorHelp)
    } else if let dropped {
      note(
        Messages.usedButDropped(reference.value, line: dropped.range.line), at: reference.range,
        on: dropped.cause)
    } else {
      let meant = suggestion(for: reference.value, among: names(ofNodes: true, prefix))
      loss?.meant = meant.map { Self.qualified($0, prefix) }
      report(
        .undefinedReference, Messages.undefinedNode(reference.value), reference.range,
        help: meant.map(Messages.didYouMean))
    }
    return nil
  }

  /// Adds a note to the error at `cause`: the finding a consequence is told at.
  mutating func note(_ message: Bilingual, at range: SourceRange, on cause: SourceRange) {
    guard let index = diagnostics.lastIndex(where: { $0.range == cause && $0.severity == .error })
    else { return }
    diagnostics[index].notes.append(Note(message, at: range))
  }

  /// Whether an `indicator:` reference names an indicator; reports it when not. A use of a
  /// definition dropped for where it stands is a note on the finding that dropped it.
  mutating func indicatorReference(
    _ reference: Located<String>, in file: ParsedFile, prefix: String
  ) -> Bool {
    let id = Self.qualified(reference.value, prefix)
    let place = places[id]
    if case .indicator = place { return true }
    if case .node = place {
      report(.undefinedReference, Messages.nodeIsNoIndicator(reference.value), reference.range)
    } else if let dropped = file.dropped[reference.value] {
      note(
        Messages.usedButDropped(reference.value, line: dropped.range.line), at: reference.range,
        on: dropped.cause)
    } else {
      let meant = suggestion(for: reference.value, among: names(ofNodes: false, prefix))
      if let meant {
        model.missedIndicators.append(Located(Self.qualified(meant, prefix), at: reference.range))
      }
      // A local id with no near miss is most likely an indicator not written yet.
      let help =
        meant.map(Messages.didYouMean)
        ?? (reference.value.contains(".") ? nil : Messages.defineIndicator(reference.value))
      report(
        .undefinedReference, Messages.undefinedIndicator(reference.value), reference.range,
        help: help)
    }
    return false
  }

  /// "Did you mean" while the budget lasts: each suggestion compares the word with every id, and
  /// a large model with many typos would otherwise take minutes for its help texts.
  mutating func suggestion(for word: String, among names: [String]) -> String? {
    guard suggestionBudget >= names.count else { return nil }
    suggestionBudget -= names.count
    return Suggestion.nearest(to: word, among: names)
  }

  /// The node (or indicator) ids that a file with `prefix` sees, as it writes them, sorted: the candidates
  /// for "did you mean", made once per file and index however many typos it has.
  mutating func names(ofNodes nodes: Bool, _ prefix: String) -> [String] {
    let key = (nodes ? "node " : "indicator ") + prefix
    if let names = visibleNames[key] { return names }
    let names = places.ids(ofNodes: nodes).filter { $0.hasPrefix(prefix) }.map {
      String($0.dropFirst(prefix.count))
    }
    .sorted()
    visibleNames[key] = names
    return names
  }

  /// `id` with the prefix of its file's namespace; the checked file's own ids are used as they are.
  static func qualified(_ id: String, _ prefix: String) -> String {
    prefix.isEmpty ? id : prefix + id
  }

  mutating func report(
    _ code: Code, _ message: Bilingual, _ range: SourceRange, help: Bilingual? = nil,
    notes: [Note] = []
  ) {
    diagnostics.append(Diagnostic(code, message, at: range, help: help, notes: notes))
  }
}
