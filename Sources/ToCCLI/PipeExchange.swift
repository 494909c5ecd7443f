#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Feeds a program its input while collecting its output and errors in one `poll` loop, so that
/// however much goes through the pipes, neither side waits for the other forever.
struct PipeExchange {
  let input: [UInt8]
  private(set) var output: [UInt8] = []
  private(set) var errors: [UInt8] = []
  /// How much of the input the program has been given.
  private var sent = 0
  private var chunk = [UInt8](repeating: 0, count: 1 << 16)

  init(input: [UInt8]) {
    self.input = input
  }

  /// Writes the input to `inputEnd` and reads `outputEnd` and `errorsEnd` until the program
  /// closes them; closes all three.
  mutating func run(input inputEnd: Int32, output outputEnd: Int32, errors errorsEnd: Int32) {
    // Non-blocking, so that a write never waits for room the program will not make.
    _ = fcntl(inputEnd, F_SETFL, fcntl(inputEnd, F_GETFL) | O_NONBLOCK)
    var writing: Int32? = inputEnd
    if input.isEmpty { stopWriting(&writing) }
    var reading = [outputEnd, errorsEnd]
    while writing != nil || !reading.isEmpty {
      var watched = reading.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      if let writing { watched.append(pollfd(fd: writing, events: Int16(POLLOUT), revents: 0)) }
      if poll(&watched, nfds_t(watched.count), -1) < 0 {
        if errno == EINTR { continue }
        break
      }
      for ready in watched where ready.revents != 0 {
        if ready.fd == writing {
          if !send(to: ready.fd) { stopWriting(&writing) }
        } else if !receive(from: ready.fd, isOutput: ready.fd == outputEnd) {
          close(ready.fd)
          reading.removeAll { $0 == ready.fd }
        }
      }
    }
    stopWriting(&writing)
    for end in reading { close(end) }
  }

  /// Writes the next piece of input, at most PIPE_BUF bytes; false when all is written or the
  /// program stopped reading (EPIPE).
  private mutating func send(to end: Int32) -> Bool {
    let count = min(input.count - sent, Int(PIPE_BUF))
    let result = input.withUnsafeBytes { write(end, $0.baseAddress! + sent, count) }
    if result < 0 { return errno == EINTR || errno == EAGAIN }
    sent += result
    return sent < input.count
  }

  /// Reads what a pipe holds; false at its end or on an error.
  private mutating func receive(from end: Int32, isOutput: Bool) -> Bool {
    let count = chunk.withUnsafeMutableBytes { read(end, $0.baseAddress, $0.count) }
    if count < 0 { return errno == EINTR || errno == EAGAIN }
    if count == 0 { return false }
    if isOutput { output += chunk[..<count] } else { errors += chunk[..<count] }
    return true
  }

  /// Closes the program's standard input, which tells it that all input has come.
  private func stopWriting(_ writing: inout Int32?) {
    if let end = writing { close(end) }
    writing = nil
  }
}
