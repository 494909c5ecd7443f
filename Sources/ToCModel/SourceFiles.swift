/// Which file of a load a place is in: a number that the load's `SourceFiles` turns into a path.
/// A number, not a name, so that copying a range (the parser and checker make millions) copies
/// no shared string whose references every core would count.
public struct SourceFile: Hashable, Sendable {
  /// The file's place in its `SourceFiles`, in the order the load read them.
  public let number: Int32

  /// The first file of every load: the one it was asked to read (or a text read on its own).
  public static let first = SourceFile(number: 0)
}

/// The files one load read, in the order it read them: what the `SourceFile` of every range in
/// its model and diagnostics names. Each load has its own; `take(_:from:)` brings another load's
/// findings in when those of several loads are shown together.
public struct SourceFiles: Hashable, Sendable {
  /// Each file's path as the user named it (joined with the include path for included files).
  public private(set) var paths: [String] = []
  private var numbers: [String: SourceFile] = [:]

  public init() {}

  /// The table of one file, for a text read on its own.
  public init(_ path: String) {
    _ = add(path)
  }

  /// The number of `path`, added when it is new.
  public mutating func add(_ path: String) -> SourceFile {
    if let known = numbers[path] { return known }
    let file = SourceFile(number: Int32(paths.count))
    paths.append(path)
    numbers[path] = file
    return file
  }

  /// Every file, in the order the load read them.
  public var all: [SourceFile] {
    paths.indices.map { SourceFile(number: Int32($0)) }
  }

  /// The path of `file`.
  public subscript(file: SourceFile) -> String {
    paths[Int(file.number)]
  }

  /// Takes in another load's diagnostics, to show them with those of this table: their files
  /// are added here and their ranges numbered as here.
  public mutating func take(_ diagnostics: [Diagnostic], from other: SourceFiles) -> [Diagnostic] {
    let numbers = other.paths.map { add($0) }
    if numbers == other.all { return diagnostics }
    return diagnostics.map { $0.renumbered(numbers) }
  }

  /// Whether a place in `a` is shown before one in `b`: files by path.
  public func precedes(_ a: SourceFile, _ b: SourceFile) -> Bool {
    a != b && self[a] < self[b]
  }
}
