import Foundation
import Testing

/// Compares output with a golden file beside the test that reads it. `RECORD_GOLDEN=1` rewrites
/// the file and still fails the test, so that recording is never silent.
public enum Golden {
  public static func assert(
    _ actual: String, matches name: String, folder: URL? = nil, testFile: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let folder =
      folder
      ?? URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden")
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: url)
      Issue.record(
        "recorded golden file \(name); run again without RECORD_GOLDEN",
        sourceLocation: sourceLocation)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "no golden file \(name); record it with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    #expect(
      actual == expected, "output differs from golden file \(name)", sourceLocation: sourceLocation)
  }

  /// The repository's root folder, for tests that read Examples/ or docs/.
  public static func repositoryRoot(testFile: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: testFile)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
    }
    return url
  }
}
