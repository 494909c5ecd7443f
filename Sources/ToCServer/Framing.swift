/// Cuts the byte stream of a language client into messages by their `Content-Length` headers.
public struct Framing: Sendable {
  /// What the stream held next.
  public enum Piece: Equatable, Sendable {
    /// A message's body.
    case body([UInt8])
    /// A header without a usable `Content-Length`, or a body larger than allowed: it is skipped.
    case malformed
  }

  /// The largest body accepted: a client sending more is sending nonsense.
  public static let maximumBody = 256 << 20

  private var buffer: [UInt8] = []
  /// Where unread bytes start in `buffer`.
  private var start = 0
  /// How many more bytes of a refused body are still to come, and are thrown away.
  private var discarding = 0

  public init() {}

  public mutating func append(_ bytes: some Collection<UInt8>) {
    if discarding > 0 {
      let skipped = min(discarding, bytes.count)
      discarding -= skipped
      buffer += bytes.dropFirst(skipped)
    } else {
      buffer += bytes
    }
  }

  /// The next whole piece, or nil until more bytes arrive.
  public mutating func next() -> Piece? {
    guard let end = headerEnd() else { return nil }
    defer { compact() }
    let length = Self.contentLength(buffer[start..<end])
    guard let length, length >= 0 else {
      start = end + 4
      return .malformed
    }
    guard length <= Self.maximumBody else {
      let available = buffer.count - (end + 4)
      discarding = max(0, length - available)
      start = min(buffer.count, end + 4 + length)
      return .malformed
    }
    guard buffer.count - (end + 4) >= length else { return nil }
    let body = Array(buffer[(end + 4)..<(end + 4 + length)])
    start = end + 4 + length
    return .body(body)
  }

  /// A body with its header, ready to send.
  public static func frame(_ body: String) -> [UInt8] {
    frame(Array(body.utf8))
  }

  public static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }

  private func headerEnd() -> Int? {
    var index = start
    while index + 3 < buffer.count {
      if buffer[index] == 0x0D, buffer[index + 1] == 0x0A, buffer[index + 2] == 0x0D,
        buffer[index + 3] == 0x0A
      {
        return index
      }
      index += 1
    }
    return nil
  }

  private mutating func compact() {
    if start > 0, start * 2 >= buffer.count {
      buffer.removeFirst(start)
      start = 0
    }
  }

  /// The value of the `Content-Length` field among header lines (name case-insensitive).
  static func contentLength(_ header: ArraySlice<UInt8>) -> Int? {
    let text = String(decoding: header, as: UTF8.self)
    for line in text.split(separator: "\r\n") {
      guard let colon = line.firstIndex(of: ":") else { return nil }
      let name = line[..<colon].lowercased()
      guard name == "content-length" else { continue }
      let value = line[line.index(after: colon)...].trimmingSpaces
      guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), value.count < 12
      else { return nil }
      return Int(value)
    }
    return nil
  }
}
