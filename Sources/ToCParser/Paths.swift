/// Lexical path arithmetic for includes (and the language server's file names): no file system
/// is touched.
package enum Paths {
  /// `relative` resolved against the folder of `file`.
  static func join(including file: String, _ relative: String) -> String {
    if relative.hasPrefix("/") { return normalize(relative) }
    guard let slash = file.lastIndex(of: "/") else { return normalize(relative) }
    return normalize(String(file[...slash]) + relative)
  }

  /// Drops `.` components and folds `name/..`, so one file has one spelling.
  package static func normalize(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part == "..", absolute, parts.isEmpty {
        continue
      } else {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }

  /// The file name without folder and extension: `../x/sociale-index.toc` → `sociale-index`.
  static func stem(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
