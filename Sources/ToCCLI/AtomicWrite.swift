#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file through a temporary file in the same folder and a rename, so a reader never sees
/// half a file and an interrupted run leaves the old one whole.
enum AtomicWrite {
  static func write(_ path: String, _ bytes: [UInt8]) -> Result<Void, FileError> {
    let temporary = temporaryPath(for: path)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return .failure(FileError(errno: errno)) }
    // A rewritten file keeps its permissions (`fmt --write` on a private file stays private).
    var existing = stat()
    if stat(path, &existing) == 0 { fchmod(descriptor, existing.st_mode & 0o7777) }
    var failure = bytes.withUnsafeBytes { Descriptor.writeAll(descriptor, $0) }
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    if let failure {
      unlink(temporary)
      return .failure(FileError(errno: failure))
    }
    if rename(temporary, path) != 0 {
      let error = FileError(errno: errno)
      unlink(temporary)
      return .failure(error)
    }
    return .success(())
  }

  /// A hidden name of its own next to `path`, in the same folder so that the rename stays on one
  /// file system.
  static func temporaryPath(for path: String) -> String {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { path[...$0] } ?? ""
    let name = slash.map { path[path.index(after: $0)...] } ?? path[...]
    return "\(folder).\(name).toc-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  }
}
