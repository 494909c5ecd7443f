import Testing
import ToCModel
import ToCServer

/// Positions in UTF-16 code units by default and UTF-8 bytes when the client offers it, on lines
/// with ö, é, ĳ and emoji.
@Suite struct PositionTests {
  @Test(arguments: ["utf-16", "utf-8"])
  func hoverFindsAnIdAfterEmojiAndDiacritics(_ encoding: String) {
    var client = Client(encodings: [encoding])
    client.open("team.toc", Fixtures.team)
    let (line, prefix) = Fixtures.find("coöperatie", after: "->")
    let start = encoding == "utf-8" ? prefix.utf8.count : prefix.utf16.count
    let width = encoding == "utf-8" ? "coöperatie".utf8.count : "coöperatie".utf16.count
    let hover = client.at("textDocument/hover", "team.toc", line: line, character: start + 1)
    let range = hover["result"]?["range"]
    #expect(range?["start"]?["line"]?.int == line)
    #expect(range?["start"]?["character"]?.int == start)
    #expect(range?["end"]?["character"]?.int == start + width)
    #expect(
      hover["result"]?["contents"]?["value"]?.string?.contains("Een coöperatie 👩‍👩‍👧 met leden") == true
    )
  }

  @Test(arguments: ["utf-16", "utf-8"])
  func diagnosticsCountTheClientsUnits(_ encoding: String) {
    var client = Client(encodings: [encoding])
    let text = "taal: nl\n[activiteiten]\nfeest: Feest 🎉 in de wĳk é -> onbekénd\n"
    let diagnostics = client.open("a.toc", text)
    let undefined = diagnostics.first { $0["code"]?.string == "TOC111" }
    let prefix = "feest: Feest 🎉 in de wĳk é -> "
    let start = encoding == "utf-8" ? prefix.utf8.count : prefix.utf16.count
    let width = encoding == "utf-8" ? "onbekénd".utf8.count : "onbekénd".utf16.count
    #expect(undefined?["range"]?["start"]?["character"]?.int == start)
    #expect(undefined?["range"]?["end"]?["character"]?.int == start + width)
  }

  @Test(arguments: ["utf-16", "utf-8"])
  func incrementalChangesAreAppliedInTheClientsUnits(_ encoding: String) {
    var client = Client(encodings: [encoding])
    let text = "taal: nl\n[activiteiten]\nfeest: Feest 🎉 ĳs -> doel_x\n"
    #expect(client.open("a.toc", text).contains { $0["code"]?.string == "TOC111" })
    let prefix = "feest: Feest 🎉 ĳs -> "
    let start = encoding == "utf-8" ? prefix.utf8.count : prefix.utf16.count
    let range = JSON.object([
      ("start", .object([("line", .number(2)), ("character", .number(Double(start)))])),
      ("end", .object([("line", .number(2)), ("character", .number(Double(start + 6)))])),
    ])
    client.notify(
      "textDocument/didChange",
      .object([
        (
          "textDocument", .object([("uri", .string(client.uri("a.toc"))), ("version", .number(2))])
        ),
        ("contentChanges", .array([.object([("range", range), ("text", .string("feest"))])])),
      ]))
    let diagnostics = client.diagnostics(of: "a.toc")
    #expect(!diagnostics.contains { $0["code"]?.string == "TOC111" })
    #expect(diagnostics.contains { $0["code"]?.string == "TOC208" })
  }
}
