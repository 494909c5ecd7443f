/// A place in a `.toc` file: 1-based line and column (columns count Unicode scalars), end exclusive.
public struct SourceRange: Hashable, Sendable, Comparable {
  /// The file as the user named it (joined with the include path for included files).
  public var file: String
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int

  public init(file: String, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.endLine = endLine ?? line
    self.endColumn = endColumn ?? column + 1
  }

  /// The start of `file`, where whole-file findings are reported.
  public static func startOf(_ file: String) -> SourceRange {
    SourceRange(file: file, line: 1, column: 1)
  }

  public static func < (a: SourceRange, b: SourceRange) -> Bool {
    (a.file, a.line, a.column, a.endLine, a.endColumn)
      < (b.file, b.line, b.column, b.endLine, b.endColumn)
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
