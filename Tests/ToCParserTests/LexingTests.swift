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

  @Test func linesAreFoundEightBytesAtATimeAsOneByOne() {
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("é".utf8), Array("𝄞".utf8), [0x0A], [0x0D], [0x0D, 0x0A], [0x09],
      Array("abcdefgh".utf8), [0x0B], [0x8A], [0x8D], [0x0E],
    ]
    var random = SplitMix(seed: 11)
    for _ in 0..<2_000 {
      let bytes = (0..<random.below(60)).flatMap { _ in pieces[random.below(pieces.count)] }
      let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var expected: [(Range<Int>, Bool)] = []
      var index = start
      while index < bytes.count {
        var end = index
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        expected.append((index..<end, bytes[index..<end].allSatisfy { $0 < 0x80 }))
        index =
          end + (end + 1 < bytes.count && bytes[end] == 0x0D && bytes[end + 1] == 0x0A ? 2 : 1)
      }
      let found = LineSpan.find(in: bytes, from: start)
      #expect(found.map(\.bytes) == expected.map(\.0), "\(bytes)")
      #expect(found.map(\.isASCII) == expected.map(\.1), "\(bytes)")
      // As a large file is: in parts of a few bytes, on several threads.
      let inParts = LineSpan.find(in: bytes, from: start, bytesPerPart: 5, cores: 4)
      #expect(inParts.map(\.bytes) == expected.map(\.0), "\(bytes)")
      #expect(inParts.map(\.isASCII) == expected.map(\.1), "\(bytes)")
    }
  }

  @Test func partsStartWhereLinesDoAndCoverEveryByte() {
    let bytes = Array("ab\r\ncd\nef\rgh\n\nij".utf8)
    let parts = LineSpan.parts(of: bytes, from: 0, bytesPerPart: 2, cores: 8)
    #expect(parts.map(\.lowerBound) == [0, 4, 7, 13, 14])
    #expect(parts.last?.upperBound == bytes.count)
    #expect(zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    #expect(
      LineSpan.parts(of: Array("no end of line at all".utf8), from: 0, bytesPerPart: 2, cores: 8)
        .count == 1)
    #expect(LineSpan.parts(of: bytes, from: 0, bytesPerPart: 2, cores: 1) == [0..<bytes.count])
  }

  @Test func badBytesAreFoundInPartsAsInTheWhole() {
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("é".utf8), Array("𝄞".utf8), [0x0A], [0x0D, 0x0A], [0xC3],
      [0xE2, 0x82],
      [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80], [0xFF],
    ]
    var random = SplitMix(seed: 12)
    var bad = 0
    for _ in 0..<2_000 {
      let bytes = (0..<random.below(40)).flatMap { _ in pieces[random.below(pieces.count)] }
      let whole = UTF8Validation.firstInvalidByte(in: bytes, 0..<bytes.count)
      let inParts = UTF8Validation.firstInvalidByte(in: bytes, from: 0, bytesPerPart: 3, cores: 4)
      #expect(inParts == whole, "\(bytes)")
      if whole != nil { bad += 1 }
    }
    #expect(bad > 500)
  }
}
