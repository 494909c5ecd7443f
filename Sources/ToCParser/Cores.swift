#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The processor cores a large file is read on.
enum Cores {
  /// The cores online now.
  static var online: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}
