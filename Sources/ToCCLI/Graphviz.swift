import ToCModel

/// Graphviz's `dot`, run as a program to turn DOT into SVG, PNG or PDF.
struct Graphviz {
  let context: Context
  /// The program given with `--dot`, if any.
  let path: String?

  init(_ context: Context, path: String?) {
    self.context = context
    self.path = path
  }

  /// The program to run: `--dot PATH`, else `dot` in a folder of `PATH`.
  func program() -> String? {
    if let path { return path }
    return context.environment.program(named: ["dot"])
  }

  /// The image, or nil after saying why there is none.
  func draw(_ dot: String, format: String) -> [UInt8]? {
    guard let program = program() else {
      context.environmentError(Messages.graphvizMissing)
      return nil
    }
    let result = context.environment.runProgram(program, ["-T\(format)"], Array(dot.utf8))
    guard result.launched else {
      context.environmentError(
        path == nil ? Messages.graphvizMissing : Messages.graphvizNotStarted(program))
      return nil
    }
    guard result.status == 0 else {
      let said = Self.trimmed(String(decoding: result.errors, as: UTF8.self))
      context.environmentError(Messages.graphvizFailed(said))
      return nil
    }
    return result.output
  }

  /// The text without white space (line breaks, every Unicode space, and the zero-width space
  /// that Foundation's `.whitespacesAndNewlines` also holds) at either end.
  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    let isSpace = { (scalar: Unicode.Scalar) in
      scalar.properties.isWhitespace || scalar == "\u{200B}"
    }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
