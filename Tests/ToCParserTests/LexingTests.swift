import Testing
import ToCTestSupport

@testable import ToCParser

/// The byte-level shortcuts of the lexer answer as the scalar-level rules do: keywords are found
/// from a word's bytes (any case, `_` for `-`) and nothing else is; ASCII identifier characters.
@Suite struct LexingTests {
  @Test func everySpellingIsFoundFromItsBytesInAnyCase() {
    for keyword in Keyword.allCases {
      for (spelling, language) in keyword.spellings {
        #expect(spelling.utf8.count <= 16, "\(spelling) is too long to pack")
        for written in [spelling, spelling.uppercased(), spelling.replacing("-", with: "_")] {
          let found = Keyword.lookUp(ascii: Array(written.utf8))
          #expect(found?.0 == keyword && found?.1 == language, "\(written)")
        }
      }
    }
  }

  @Test func otherWordsAreNoKeywords() {
    for word in ["", "a", "doelen", "titels", "indicatorr", "bronn", "n0_1", "x-aantal", "als-"] {
      #expect(Keyword.lookUp(ascii: Array(word.utf8)) == nil, "\(word)")
    }
    #expect(Keyword.lookUp(ascii: Array(String(repeating: "a", count: 40).utf8)) == nil)
  }

  @Test func asciiIdentifierCharactersAreThoseOfTheScalarRule() {
    for byte in UInt8(0)..<0x80 {
      #expect(
        Line.isIdentifierContinue(ascii: byte) == Line.isIdentifierContinue(Unicode.Scalar(byte)),
        "byte \(byte)")
    }
  }

  @Test func columnsCountScalarsWhateverTheBytes() {
    let pieces = ["a", "é", "€", "𝄞", " ", "e\u{301}", "één", "->", "ü"]
    var random = SplitMix(seed: 7)
    for _ in 0..<500 {
      let text = (0..<random.below(40)).map { _ in pieces[random.below(pieces.count)] }.joined()
      let line = Line(text)
      let bytes = Array(text.utf8)
      for start in stride(from: 0, through: bytes.count, by: 1)
      where start == bytes.count || bytes[start] & 0xC0 != 0x80 {
        let expected = String(decoding: bytes[..<start], as: UTF8.self).unicodeScalars.count
        #expect(line.scalarCount(0, start) == expected, "\(text) up to byte \(start)")
      }
    }
  }

  @Test func listsAreCutAtCommasAndArrowsIntoTrimmedPieces() {
    func cut(_ text: String) -> [String] {
      let line = Line(text)
      return line.pieces(0, line.count).map {
        ($0.afterArrow ? "> " : "") + line.text($0.start, $0.end)
      }
    }
    #expect(cut("a, b") == ["a", "b"])
    #expect(cut(" a -> b , c->d ") == ["a", "> b", "c", "> d"])
    #expect(cut("a,") == ["a", ""])
    #expect(cut("") == [""])
    #expect(cut(",,") == ["", "", ""])
    #expect(cut("a ->") == ["a", "> "])
    #expect(cut("a -") == ["a -"])
    #expect(cut("één, ü -> x") == ["één", "ü", "> x"])
  }
}
