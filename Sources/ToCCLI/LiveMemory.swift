import ToCSupport

#if canImport(Glibc)
  import Glibc
#endif

/// How the real process asks the C library for memory.
public enum LiveMemory {
  /// Lets glibc give every block of `Tuning.mmapThreshold` (128 KB) or more back to the system
  /// when it is freed. glibc otherwise raises that threshold after each such free and keeps the
  /// many-megabyte arrays a large model's parse lets go: the peak memory of `toc check` on the
  /// 100k-node benchmark model drops by a tenth (docs/performance.md). Elsewhere, nothing.
  public static func returnLargeBlocks() {
    #if canImport(Glibc)
      // `mallopt` is declared in <malloc.h>, which the Glibc module leaves out.
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(nil, "mallopt") else { return }
      let option: Int32 = -3  // M_MMAP_THRESHOLD
      _ = unsafeBitCast(symbol, to: Mallopt.self)(option, Tuning.mmapThreshold)
    #endif
  }
}
