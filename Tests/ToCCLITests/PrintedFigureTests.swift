import Foundation
import Testing
import ToCTestSupport

@testable import ToCCLI

/// Figures made to fit a page, drawn by the real Graphviz and measured in the PDF it writes:
/// the printed size of the smallest text, and the README's rule that every example fits A4
/// landscape at 7 pt or more, or says why not.
@Suite(.enabled(if: PrintTools.installed, "Graphviz or pdftotext is not installed"))
struct PrintedFigureTests {
  static let root = Golden.repositoryRoot()

  /// Examples that cannot fit A4 landscape at 7 pt, and why (the README says the same).
  static let tooLarge = [
    "programma-2020.toc": "a programme of five teams, 126 boxes: draw each team's file on its own",
    "programma-2021.toc": "a programme of five teams, 126 boxes: draw each team's file on its own",
  ]

  /// Runs toc in this process on the real files and programs, and what it said on standard error.
  static func toc(_ words: [String]) -> (status: ToCCLI.ExitStatus, errors: String) {
    let said = Said()
    var environment = Environment.live
    environment.errors = { said.append($0) }
    environment.standardOutput = { _ in }
    let status = CLI.run(arguments: words, environment: environment)
    return (status, said.text)
  }

  /// The heights of the words on a PDF's first page, as `pdftotext -bbox` measures them.
  static func wordHeights(_ pdf: String) throws -> [(word: String, height: Double)] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
    process.arguments = ["-bbox", "-f", "1", "-l", "1", pdf, "-"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    return text.matches(
      of: /<word xMin="[^"]*" yMin="([^"]*)" xMax="[^"]*" yMax="([^"]*)">([^<]*)</
    )
    .compactMap { match in
      guard let top = Double(match.output.1), let bottom = Double(match.output.2) else {
        return nil
      }
      return (String(match.output.3), bottom - top)
    }
  }

  @Test func theThesisFigureOnA4PrintsItsSmallestTextAt7PointsOrMore() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "toc-print-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let example = Self.root.appendingPathComponent("Examples/english/library-reading-club.toc").path
    let page = folder.appendingPathComponent("page.pdf").path
    let natural = folder.appendingPathComponent("natural.pdf").path
    let fitted = Self.toc([
      "render", "-f", "pdf", "--page", "a4", "--theme", "print", "-o", page, example,
    ])
    #expect(fitted.status == .success)
    // At its own size the same figure's labels and column titles are 11 pt (the title 18 pt).
    let own = Self.toc([
      "render", "-f", "pdf", "--direction", "TB", "--wrap", "16", "--theme", "print", "-o", natural,
      example,
    ])
    #expect(own.status == .success)
    let scaled = try Self.wordHeights(page)
    let reference = try Self.wordHeights(natural)
    #expect(scaled.count == reference.count && scaled.count > 50)
    let referenceHeight = try #require(reference.map(\.height).min())
    let pointsPerHeight = 11 / referenceHeight
    let smallest = try #require(scaled.map(\.height).min()) * pointsPerHeight
    #expect(smallest >= 7, "the smallest text prints at \(smallest) pt")
    // toc's own report agrees with the PDF.
    let reported = try #require(
      fitted.errors.firstMatch(of: /the smallest text is ([0-9.]+) pt/).flatMap {
        Double(String($0.output.1))
      })
    #expect(abs(reported - smallest) < 0.3, "reported \(reported) pt, measured \(smallest) pt")
    #expect(fitted.errors.contains("(16.0 × "), "\(fitted.errors)")
  }

  @Test func everyExampleFitsA4LandscapeAt7PointsOrSaysWhyNot() throws {
    let folder = Self.root.appendingPathComponent("Examples")
    let paths = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".toc") }.sorted()
    #expect(paths.count >= 10)
    for path in paths {
      let run = Self.toc([
        "render", "--page", "a4-landscape", folder.appendingPathComponent(path).path,
      ])
      #expect(run.status == .success)
      let smallest = try #require(
        run.errors.firstMatch(of: /the smallest text is ([0-9.]+) pt/).flatMap {
          Double(String($0.output.1))
        },
        "\(path): \(run.errors)")
      if Self.tooLarge[String(path.split(separator: "/").last ?? "")] != nil {
        #expect(smallest < 7)
        #expect(
          run.errors.contains(
            "below 7 pt: too much for one page. Draw each part on its own (each included file by itself)."
          ), "\(run.errors)")
      } else {
        #expect(smallest >= 7, "\(path) prints its smallest text at \(smallest) pt")
      }
    }
  }
}

/// Whether the programs the printed figures are measured with are installed.
enum PrintTools {
  static let installed = ["/usr/bin/dot", "/usr/bin/pdftotext"].allSatisfy {
    FileManager.default.isExecutableFile(atPath: $0)
  }
}

/// What toc wrote, gathered from whichever thread wrote it.
final class Said: @unchecked Sendable {
  private let lock = NSLock()
  private var parts: [String] = []

  func append(_ text: String) { lock.withLock { parts.append(text) } }
  var text: String { lock.withLock { parts.joined() } }
}
