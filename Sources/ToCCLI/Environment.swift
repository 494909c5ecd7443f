import ToCModel

/// Everything the command line touches outside itself, passed in as values so that every command
/// runs in-process in tests: variables, files, standard streams and other programs.
public struct Environment: Sendable {
  public var variables: [String: String]
  public var files: FileSystem
  public var standardInput: @Sendable () -> [UInt8]
  /// Writes bytes to standard output as they are: an image from Graphviz reaches it untouched.
  public var standardOutput: @Sendable ([UInt8]) -> Void
  /// Writes to standard error.
  public var errors: @Sendable (String) -> Void
  /// Whether standard output (1) or standard error (2) is a terminal, for `--color auto`.
  public var isTerminal: @Sendable (Int32) -> Bool
  /// Runs a program with arguments and input; used for Graphviz.
  public var runProgram:
    @Sendable (_ path: String, _ arguments: [String], _ input: [UInt8]) -> ProgramResult

  public init(
    variables: [String: String], files: FileSystem,
    standardInput: @escaping @Sendable () -> [UInt8],
    output: @escaping @Sendable ([UInt8]) -> Void, errors: @escaping @Sendable (String) -> Void,
    isTerminal: @escaping @Sendable (Int32) -> Bool,
    runProgram: @escaping @Sendable (String, [String], [UInt8]) -> ProgramResult
  ) {
    self.variables = variables
    self.files = files
    self.standardInput = standardInput
    self.standardOutput = output
    self.errors = errors
    self.isTerminal = isTerminal
    self.runProgram = runProgram
  }
}

extension Environment {
  /// Writes text to standard output, as UTF-8.
  public func output(_ text: String) {
    standardOutput(Array(text.utf8))
  }
}

/// What a program run for toc (Graphviz) gave back; `launched` is false when it could not start.
public struct ProgramResult: Sendable {
  public var launched: Bool
  public var status: Int32
  public var output: [UInt8]
  public var errors: [UInt8]

  public init(launched: Bool, status: Int32, output: [UInt8], errors: [UInt8]) {
    self.launched = launched
    self.status = status
    self.output = output
    self.errors = errors
  }
}

/// The files toc reads and writes. `write` must be atomic: a temporary file, then a rename.
public struct FileSystem: Sendable {
  public var read: @Sendable (String) -> Result<[UInt8], FileError>
  public var write: @Sendable (String, [UInt8]) -> Result<Void, FileError>
  public var kind: @Sendable (String) -> FileKind?
  /// The names in a folder.
  public var list: @Sendable (String) -> [String]

  public init(
    read: @escaping @Sendable (String) -> Result<[UInt8], FileError>,
    write: @escaping @Sendable (String, [UInt8]) -> Result<Void, FileError>,
    kind: @escaping @Sendable (String) -> FileKind?,
    list: @escaping @Sendable (String) -> [String]
  ) {
    self.read = read
    self.write = write
    self.kind = kind
    self.list = list
  }
}

/// A file or a folder.
public enum FileKind: Sendable {
  case file
  case folder
}

/// The exit codes of CLI.md.
public enum ExitStatus: Int32, Sendable {
  case success = 0
  case failure = 1
  case usage = 2
  case environment = 3
}
