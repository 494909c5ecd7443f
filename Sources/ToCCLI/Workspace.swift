import ToCModel

/// The files a command works on: it finds the `.toc` files it was given (`Workspace+Files`),
/// reads them once (here), parses and checks them (`Workspace+Check`) and gives the source lines
/// a report shows (`Workspace+Lines`).
struct Workspace {
  let context: Context
  /// The bytes of standard input, once read.
  var standardInput: [UInt8]?
  /// The bytes of the files checked, by path.
  var sources: [String: [UInt8]] = [:]

  init(_ context: Context) {
    self.context = context
  }

  /// The name standard input goes by in diagnostics.
  static let standardInputName = "stdin"

  /// The bytes of a file (`-`: standard input), or nil after reporting why it cannot be read or
  /// that it is no theory of change at all.
  mutating func read(_ path: String) -> [UInt8]? {
    let bytes: [UInt8]
    if path == "-" {
      if standardInput == nil { standardInput = context.environment.standardInput() }
      bytes = standardInput ?? []
    } else if let known = sources[path] {
      return known
    } else {
      switch context.environment.files.read(path) {
      case .success(let read): bytes = read
      case .failure(let error):
        context.environmentError(Messages.cannotRead(path, error))
        return nil
      }
    }
    if let foreign = ForeignFile(bytes) {
      context.environmentError(Messages.notATheory(path, foreign))
      return nil
    }
    if path != "-" { sources[path] = bytes }
    return bytes
  }
}
