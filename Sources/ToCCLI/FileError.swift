import ToCModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file could not be read or written: the common cases by name, so each has its own words in
/// both languages; any other in the system's words.
public enum FileError: Error, Sendable, Equatable {
  case noSuchFile
  case permissionDenied
  case isFolder
  /// A device, a pipe or a socket where a file's contents were wanted.
  case notRegularFile
  case diskFull
  case readOnlyFileSystem
  /// A file whose permissions forbid writing it.
  case readOnlyFile
  /// A symbolic link to a file that does not exist, by the path it ends at.
  case danglingLink(String)
  /// What the system says (`strerror`), for the rare rest.
  case other(String)

  /// The case for an `errno`.
  public init(errno code: Int32) {
    switch code {
    case ENOENT, ENOTDIR: self = .noSuchFile
    case EACCES, EPERM: self = .permissionDenied
    case EISDIR: self = .isFolder
    case ENOSPC, EDQUOT: self = .diskFull
    case EROFS: self = .readOnlyFileSystem
    default: self = .other(Descriptor.reason(code))
    }
  }

  /// Every named case, for the test that each is said in both languages.
  static let named: [FileError] = [
    .noSuchFile, .permissionDenied, .isFolder, .notRegularFile, .diskFull, .readOnlyFileSystem,
    .readOnlyFile, .danglingLink("weg.toc"),
  ]

  /// Why a file could not be read.
  public var reason: Bilingual {
    switch self {
    case .noSuchFile: Bilingual(en: "no such file or folder", nl: "bestand of map bestaat niet")
    case .permissionDenied: Bilingual(en: "permission denied", nl: "geen toestemming")
    case .isFolder: Bilingual(en: "it is a folder, not a file", nl: "het is een map, geen bestand")
    case .notRegularFile:
      Bilingual(
        en: "not a regular file (a device or a pipe)",
        nl: "geen gewoon bestand (een apparaat of een pijp)")
    case .diskFull: Bilingual(en: "the disk is full", nl: "de schijf is vol")
    case .readOnlyFileSystem:
      Bilingual(en: "read-only file system", nl: "het bestandssysteem is alleen-lezen")
    case .readOnlyFile: Bilingual(en: "it is read-only", nl: "het is alleen-lezen")
    case .danglingLink(let target):
      Bilingual(
        en: "it is a link to `\(target)`, which does not exist",
        nl: "het is een koppeling naar `\(target)`, dat niet bestaat")
    case .other(let said): Bilingual(en: said, nl: "het systeem meldt: \(said)")
    }
  }

  /// Why a file could not be written: a missing name there means its folder is missing.
  public var writeReason: Bilingual {
    guard self == .noSuchFile else { return reason }
    return Bilingual(en: "the folder does not exist", nl: "de map bestaat niet")
  }
}
