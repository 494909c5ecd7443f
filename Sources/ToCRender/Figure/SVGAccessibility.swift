import ToCModel

/// Gives an SVG drawn by Graphviz the model's title and a one-paragraph description as the first
/// `<title>` and `<desc>` of the document, which screen readers announce.
public enum SVGAccessibility {
  public static func describe(_ svg: [UInt8], model: Model, options: RenderOptions) -> [UInt8] {
    // Decoded and encoded again, so that what is not UTF-8 becomes U+FFFD.
    var result = Array(String(decoding: svg, as: UTF8.self).utf8)
    let tag = Array("<svg".utf8)
    guard
      let open = result.indices.dropLast(tag.count - 1).first(where: {
        result[$0..<$0 + tag.count].elementsEqual(tag)
      }),
      let end = result[(open + tag.count)...].firstIndex(of: UInt8(ascii: ">"))
    else { return svg }
    let figure = Figure(model: model, options: options)
    let inserted =
      "\n<title>\(escape(figure.title))</title>\n<desc>\(escape(figure.summary))</desc>"
    result.insert(contentsOf: inserted.utf8, at: end + 1)
    return result
  }

  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default:
        // XML 1.0 allows no control characters but tab and line breaks.
        if let scalar = character.unicodeScalars.first, scalar.value < 0x20, character != "\t",
          character != "\n"
        {
          continue
        }
        out.append(character)
      }
    }
    return out
  }
}
