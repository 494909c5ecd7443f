/// A finding about a model: a stable code, where it is, what is wrong and how to mend it.
public struct Diagnostic: Hashable, Sendable {
  public var code: Code
  public var severity: Severity
  public var message: Bilingual
  public var help: Bilingual?
  public var range: SourceRange
  /// Other places that explain this one, like the first definition of a duplicate id.
  public var notes: [Note]

  public init(
    _ code: Code, _ message: Bilingual, at range: SourceRange, help: Bilingual? = nil,
    notes: [Note] = []
  ) {
    self.code = code
    self.severity = code.severity
    self.message = message
    self.help = help
    self.range = range
    self.notes = notes
  }

  /// Drops repeats: the same code at the same place with the same message (a file included twice,
  /// or checked both on its own and through a file that includes it).
  public static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    struct Key: Hashable {
      var code: Code
      var range: SourceRange
      var message: String

      // Hashing the place alone tells nearly all findings apart; equality still compares all.
      // The file counts: team files written alike have findings at the same lines and columns.
      func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(range.file)
        hasher.combine(range.line)
        hasher.combine(range.column)
        hasher.combine(range.endColumn)
      }
    }
    var seen: Set<Key> = []
    seen.reserveCapacity(diagnostics.count)
    return diagnostics.filter {
      seen.insert(Key(code: $0.code, range: $0.range, message: $0.message.en)).inserted
    }
  }

  /// The order in which diagnostics are shown: by file (`files` names them), line, column, code.
  public static func sorted(_ diagnostics: [Diagnostic], in files: SourceFiles) -> [Diagnostic] {
    diagnostics.sorted { precedes($0, $1, in: files) }
  }

  /// `sorted(unique(diagnostics))`, for many diagnostics: it sorts positions rather than whole
  /// values, and finds repeats among neighbours in that order instead of hashing every one.
  public static func sortedUnique(_ diagnostics: [Diagnostic], in files: SourceFiles)
    -> [Diagnostic]
  {
    let order = diagnostics.indices.sorted {
      precedes(diagnostics[$0], diagnostics[$1], in: files)
    }
    var result: [Diagnostic] = []
    result.reserveCapacity(diagnostics.count)
    // Repeats sort next to each other, among those with the same place, code and message.
    var run = 0
    for position in order {
      let diagnostic = diagnostics[position]
      if let last = result.last, precedes(last, diagnostic, in: files) { run = result.count }
      let repeated = result[run...].contains {
        $0.code == diagnostic.code && $0.range == diagnostic.range
          && $0.message.en == diagnostic.message.en
      }
      if !repeated { result.append(diagnostic) }
    }
    return result
  }

  /// Whether `a` is shown before `b`.
  static func precedes(_ a: Diagnostic, _ b: Diagnostic, in files: SourceFiles) -> Bool {
    // Files are told apart by number first: comparing their paths is for different files.
    if a.range.file != b.range.file { return files.precedes(a.range.file, b.range.file) }
    if a.range.line != b.range.line { return a.range.line < b.range.line }
    if a.range.column != b.range.column { return a.range.column < b.range.column }
    if a.code != b.code { return a.code < b.code }
    return a.message.en < b.message.en
  }
}

extension Diagnostic {
  /// The same finding, its files numbered as `numbers` says (`SourceFiles.take(_:from:)`).
  func renumbered(_ numbers: [SourceFile]) -> Diagnostic {
    var diagnostic = self
    diagnostic.range = range.renumbered(numbers)
    for index in notes.indices {
      diagnostic.notes[index].range = notes[index].range.renumbered(numbers)
    }
    return diagnostic
  }
}

/// A secondary place a diagnostic points to.
public struct Note: Hashable, Sendable {
  public var message: Bilingual
  public var range: SourceRange

  public init(_ message: Bilingual, at range: SourceRange) {
    self.message = message
    self.range = range
  }
}
