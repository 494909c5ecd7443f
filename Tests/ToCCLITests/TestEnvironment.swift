import Foundation
import ToCCLI

/// An in-memory world for running `toc` in-process: files, standard input, captured output.
final class TestEnvironment: @unchecked Sendable {
  private let lock = NSLock()
  private var files: [String: [UInt8]]
  /// What was written to standard output, byte for byte.
  private(set) var outputBytes: [UInt8] = []
  var output: String { lock.withLock { String(decoding: outputBytes, as: UTF8.self) } }
  private(set) var errors = ""
  var variables: [String: String]
  var input: [UInt8]
  var terminal = false
  var readOnly: Set<String> = []
  /// Files a folder listing still shows but that are gone when read.
  var vanished: Set<String> = []
  /// Stands in for other programs (Graphviz); by default none can be started.
  var program: @Sendable (String, [String], [UInt8]) -> ProgramResult = { _, _, _ in
    ProgramResult(launched: false, status: -1, output: [], errors: [])
  }
  /// The programs run, with their arguments.
  private(set) var started: [[String]] = []

  init(files: [String: String] = [:], variables: [String: String] = [:], input: String = "") {
    self.files = files.mapValues { Array($0.utf8) }
    self.variables = variables
    self.input = Array(input.utf8)
  }

  /// Puts a file holding exactly `bytes`, which need not be text.
  func put(_ path: String, bytes: [UInt8]) {
    lock.withLock { files[path] = bytes }
  }

  func file(_ path: String) -> String? {
    lock.withLock { files[path].map { String(decoding: $0, as: UTF8.self) } }
  }

  /// Runs `toc` with these words and returns its exit status.
  @discardableResult
  func run(_ words: String...) -> ExitStatus {
    run(words)
  }

  func run(_ words: [String]) -> ExitStatus {
    lock.withLock {
      outputBytes = []
      errors = ""
    }
    return CLI.run(arguments: words, environment: environment)
  }

  var environment: Environment {
    Environment(
      variables: variables,
      files: FileSystem(
        read: { path in
          self.lock.withLock {
            if self.vanished.contains(Self.clean(path)) {
              return .failure(FileError.noSuchFile)
            }
            if let bytes = self.files[Self.clean(path)] { return .success(bytes) }
            if self.isFolder(Self.clean(path)) {
              return .failure(FileError.isFolder)
            }
            return .failure(FileError.noSuchFile)
          }
        },
        write: { path, bytes in
          self.lock.withLock {
            if self.readOnly.contains(where: { path.hasPrefix($0) }) {
              return .failure(FileError.readOnlyFileSystem)
            }
            self.files[Self.clean(path)] = bytes
            return .success(())
          }
        },
        kind: { path in
          self.lock.withLock {
            self.files[Self.clean(path)] != nil
              ? .file : (self.isFolder(Self.clean(path)) ? .folder : nil)
          }
        },
        list: { path in
          self.lock.withLock {
            let prefix = Self.clean(path) == "." ? "" : Self.clean(path) + "/"
            let names = self.files.keys.filter { $0.hasPrefix(prefix) }
              .map { String($0.dropFirst(prefix.count).split(separator: "/").first!) }
            return Array(Set(names)).sorted()
          }
        }),
      standardInput: { self.lock.withLock { self.input } },
      output: { bytes in self.lock.withLock { self.outputBytes += bytes } },
      errors: { text in self.lock.withLock { self.errors += text } },
      isTerminal: { _ in self.lock.withLock { self.terminal } },
      runProgram: { path, arguments, input in
        let program = self.lock.withLock {
          self.started.append([path] + arguments)
          return self.program
        }
        return program(path, arguments, input)
      })
  }

  private func isFolder(_ path: String) -> Bool {
    path == "." || files.keys.contains { $0.hasPrefix(path + "/") }
  }

  private static func clean(_ path: String) -> String {
    var path = path
    while path.hasPrefix("./") { path.removeFirst(2) }
    while path.hasSuffix("/") && path.count > 1 { path.removeLast() }
    return path
  }
}
