import ToCModel

/// Follows `gebruik:` lines, qualifies every included id with its namespace, and resolves the
/// references of every file against the combined model.
struct Loader {
  let reader: SourceReader
  var model = Model(file: "", title: "")
  var diagnostics: [Diagnostic] = []
  /// Parsed files by normalised path, so a file included twice is read once.
  var cache: [String: ParsedFile] = [:]
  /// Each loaded file with the prefix its ids get (`""`, `si.`, `team.si.`).
  var instances: [(file: ParsedFile, prefix: String)] = []
  var nodeIndex: [String: Int] = [:]
  var indicatorIndex: [String: Int] = [:]
  var linkIndex: [LinkKey: Int] = [:]

  init(reader: SourceReader) {
    self.reader = reader
  }

  mutating func load(root: ParsedFile) -> ParseResult {
    model = Model(file: root.path, title: root.title ?? Paths.stem(root.path), language: root.language)
    model.meta = root.meta
    cache[Paths.normalize(root.path)] = root
    diagnostics += root.diagnostics
    add(root, prefix: "", stack: [Paths.normalize(root.path)])
    for (file, prefix) in instances { resolve(file, prefix: prefix) }
    return ParseResult(model: model, diagnostics: diagnostics)
  }

  /// Adds a file's nodes and indicators, then those of the files it includes, in include order.
  mutating func add(_ file: ParsedFile, prefix: String, stack: [String]) {
    instances.append((file, prefix))
    let namespace = prefix.isEmpty ? "" : String(prefix.dropLast())
    for var node in file.nodes {
      node.id = prefix + node.id
      node.namespace = namespace
      nodeIndex[node.id] = model.nodes.count
      model.nodes.append(node)
    }
    for var indicator in file.indicators {
      indicator.id = prefix + indicator.id
      indicator.namespace = namespace
      indicatorIndex[indicator.id] = model.indicators.count
      model.indicators.append(indicator)
    }
    var names: [String: SourceRange] = [:]
    for use in file.uses {
      let path = Paths.join(including: file.path, use.path)
      let key = Paths.normalize(path)
      if stack.contains(key) {
        report(.includeCycle, Messages.includeCycle(stack: stack + [key]), use.range)
        continue
      }
      let name = use.namespace ?? Paths.stem(use.path)
      guard use.namespace != nil || FileParser.isNamespace(name) else {
        report(.invalidValue, Messages.fileNameIsNoNamespace(name), use.range,
          help: Messages.fileNameIsNoNamespaceHelp)
        continue
      }
      if let first = names[name] {
        report(.duplicateId, Messages.duplicateNamespace(name), use.range,
          notes: [Note(Messages.firstDefinedHere, at: first)])
        continue
      }
      names[name] = use.range
      guard let included = parsed(path, key: key) else {
        report(.missingInclude, Messages.missingInclude(use.path), use.range,
          help: Messages.missingIncludeHelp(path))
        continue
      }
      model.includes.append(
        Include(namespace: prefix + name, file: included.path,
          title: included.title ?? Paths.stem(included.path), range: use.range))
      add(included, prefix: prefix + name + ".", stack: stack + [key])
    }
  }

  /// The parsed file at `path`, read on first use; its own diagnostics are reported once.
  mutating func parsed(_ path: String, key: String) -> ParsedFile? {
    if let file = cache[key] { return file }
    guard let bytes = reader.read(path) else { return nil }
    let file = Parser.parseFile(bytes, path: path)
    cache[key] = file
    diagnostics += file.diagnostics
    return file
  }

  // MARK: References

  mutating func resolve(_ file: ParsedFile, prefix: String) {
    for node in file.nodes {
      let id = prefix + node.id
      guard let index = nodeIndex[id], model.nodes[index].range == node.range else { continue }
      model.nodes[index].indicators = node.indicators.filter { indicatorReference($0, prefix: prefix) }
        .map { Located(prefix + $0.value, at: $0.range) }
    }
    var reported: Set<SourceRange> = []
    var links: [[LinkKey]] = Array(repeating: [], count: file.statements.count)
    for arrow in file.arrows {
      let from = nodeReference(arrow.from, prefix: prefix, reported: &reported)
      let to = nodeReference(arrow.to, prefix: prefix, reported: &reported)
      guard let from, let to else { continue }
      let key = LinkKey(from: from, to: to)
      links[arrow.statement].append(key)
      addLink(key, arrow, namespace: prefix.isEmpty ? "" : String(prefix.dropLast()))
    }
    for (index, statement) in file.statements.enumerated() where !statement.ignores.isEmpty {
      model.suppressions.append(
        Suppression(file: file.path, lines: statement.lines, codes: statement.ignores,
          links: links[index]))
    }
  }

  mutating func addLink(_ key: LinkKey, _ arrow: Arrow, namespace: String) {
    if let index = linkIndex[key] {
      model.links[index].assumptions += arrow.assumptions
      model.links[index].sources += arrow.sources
      return
    }
    var link = Link(from: key.from, to: key.to, range: arrow.to.range, namespace: namespace)
    link.assumptions = arrow.assumptions
    link.sources = arrow.sources
    linkIndex[key] = model.links.count
    model.links.append(link)
  }

  /// The qualified id of the node a reference names, or nil (reported once per place) if none.
  mutating func nodeReference(
    _ reference: Located<String>, prefix: String, reported: inout Set<SourceRange>
  ) -> String? {
    let id = prefix + reference.value
    if nodeIndex[id] != nil { return id }
    guard reported.insert(reference.range).inserted else { return nil }
    if indicatorIndex[id] != nil {
      report(.indicatorLink, Messages.arrowToIndicator(reference.value), reference.range,
        help: Messages.arrowToIndicatorHelp)
    } else {
      let visible = nodeIndex.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
      report(.undefinedReference, Messages.undefinedNode(reference.value), reference.range,
        help: Suggestion.nearest(to: reference.value, among: visible.sorted()).map(Messages.didYouMean))
    }
    return nil
  }

  /// Whether an `indicator:` reference names an indicator; reports it when not.
  mutating func indicatorReference(_ reference: Located<String>, prefix: String) -> Bool {
    let id = prefix + reference.value
    if indicatorIndex[id] != nil { return true }
    if nodeIndex[id] != nil {
      report(.undefinedReference, Messages.nodeIsNoIndicator(reference.value), reference.range)
    } else {
      let visible = indicatorIndex.keys.filter { $0.hasPrefix(prefix) }
        .map { String($0.dropFirst(prefix.count)) }
      report(.undefinedReference, Messages.undefinedIndicator(reference.value), reference.range,
        help: Suggestion.nearest(to: reference.value, among: visible.sorted()).map(Messages.didYouMean))
    }
    return false
  }

  mutating func report(
    _ code: Code, _ message: Bilingual, _ range: SourceRange, help: Bilingual? = nil,
    notes: [Note] = []
  ) {
    diagnostics.append(Diagnostic(code, message, at: range, help: help, notes: notes))
  }
}
