#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Starts another program (Graphviz `dot`) with input on its standard input, and collects what it
/// writes to standard output and standard error.
enum LiveProgram {
  static func run(_ path: String, _ arguments: [String], _ input: [UInt8]) -> ProgramResult {
    let failed = ProgramResult(launched: false, status: -1, output: [], errors: [])
    // A program that exits without reading all its input must not end toc with SIGPIPE; the
    // write then fails with EPIPE instead, and `PipeExchange` stops writing.
    signal(SIGPIPE, SIG_IGN)
    guard let toProgram = LivePipe() else { return failed }
    guard let fromProgram = LivePipe() else {
      toProgram.closeBoth()
      return failed
    }
    guard let errorsFromProgram = LivePipe() else {
      toProgram.closeBoth()
      fromProgram.closeBoth()
      return failed
    }
    let child = spawn(
      path, arguments,
      streams: [toProgram.readEnd, fromProgram.writeEnd, errorsFromProgram.writeEnd])
    // toc keeps only its own ends, so each side sees the end of a stream when the other closes it.
    close(toProgram.readEnd)
    close(fromProgram.writeEnd)
    close(errorsFromProgram.writeEnd)
    guard let child else {
      close(toProgram.writeEnd)
      close(fromProgram.readEnd)
      close(errorsFromProgram.readEnd)
      return failed
    }
    var exchange = PipeExchange(input: input)
    exchange.run(
      input: toProgram.writeEnd, output: fromProgram.readEnd, errors: errorsFromProgram.readEnd)
    return ProgramResult(
      launched: true, status: wait(for: child), output: exchange.output, errors: exchange.errors)
  }

  /// Starts the program with `streams` as its standard input, output and error; nil when it
  /// cannot be started (no such file, not executable).
  static func spawn(_ path: String, _ arguments: [String], streams: [Int32]) -> pid_t? {
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t? = nil
      var attributes: posix_spawnattr_t? = nil
    #else
      var actions = posix_spawn_file_actions_t()
      var attributes = posix_spawnattr_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for (stream, descriptor) in streams.enumerated() {
      posix_spawn_file_actions_adddup2(&actions, descriptor, Int32(stream))
    }
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The program starts with no signal blocked and SIGPIPE at its default, whatever toc set.
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &pipeSignal)
    var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
    #if canImport(Darwin)
      flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
    #endif
    posix_spawnattr_setflags(&attributes, Int16(flags))
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var child = pid_t()
    let status = argv.withUnsafeBufferPointer { argv in
      posix_spawn(&child, path, &actions, &attributes, argv.baseAddress!, LiveVariables.entries)
    }
    return status == 0 ? child : nil
  }

  /// Waits for the program to end: its exit code, or 128 plus the number of the signal that
  /// ended it (as a shell reports it), or -1 when it cannot be waited for.
  static func wait(for child: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 {
      if errno != EINTR { return -1 }
    }
    // WIFEXITED and WEXITSTATUS, which are macros Swift cannot call.
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }
}
