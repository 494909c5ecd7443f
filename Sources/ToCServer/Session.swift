import ToCModel

/// Runs a language server over a byte stream: reads messages as they come, answers each, and
/// publishes diagnostics once no more messages wait. A request the client cancels before it is
/// handled gets the `RequestCancelled` error instead of an answer.
public struct Session {
  /// Blocks until bytes arrive; an empty array at the end of the stream.
  public var read: () -> [UInt8]
  /// The bytes that have arrived, without waiting.
  public var poll: () -> [UInt8]
  public var write: ([UInt8]) -> Void
  public var server: LanguageServer

  public init(
    server: LanguageServer, read: @escaping () -> [UInt8], poll: @escaping () -> [UInt8],
    write: @escaping ([UInt8]) -> Void
  ) {
    self.server = server
    self.read = read
    self.poll = poll
    self.write = write
  }

  /// Serves until `exit` or the end of the stream; the exit code (1 unless `shutdown` came first).
  public mutating func run() -> Int32 {
    var framing = Framing()
    var queue: [Incoming] = []
    while true {
      if queue.isEmpty {
        if server.hasStaleDiagnostics { send(server.publishDiagnostics()) }
        let bytes = read()
        // The client left: after `shutdown` that is as good as `exit`.
        guard !bytes.isEmpty else { return server.hasShutDown ? 0 : 1 }
        framing.append(bytes)
      } else {
        framing.append(poll())
      }
      while let piece = framing.next() { queue.append(Incoming(piece)) }
      guard !queue.isEmpty else { continue }
      let message = queue.removeFirst()
      send(answer(message, queue: queue))
      if let code = server.exitCode { return code }
    }
  }

  mutating func answer(_ incoming: Incoming, queue: [Incoming]) -> [JSON] {
    switch incoming {
    case .unreadable(let failure): return [LanguageServer.unreadable(failure)]
    case .message(let message):
      if let id = message["id"], message["method"] != nil,
        queue.contains(where: { $0.cancels(id) })
      {
        return [LanguageServer.cancelled(id)]
      }
      return server.handle(message)
    }
  }

  func send(_ messages: [JSON]) {
    for message in messages { write(Framing.frame(message.compactBytes)) }
  }

  /// A message as read from the stream.
  enum Incoming {
    case message(JSON)
    case unreadable(JSONReader.Failure)

    init(_ piece: Framing.Piece) {
      switch piece {
      case .malformed: self = .unreadable(.malformed(at: 0))
      case .body(let bytes):
        switch JSONReader.read(bytes) {
        case .success(let json): self = .message(json)
        case .failure(let failure): self = .unreadable(failure)
        }
      }
    }

    /// Whether this is a `$/cancelRequest` for the request `id`.
    func cancels(_ id: JSON) -> Bool {
      guard case .message(let message) = self, message["method"]?.string == "$/cancelRequest"
      else { return false }
      return message["params"]?["id"] == id
    }
  }
}
