import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Environment {
  /// The real process: its environment variables, files, streams and programs.
  public static var live: Environment {
    Environment(
      variables: ProcessInfo.processInfo.environment,
      files: .live,
      standardInput: { Array(FileHandle.standardInput.readDataToEndOfFile()) },
      output: { FileHandle.standardOutput.write(Data($0.utf8)) },
      errors: { FileHandle.standardError.write(Data($0.utf8)) },
      isTerminal: { isatty($0) == 1 },
      runProgram: LiveProgram.run)
  }
}

extension FileSystem {
  /// The real file system.
  public static var live: FileSystem {
    FileSystem(
      read: { path in
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
          return .failure(FileError("no such file"))
        }
        if isFolder.boolValue { return .failure(FileError("it is a folder, not a file")) }
        guard let data = FileManager.default.contents(atPath: path) else {
          return .failure(FileError("permission denied or unreadable"))
        }
        return .success(Array(data))
      },
      write: AtomicWrite.write,
      kind: { path in
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
          return nil
        }
        return isFolder.boolValue ? .folder : .file
      },
      list: { path in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] })
  }
}

/// Writes a file through a temporary file in the same folder and a rename, so a reader never sees
/// half a file and an interrupted run leaves the old one whole.
enum AtomicWrite {
  static func write(_ path: String, _ bytes: [UInt8]) -> Result<Void, FileError> {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary =
      (folder.isEmpty ? "" : folder + "/")
      + ".\(name).toc-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else { return .failure(FileError(String(cString: strerror(errno)))) }
    // A rewritten file keeps its permissions (`fmt --write` on a private file stays private).
    var existing = stat()
    if stat(path, &existing) == 0 { fchmod(descriptor, existing.st_mode & 0o7777) }
    var written = 0
    let failure: String? = bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result < 0 { return String(cString: strerror(errno)) }
        written += result
      }
      return fsync(descriptor) == 0 ? nil : String(cString: strerror(errno))
    }
    close(descriptor)
    if let failure {
      unlink(temporary)
      return .failure(FileError(failure))
    }
    if rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      return .failure(FileError(reason))
    }
    return .success(())
  }
}

/// Starts another program (Graphviz `dot`) with input on its standard input.
enum LiveProgram {
  static func run(_ path: String, _ arguments: [String], _ input: [UInt8]) -> ProgramResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    do {
      try process.run()
    } catch {
      return ProgramResult(launched: false, status: -1, output: [], errors: [])
    }
    // Read both pipes while writing, so a large figure cannot fill a pipe and stall both sides.
    let group = DispatchGroup()
    nonisolated(unsafe) var output = Data()
    nonisolated(unsafe) var errors = Data()
    DispatchQueue.global().async(group: group) {
      output = stdout.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: group) {
      errors = stderr.fileHandleForReading.readDataToEndOfFile()
    }
    stdin.fileHandleForWriting.write(Data(input))
    try? stdin.fileHandleForWriting.close()
    group.wait()
    process.waitUntilExit()
    return ProgramResult(
      launched: true, status: process.terminationStatus, output: Array(output),
      errors: Array(errors))
  }
}
