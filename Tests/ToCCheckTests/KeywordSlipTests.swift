import Foundation
import Testing
import ToCCheck
import ToCModel
import ToCParser
import ToCTestSupport

/// TOC113: a misspelt attribute key is named as such, real ids are left alone, and what follows
/// from the slip is not reported besides it.
@Suite struct KeywordSlipTests {
  static func check(_ text: String) -> Checked {
    CheckerTests.check(["main.toc": text])
  }

  static let team = """
    [activiteiten]
    les: Taalles -> spreken
    [korte termijn]
    spreken: Deelnemers spreken beter Nederlands

    """

  @Test(arguments: [
    ("  indcator: contacten\n", "indicator"),
    ("  toelichtng: Meer zelfvertrouwen\n", "toelichting"),
    ("  Indicatr: contacten\n", "indicator"), ("\teigenaaar: Wijkteam\n", "eigenaar"),
    ("  descripton: More confidence\n", "description"),
  ])
  func aMisspeltNodeKeyIsNamed(_ line: String, _ key: String) throws {
    let found = Self.check(Self.team + line + "[indicatoren]\ncontacten: Aantal contacten\n")
    let slip = try #require(found.first { $0.code == .misspelledKeyword })
    #expect(slip.message.en.contains("misspelt `\(key):`"))
    #expect(slip.message.nl.contains("verschreven `\(key):`"))
    #expect(slip.range.line == 5)
    #expect(slip.help?.en.hasPrefix("for an attribute of `spreken` write `\(key): ") == true)
  }

  @Test func aMisspeltIndicatorKeyIsNamed() throws {
    let found = Self.check(
      "[korte termijn]\nk: K\n  indicator: i\n[indicatoren]\ni: I\n  eenheid: aantal\n  streefwaarden: 2022 = 20\n"
    )
    let slip = try #require(found.first { $0.code == .misspelledKeyword })
    #expect(
      slip.message.en
        == "`streefwaarden` looks like a misspelt `streefwaarde:`, so it defines a new indicator `streefwaarden`"
    )
    #expect(
      slip.help?.nl.hasPrefix("als kenmerk van `i`: schrijf `streefwaarde: 2022 = 20`") == true)
    // Not reported besides it: the new indicator's own findings and the target `i` lacks.
    #expect(!found.contains { $0.range.line == 7 && $0.code != .misspelledKeyword })
    #expect(!found.contains { $0.code == .indicatorWithoutTarget && $0.range.line == 5 })
    #expect(found.contains { $0.code == .indicatorWithoutBaseline && $0.range.line == 5 })
  }

  @Test(arguments: [
    // An id with a digit the key does not have, a definition not indented, one linked or named,
    // the first one after a header, one far from every key, and a key of another place.
    "  bron2: Bron\n", "indcator: contacten\n", "  indcator: contacten -> les\n",
    "[lange termijn]\n  indcator: contacten\n", "  groen: Groen\n", "  nulmetin: 2020 = 3\n",
    "  eigen: Eigen\n", "  grope: Groep\n",
  ])
  func realIdsAreLeftAlone(_ line: String) {
    let found = Self.check(Self.team + line)
    #expect(!found.contains { $0.code == .misspelledKeyword }, "\(line)")
  }

  @Test func whatFollowsFromAMisspeltIndicatorKeyIsNotReportedBesidesIt() {
    let found = Self.check(
      Self.team + "  indcator: contacten\n  toelichtng: Meer zelfvertrouwen\n"
        + "[indicatoren]\ncontacten: Aantal contacten\n  bron: Enquête\n  nulmeting: 2020 = 1\n  streefwaarde: 2022 = 5\n"
    )
    #expect(
      CheckerTests.found(found) == [
        "TOC207 main.toc:2", "TOC113 main.toc:5", "TOC113 main.toc:6",
      ])
    let slips = found.filter { $0.code == .misspelledKeyword }
    // Both belong to the outcome, not the second to the first.
    #expect(slips.allSatisfy { $0.help?.en.contains("attribute of `spreken`") == true })
  }

  @Test func aSlipSilencedIsABoxThatKeepsItsOwnFindings() {
    let found = Self.check(Self.team + "  indcator: contacten\n    negeer: misspelled-keyword\n")
    #expect(!found.contains { $0.code == .misspelledKeyword })
    #expect(found.contains { $0.code == .orphanOutcome && $0.range.line == 5 })
  }

  @Test func aHandMadeModelsDroppedArrowsAreHeardToo() {
    var model = Model(file: "m.toc", title: "m")
    let first = SourceRange(file: .first, line: 1, column: 1)
    let second = SourceRange(file: .first, line: 2, column: 1)
    model.nodes = [
      Node(id: "a", kind: .activity, label: Located("A", at: first), range: first),
      Node(id: "k", kind: .outcomeShort, label: Located("K", at: second), range: second),
    ]
    let range = first
    let before = Checker.check(model, parserDiagnostics: []).map(\.code)
    #expect(before.contains(.deadEnd) && before.contains(.orphanOutcome))
    model.droppedArrows = [DroppedArrow(from: "a", to: nil, meant: "k", range: range)]
    // Only when the lost arrow is reported itself.
    #expect(Checker.check(model, parserDiagnostics: []).map(\.code) == before)
    let lost = Diagnostic(
      .undefinedReference, Bilingual(en: "no node `kk`", nl: "geen knoop `kk`"), at: range)
    let after = Checker.check(model, parserDiagnostics: [lost]).map(\.code)
    #expect(!after.contains(.deadEnd) && !after.contains(.orphanOutcome))
    // An arrow from a definition dropped under an unknown section: told at that section.
    let third = SourceRange(file: .first, line: 3, column: 1)
    model.nodes.append(Node(id: "b", kind: .activity, label: Located("B", at: third), range: third))
    let header = SourceRange(file: .first, line: 4, column: 1)
    let section = Diagnostic(
      .unknownSection, Bilingual(en: "unknown section", nl: "onbekende sectie"), at: header)
    #expect(
      Checker.check(model, parserDiagnostics: [section]).contains {
        $0.code == .activityWithoutResources && $0.range == third
      })
    model.droppedArrows.append(DroppedArrow(from: nil, to: "b", range: header))
    #expect(
      !Checker.check(model, parserDiagnostics: [section]).contains {
        $0.code == .activityWithoutResources && $0.range == third
      })
  }

  @Test func noExampleOrConformanceModelHasOne() throws {
    let root = Golden.repositoryRoot()
    var files = ["Examples"].flatMap { folder in
      FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)!
        .compactMap { $0 as? String }.filter { $0.hasSuffix(".toc") }
        .map { root.appendingPathComponent(folder).appendingPathComponent($0) }
    }
    #expect(files.count >= 10)
    let cases = root.appendingPathComponent("Tests/Conformance/cases")
    let names = try FileManager.default.contentsOfDirectory(atPath: cases.path)
    #expect(names.count >= 25)
    for name in names {
      files.append(cases.appendingPathComponent(name).appendingPathComponent("main.toc"))
    }
    for file in files {
      let folder = file.deletingLastPathComponent()
      let reader = SourceReader {
        FileManager.default.contents(atPath: folder.appendingPathComponent($0).path).map {
          Array($0)
        }
      }
      guard let bytes = reader.read(file.lastPathComponent) else { continue }
      let result = Parser(reader: reader).parse(bytes, file: file.lastPathComponent)
      let found = Checker.check(result.model, parserDiagnostics: result.diagnostics)
      #expect(!found.contains { $0.code == .misspelledKeyword }, "\(file.path)")
    }
  }
}
