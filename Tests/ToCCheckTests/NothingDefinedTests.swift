import Testing
import ToCCheck
import ToCModel
import ToCParser
import ToCTestSupport

/// TOC209 for a file that defines nothing: an empty file is never "no problems", but a catalogue
/// of indicators, a file of includes or a file that is not text is judged by what it holds.
@Suite struct NothingDefinedTests {
  static func found(_ files: [String: String], bytes: [UInt8]? = nil) -> [String] {
    let memory = MemoryFiles(files)
    let root = bytes ?? memory.read("main.toc")!
    let result = Parser(reader: SourceReader { memory.read($0) }).parse(root, file: "main.toc")
    let files = result.model.files
    return Checker.check(result.model, parserDiagnostics: result.diagnostics).map {
      "\($0.code.rawValue) \(files[$0.range.file]):\($0.range.line):\($0.range.column)"
    }
  }

  @Test(arguments: [
    "", "\n\n", "# Nog niets ingevuld\n\n# later meer\n", "titel: Nieuw team\ndoel: Iets beters\n",
    "\u{FEFF}titel: Nieuw team\r\n",
  ])
  func aFileThatDefinesNothingIsAWarningAtItsStart(_ text: String) {
    #expect(Self.found(["main.toc": text]) == ["TOC209 main.toc:1:1"])
  }

  @Test func aFileOfNULBytesIsSaidToDefineNothingToo() {
    let found = Self.found(["main.toc": ""], bytes: Array(repeating: 0, count: 20))
    #expect(found.contains("TOC209 main.toc:1:1"))
  }

  @Test func aFileThatIsNotTextGetsOnlyItsEncodingError() {
    let found = Self.found(["main.toc": ""], bytes: [0xFF, 0xFE, 0x00, 0x41, 0x0A])
    #expect(found.contains { $0.hasPrefix("TOC101") })
    #expect(!found.contains { $0.hasPrefix("TOC209") })
  }

  @Test(arguments: [
    "[indicatoren]\ntoets: % deelnemers dat de taaltoets haalt\n  bron: Toets\n  nulmeting: 2020 = 10\n  streefwaarde: 2024 = 20\n",
    "gebruik: team.toc als team\n",
    "gebruik: weg.toc als weg\n",
  ])
  func aFileThatDefinesSomethingIsNotEmpty(_ text: String) {
    let found = Self.found([
      "main.toc": text,
      "team.toc": "[activiteiten]\nles: Les -> spreken\n[korte termijn]\nspreken: Spreken\n",
    ])
    #expect(!found.contains { $0.hasPrefix("TOC209") }, "\(found)")
  }
}
