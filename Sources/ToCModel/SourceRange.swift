import Synchronization

/// A place in a `.toc` file: 1-based line and column (columns count Unicode scalars), end exclusive.
public struct SourceRange: Hashable, Sendable, Comparable {
  /// The file, shared by every range in it.
  public var source: SourceFile
  // Held as 32-bit numbers: every node, link and finding carries ranges, and a file of more than
  // two billion lines or columns cannot be read anyway.
  private var start: (line: Int32, column: Int32)
  private var end: (line: Int32, column: Int32)

  public init(
    source: SourceFile, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil
  ) {
    self.source = source
    start = (Int32(clamping: line), Int32(clamping: column))
    end = (Int32(clamping: endLine ?? line), Int32(clamping: endColumn ?? column + 1))
  }

  public init(file: String, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
    self.init(
      source: SourceFile(file), line: line, column: column, endLine: endLine, endColumn: endColumn)
  }

  /// The file as the user named it (joined with the include path for included files).
  public var file: String {
    get { source.path }
    set { source = SourceFile(newValue) }
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
    a.start == b.start && a.end == b.end && a.source == b.source
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(source)
    hasher.combine(start.line)
    hasher.combine(start.column)
    hasher.combine(end.line)
    hasher.combine(end.column)
  }

  /// The start of `file`, where whole-file findings are reported.
  public static func startOf(_ file: String) -> SourceRange {
    SourceRange(file: file, line: 1, column: 1)
  }

  public static func < (a: SourceRange, b: SourceRange) -> Bool {
    if a.source != b.source { return a.source < b.source }
    return (a.line, a.column, a.endLine, a.endColumn) < (b.line, b.column, b.endLine, b.endColumn)
  }
}

/// A file name as source ranges hold it: one shared name per path, made once and kept for the
/// life of the process, so that copying a range (the parser and checker make millions) copies a
/// pointer rather than counting references to a shared string from every core at once.
public struct SourceFile: Hashable, Sendable, Comparable {
  private let name: Unmanaged<Name>

  /// The name for `path`, the same for every range in that file.
  public init(_ path: String) {
    name = Self.names.withLock { names in
      if let name = names[path] { return name }
      let name = Unmanaged.passRetained(Name(path))
      names[path] = name
      return name
    }
  }

  public var path: String { name.takeUnretainedValue().path }

  public static func == (a: SourceFile, b: SourceFile) -> Bool {
    a.name.toOpaque() == b.name.toOpaque()
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(name.toOpaque())
  }

  public static func < (a: SourceFile, b: SourceFile) -> Bool { a != b && a.path < b.path }

  /// Every name made so far; a process reads a handful of files, so they are never let go.
  private static let names = Mutex<[String: Unmanaged<Name>]>([:])

  private final class Name: Sendable {
    let path: String
    init(_ path: String) { self.path = path }
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
