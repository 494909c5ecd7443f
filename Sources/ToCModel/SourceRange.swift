/// A place in a `.toc` file: 1-based line and column (columns count Unicode scalars), end exclusive.
public struct SourceRange: Hashable, Sendable {
  /// The file, a number that the load's `SourceFiles` turns into its path.
  public var file: SourceFile
  // Held as 32-bit numbers: every node, link and finding carries ranges, and a file of more than
  // two billion lines or columns cannot be read anyway.
  private var start: (line: Int32, column: Int32)
  private var end: (line: Int32, column: Int32)

  public init(
    file: SourceFile, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil
  ) {
    self.file = file
    start = (Int32(clamping: line), Int32(clamping: column))
    end = (Int32(clamping: endLine ?? line), Int32(clamping: endColumn ?? column + 1))
  }

  public var line: Int {
    get { Int(start.line) }
    set { start.line = Int32(clamping: newValue) }
  }
  public var column: Int {
    get { Int(start.column) }
    set { start.column = Int32(clamping: newValue) }
  }
  public var endLine: Int {
    get { Int(end.line) }
    set { end.line = Int32(clamping: newValue) }
  }
  public var endColumn: Int {
    get { Int(end.column) }
    set { end.column = Int32(clamping: newValue) }
  }

  public static func == (a: SourceRange, b: SourceRange) -> Bool {
    a.start == b.start && a.end == b.end && a.file == b.file
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(file)
    hasher.combine(start.line)
    hasher.combine(start.column)
    hasher.combine(end.line)
    hasher.combine(end.column)
  }

  /// The start of `file`, where whole-file findings are reported.
  public static func startOf(_ file: SourceFile) -> SourceRange {
    SourceRange(file: file, line: 1, column: 1)
  }

  /// The same place, its file numbered as `numbers` says (`SourceFiles.take(_:from:)`).
  func renumbered(_ numbers: [SourceFile]) -> SourceRange {
    var range = self
    range.file = numbers[Int(file.number)]
    return range
  }
}

/// A value together with the place in the source it was written.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
  public var value: Value
  public var range: SourceRange

  public init(_ value: Value, at range: SourceRange) {
    self.value = value
    self.range = range
  }
}
