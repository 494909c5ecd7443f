import ToCModel

extension Workspace {
  /// Operands as files: folders become every `.toc` file below them (hidden folders skipped),
  /// sorted, without those that are clearly no theory of change (counted in one line). Paths that
  /// do not exist are reported and left out; `failed` tells whether any was. `empty` are the
  /// folders that hold no `.toc` file, which the caller names in a usage error.
  mutating func files(_ operands: [String]) -> (files: [String], failed: Bool, empty: [String]) {
    var files: [String] = []
    var failed = false
    var empty: [String] = []
    var skipped = 0
    for operand in operands {
      if operand == "-" {
        files.append(operand)
        continue
      }
      switch context.environment.files.kind(operand) {
      case .folder:
        let found = tocFiles(below: operand)
        if found.isEmpty { empty.append(operand) }
        for path in found {
          // Read now, once: a file that cannot be read is reported when it is checked.
          if case .success(let bytes) = context.environment.files.read(path) {
            if ForeignFile(bytes) != nil {
              skipped += 1
              continue
            }
            sources[path] = bytes
          }
          files.append(path)
        }
      case .file:
        files.append(operand)
      case nil:
        context.environmentError(Messages.cannotRead(operand, .noSuchFile))
        failed = true
      }
    }
    if skipped > 0 { context.environmentError(Messages.skippedForeign(skipped)) }
    return (files, failed, empty)
  }

  /// Every `.toc` file below `folder`, walked without recursion; at most `entries` names are
  /// looked at, for a walk that must not take long whatever folder it is given.
  func tocFiles(below folder: String, entries: Int = .max) -> [String] {
    var found: [String] = []
    var pending = [folder]
    var budget = entries
    while let current = pending.popLast(), budget > 0 {
      let names = context.environment.files.list(current).sorted().prefix(budget)
      budget -= names.count
      for name in names where !name.hasPrefix(".") {
        let path =
          current == "." ? name : (current.hasSuffix("/") ? current + name : current + "/" + name)
        switch context.environment.files.kind(path) {
        case .folder: pending.append(path)
        case .file where name.hasSuffix(".toc"): found.append(path)
        default: break
        }
      }
    }
    return found.sorted()
  }
}
