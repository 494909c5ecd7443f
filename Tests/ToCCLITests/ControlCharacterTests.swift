import Testing

@testable import ToCCLI

/// Control characters from a user's file never reach a terminal raw: the human report shows them
/// as `\u{1B}` with the caret still under the right column, and the machine formats escape them
/// as their formats require.
@Suite struct ControlCharacterTests {
  static let escape =
    "[akti\u{1B}]0;titel\u{7}viteiten]\n[activiteiten]\na: Taal\u{1B}[31m TODO -> onbekend\n"

  /// Whether `text` holds a C0 or C1 control character other than tab and line feed, or DEL.
  static func hasRawControls(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || (0x7F...0x9F).contains($0.value)
    }
  }

  @Test func anEscapeInALabelIsShownAndTheCaretStaysUnderItsColumn() {
    let world = TestEnvironment(files: ["kleur.toc": Self.escape])
    #expect(world.run("check", "kleur.toc") == .failure)
    #expect(!Self.hasRawControls(world.output))
    // Language 1.1: the name ends at the first `]`; after an unknown name only TOC103 is reported.
    #expect(world.output.contains("error[TOC103]: unknown section `[akti\\u{1B}]`\n"))
    #expect(
      world.output.contains(
        """
        3 | a: Taal\\u{1B}[31m TODO -> onbekend
          |                           ^^^^^^^^
        """))
    #expect(world.output.contains("  |                   ^^^^\n"))
  }

  @Test func colourIsTheReportsOwnOnly() {
    let world = TestEnvironment(files: ["kleur.toc": Self.escape])
    world.terminal = true
    #expect(world.run("check", "--color", "always", "kleur.toc") == .failure)
    #expect(!world.output.contains("\u{1B}]"))
    #expect(!world.output.contains("\u{1B}[31m TODO"))
  }

  @Test func aFileOfNULBytesPrintsNoNULByte() {
    let world = TestEnvironment(files: ["leeg.toc": String(repeating: "\0", count: 20)])
    #expect(world.run("check", "leeg.toc") == .failure)
    #expect(!world.output.contains("\0") && !Self.hasRawControls(world.output))
    #expect(world.output.contains("1 | " + String(repeating: "\\u{0}", count: 20) + "\n"))
    #expect(world.output.contains("  | " + String(repeating: "^", count: 100) + "\n"))
  }

  @Test func aC1ControlAndDELAreShownToo() {
    let world = TestEnvironment(files: ["c1.toc": "[\u{9B}31m\u{7F}]\n"])
    world.run("check", "c1.toc")
    #expect(world.output.contains("`[\\u{9B}31m\\u{7F}]`"))
    #expect(!Self.hasRawControls(world.output))
  }

  @Test(arguments: ["json", "sarif", "github"])
  func machineFormatsEscapeThem(_ format: String) {
    let world = TestEnvironment(files: ["kleur.toc": Self.escape + "[\u{9B}x]\n"])
    world.run("check", "--format", format, "kleur.toc")
    #expect(!Self.hasRawControls(world.output))
    let escape = format == "github" ? "[akti\\u{1B}]" : "[akti\\u001b]"
    #expect(world.output.contains(escape))
    #expect(world.output.contains(format == "github" ? "[\\u{9B}x]" : "[\\u009bx]"))
  }

  @Test func aFileNameWithAnEscapeIsShown() {
    let world = TestEnvironment()
    #expect(world.run("check", "weg\u{1B}[2J.toc") == .environment)
    #expect(world.errors == "toc check: cannot read `weg\\u{1B}[2J.toc`: no such file or folder\n")
  }

  @Test func textOnATerminalIsShownButThroughAPipeItIsKept() {
    let world = TestEnvironment(files: ["kleur.toc": "[activiteiten]\na: Taal\u{1B}[31m rood\n"])
    world.terminal = true
    world.run("fmt", "kleur.toc")
    #expect(!Self.hasRawControls(world.output) && world.output.contains("\\u{1B}"))
    world.terminal = false
    world.run("fmt", "kleur.toc")
    #expect(world.output.contains("\u{1B}"))
  }

  @Test func escapesAreVisibleAndTabsStay() {
    #expect(
      Visible.text("a\u{1B}b\tc\u{0}\u{85}\u{7F}\n") == "a\\u{1B}b\tc\\u{0}\\u{85}\\u{7F}\\u{A}")
    #expect(Visible.text("a\nb\r", keepingLineBreaks: true) == "a\nb\\u{D}")
    #expect(Visible.text("gewoon één ✓") == "gewoon één ✓")
  }
}
