import ToCModel

/// Reads JSON text into a `JSON` value: what Graphviz writes with `-Tjson`. Strict enough for
/// that, and never traps on other input: it gives nil instead.
struct JSONReader {
  let bytes: [UInt8]
  var index = 0

  static func read(_ bytes: [UInt8]) -> JSON? {
    var reader = JSONReader(bytes: bytes)
    guard let value = reader.value(depth: 0) else { return nil }
    reader.skipSpace()
    return reader.index == bytes.count ? value : nil
  }

  mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
  }

  mutating func value(depth: Int) -> JSON? {
    skipSpace()
    guard index < bytes.count, depth < 200 else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "{"):
      index += 1
      var members: [(String, JSON)] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      while true {
        skipSpace()
        guard let key = string() else { return nil }
        skipSpace()
        guard expect(":"), let member = value(depth: depth + 1) else { return nil }
        members.append((key, member))
        skipSpace()
        if expect(",") { continue }
        return expect("}") ? .object(members) : nil
      }
    case UInt8(ascii: "["):
      index += 1
      var elements: [JSON] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      }
      while true {
        guard let element = value(depth: depth + 1) else { return nil }
        elements.append(element)
        skipSpace()
        if expect(",") { continue }
        return expect("]") ? .array(elements) : nil
      }
    case UInt8(ascii: "\""): return string().map(JSON.string)
    case UInt8(ascii: "t"): return word("true") ? .bool(true) : nil
    case UInt8(ascii: "f"): return word("false") ? .bool(false) : nil
    case UInt8(ascii: "n"): return word("null") ? .null : nil
    default: return number()
    }
  }

  mutating func expect(_ character: Unicode.Scalar) -> Bool {
    guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
    index += 1
    return true
  }

  mutating func word(_ text: String) -> Bool {
    let wanted = Array(text.utf8)
    guard bytes.count - index >= wanted.count, Array(bytes[index..<index + wanted.count]) == wanted
    else { return false }
    index += wanted.count
    return true
  }

  mutating func number() -> JSON? {
    let start = index
    while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
    return Double(String(decoding: bytes[start..<index], as: UTF8.self)).map(JSON.number)
  }

  mutating func string() -> String? {
    guard expect("\"") else { return nil }
    var scalars = String.UnicodeScalarView()
    var run: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\"") {
        scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
        return String(scalars)
      }
      guard byte == UInt8(ascii: "\\") else {
        run.append(byte)
        continue
      }
      guard index < bytes.count else { return nil }
      let escaped = bytes[index]
      index += 1
      let simple: [UInt8: String] = [
        0x22: "\"", 0x5C: "\\", 0x2F: "/", 0x62: "\u{8}", 0x66: "\u{C}", 0x6E: "\n", 0x72: "\r",
        0x74: "\t",
      ]
      if let text = simple[escaped] {
        run += Array(text.utf8)
      } else if escaped == UInt8(ascii: "u"), index + 4 <= bytes.count,
        let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
      {
        index += 4
        run += Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
      } else {
        return nil
      }
    }
    return nil
  }
}

extension JSON {
  subscript(key: String) -> JSON? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  var text: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  var elements: [JSON] {
    if case .array(let elements) = self { return elements }
    return []
  }

  var number: Double? {
    if case .number(let number) = self { return number }
    return nil
  }
}
