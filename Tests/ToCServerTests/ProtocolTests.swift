import Testing
import ToCModel
import ToCServer

/// JSON-RPC: reading messages, cutting the stream into them, and the lifecycle of LSP 3.17.
@Suite struct ProtocolTests {
  @Test func readsJSONWithEscapesAndSurrogatePairs() throws {
    let text = #"{"a": [1, -2.5e1, true, null], "b": "\u00f6\ud83c\udf89\n\"", "c": {}}"#
    let value = try JSONReader.read(Array(text.utf8)).get()
    #expect(value["a"]?.array?.count == 4)
    #expect(value["a"]?.array?[1] == .number(-25))
    #expect(value["b"]?.string == "ö🎉\n\"")
    #expect(value["c"] == .object([]))
    #expect(value.compact == #"{"a":[1,-25,true,null],"b":"ö🎉\n\"","c":{}}"#)
  }

  @Test func refusesWhatIsNotJSON() {
    #expect(JSONReader.read(Array("{\"a\": }".utf8)) == .failure(.malformed(at: 6)))
    #expect(JSONReader.read([0x7B, 0x22, 0xFF, 0x22, 0x7D]) == .failure(.invalidUTF8))
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(JSONReader.read(Array(deep.utf8)) == .failure(.tooDeep))
    #expect(JSONReader.read(Array("[1] x".utf8)) == .failure(.malformed(at: 4)))
  }

  @Test func cutsTheStreamIntoMessagesWhateverTheChunks() {
    let stream = Framing.frame("{\"a\":1}") + Framing.frame("[\"ö\"]")
    var framing = Framing()
    var bodies: [String] = []
    for byte in stream {
      framing.append([byte])
      while case .body(let body)? = framing.next() {
        bodies.append(String(decoding: body, as: UTF8.self))
      }
    }
    #expect(bodies == ["{\"a\":1}", "[\"ö\"]"])
  }

  @Test func skipsAHeaderWithoutLengthAndKeepsReading() {
    var framing = Framing()
    framing.append(Array("Content-Type: x\r\n\r\n".utf8) + Framing.frame("{}"))
    #expect(framing.next() == .malformed)
    #expect(framing.next() == .body(Array("{}".utf8)))
    framing.append(Array("Content-Length: 999999999999\r\n\r\n".utf8))
    #expect(framing.next() == .malformed)
  }

  @Test func answersNothingButExitBeforeInitialize() {
    var server = LanguageServer { _ in nil }
    let answer = server.handle(Self.request(1, "textDocument/hover"))
    #expect(answer.first?["error"]?["code"]?.int == -32002)
    #expect(server.handle(Self.notification("exit")).isEmpty)
    #expect(server.exitCode == 1)
  }

  @Test func exitsWithZeroAfterShutdownAndOneWithout() {
    var client = Client()
    #expect(client.request("shutdown", .null)["result"] == .null)
    #expect(client.request("textDocument/hover", .object([]))["error"]?["code"]?.int == -32600)
    client.notify("exit", .null)
    #expect(client.server.exitCode == 0)

    var abrupt = Client()
    abrupt.notify("exit", .null)
    #expect(abrupt.server.exitCode == 1)
  }

  @Test func refusesUnknownMethodsAndIgnoresUnknownNotifications() {
    var client = Client()
    #expect(client.request("textDocument/teleport", .object([]))["error"]?["code"]?.int == -32601)
    let before = client.received.count
    client.notify("$/unknownThing", .object([]))
    #expect(client.received.count == before)
    #expect(client.request("initialize", .object([]))["error"]?["code"]?.int == -32600)
  }

  @Test func refusesMessagesThatAreNotRequests() {
    var client = Client()
    let answer = client.server.handle(.array([.number(1)]))
    #expect(answer.first?["error"]?["code"]?.int == -32600)
    let badId = client.server.handle(
      .object([("jsonrpc", .string("2.0")), ("id", .bool(true)), ("method", .string("shutdown"))]))
    #expect(badId.first?["error"]?["code"]?.int == -32600)
    // A response to a request of the server's needs no answer.
    #expect(client.server.handle(.object([("id", .number(7)), ("result", .null)])).isEmpty)
  }

  @Test func refusesARequestAboutADocumentThatIsNotOpen() {
    var client = Client()
    let answer = client.at("textDocument/hover", "nergens.toc", line: 0, character: 0)
    #expect(answer["error"]?["code"]?.int == -32602)
    #expect(answer["error"]?["message"]?.string?.contains("is not open") == true)
  }

  @Test func choosesUTF8OnlyWhenTheClientOffersIt() {
    var utf16 = Client()
    var utf8 = Client(encodings: ["utf-8", "utf-16"])
    #expect(Self.encoding(&utf16) == "utf-16")
    #expect(Self.encoding(&utf8) == "utf-8")
  }

  static func encoding(_ client: inout Client) -> String? {
    let first = client.received.first { $0["id"]?.int == 1 }
    return first?["result"]?["capabilities"]?["positionEncoding"]?.string
  }

  static func request(_ id: Int, _ method: String) -> JSON {
    .object([
      ("jsonrpc", .string("2.0")), ("id", .number(Double(id))), ("method", .string(method)),
      ("params", .object([])),
    ])
  }

  static func notification(_ method: String) -> JSON {
    .object([("jsonrpc", .string("2.0")), ("method", .string(method))])
  }
}

/// Long texts and file names that need escaping.
@Suite struct TextTests {
  @Test func readsALongStringWithManyEscapes() throws {
    let line = "regel met ö en \\\"aanhalingstekens\\\" en een tab\\t"
    let body = "\"" + Array(repeating: line, count: 5_000).joined(separator: "\\n") + "\""
    let value = try JSONReader.read(Array(body.utf8)).get()
    let text = try #require(value.string)
    #expect(text.split(separator: "\n").count == 5_000)
    #expect(text.hasPrefix("regel met ö en \"aanhalingstekens\" en een tab\t\n"))
  }

  @Test func anIncludedFileWithASpaceInItsNameIsFoundAndNamedAsAURI() {
    var client = Client(files: ["/werk/mijn team.toc": "[activiteiten]\nfeest: Feest\n"])
    client.open(
      "p.toc", "gebruik: mijn team.toc als t\n[korte termijn]\nwijk: Wijk\nt.feest -> wijk\n")
    let definition = client.at("textDocument/definition", "p.toc", line: 3, character: 3)
    #expect(definition["result"]?["uri"]?.string == "file:///werk/mijn%20team.toc")
    #expect(definition["result"]?["range"]?["start"]?["line"]?.int == 1)
  }
}
