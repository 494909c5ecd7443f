/// How a client counts characters in a line: LSP's default UTF-16 code units, or UTF-8 bytes.
enum PositionEncoding: String, Sendable {
  case utf16 = "utf-16"
  case utf8 = "utf-8"

  /// The units `scalar` takes in this encoding.
  func width(_ scalar: Unicode.Scalar) -> Int {
    switch self {
    case .utf16: scalar.utf16.count
    case .utf8: scalar.utf8.count
    }
  }
}

/// A place in a document as the protocol names it: a 0-based line and a character offset in the
/// client's encoding.
struct Position: Hashable, Sendable {
  var line: Int
  var character: Int

  init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }
}
