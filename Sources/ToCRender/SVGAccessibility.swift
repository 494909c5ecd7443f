import Foundation
import ToCModel

/// Gives an SVG drawn by Graphviz the model's title and a one-paragraph description as the first
/// `<title>` and `<desc>` of the document, which screen readers announce.
public enum SVGAccessibility {
  public static func describe(_ svg: [UInt8], model: Model, options: RenderOptions) -> [UInt8] {
    let text = String(decoding: svg, as: UTF8.self)
    guard let open = text.range(of: "<svg"), let end = text[open.upperBound...].firstIndex(of: ">")
    else { return svg }
    let figure = Figure(model: model, options: options)
    let inserted =
      "\n<title>\(escape(figure.title))</title>\n<desc>\(escape(figure.summary))</desc>"
    var result = text
    result.insert(contentsOf: inserted, at: result.index(after: end))
    return Array(result.utf8)
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
