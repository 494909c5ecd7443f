#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole reads and writes through a file descriptor, retrying what the system interrupts or does
/// only in part.
enum Descriptor {
  /// Writes all of `bytes`; nil when that worked, else the `errno` that stopped it.
  static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var written = 0
    while written < bytes.count {
      let result = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
      if result < 0 {
        if errno == EINTR { continue }
        return errno
      }
      written += result
    }
    return nil
  }

  /// Writes all of `text`, giving up silently: standard output and standard error have no one
  /// left to tell.
  static func writeAll(_ descriptor: Int32, _ text: String) {
    var text = text
    text.withUTF8 { _ = writeAll(descriptor, UnsafeRawBufferPointer($0)) }
  }

  /// Everything up to the end of the file, or nil when reading fails. `expected` (a file's size)
  /// only reserves room.
  static func readAll(_ descriptor: Int32, expected: Int = 0) -> [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(max(expected, 0))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return bytes }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      bytes += chunk[..<count]
    }
  }

  /// The system's words for an `errno`.
  static func reason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}
