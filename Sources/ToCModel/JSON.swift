/// A JSON value with ordered object keys, written the same way every time so output can be diffed.
public indirect enum JSON: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSON])
  case object([(String, JSON)])

  public static func == (a: JSON, b: JSON) -> Bool { a.rendered() == b.rendered() }
  public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

  /// A string, or null when there is none.
  public static func text(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }

  /// The value as text, indented by two spaces per level, with a final newline.
  public func rendered() -> String {
    var out = ""
    write(into: &out, indent: 0)
    out += "\n"
    return out
  }

  private func write(into out: inout String, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .number(let value): out += JSON.format(value)
    case .string(let value): JSON.quote(value, into: &out)
    case .array(let items):
      guard !items.isEmpty else { return out += "[]" }
      out += "[\n"
      for (position, item) in items.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        item.write(into: &out, indent: indent + 2)
        out += position == items.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else { return out += "{}" }
      out += "{\n"
      for (position, (key, value)) in members.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        JSON.quote(key, into: &out)
        out += ": "
        value.write(into: &out, indent: indent + 2)
        out += position == members.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    }
  }

  /// Whole numbers without a fraction (`20`, not `20.0`).
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  static func quote(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      // C0, DEL and C1: JSON requires the first, and none of them may reach a terminal raw.
      case let control where control.value < 0x20 || (0x7F...0x9F).contains(control.value):
        let hex = String(control.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
