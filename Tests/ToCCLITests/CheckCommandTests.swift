import Testing
import ToCCLI
import ToCTestSupport

/// `toc check`: its four formats, its exit codes, and how it speaks.
@Suite struct CheckCommandTests {
  static let team = """
    titel: Taalcafé
    gebruik: ../catalogus.toc als si
    [middelen]
    uren: Uren van vrijwilligers -> les
    [activiteiten]
    les:\tWekelijkse taalles -> deelnemrs
    [resultaten]
    deelnemers: Een x-aantal deelnemers -> spreken
    [korte termijn]
    spreken: Deelnemers spreken beter Nederlands
    [lange termijn]
    werk: Meer deelnemers vinden werk
      indicator: si.werk

    """
  static let catalogue =
    "[indicatoren]\nwerk: % werkenden\n  nulmeting: 2020 = 40\n  streefwaarde: 2019 = 50\n"

  static func world(_ variables: [String: String] = [:]) -> TestEnvironment {
    TestEnvironment(
      files: ["teams/café.toc": team, "catalogus.toc": catalogue], variables: variables)
  }

  @Test(arguments: ["human", "json", "sarif", "github"])
  func formats(_ format: String) {
    let world = Self.world()
    #expect(world.run("check", "--all", "--format", format, "teams/café.toc") == .failure)
    Golden.assert(world.output, matches: "check.\(format)")
    #expect(world.errors.isEmpty)
  }

  /// Notes reach the JSON (`notes`) and SARIF (`relatedLocations`): a use of a definition dropped
  /// for its label is one, in the file that includes it, and so is a duplicate's first definition.
  @Test(arguments: ["json", "sarif"])
  func notesAreWrittenWithTheirFiles(_ format: String) {
    let world = TestEnvironment(files: [
      "main.toc": "gebruik: teams/west.toc als west\n[korte termijn]\nk: K\nk: Nog een K\n",
      "teams/west.toc": "[activiteiten]\nles: \"Taalles\n[verbanden]\nles -> les2\n",
    ])
    #expect(world.run("check", "--format", format, "main.toc") == .failure)
    Golden.assert(world.output, matches: "check-notes.\(format)")
    let plain = TestEnvironment(files: ["a.toc": "[activiteiten]\na: A\n"])
    plain.run("check", "--all", "--format", format, "a.toc")
    #expect(!plain.output.contains("relatedLocations"))
    #expect(format == "sarif" || plain.output.contains("\"notes\": []"))
  }

  @Test func dutchMessagesFollowTheEnvironment() {
    let world = Self.world(["LANG": "nl_NL.UTF-8"])
    world.run("check", "teams/café.toc")
    Golden.assert(world.output, matches: "check.nl.human")
    let twin = Self.world(["LANG": "en_GB.UTF-8"])
    twin.run("check", "teams/café.toc")
    Golden.assert(twin.output, matches: "check.en.human")
    let english = Self.world(["LANG": "nl_NL.UTF-8", "LC_ALL": "en_US.UTF-8"])
    english.run("check", "teams/café.toc")
    #expect(english.output.contains("no node is called `deelnemrs`"))
    let flag = Self.world(["LANG": "en_US.UTF-8"])
    flag.run("check", "--lang", "nl", "teams/café.toc")
    #expect(flag.output.contains("er is geen knoop `deelnemrs`"))
  }

  @Test func infosAreHiddenUnlessAskedFor() {
    let world = TestEnvironment(files: [
      "a.toc":
        "[activiteiten]\na: A -> k\n[korte termijn]\nk: K\n  indicator: i\n[indicatoren]\ni: I\n"
    ])
    #expect(world.run("check", "a.toc") == .success)
    #expect(world.output == "no problems in 1 file\n")
    #expect(world.run("check", "--all", "a.toc") == .success)
    #expect(world.output.hasSuffix("4 infos in 1 file\n"))
  }

  @Test func warningsFailOnlyWithStrict() {
    let world = TestEnvironment(files: [
      "a.toc": "[activiteiten]\na: A -> k\n[korte termijn]\nk: K\n"
    ])
    #expect(world.run("check", "a.toc") == .success)
    #expect(world.output.hasSuffix("1 warning in 1 file\n"))
    #expect(world.run("check", "--strict", "a.toc") == .failure)
    #expect(world.output.hasSuffix("1 warning, 1 info in 1 file\n"))
  }

  @Test func foldersAreWalkedAndEachDiagnosticIsReportedOnce() {
    let world = Self.world()
    world.run("check", "--format", "json", ".")
    let catalogueFindings = world.output.components(separatedBy: "\"code\": \"TOC306\"").count - 1
    #expect(catalogueFindings == 1)
    #expect(world.output.contains("\"files\": 2"))
  }

  @Test func manyFilesCheckedTogetherAreReportedAsEachAlone() {
    var files: [String: String] = [:]
    for seed in 10..<50 {
      files["team\(seed).toc"] = String(
        decoding: ModelGenerator.file(seed: UInt64(seed)), as: UTF8.self)
    }
    let world = TestEnvironment(files: files)
    world.run("check", "--all", "--format", "github", ".")
    let together = world.output.split(separator: "\n")
    var alone: [Substring] = []
    for name in files.keys.sorted() {
      world.run("check", "--all", "--format", "github", name)
      alone += world.output.split(separator: "\n")
    }
    #expect(together.count > 40)
    #expect(together == alone)
  }

  @Test func aLongReportIsWrittenInPartsButInOrder() {
    let outcomes = (0..<1_500).map { "k\($0): Uitkomst \($0)\n" }.joined()
    let world = TestEnvironment(files: ["a.toc": "[korte termijn]\n" + outcomes])
    world.run("check", "--format", "github", "a.toc")
    // `title=TOC203 orphan-outcome` and `line=2,col=1`, in the order of the annotations.
    let annotated = world.output.split(separator: "\n").map { annotation in
      let fields = annotation.split(separator: ",")
      return "\(fields[1]),\(fields[2]) \(fields[5].split(separator: " ")[0])"
    }
    world.run("check", "a.toc")
    let reported = world.output.components(separatedBy: "\n\n").dropLast().map { block in
      let lines = block.split(separator: "\n")
      let place = lines[1].split(separator: ":")
      return "line=\(place[1]),col=\(place[2]) title=\(lines[0].prefix { $0 != "]" }.dropFirst(8))"
    }
    // Two warnings per outcome: three parts of a thousand findings.
    #expect(annotated.count == 3_000)
    #expect(reported == annotated)
    #expect(world.output.hasSuffix("3000 warnings in 1 file\n"))
  }

  @Test func standardInputIsADash() {
    let world = TestEnvironment(input: "[activiteiten]\na: A -> b\n")
    #expect(world.run("check", "-") == .failure)
    #expect(world.output.contains("--> stdin:2:9"))
  }

  @Test func colourIsForTerminalsAndNoColorIsHonoured() {
    let world = Self.world()
    world.terminal = true
    world.run("check", "teams/café.toc")
    #expect(world.output.contains("\u{1B}["))
    world.variables["NO_COLOR"] = "1"
    world.run("check", "teams/café.toc")
    #expect(!world.output.contains("\u{1B}["))
    world.run("check", "--color", "always", "teams/café.toc")
    #expect(world.output.contains("\u{1B}["))
  }

  @Test func aMissingFileIsAnEnvironmentError() {
    let world = Self.world()
    #expect(world.run("check", "teams/cafe.toc") == .environment)
    #expect(world.errors == "toc check: cannot read `teams/cafe.toc`: no such file or folder\n")
    #expect(world.output.isEmpty)
    #expect(world.run("check", "teams/cafe.toc", "catalogus.toc") == .environment)
    #expect(world.output.hasSuffix("in 1 file\n"))
  }

  @Test func usageErrorsPointToTheHelp() {
    let world = Self.world()
    #expect(world.run("check", "--strikt", "teams/café.toc") == .usage)
    #expect(
      world.errors
        == "toc check: unknown option `--strikt`; did you mean `--strict`?\nRun `toc check --help` for usage.\n"
    )
    #expect(world.run("check", "--format", "xml", "a.toc") == .usage)
    #expect(
      world.errors.hasPrefix(
        "toc check: `xml` is not a value of `--format`; use `human`, `json`, `sarif`, `github`\n"))
    #expect(world.run("check") == .usage)
    #expect(world.run("chek") == .usage)
    #expect(world.errors.hasPrefix("toc: unknown command `chek`; did you mean `check`?"))
  }
}
