import ToCModel

extension JSON {
  /// The member `key` of an object; nil for anything else or a missing key.
  public subscript(key: String) -> JSON? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  public var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// A whole number that fits an `Int`.
  public var int: Int? {
    guard case .number(let value) = self, value == value.rounded(), abs(value) < 9e15 else {
      return nil
    }
    return Int(value)
  }

  public var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  public var array: [JSON]? {
    if case .array(let items) = self { return items }
    return nil
  }

  /// The value as compact JSON text, as it goes over the wire.
  public var compact: String { String(decoding: compactBytes, as: UTF8.self) }

  /// The UTF-8 bytes of `compact`, written without making strings: a document's diagnostics are
  /// written on every keystroke.
  public var compactBytes: [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    writeCompact(into: &out)
    return out
  }

  func writeCompact(into out: inout [UInt8]) {
    switch self {
    case .null: out += "null".utf8
    case .bool(let value): out += (value ? "true" : "false").utf8
    case .number(let value):
      if value == value.rounded(), abs(value) < 1e15 {
        out += String(Int64(value)).utf8
      } else if value.isFinite {
        out += "\(value)".utf8
      } else {
        out += "null".utf8
      }
    case .string(let value): Self.quoteCompact(value, into: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (position, item) in items.enumerated() {
        if position > 0 { out.append(UInt8(ascii: ",")) }
        item.writeCompact(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (position, (key, value)) in members.enumerated() {
        if position > 0 { out.append(UInt8(ascii: ",")) }
        Self.quoteCompact(key, into: &out)
        out.append(UInt8(ascii: ":"))
        value.writeCompact(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  static func quoteCompact(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "\""): out += #"\""#.utf8
        case UInt8(ascii: "\\"): out += #"\\"#.utf8
        case UInt8(ascii: "\n"): out += #"\n"#.utf8
        case UInt8(ascii: "\r"): out += #"\r"#.utf8
        case UInt8(ascii: "\t"): out += #"\t"#.utf8
        case 0..<0x20, 0x7F:
          let hex = String(byte, radix: 16)
          out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
        default: out.append(byte)
        }
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  /// An object of the members that are present: `nil` values are left out.
  static func members(_ members: [(String, JSON?)]) -> JSON {
    .object(members.compactMap { key, value in value.map { (key, $0) } })
  }
}
