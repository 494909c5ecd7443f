import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The processor cores, and work spread over them: a large file is read, checked and reported on
/// all of them, and a folder's files are checked side by side.
public enum Cores {
  /// The cores online when first asked: the C library reads a file to tell, and a folder of
  /// many small files would ask once for each.
  public static let online = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))

  /// `body(0)`, `body(1)` … `body(count - 1)`, run on all cores at once, in that order. Inlined,
  /// so that each caller gets a copy made for its own types.
  @inlinable
  public static func map<Result: Sendable>(
    _ count: Int, _ body: @Sendable (Int) -> Result
  ) -> [Result] {
    let results = Mutex([Result?](repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let result = body(index)
      results.withLock { $0[index] = result }
    }
    // Every index has run, so every result is there.
    return results.withLock { $0.map { $0! } }
  }
}
