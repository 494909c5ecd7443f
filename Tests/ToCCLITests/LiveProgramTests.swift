import Foundation
import Testing

@testable import ToCCLI

/// The real program runner: programs that cannot start, fail, are killed, read everything or
/// nothing, and output too large for a pipe to hold.
@Suite struct LiveProgramTests {
  /// Bytes whose pattern (period 251) shows any piece lost, doubled or out of place.
  static func bytes(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8($0 % 251) }
  }

  @Test func aProgramThatDoesNotExistIsNotLaunched() {
    #expect(!LiveProgram.run("/nonexistent/dot", ["-Tsvg"], Array("digraph {}".utf8)).launched)
    #expect(!LiveProgram.run(FileManager.default.temporaryDirectory.path, [], []).launched)
  }

  @Test func aFailingProgramGivesItsStatusAndWhatItSaid() {
    let result = LiveProgram.run("/bin/sh", ["-c", "echo oops >&2; exit 3"], [])
    #expect(result.launched)
    #expect(result.status == 3)
    #expect(result.output.isEmpty)
    #expect(String(decoding: result.errors, as: UTF8.self) == "oops\n")
  }

  @Test func aProgramEndedByASignalHasFailed() {
    let result = LiveProgram.run("/bin/sh", ["-c", "kill -TERM $$"], [])
    #expect(result.launched)
    #expect(result.status == 128 + SIGTERM)
  }

  @Test func argumentsAndInputReachTheProgram() {
    let result = LiveProgram.run(
      "/bin/sh", ["-c", "printf '%s|' \"$0\" \"$1\"; cat", "één", "two words"],
      Array("input\n".utf8))
    #expect(result.status == 0)
    #expect(String(decoding: result.output, as: UTF8.self) == "één|two words|input\n")
  }

  @Test func aLargeInputComesBackWhole() {
    // Far more than a pipe holds: written and read at once, or both sides would wait forever.
    let input = Self.bytes(5_000_000)
    let result = LiveProgram.run("/bin/cat", [], input)
    #expect(result.status == 0)
    #expect(result.output == input)
    #expect(result.errors.isEmpty)
  }

  @Test func outputAndErrorsAreReadAtOnce() {
    let input = Self.bytes(1_000_000)
    let result = LiveProgram.run("/bin/sh", ["-c", "tee /dev/stderr"], input)
    #expect(result.status == 0)
    #expect(result.output == input)
    #expect(result.errors == input)
  }

  @Test func aProgramThatReadsNoInputEndsTheRun() {
    let result = LiveProgram.run("/bin/true", [], Self.bytes(1_000_000))
    #expect(result.launched)
    #expect(result.status == 0)
    #expect(result.output.isEmpty)
  }

  @Test func aProgramStartsWithBrokenPipesEndingItQuietly() {
    // toc ignores SIGPIPE; `yes` would complain of a broken pipe if it inherited that.
    let result = LiveProgram.run("/bin/sh", ["-c", "yes | head -c 4"], [])
    #expect(result.status == 0)
    #expect(String(decoding: result.output, as: UTF8.self) == "y\ny\n")
    #expect(result.errors.isEmpty)
  }
}
