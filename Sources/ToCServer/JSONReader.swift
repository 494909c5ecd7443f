import ToCModel

/// Reads JSON text (RFC 8259) into a `JSON` value: the messages a language client sends.
public enum JSONReader {
  /// Why a text is not JSON.
  public enum Failure: Error, Equatable {
    case invalidUTF8
    case malformed(at: Int)
    case tooDeep
  }

  /// How deep arrays and objects may nest: a hostile message cannot exhaust the stack.
  static let maximumDepth = 256

  /// The value `bytes` spell, or why they spell none.
  public static func read(_ bytes: [UInt8]) -> Result<JSON, Failure> {
    guard String(validating: bytes, as: UTF8.self) != nil else { return .failure(.invalidUTF8) }
    var reader = Cursor(bytes: bytes)
    do {
      reader.skipSpace()
      let value = try reader.value(depth: 0)
      reader.skipSpace()
      guard reader.position == bytes.count else { throw Failure.malformed(at: reader.position) }
      return .success(value)
    } catch let failure as Failure {
      return .failure(failure)
    } catch {
      return .failure(.malformed(at: reader.position))
    }
  }

  /// A position in the bytes being read.
  struct Cursor {
    let bytes: [UInt8]
    var position = 0

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipSpace() {
      while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
        position += 1
      }
    }

    mutating func expect(_ word: String) throws {
      for byte in word.utf8 {
        guard current == byte else { throw Failure.malformed(at: position) }
        position += 1
      }
    }

    mutating func value(depth: Int) throws -> JSON {
      guard depth < JSONReader.maximumDepth else { throw Failure.tooDeep }
      switch current {
      case UInt8(ascii: "{"): return try object(depth: depth)
      case UInt8(ascii: "["): return try array(depth: depth)
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"):
        try expect("true")
        return .bool(true)
      case UInt8(ascii: "f"):
        try expect("false")
        return .bool(false)
      case UInt8(ascii: "n"):
        try expect("null")
        return .null
      default: return .number(try number())
      }
    }

    mutating func object(depth: Int) throws -> JSON {
      position += 1
      var members: [(String, JSON)] = []
      skipSpace()
      if current == UInt8(ascii: "}") {
        position += 1
        return .object(members)
      }
      while true {
        skipSpace()
        guard current == UInt8(ascii: "\"") else { throw Failure.malformed(at: position) }
        let key = try string()
        skipSpace()
        try expect(":")
        skipSpace()
        members.append((key, try value(depth: depth + 1)))
        skipSpace()
        if current == UInt8(ascii: ",") {
          position += 1
          continue
        }
        try expect("}")
        return .object(members)
      }
    }

    mutating func array(depth: Int) throws -> JSON {
      position += 1
      var items: [JSON] = []
      skipSpace()
      if current == UInt8(ascii: "]") {
        position += 1
        return .array(items)
      }
      while true {
        skipSpace()
        items.append(try value(depth: depth + 1))
        skipSpace()
        if current == UInt8(ascii: ",") {
          position += 1
          continue
        }
        try expect("]")
        return .array(items)
      }
    }

    mutating func number() throws -> Double {
      let start = position
      if current == UInt8(ascii: "-") { position += 1 }
      guard let first = current, first >= 0x30, first <= 0x39 else {
        throw Failure.malformed(at: position)
      }
      while let byte = current,
        (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
          || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
      {
        position += 1
      }
      let text = String(decoding: bytes[start..<position], as: UTF8.self)
      guard let value = Double(text) else { throw Failure.malformed(at: start) }
      return value
    }

    mutating func string() throws -> String {
      position += 1
      // The text's bytes, decoded once at the end: a document's text is megabytes long.
      var text: [UInt8] = []
      var runStart = position
      while true {
        guard let byte = current else { throw Failure.malformed(at: position) }
        if byte == UInt8(ascii: "\"") {
          text += bytes[runStart..<position]
          position += 1
          return String(decoding: text, as: UTF8.self)
        }
        if byte < 0x20 { throw Failure.malformed(at: position) }
        if byte != UInt8(ascii: "\\") {
          position += 1
          continue
        }
        text += bytes[runStart..<position]
        position += 1
        guard let escape = current else { throw Failure.malformed(at: position) }
        position += 1
        let scalar: Unicode.Scalar
        switch escape {
        case UInt8(ascii: "\""): scalar = "\""
        case UInt8(ascii: "\\"): scalar = "\\"
        case UInt8(ascii: "/"): scalar = "/"
        case UInt8(ascii: "b"): scalar = "\u{08}"
        case UInt8(ascii: "f"): scalar = "\u{0C}"
        case UInt8(ascii: "n"): scalar = "\n"
        case UInt8(ascii: "r"): scalar = "\r"
        case UInt8(ascii: "t"): scalar = "\t"
        case UInt8(ascii: "u"): scalar = try escapedScalar()
        default: throw Failure.malformed(at: position - 1)
        }
        text += UTF8.encode(scalar)!
        runStart = position
      }
    }

    /// The scalar of a `\uXXXX` escape (two for a surrogate pair); a lone surrogate becomes U+FFFD.
    mutating func escapedScalar() throws -> Unicode.Scalar {
      let first = try hex4()
      if (0xD800...0xDBFF).contains(first), current == UInt8(ascii: "\\"),
        position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u")
      {
        let saved = position
        position += 2
        let second = try hex4()
        if (0xDC00...0xDFFF).contains(second) {
          let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
          return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        position = saved
      }
      return Unicode.Scalar(first) ?? "\u{FFFD}"
    }

    mutating func hex4() throws -> UInt32 {
      var value: UInt32 = 0
      for _ in 0..<4 {
        guard let byte = current, let digit = Self.hexDigit(byte) else {
          throw Failure.malformed(at: position)
        }
        value = value << 4 | digit
        position += 1
      }
      return value
    }

    static func hexDigit(_ byte: UInt8) -> UInt32? {
      switch byte {
      case 0x30...0x39: UInt32(byte - 0x30)
      case 0x41...0x46: UInt32(byte - 0x41 + 10)
      case 0x61...0x66: UInt32(byte - 0x61 + 10)
      default: nil
      }
    }
  }
}
