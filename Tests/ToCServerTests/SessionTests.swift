import Testing
import ToCModel
import ToCServer

/// The server over a byte stream: cancelled requests, unreadable messages, a client that leaves.
@Suite struct SessionTests {
  /// Runs a session over `input` given in `chunks`, and gives its exit code and the messages sent.
  static func run(_ chunks: [[UInt8]]) -> (Int32, [JSON]) {
    final class Pipe {
      var chunks: [[UInt8]]
      var output: [UInt8] = []
      init(_ chunks: [[UInt8]]) { self.chunks = chunks }
    }
    let pipe = Pipe(chunks)
    var session = Session(
      server: LanguageServer { _ in nil },
      read: { pipe.chunks.isEmpty ? [] : pipe.chunks.removeFirst() },
      poll: { pipe.chunks.isEmpty ? [] : pipe.chunks.removeFirst() },
      write: { pipe.output += $0 })
    let code = session.run()
    var framing = Framing()
    framing.append(pipe.output)
    var messages: [JSON] = []
    while case .body(let body)? = framing.next() {
      if case .success(let json) = JSONReader.read(body) { messages.append(json) }
    }
    return (code, messages)
  }

  static func frame(_ text: String) -> [UInt8] { Framing.frame(text) }

  static let initialize = frame(#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{}}"#)
  static let open = frame(
    #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.toc","version":1,"text":"[activiteiten]\na: A\n"}}}"#
  )

  @Test func answersACancelledRequestWithRequestCancelled() {
    let hover = Self.frame(
      #"{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a.toc"},"position":{"line":1,"character":0}}}"#
    )
    let cancel = Self.frame(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":5}}"#)
    let (code, messages) = Self.run([Self.initialize, Self.open, hover + cancel])
    #expect(code == 1)
    let answer = messages.first { $0["id"]?.int == 5 }
    #expect(answer?["error"]?["code"]?.int == -32800)
    #expect(answer?["result"] == nil)
  }

  @Test func answersUnreadableMessagesWithAParseErrorAndGoesOn() {
    let garbage = Self.frame("{not json")
    let invalid: [UInt8] = Array("Content-Length: 4\r\n\r\n".utf8) + [0x22, 0xFF, 0xFE, 0x22]
    let shutdown = Self.frame(#"{"jsonrpc":"2.0","id":9,"method":"shutdown"}"#)
    let exit = Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
    let (code, messages) = Self.run([Self.initialize, garbage, invalid, shutdown + exit])
    let errors = messages.filter { $0["error"]?["code"]?.int == -32700 }
    #expect(errors.count == 2)
    #expect(errors.allSatisfy { $0["id"] == .null })
    #expect(messages.contains { $0["id"]?.int == 9 && $0["result"] == .null })
    #expect(code == 0)
  }

  @Test func endsWithOneWhenTheClientLeavesMidMessage() {
    let half = Array(Self.frame(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#).prefix(30))
    let (code, messages) = Self.run([Self.initialize, half])
    #expect(code == 1)
    #expect(messages.count == 1)
  }

  @Test func endsWithZeroWhenTheClientLeavesAfterShutdown() {
    let shutdown = Self.frame(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#)
    let (code, messages) = Self.run([Self.initialize, shutdown])
    #expect(code == 0)
    #expect(messages.contains { $0["id"]?.int == 3 && $0["result"] == .null })
  }

  @Test func publishesDiagnosticsOnceTheQueueIsEmpty() {
    let change = Self.frame(
      #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.toc","version":2},"contentChanges":[{"text":"[activiteiten]\na: A\nb: B\n"}]}}"#
    )
    let (_, messages) = Self.run([Self.initialize, Self.open + change])
    let published = messages.filter { $0["method"]?.string == "textDocument/publishDiagnostics" }
    #expect(published.count == 1)
    #expect(published.first?["params"]?["version"]?.int == 2)
  }
}
