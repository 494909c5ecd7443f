#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file through a temporary file in the same folder and a rename, so a reader never sees
/// half a file and an interrupted run leaves the old one whole. A symbolic link is followed (a
/// chain of them too): its target is rewritten and the link stays. A destination that is not a
/// regular file (a terminal, `/dev/stdout`, a FIFO) is written to directly, never renamed over.
enum AtomicWrite {
  static func write(_ path: String, _ bytes: [UInt8]) -> Result<Void, FileError> {
    switch destination(path) {
    case .failure(let error): return .failure(error)
    case .success(.descriptor(let descriptor)): return direct(descriptor, bytes)
    case .success(.special): return special(path, bytes)
    case .success(.regular(let target)): return replace(target, bytes)
    }
  }

  /// Where the bytes for a path go.
  enum Destination: Equatable {
    /// One of toc's own open descriptors (`/dev/stdout`, `/dev/fd/N`): written as it is open.
    case descriptor(Int32)
    /// A device or a FIFO: opened and written.
    case special
    /// A regular file, existing or new, at this path with every link resolved.
    case regular(String)
  }

  static func destination(_ path: String) -> Result<Destination, FileError> {
    if let descriptor = ownDescriptor(path) { return .success(.descriptor(descriptor)) }
    var status = stat()
    guard stat(path, &status) == 0 else {
      let failure = errno
      var link = stat()
      if failure == ENOENT, lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
        let target = linkTarget(path)
        return .failure(.danglingLink(target))
      }
      // A new file: written where it was asked for; the system says what is wrong with the folder.
      return failure == ENOENT ? .success(.regular(path)) : .failure(reason(failure))
    }
    switch status.st_mode & S_IFMT {
    case S_IFDIR:
      return .failure(.isFolder)
    case S_IFREG:
      guard status.st_mode & 0o222 != 0, access(path, W_OK) == 0 || errno != EACCES else {
        return .failure(.readOnlyFile)
      }
      guard let resolved = realpath(path, nil) else { return .failure(reason(errno)) }
      defer { free(resolved) }
      return .success(.regular(String(cString: resolved)))
    default:
      return .success(.special)
    }
  }

  /// The descriptor `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or `/proc/self/fd/N` names, when it
  /// is open: writing to it directly keeps the place and mode the shell opened it with.
  static func ownDescriptor(_ path: String) -> Int32? {
    let descriptor: Int32?
    switch path {
    case "/dev/stdout": descriptor = 1
    case "/dev/stderr": descriptor = 2
    default:
      let number = ["/dev/fd/", "/proc/self/fd/"].first { path.hasPrefix($0) }.flatMap {
        Int32(path.dropFirst($0.count))
      }
      descriptor = number
    }
    guard let descriptor, fcntl(descriptor, F_GETFD) != -1 else { return nil }
    return descriptor
  }

  static func direct(_ descriptor: Int32, _ bytes: [UInt8]) -> Result<Void, FileError> {
    if let failure = bytes.withUnsafeBytes({ Descriptor.writeAll(descriptor, $0) }) {
      return .failure(reason(failure))
    }
    return .success(())
  }

  /// Opens a device or FIFO for writing (waiting, like any program, for a FIFO's reader) and
  /// writes to it.
  static func special(_ path: String, _ bytes: [UInt8]) -> Result<Void, FileError> {
    var descriptor: Int32
    repeat {
      descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
    } while descriptor < 0
      && errno == EINTR
    guard descriptor >= 0 else { return .failure(reason(errno)) }
    defer { close(descriptor) }
    return direct(descriptor, bytes)
  }

  /// Writes `bytes` to a temporary file next to `path` and renames it over `path`, keeping the
  /// permissions `path` had.
  static func replace(_ path: String, _ bytes: [UInt8]) -> Result<Void, FileError> {
    let temporary = temporaryPath(for: path)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return .failure(reason(errno)) }
    // A rewritten file keeps its permissions (`fmt --write` on a private file stays private).
    var existing = stat()
    if stat(path, &existing) == 0 { fchmod(descriptor, existing.st_mode & 0o7777) }
    var failure = bytes.withUnsafeBytes { Descriptor.writeAll(descriptor, $0) }
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    if let failure {
      unlink(temporary)
      return .failure(reason(failure))
    }
    if rename(temporary, path) != 0 {
      let failure = errno
      unlink(temporary)
      return .failure(reason(failure))
    }
    return .success(())
  }

  /// The missing file at the end of a dangling link, its chain of links followed.
  static func linkTarget(_ path: String) -> String {
    var current = path
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    var link = stat()
    for _ in 0..<40 {
      guard lstat(current, &link) == 0, link.st_mode & S_IFMT == S_IFLNK else { break }
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count >= 0 else { break }
      let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      let folder = current.lastIndex(of: "/").map { String(current[...$0]) } ?? ""
      current = target.hasPrefix("/") ? target : folder + target
    }
    return current
  }

  static func reason(_ code: Int32) -> FileError {
    FileError(errno: code)
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
