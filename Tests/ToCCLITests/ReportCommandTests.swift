import Testing
import ToCCLI
import ToCTestSupport

/// `toc report PATH…`: the sections, Graphviz present or not, PDF without Chromium, exit codes.
@Suite struct ReportCommandTests {
  static func world(dot: Bool) -> TestEnvironment {
    var files = ExampleTests.files()
    if dot { files["/usr/bin/dot"] = "" }
    let world = TestEnvironment(files: files, variables: ["PATH": "/usr/bin"])
    world.program = { _, _, _ in
      ProgramResult(
        launched: true, status: 0,
        output: Array(
          "<?xml version=\"1.0\"?>\n<!-- Generated -->\n<svg viewBox=\"0 0 1 1\"><g/></svg>\n".utf8),
        errors: [])
    }
    return world
  }

  static func sections(_ html: String) -> Int {
    html.components(separatedBy: "<section class=\"team\"").count - 1
  }

  @Test func aFolderGivesASectionPerFileWithTheFigureInline() {
    let world = Self.world(dot: true)
    #expect(world.run("report", "Examples", "-o", "r.html") == .success)
    let html = world.file("r.html") ?? ""
    #expect(Self.sections(html) == 10)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    #expect(html.contains("<section class=\"summary\""))
    #expect(html.contains("<figure class=\"toc-figure\">\n<svg viewBox=\"0 0 1 1\">\n<title>"))
    #expect(!html.contains("<?xml"))
    #expect(!html.contains("<!-- Generated"))
    #expect(world.errors.isEmpty)
  }

  @Test func includedFilesGetTheirOwnSectionOnce() {
    let world = Self.world(dot: true)
    #expect(
      world.run("report", "Examples/programma-2021.toc", "Examples/buurtmakers-west.toc")
        == .success)
    // The programme, Index+ and the five teams it includes; Buurtmakers West once.
    #expect(Self.sections(world.output) == 7)
    #expect(
      world.output.components(separatedBy: "data-file=\"Examples/buurtmakers-west.toc\"").count == 2
    )
  }

  @Test func withoutGraphvizThePageShowsTheColumns() {
    let world = Self.world(dot: false)
    #expect(world.run("report", "--lang", "en", "Examples/buurtmakers-west.toc") == .success)
    #expect(world.output.contains("The figure could not be drawn (Graphviz is missing)"))
    #expect(world.output.contains("<table class=\"columns\">"))
    #expect(world.errors.contains("Graphviz (`dot`) is not on PATH"))
    #expect(world.started.isEmpty)
  }

  @Test func aFailingGraphvizIsToldOnThePage() {
    let world = Self.world(dot: true)
    world.program = { _, _, _ in
      ProgramResult(launched: true, status: 1, output: [], errors: Array("syntax error\n".utf8))
    }
    #expect(world.run("report", "Examples/perspectiefff.toc") == .success)
    #expect(world.output.contains("(syntax error)"))
    // A file without boxes is not drawn at all.
    #expect(world.run("report", "Examples/grow-botu.toc") == .success)
    #expect(
      world.output.contains(
        "<p class=\"no-boxes\">Dit bestand heeft geen vakken om te tekenen.</p>"))
    #expect(!world.output.contains("syntax error"))
  }

  @Test func pdfWithoutChromiumSaysHowToGetIt() {
    let world = Self.world(dot: true)
    #expect(
      world.run("report", "-f", "pdf", "-o", "r.pdf", "Examples/grow-botu.toc") == .environment)
    #expect(world.errors.hasPrefix("toc report: -f pdf prints the report with headless Chromium"))
    #expect(world.file("r.pdf") == nil)
  }

  @Test func pdfGoesThroughChromium() {
    let files = ["/usr/bin/chromium": "", "/usr/bin/dot": ""]
    let pdfWorld = TestEnvironment(
      files: files.merging(ExampleTests.files()) { a, _ in a }, variables: ["PATH": "/usr/bin"])
    pdfWorld.program = { path, _, _ in
      ProgramResult(
        launched: true, status: 0,
        output: Array((path == "/bin/sh" ? "%PDF-1.4" : "<svg/>").utf8), errors: [])
    }
    #expect(
      pdfWorld.run("report", "-f", "pdf", "-o", "r.pdf", "Examples/grow-botu.toc") == .success)
    #expect(pdfWorld.file("r.pdf") == "%PDF-1.4")
    #expect(pdfWorld.started.last?.prefix(2) == ["/bin/sh", "-c"])
    #expect(pdfWorld.started.last?.last == "/usr/bin/chromium")
  }

  @Test func usageAndMissingFiles() {
    let world = Self.world(dot: true)
    #expect(world.run("report") == .usage)
    #expect(world.run("report", "-f", "docx", "Examples") == .usage)
    let empty = TestEnvironment(files: ["leeg/lees.txt": "geen model"])
    #expect(empty.run("report", "leeg") == .usage)
    #expect(empty.run("export", "-f", "measurements", "leeg") == .usage)
    #expect(world.run("report", "nergens.toc") == .environment)
    #expect(world.errors.contains("nergens.toc"))
  }

  @Test func aModelWithErrorsIsStillReported() {
    let world = TestEnvironment(files: ["kapot.toc": "[activiteiten]\na: A -> b\n"])
    #expect(world.run("report", "kapot.toc") == .failure)
    #expect(world.output.contains("TOC111"))
    #expect(world.errors.contains("TOC111"))
  }
}
