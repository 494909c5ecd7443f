import Testing
import ToCCLI
import ToCTestSupport

@testable import ToCCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Mistakes in calling toc, file errors and small mercies, in the user's language.
@Suite struct UsageLanguageTests {
  static let dutch = ["LANG": "nl_NL.UTF-8"]

  @Test func usageErrorsSpeakDutch() {
    let world = TestEnvironment(variables: Self.dutch)
    #expect(world.run("check", "--bogus", "a.toc") == .usage)
    #expect(
      world.errors
        == "toc check: onbekende optie `--bogus`\nZie `toc check --help` voor het gebruik.\n")
    #expect(world.run("check") == .usage)
    #expect(
      world.errors.hasPrefix("toc check: er ontbreekt een bestand of map om te controleren\n"))
    #expect(world.run("check", "--format", "xml", "a.toc") == .usage)
    #expect(
      world.errors.hasPrefix(
        "toc check: `xml` is geen waarde van `--format`; gebruik `human`, `json`, `sarif`, `github`\n"
      ))
    #expect(world.run("check", "--format", "jsn", "a.toc") == .usage)
    #expect(
      world.errors.hasPrefix("toc check: `jsn` is geen waarde van `--format`; gebruik `json`\n"))
    #expect(world.run("explain", "TOC999") == .usage)
    #expect(
      world.errors
        == "toc explain: er is geen controle `TOC999`; bedoelde je `TOC109`?\nZie `toc explain --help` voor het gebruik.\n"
    )
  }

  @Test func langOnTheCommandLineDecidesEvenForAMistakeBeforeIt() {
    let world = TestEnvironment()
    #expect(world.run("check", "--strikt", "--lang", "nl", "a.toc") == .usage)
    #expect(
      world.errors
        == "toc check: onbekende optie `--strikt`; bedoelde je `--strict`?\nZie `toc check --help` voor het gebruik.\n"
    )
    let english = TestEnvironment(variables: Self.dutch)
    #expect(english.run("check", "--lang=en", "--strikt", "a.toc") == .usage)
    #expect(
      english.errors.hasPrefix("toc check: unknown option `--strikt`; did you mean `--strict`?"))
  }

  @Test func commandsAndGlobalFlagsGetADidYouMean() {
    let world = TestEnvironment()
    #expect(world.run("--versoin") == .usage)
    #expect(
      world.errors
        == "toc: unknown option `--versoin`; did you mean `--version`?\nRun `toc --help` for usage.\n"
    )
    #expect(world.run("chek", "a.toc") == .usage)
    #expect(world.errors.hasPrefix("toc: unknown command `chek`; did you mean `check`?\n"))
    #expect(world.run("verison") == .usage)
    #expect(world.errors.hasPrefix("toc: unknown command `verison`; did you mean `version`?\n"))
    #expect(world.run("team.toc") == .usage)
    #expect(
      world.errors.hasPrefix("toc: unknown command `team.toc`; did you mean `toc check team.toc`?"))
    let dutch = TestEnvironment(variables: Self.dutch)
    #expect(dutch.run("--hlep") == .usage)
    #expect(
      dutch.errors
        == "toc: onbekende optie `--hlep`; bedoelde je `--help`?\nZie `toc --help` voor het gebruik.\n"
    )
    #expect(dutch.run("--bogus-flag") == .usage)
    #expect(dutch.errors.hasPrefix("toc: onbekende optie `--bogus-flag`\n"))
  }

  @Test func fileErrorsHaveTheirOwnWordsInBothLanguages() {
    #expect(FileError(errno: ENOENT) == .noSuchFile)
    #expect(FileError(errno: ENOTDIR) == .noSuchFile)
    #expect(FileError(errno: EACCES) == .permissionDenied)
    #expect(FileError(errno: EISDIR) == .isFolder)
    #expect(FileError(errno: ENOSPC) == .diskFull)
    #expect(FileError(errno: EROFS) == .readOnlyFileSystem)
    let other = FileError(errno: EIO)
    #expect(other == .other(String(cString: strerror(EIO))))
    #expect(other.reason.nl == "het systeem meldt: \(String(cString: strerror(EIO)))")
    #expect(FileError.diskFull.reason[.nl] == "de schijf is vol")
    #expect(FileError.noSuchFile.writeReason[.nl] == "de map bestaat niet")
    let world = TestEnvironment(files: ["a.toc": "[activiteiten]\na: A\n"], variables: Self.dutch)
    #expect(world.run("check", "weg.toc") == .environment)
    #expect(world.errors == "toc check: kan `weg.toc` niet lezen: bestand of map bestaat niet\n")
    world.readOnly = ["uit/"]
    #expect(world.run("export", "-o", "uit/m.json", "a.toc") == .environment)
    #expect(
      world.errors
        == "toc export: kan `uit/m.json` niet schrijven: het bestandssysteem is alleen-lezen\n")
  }

  @Test func aWriteIntoAMissingFolderSaysTheFolderIsMissing() throws {
    let world = TestEnvironment(files: ["a.toc": "[activiteiten]\na: A\n"], variables: Self.dutch)
    var environment = world.environment
    environment.files = .live
    environment.files.read = world.environment.files.read
    let status = CLI.run(
      arguments: ["export", "-o", "/bestaat-niet-\(getpid())/m.json", "a.toc"],
      environment: environment)
    #expect(status == .environment)
    #expect(
      world.errors
        == "toc export: kan `/bestaat-niet-\(getpid())/m.json` niet schrijven: de map bestaat niet\n"
    )
  }

  @Test func initWithoutAFileSaysNothingWasSaved() {
    let world = TestEnvironment(variables: Self.dutch)
    #expect(world.run("init") == .success)
    #expect(world.output.hasPrefix("# "))
    #expect(
      world.errors
        == "toc init: het startmodel ging naar standaarduitvoer en staat niet in een bestand; bewaar het met `toc init verandertheorie.toc`\n"
    )
    #expect(world.run("init", "--lang", "en") == .success)
    #expect(world.errors.hasSuffix("to save it, run `toc init theory-of-change.toc`\n"))
    #expect(world.run("init", "-") == .success)
    #expect(world.errors.isEmpty)
    #expect(world.run("init", "m.toc") == .success)
    #expect(!world.errors.contains("standaarduitvoer"))
  }

  @Test func theRuleLineIsNotALineInDutch() {
    let world = TestEnvironment(files: ["a.toc": "[middelen]\nuren: Uren\n"], variables: Self.dutch)
    world.run("check", "a.toc")
    #expect(world.output.contains("= controle: unused-resource\n"))
    #expect(!world.output.contains("regel:"))
  }
}
