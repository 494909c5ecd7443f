import ToCFuzzing

#if canImport(Glibc)
  import Glibc
#endif

#if FUZZING
  // Built with -sanitize=fuzzer -DFUZZING: hand the process to libFuzzer's driver.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  exit(runDriver(&argc, &argv, fuzzOne))
#else
  // A plain build replays the files it is given, so any machine can rerun what the fuzzer found.
  var failed = false
  for path in CommandLine.arguments.dropFirst() {
    guard let file = fopen(path, "rb") else { continue }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while case let count = fread(&buffer, 1, buffer.count, file), count > 0 {
      bytes += buffer[0..<count]
    }
    fclose(file)
    for violation in Invariants.violations(of: bytes) {
      print("\(path): \(violation)")
      failed = true
    }
  }
  exit(failed ? 1 : 0)
#endif
