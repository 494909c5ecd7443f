import ToCModel

/// Files held in memory, for tests that parse models with includes.
public struct MemoryFiles: Sendable {
  public var files: [String: String]

  public init(_ files: [String: String]) {
    self.files = files
  }

  /// The bytes of a file, or nil when there is none: what a `SourceReader` returns.
  public func read(_ path: String) -> [UInt8]? {
    files[path].map { Array($0.utf8) }
  }
}
