import Testing
import ToCCLI
import ToCTestSupport

/// `toc init`: the starter model in both languages, which checks clean and is already formatted,
/// and a file that is never overwritten.
@Suite struct InitCommandTests {
  @Test(arguments: ["en", "nl"])
  func theStarterModelChecksCleanAndIsFormatted(_ language: String) {
    let world = TestEnvironment()
    #expect(world.run("init", "--lang", language) == .success)
    Golden.assert(world.output, matches: "init.\(language).toc")
    let starter = world.output
    #expect(world.run("init", "--lang", language, "model.toc") == .success)
    #expect(world.file("model.toc") == starter)
    #expect(world.run("check", "--strict", "model.toc") == .success)
    #expect(world.output == "no problems in 1 file\n")
    #expect(world.run("fmt", "--check", "model.toc") == .success)
  }

  @Test func theLanguageFollowsTheEnvironment() {
    let world = TestEnvironment(variables: ["LANG": "nl_NL.UTF-8"])
    #expect(world.run("init", "wijk.toc") == .success)
    #expect(world.file("wijk.toc")?.contains("\ntitel: Mijn verandertheorie\n") == true)
    #expect(world.errors == "`wijk.toc` geschreven; controleer het met `toc check wijk.toc`\n")
  }

  @Test func aTitleIsOneLineAndQuotedWhereNeeded() {
    let world = TestEnvironment()
    #expect(
      world.run("init", "--lang", "en", "--title", "  Riverside\n  \"Reads\"  ", "-") == .success)
    #expect(world.output.contains("\ntitle: Riverside \"Reads\"\n"))
    #expect(world.run("init", "--lang", "nl", "--title", "\"Samen\" sterk", "m.toc") == .success)
    #expect(world.file("m.toc")?.contains("\ntitel: \"\\\"Samen\\\" sterk\"\n") == true)
    world.run("export", "m.toc")
    #expect(world.output.contains("\"title\": \"\\\"Samen\\\" sterk\""))
    #expect(world.run("init", "--title", " ") == .usage)
  }

  @Test func anExistingFileIsNeverOverwritten() {
    let world = TestEnvironment(files: ["model.toc": "titel: Mijn eigen model\n"])
    #expect(world.run("init", "model.toc") == .environment)
    #expect(
      world.errors == "toc init: `model.toc` already exists; toc init does not overwrite files\n")
    #expect(world.file("model.toc") == "titel: Mijn eigen model\n")
    #expect(world.run("init", "a.toc", "b.toc") == .usage)
    world.readOnly = ["alleen-lezen/"]
    #expect(world.run("init", "alleen-lezen/m.toc") == .environment)
    #expect(world.errors == "toc init: cannot write `alleen-lezen/m.toc`: read-only file system\n")
  }

  @Test(arguments: ["en", "nl"])
  func help(_ language: String) {
    let world = TestEnvironment(variables: ["LANG": language == "nl" ? "nl_NL.UTF-8" : "C"])
    #expect(world.run("init", "--help") == .success)
    Golden.assert(world.output, matches: "help-init.\(language).txt")
    #expect(world.run("help", "init") == .success)
    Golden.assert(world.output, matches: "help-init.\(language).txt")
  }
}
