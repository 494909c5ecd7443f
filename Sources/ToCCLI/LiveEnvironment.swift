#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Environment {
  /// The real process: its environment variables, files, streams and programs.
  public static var live: Environment {
    Environment(
      variables: LiveVariables.read(),
      files: .live,
      standardInput: { Descriptor.readAll(0) ?? [] },
      output: { bytes in bytes.withUnsafeBytes { _ = Descriptor.writeAll(1, $0) } },
      errors: { Descriptor.writeAll(2, $0) },
      isTerminal: { isatty($0) == 1 },
      runProgram: LiveProgram.run)
  }
}

/// The process's environment variables, as the C library keeps them.
enum LiveVariables {
  /// The `NAME=value` entries, a null pointer after the last.
  static var entries: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    #if canImport(Darwin)
      _NSGetEnviron()?.pointee
    #else
      environ
    #endif
  }

  /// The variables by name; an entry that is not UTF-8 or has no `=` is left out, and of a name
  /// given twice the last value counts.
  static func read() -> [String: String] {
    var variables: [String: String] = [:]
    guard var entry = entries else { return variables }
    while let pointer = entry.pointee {
      if let text = String(validatingCString: pointer), let equals = text.firstIndex(of: "=") {
        variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      entry += 1
    }
    return variables
  }
}
