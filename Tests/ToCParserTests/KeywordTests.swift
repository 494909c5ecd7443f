import Testing

@testable import ToCParser

/// Keywords are found from a word's bytes, in any case and with `_` for `-`, and nothing else is.
@Suite struct KeywordTests {
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
}
