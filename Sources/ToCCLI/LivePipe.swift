#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A pipe whose ends are closed in every program toc starts, except where they are handed over as
/// one of its standard streams.
struct LivePipe {
  let readEnd: Int32
  let writeEnd: Int32

  /// A new pipe, or nil when the system has no room for one.
  init?() {
    var ends: [Int32] = [-1, -1]
    guard Self.makePipe(&ends) else { return nil }
    // An end that took the number of a standard stream (toc was started without it) would be
    // overwritten while a program's streams are set up.
    readEnd = Self.aboveStandardStreams(ends[0])
    writeEnd = Self.aboveStandardStreams(ends[1])
  }

  func closeBoth() {
    close(readEnd)
    close(writeEnd)
  }

  #if canImport(Glibc)
    /// `pipe2(ends, O_CLOEXEC)`: made and marked at once, so a program another thread starts
    /// meanwhile cannot inherit the ends and hold them open. Swift's Glibc module leaves `pipe2`
    /// out (a GNU extension), so it is looked up in the C library by name.
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
      typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
      guard let symbol = dlsym(nil, "pipe2") else { return false }
      return unsafeBitCast(symbol, to: Pipe2.self)(&ends, O_CLOEXEC) == 0
    }
  #else
    /// `pipe` and then close-on-exec; macOS has no `pipe2`, and `LiveProgram` starts programs
    /// there with every descriptor but the standard streams closed.
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
      guard pipe(&ends) == 0 else { return false }
      for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
      return true
    }
  #endif

  private static func aboveStandardStreams(_ descriptor: Int32) -> Int32 {
    guard descriptor <= 2 else { return descriptor }
    let moved = fcntl(descriptor, F_DUPFD_CLOEXEC, 3)
    guard moved >= 0 else { return descriptor }
    close(descriptor)
    return moved
  }
}
