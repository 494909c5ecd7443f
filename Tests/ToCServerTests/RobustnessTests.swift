import Testing
import ToCModel
import ToCServer

/// Positions and ranges anywhere, even outside the document, are answered without a crash.
@Suite struct RobustnessTests {
  static let methods = [
    "textDocument/hover", "textDocument/definition", "textDocument/references",
    "textDocument/prepareRename", "textDocument/rename", "textDocument/completion",
    "textDocument/codeAction", "textDocument/documentSymbol", "textDocument/formatting",
    "textDocument/semanticTokens/full", "textDocument/foldingRange",
  ]

  @Test(arguments: methods)
  func everyRequestAnswersEveryPosition(_ method: String) {
    var client = Client()
    client.open("team.toc", Fixtures.team)
    for line in [-1, 0, 6, 11, 28, 1000] {
      for character in [-3, 0, 2, 14, 10_000] {
        let position = JSON.object([
          ("line", .number(Double(line))), ("character", .number(Double(character))),
        ])
        let answer = client.request(
          method,
          .object([
            ("textDocument", .object([("uri", .string(client.uri("team.toc")))])),
            ("position", position), ("range", .object([("start", position), ("end", position)])),
            ("newName", .string("nieuw")), ("context", .object([])),
          ]))
        #expect(answer["result"] != nil || answer["error"]?["code"]?.int == -32803)
      }
    }
  }

  @Test func changesOutsideTheDocumentAreClampedToIt() {
    var client = Client()
    client.open("a.toc", "[activiteiten]\na: A\n")
    let far = JSON.object([("line", .number(99)), ("character", .number(99))])
    let before = JSON.object([("line", .number(0)), ("character", .number(0))])
    client.notify(
      "textDocument/didChange",
      .object([
        (
          "textDocument", .object([("uri", .string(client.uri("a.toc"))), ("version", .number(2))])
        ),
        (
          "contentChanges",
          .array([
            .object([
              ("range", .object([("start", far), ("end", before)])), ("text", .string("# x\n")),
            ])
          ])
        ),
      ]))
    let diagnostics = client.diagnostics(of: "a.toc")
    #expect(diagnostics.contains { $0["code"]?.string == "TOC205" })
    let symbols = client.document("textDocument/documentSymbol", "a.toc")
    #expect(symbols["result"]?[0]?["children"]?[0]?["name"]?.string == "a")
  }
}
