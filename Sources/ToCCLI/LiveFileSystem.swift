#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileSystem {
  /// The real file system.
  public static var live: FileSystem {
    FileSystem(
      read: LiveFiles.read, write: AtomicWrite.write, kind: LiveFiles.kind, list: LiveFiles.list)
  }
}

/// Reads files and folders through the C library. Symbolic links are followed.
enum LiveFiles {
  /// The bytes of a regular file. Anything else (a device, a pipe) counts as unreadable, and is
  /// opened without waiting for a writer.
  static func read(_ path: String) -> Result<[UInt8], FileError> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return .failure(FileError(errno: errno)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .failure(FileError(errno: errno)) }
    if isFolder(status) { return .failure(.isFolder) }
    guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegularFile) }
    guard let bytes = Descriptor.readAll(descriptor, expected: Int(status.st_size)) else {
      return .failure(FileError(errno: errno))
    }
    return .success(bytes)
  }

  static func kind(_ path: String) -> FileKind? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return isFolder(status) ? .folder : .file
  }

  /// The names in a folder, without `.` and `..`, in the order the system gives them; none when
  /// the folder cannot be read.
  static func list(_ path: String) -> [String] {
    guard let folder = opendir(path) else { return [] }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  static func isFolder(_ status: stat) -> Bool {
    status.st_mode & S_IFMT == S_IFDIR
  }
}
