import Foundation
import Testing
import ToCCLI
import ToCModel
import ToCParser
import ToCTestSupport

/// The transcribed examples: an accidental edit that drops a box, an include or a finding is caught.
@Suite struct ExampleTests {
  static let root = Golden.repositoryRoot()

  static func files() -> [String: String] {
    var files: [String: String] = [:]
    let folder = root.appendingPathComponent("Examples")
    for case let path as String in FileManager.default.enumerator(atPath: folder.path)!
    where path.hasSuffix(".toc") {
      files["Examples/" + path] = try? String(
        contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }
    return files
  }

  static func model(_ path: String) throws -> Model {
    let root = root
    let reader = SourceReader {
      FileManager.default.contents(atPath: root.appendingPathComponent($0).path).map { Array($0) }
    }
    let bytes = try #require(reader.read(path))
    return Parser(reader: reader).parse(bytes, file: path).model
  }

  /// Nodes per column of the file's own model, resources to impact.
  static func columns(_ model: Model) -> [Int] {
    Kind.allCases.map { kind in model.nodes.filter { $0.namespace.isEmpty && $0.kind == kind }.count
    }
  }

  @Test(arguments: [
    ("buurtmakers-west", [5, 3, 3, 3, 4, 2, 0]),
    ("perspectiefff", [3, 3, 3, 1, 3, 1, 0]),
    ("krachtige-gezinnen", [6, 5, 3, 3, 3, 2, 0]),
    ("open-badges", [3, 4, 2, 3, 3, 2, 0]),
    ("team-toekomst", [5, 4, 3, 3, 3, 3, 0]),
    ("grow-botu", [0, 0, 0, 0, 0, 0, 0]),
    ("programma-2020", [1, 7, 2, 3, 7, 10, 2]),
    ("programma-2021", [1, 7, 2, 3, 7, 10, 2]),
  ])
  func nodesPerColumn(_ name: String, _ counts: [Int]) throws {
    #expect(Self.columns(try Self.model("Examples/\(name).toc")) == counts)
  }

  @Test func theProgrammeIncludesItsTeams() throws {
    let teams = ["ip", "buurtmakers", "perspectiefff", "gezinnen", "badges", "toekomst"]
    let edition2021 = try Self.model("Examples/programma-2021.toc").includes.map(\.namespace)
    #expect(edition2021.filter { !$0.contains(".") } == teams)
    let edition2020 = try Self.model("Examples/programma-2020.toc").includes.map(\.namespace)
    #expect(edition2020.filter { !$0.contains(".") } == teams + ["grow"])
  }

  @Test func checkingTheExamplesFindsGapsButNoErrors() {
    let world = TestEnvironment(files: Self.files())
    #expect(world.run("check", "--format", "json", "Examples") == .success)
    #expect(
      world.output.hasSuffix(
        "\"summary\": {\n    \"errors\": 0,\n    \"warnings\": 148,\n    \"infos\": 0,\n    \"files\": 10\n  }\n}\n"
      ))
    world.run("check", "--all", "--format", "json", "Examples")
    #expect(world.output.contains("\"warnings\": 148,\n    \"infos\": 145,"))
  }

  static let names = [
    "buurtmakers-west", "perspectiefff", "krachtige-gezinnen", "open-badges", "team-toekomst",
    "grow-botu",
    "programma-2020", "programma-2021", "indicatoren/index-plus", "english/library-reading-club",
  ]

  /// Every example is a golden figure too, so a change in drawing or transcription shows in review.
  @Test(arguments: names)
  func figure(_ name: String) {
    let world = TestEnvironment(files: Self.files())
    #expect(world.run("render", "Examples/\(name).toc") == .success)
    Golden.assert(
      world.output, matches: "figure-\(name.replacingOccurrences(of: "/", with: "-")).dot")
    #expect(world.run("render", "-f", "mermaid", "Examples/\(name).toc") == .success)
  }

  @Test func aFigureWithEveryOption() {
    let world = TestEnvironment(files: Self.files())
    #expect(
      world.run(
        "render", "--indicators", "--assumptions", "--descriptions", "--highlight",
        "Examples/buurtmakers-west.toc") == .success)
    Golden.assert(world.output, matches: "figure-buurtmakers-west-all.dot")
    // The English twin of the Dutch figure: column titles and legend follow `--lang`.
    #expect(
      world.run(
        "render", "--lang", "en", "--indicators", "--assumptions", "--descriptions", "--highlight",
        "Examples/buurtmakers-west.toc") == .success)
    Golden.assert(world.output, matches: "figure-buurtmakers-west-all.en.dot")
  }

  @Test func theEnglishExampleIsClean() {
    let world = TestEnvironment(files: Self.files())
    #expect(world.run("check", "--strict", "Examples/english/library-reading-club.toc") == .success)
    #expect(world.output == "no problems in 1 file\n")
  }
}
