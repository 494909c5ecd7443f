#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The processor cores a large file is read on.
enum Cores {
  /// The cores online when first asked: the C library reads a file to tell, and a folder of
  /// many small files would ask once for each.
  static let online = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
}
