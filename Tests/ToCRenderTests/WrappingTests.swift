import Testing
import ToCRender

/// Labels wrap near 28 characters at spaces, and keep the line breaks their authors wrote.
@Suite struct WrappingTests {
  @Test func wrapsAtSpacesNearTheWidth() {
    #expect(
      Wrapping.wrap("Het verbeteren van de leefkwaliteit in BoTu door middel van interventies")
        == ["Het verbeteren van de", "leefkwaliteit in BoTu door", "middel van interventies"])
    #expect(Wrapping.wrap("aaaa bbbb", width: 9) == ["aaaa bbbb"])
    #expect(Wrapping.wrap("aaaa bbbb", width: 8) == ["aaaa", "bbbb"])
  }

  @Test func longWordsKeepALineOfTheirOwn() {
    #expect(
      Wrapping.wrap("zie https://example.org/een/heel/lang/adres hier", width: 10)
        == ["zie", "https://example.org/een/heel/lang/adres", "hier"])
  }

  @Test func lineBreaksStayAndSpacesCollapse() {
    #expect(
      Wrapping.wrap("line one\nline\t\ttwo  \r\n\nthree") == ["line one", "line two", "", "three"])
    #expect(Wrapping.wrap("\n  \n") == [])
    #expect(Wrapping.wrap("") == [])
    #expect(Wrapping.wrap("a\u{7}b") == ["ab"])
  }

  @Test func charactersNotBytesCount() {
    #expect(Wrapping.wrap("coöperatie één twee", width: 14) == ["coöperatie één", "twee"])
  }

  @Test func oneLineJoinsEverything() {
    #expect(Wrapping.oneLine("a\nb\t c\r\n") == "a b c")
  }
}
