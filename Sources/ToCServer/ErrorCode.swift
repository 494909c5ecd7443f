/// The error codes of JSON-RPC 2.0 and the Language Server Protocol.
enum ErrorCode: Int, Sendable {
  case parseError = -32700
  case invalidRequest = -32600
  case methodNotFound = -32601
  case invalidParams = -32602
  case internalError = -32603
  case serverNotInitialized = -32002
  case requestCancelled = -32800
  case requestFailed = -32803
}

/// A request that ends in an error response.
struct RequestError: Error {
  var code: ErrorCode
  var message: String

  init(_ code: ErrorCode, _ message: String) {
    self.code = code
    self.message = message
  }
}
