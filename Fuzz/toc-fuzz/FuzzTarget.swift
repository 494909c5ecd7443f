import ToCFuzzing

/// libFuzzer's entry point: every input goes through parse, check, render and fmt; a broken
/// invariant stops the run so libFuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let violation = Invariants.violations(of: bytes).first { fatalError(violation) }
  return 0
}
