import Testing

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
}
