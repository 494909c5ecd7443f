import Testing
import ToCCLI
import ToCModel
import ToCTestSupport

/// How `toc check` lays out what it found: causes before consequences, a line per file, the
/// statistics an evaluator asks for, and files that are no theory of change.
@Suite struct CheckReportTests {
  /// A warning (line 2) above an error (line 4).
  static let mixed = "[middelen]\nuren: Uren\n[activiteiten]\nles: Les -> weg\n"

  @Test func errorsComeBeforeWarningsWithinAFileInHumanOutputOnly() throws {
    let world = TestEnvironment(files: ["a.toc": Self.mixed])
    #expect(world.run("check", "a.toc") == .failure)
    let error = try #require(world.output.firstRange(of: "error[TOC111]"))
    let warning = try #require(world.output.firstRange(of: "warning[TOC206]"))
    #expect(error.lowerBound < warning.lowerBound)
    #expect(world.run("check", "--format", "json", "a.toc") == .failure)
    let jsonError = try #require(world.output.firstRange(of: "\"TOC111\""))
    let jsonWarning = try #require(world.output.firstRange(of: "\"TOC206\""))
    #expect(jsonWarning.lowerBound < jsonError.lowerBound)
  }

  @Test func severalFilesEndWithALinePerFileThatHasFindings() {
    let clean =
      "[activiteiten]\na: A -> k\n[korte termijn]\nk: K\n  indicator: i\n[indicatoren]\ni: I\n"
    let world = TestEnvironment(files: ["t/a.toc": Self.mixed, "t/b.toc": clean])
    #expect(world.run("check", "t") == .failure)
    #expect(
      world.output.hasSuffix("t/a.toc: 1 error, 2 warnings\n\n1 error, 2 warnings in 2 files\n"))
    let one = TestEnvironment(files: ["a.toc": Self.mixed])
    one.run("check", "a.toc")
    #expect(!one.output.contains("a.toc: 1 error"))
  }

  static let teams = [
    "Examples/buurtmakers-west.toc", "Examples/krachtige-gezinnen.toc", "Examples/open-badges.toc",
    "Examples/perspectiefff.toc", "Examples/team-toekomst.toc",
  ]

  @Test(arguments: Language.allCases)
  func statisticsOfTheExamples(_ language: Language) {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(world.run("check", "--statistics", "--lang", language.rawValue, "Examples") == .success)
    Golden.assert(world.output, matches: "check-statistics-examples.\(language.rawValue).txt")
  }

  @Test func statisticsOfFiveTeams() throws {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(world.run(["check", "--statistics", "--all"] + Self.teams) == .success)
    Golden.assert(world.output, matches: "check-statistics-teams.en.txt")
    #expect(world.run(["check", "--statistics", "--all", "--lang", "nl"] + Self.teams) == .success)
    Golden.assert(world.output, matches: "check-statistics-teams.nl.txt")
    // The JSON has every finding and the same counts; the golden holds the counts.
    #expect(
      world.run(["check", "--statistics", "--all", "--format", "json"] + Self.teams) == .success)
    let counts = try #require(world.output.firstRange(of: "  \"statistics\""))
    #expect(world.output.contains("\"diagnostics\": [\n    {"))
    Golden.assert(
      String(world.output[counts.lowerBound...]), matches: "check-statistics-teams.json")
    // Without --statistics, the report of the findings ends with a line per file.
    for language in Language.allCases {
      #expect(world.run(["check", "--all", "--lang", language.rawValue] + Self.teams) == .success)
      let closing = world.output.split(separator: "\n", omittingEmptySubsequences: false).suffix(9)
      Golden.assert(
        closing.joined(separator: "\n"), matches: "check-teams-closing.\(language.rawValue).txt")
    }
  }

  @Test func statisticsGoWithHumanAndJSONOnly() {
    let world = TestEnvironment(files: ["a.toc": Self.mixed])
    #expect(world.run("check", "--statistics", "--format", "sarif", "a.toc") == .usage)
    #expect(
      world.errors.hasPrefix("toc check: `sarif` is not a value of `--format`; use `human`, `json`")
    )
    #expect(world.run("check", "--statistics", "a.toc") == .failure)
    #expect(
      world.output == """
        code    name                 count  files
        TOC111  undefined-reference      1      1
        TOC206  unused-resource          1      1
        TOC209  empty-model              1      1

        1 error, 2 warnings in 1 file

        """)
  }

  static let latex =
    "\\babel@toc {dutch}{}\\relax\n\\contentsline {chapter}{\\numberline {1}Inleiding}{1}{chapter.1}%\n"
  static let addOn = "## Interface: 100200\n## Title: Kaart\n\nKaart.lua\n"
  static let team =
    "[activiteiten]\na: A -> k\n[korte termijn]\nk: K\n  indicator: i\n[indicatoren]\ni: I\n"

  @Test func aFolderWalkSkipsLaTeXAndAddOnFilesInOneLine() {
    let world = TestEnvironment(files: [
      "scriptie/hoofdstuk.toc": Self.latex, "scriptie/model.toc": Self.team,
      "spel/Kaart/Kaart.toc": Self.addOn,
    ])
    #expect(world.run("check", "scriptie", "spel") == .success)
    #expect(
      world.errors
        == "toc check: skipped 2 .toc files that are not a theory of change (a LaTeX table of contents or a World of Warcraft manifest)\n"
    )
    #expect(world.output == "no problems in 1 file\n")
    #expect(world.run("check", "spel") == .usage)
  }

  @Test func namingSuchAFileIsOneClearError() {
    let world = TestEnvironment(
      files: ["hoofdstuk.toc": Self.latex, "Kaart.toc": Self.addOn],
      variables: ["LANG": "nl_NL.UTF-8"])
    #expect(world.run("check", "hoofdstuk.toc") == .environment)
    #expect(
      world.errors
        == "toc check: `hoofdstuk.toc` is geen verandertheorie maar de inhoudsopgave die LaTeX voor een document schrijft; toc laat het met rust\n"
    )
    #expect(world.output.isEmpty)
    #expect(world.run("render", "Kaart.toc") == .environment)
    #expect(
      world.errors
        == "toc render: `Kaart.toc` is geen verandertheorie maar het manifest van een World of Warcraft-add-on; toc laat het met rust\n"
    )
  }

  @Test func theoriesOfChangeThatStartLikeThemAreStillRead() {
    for text in [
      "# ## Interface: nee\n[activiteiten]\na: A\n", "## Titel\n[activiteiten]\na: A\n",
      "[activiteiten]\n\\contentsline {x}\n",
    ] {
      let world = TestEnvironment(files: ["a.toc": text])
      world.run("check", "a.toc")
      #expect(!world.errors.contains("not a theory of change"), "\(text)")
    }
  }

  @Test func aFolderWithoutTocFilesIsAUsageError() {
    let world = TestEnvironment(files: ["leeg/notities.txt": "x"])
    #expect(world.run("check", "leeg") == .usage)
    #expect(
      world.errors == "toc check: no .toc file in `leeg`\nRun `toc check --help` for usage.\n")
    #expect(world.output.isEmpty)
  }
}
