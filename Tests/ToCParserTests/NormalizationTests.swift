import Foundation
import Testing
import ToCModel
import ToCParser

/// Identifiers are compared NFC-normalised. The parser uses the standard library's NFC rather than
/// Foundation's; these tests hold the two to the same answers, so a toolchain that changed either
/// would be noticed.
@Suite struct NormalizationTests {
  static func id(of word: String) -> String? {
    let bytes = Array("[activiteiten]\n\(word): Iets\n".utf8)
    return Parser(reader: SourceReader { _ in nil }).parse(bytes, file: "m.toc").model.nodes.first?
      .id
  }

  @Test func decomposedAndComposedSpellingsNameOneNode() {
    let composed = "caf\u{E9}"
    let decomposed = "cafe\u{301}"
    #expect(Self.id(of: decomposed)?.unicodeScalars.elementsEqual(composed.unicodeScalars) == true)
    let text =
      "[activiteiten]\n\(decomposed): Café\n[resultaten]\nr: R\n[verbanden]\n\(composed) -> r\n"
    let model = Parser(reader: SourceReader { _ in nil }).parse(Array(text.utf8), file: "m.toc")
      .model
    #expect(model.links.count == 1)
  }

  @Test func theStandardLibraryNormalisesAsFoundationDoes() {
    // Letters with every combining mark of the common block, Hangul jamo, and marks out of order.
    var words: [String] = []
    for mark in 0x300...0x36F {
      for base in ["a", "e", "o", "u", "n", "c", "ω"] {
        words.append(base + String(Unicode.Scalar(UInt32(mark))!))
      }
    }
    words += [
      "\u{1100}\u{1161}\u{11A8}", "a\u{323}\u{302}", "a\u{302}\u{323}", "\u{212B}", "\u{2126}",
    ]
    for word in words {
      let expected = word.precomposedStringWithCanonicalMapping
      guard let id = Self.id(of: "x" + word) else { continue }
      #expect(
        id.unicodeScalars.elementsEqual(("x" + expected).unicodeScalars),
        "\(word.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }
}
