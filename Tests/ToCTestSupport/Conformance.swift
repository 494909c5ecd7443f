import Foundation

/// The shared conformance cases, as copied into the repository (`Tests/Conformance`), so that
/// `swift test` passes on a fresh clone; `.ci/run` checks that the copy is current.
public enum Conformance {
  /// `Tests/Conformance/cases`: one folder per case, each with a `main.toc`.
  public static var cases: URL {
    Golden.repositoryRoot().appendingPathComponent("Tests/Conformance/cases")
  }

  /// The names of the case folders, sorted.
  public static func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: cases.path).filter { !$0.hasPrefix(".") }
      .sorted()
  }
}
