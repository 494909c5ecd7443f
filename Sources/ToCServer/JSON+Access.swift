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
  public var compact: String {
    var out = ""
    writeCompact(into: &out)
    return out
  }

  func writeCompact(into out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .number(let value):
      if value == value.rounded(), abs(value) < 1e15 {
        out += String(Int64(value))
      } else if value.isFinite {
        out += "\(value)"
      } else {
        out += "null"
      }
    case .string(let value): Self.quoteCompact(value, into: &out)
    case .array(let items):
      out += "["
      for (position, item) in items.enumerated() {
        if position > 0 { out += "," }
        item.writeCompact(into: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (position, (key, value)) in members.enumerated() {
        if position > 0 { out += "," }
        Self.quoteCompact(key, into: &out)
        out += ":"
        value.writeCompact(into: &out)
      }
      out += "}"
    }
  }

  static func quoteCompact(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let control where control.value < 0x20 || control.value == 0x7F:
        let hex = String(control.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }

  /// An object of the members that are present: `nil` values are left out.
  static func members(_ members: [(String, JSON?)]) -> JSON {
    .object(members.compactMap { key, value in value.map { (key, $0) } })
  }
}
