import Testing
import ToCCLI
import ToCTestSupport

/// `toc export --format measurements` (both dialects) and csv/markdown over several files.
@Suite struct ExportManyTests {
  @Test func measurementsOfAllExamplesAreGolden() {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(world.run("export", "--format", "measurements", "Examples") == .success)
    Golden.assert(world.output, matches: "export-measurements.csv")
    #expect(world.errors.isEmpty)
  }

  @Test func excelGetsSemicolonsDecimalCommasAndAByteOrderMark() {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(
      world.run(
        "export", "-f", "measurements", "--excel", "Examples/english/library-reading-club.toc")
        == .success)
    Golden.assert(world.output, matches: "export-measurements-excel.csv")
    #expect(
      world.output.hasPrefix("\u{FEFF}file;indicator_id;indicator;unit;area;year;value;kind\r\n"))
    #expect(world.output.contains(";2024;54,5;measurement\r\n"))
  }

  /// The Index+ is included by six files and named once: its values appear once each.
  @Test func aSharedCatalogueGivesItsRowsOnce() {
    let world = TestEnvironment(files: ExampleTests.files())
    world.run("export", "-f", "measurements", "Examples/programma-2021.toc", "Examples")
    let rows = world.output.split(separator: "\r\n").filter {
      $0.hasPrefix("Examples/indicatoren/index-plus.toc,")
    }
    // The `meting:` lines of index-plus.toc hold 56 values.
    #expect(rows.count == 56)
    #expect(Set(rows).count == rows.count)
    #expect(
      rows.contains(
        "Examples/indicatoren/index-plus.toc,toekomst,% Bewoners dat zegt vertrouwen te hebben in toekomst stad,%,Bospolder,2014,58,measurement"
      ))
  }

  @Test func csvAndMarkdownOfSeveralFilesNameTheTeam() {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(
      world.run("export", "-f", "csv", "Examples/perspectiefff.toc", "Examples/open-badges.toc")
        == .success)
    let lines = world.output.split(separator: "\r\n")
    #expect(lines[0].hasPrefix("file,team,level,kind,outcome_id,"))
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("Examples/") })
    #expect(
      lines.contains { $0.hasPrefix("Examples/open-badges.toc,Open Badges/Circulaire Markt,") })
    #expect(
      world.run(
        "export", "-f", "markdown", "Examples/perspectiefff.toc", "Examples/open-badges.toc")
        == .success)
    #expect(world.output.contains("| Team | Niveau | Uitkomst |"))
    #expect(world.output.contains("\n| Perspectiefff | Lange termijn |"))
  }

  @Test func jsonAndNarrativeTakeOneFile() {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(
      world.run("export", "-f", "json", "Examples/perspectiefff.toc", "Examples/open-badges.toc")
        == .usage)
    #expect(
      world.errors.hasPrefix(
        "toc export: json takes one file; markdown, csv and measurements take several\n"))
    #expect(world.run("export", "-f", "narrative", "a.toc", "b.toc") == .usage)
  }

  @Test func aMissingFileAmongManyIsReported() {
    let world = TestEnvironment(files: ExampleTests.files())
    #expect(
      world.run("export", "-f", "measurements", "Examples/english", "weg.toc") == .environment)
    #expect(world.output.hasPrefix("file,indicator_id,"))
    #expect(world.errors.contains("weg.toc"))
  }
}
