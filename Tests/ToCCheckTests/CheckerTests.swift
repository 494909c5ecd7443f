import Testing
import ToCCheck
import ToCModel
import ToCParser
import ToCTestSupport

/// How the checker judges whole models: includes, `negeer:`, and graphs too deep for recursion.
@Suite struct CheckerTests {
  static func parse(_ files: [String: String], root: String = "main.toc") -> ParseResult {
    let memory = MemoryFiles(files)
    return Parser(reader: SourceReader { memory.read($0) }).parse(memory.read(root)!, file: root)
  }

  static func check(_ files: [String: String], root: String = "main.toc") -> Checked {
    let result = parse(files, root: root)
    return Checked(
      diagnostics: Checker.check(result.model, parserDiagnostics: result.diagnostics),
      files: result.model.files)
  }

  /// `TOC208 main.toc:2` for each finding.
  static func found(_ checked: Checked) -> [String] {
    checked.map { "\($0.code.rawValue) \(checked.files[$0.range.file]):\($0.range.line)" }
  }

  @Test func includedFilesAreJudgedInTheCombinedGraphAndReportedInTheirOwnFile() {
    let diagnostics = Self.check([
      "main.toc":
        "gebruik: teams/team.toc als team\n[impact]\nwijk: Wijk\n  indicator: team.si.c\n[verbanden]\nteam.cohesie -> wijk\n",
      "teams/team.toc":
        "gebruik: ../si.toc\n[activiteiten]\nfeest: Feest -> cohesie\n[lange termijn]\ncohesie: Cohesie\n  indicator: si.c\n[indicatoren]\nlos: Los\n",
      "si.toc": "[indicatoren]\nc: Contacten\n  bron: Wijkprofiel\nongebruikt: Ongebruikt\n",
    ])
    #expect(
      Set(Self.found(diagnostics.filter { $0.code != .linkWithoutAssumption })) == [
        "TOC207 teams/team.toc:3", "TOC401 teams/team.toc:3",
        "TOC303 teams/team.toc:8", "TOC304 teams/team.toc:8", "TOC305 teams/team.toc:8",
        "TOC303 si.toc:2", "TOC304 si.toc:2", "TOC303 si.toc:4", "TOC304 si.toc:4",
        "TOC305 si.toc:4",
      ])
  }

  @Test func withoutInfosOnlyTheRulesThatInformAreLeftOut() {
    let result = Self.parse([
      "main.toc":
        "[korte termijn]\ncontact: Contact -> cohesie\n  indicator: x\n[lange termijn]\ncohesie: Cohesie\n"
    ])
    let all = Checker.check(result.model, parserDiagnostics: result.diagnostics)
    let shown = Checker.check(result.model, parserDiagnostics: result.diagnostics, infos: false)
    #expect(all.contains { $0.severity == .info })
    #expect(all.contains { $0.severity == .warning })
    #expect(shown == all.filter { $0.severity != .info })
  }

  @Test func linkEndsThatNoLongerHoldAreFoundAgainById() {
    let result = Self.parse([
      "main.toc":
        "[activiteiten]\nfeest: Feest -> contact\n[korte termijn]\ncontact: Contact -> cohesie\n[lange termijn]\ncohesie: Cohesie\n"
    ])
    #expect(result.model.linkEnds.matches(result.model))
    var reordered = result.model
    reordered.nodes.reverse()
    #expect(!reordered.linkEnds.matches(reordered))
    let expected = Checker.check(result.model, parserDiagnostics: result.diagnostics)
    #expect(Checker.check(reordered, parserDiagnostics: result.diagnostics) == expected)
    #expect(expected.contains { $0.code == .linkWithoutAssumption })
  }

  @Test func anIndicatorCatalogueGetsNoEmptyModelNorUnusedIndicator() {
    let diagnostics = Self.check([
      "main.toc":
        "[indicatoren]\nc: Contacten\n  bron: B\n  nulmeting: 2020 = 1\n  streefwaarde: 2024 = 2\n"
    ])
    #expect(diagnostics.isEmpty)
  }

  @Test func ignoreOnAChainSilencesItsLinksWhereverTheyFirstAppear() {
    let model =
      "[activiteiten]\na: A -> l\n[lange termijn]\nl: L\n  indicator: i\n[verbanden]\na -> l\n  negeer: leap\n[indicatoren]\ni: I\n"
    #expect(!Self.check(["main.toc": model]).contains { $0.code == .leap })
    let unsilenced = model.replacingOccurrences("  negeer: leap\n", "")
    #expect(
      Self.found(Self.check(["main.toc": unsilenced]).filter { $0.code == .leap }) == [
        "TOC401 main.toc:2"
      ])
  }

  @Test func ignoreOnANodeCoversItsAttributeLinesOnly() {
    let model =
      "[activiteiten]\na: A\n  indicator: onbekend\n  negeer: undefined-reference, dead-end\nb: B\n  indicator: onbekend\n"
    #expect(
      Self.found(Self.check(["main.toc": model]).filter { $0.severity != .info })
        == ["TOC209 main.toc:1", "TOC205 main.toc:5", "TOC111 main.toc:6"])
  }

  @Test func aCycleIsReportedOnceAtItsFirstNodeWithThePathRound() throws {
    let model = "[korte termijn]\nz: Z -> y\ny: Y -> x\nx: X -> z\nw: W -> w\n"
    let cycles = Self.check(["main.toc": model]).filter { $0.code == .cycle }
    #expect(Self.found(cycles) == ["TOC208 main.toc:2", "TOC208 main.toc:5"])
    #expect(cycles.first?.message.en == "links go round in a circle: `z` → `y` → `x` → `z`")
  }

  @Test func aChainOfAHundredThousandLinksNeedsNoRecursion() throws {
    var model = "[activiteiten]\nn0: Begin -> n1\n[korte termijn]\n"
    for index in 1..<100_000 {
      model += "n\(index): Stap \(index) -> n\(index + 1)\n  indicator: i\n"
    }
    model +=
      "n100000: Einde\n  indicator: i\n[indicatoren]\ni: I\n  bron: B\n  nulmeting: 2020 = 1\n  streefwaarde: 2024 = 2\n"
    let diagnostics = Self.check(["main.toc": model]).filter { $0.severity != .info }
    try #require(diagnostics.count == 0)
  }

  @Test func aCycleOfAHundredThousandNodesIsOneFinding() {
    var model = "[korte termijn]\n"
    for index in 0..<100_000 { model += "n\(index): Stap -> n\((index + 1) % 100_000)\n" }
    let cycles = Self.check(["main.toc": model]).filter { $0.code == .cycle }
    #expect(Self.found(cycles) == ["TOC208 main.toc:2"])
    #expect(cycles.first?.message.en.contains("…") == true)
  }

  @Test func placeholdersAreWholeWordsButQuotationCutsAreNot() {
    let model =
      "[activiteiten]\na: Een x-aantal workshops\nb: Boxxer\nc: Citaat (…) verder\nd: Planning PM\ne: Nog een pm-uur\nf: Meer ... later\n"
    #expect(
      Self.found(Self.check(["main.toc": model]).filter { $0.code == .placeholderText })
        == ["TOC402 main.toc:2", "TOC402 main.toc:5", "TOC402 main.toc:7"])
  }

  @Test func linkDirectionFollowsTheLevels() {
    let model =
      "[middelen]\nr: R -> s\ns: S\n[activiteiten]\na: A -> b\nb: B -> o\n[resultaten]\no: O -> p\np: P -> k\n[korte termijn]\nk: K -> k2\nk2: K2 -> a\n"
    #expect(
      Self.found(
        Self.check(["main.toc": model]).filter {
          $0.code == .linkIntoResource || $0.code == .backwardLink
        })
        == ["TOC201 main.toc:2", "TOC202 main.toc:8", "TOC202 main.toc:12"])
  }
}

extension String {
  func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

/// The findings of one checked load, read as a list of them, with the files their ranges name.
struct Checked: RandomAccessCollection {
  var diagnostics: [Diagnostic]
  var files: SourceFiles

  var startIndex: Int { diagnostics.startIndex }
  var endIndex: Int { diagnostics.endIndex }
  subscript(position: Int) -> Diagnostic { diagnostics[position] }

  /// The findings that `keep` keeps, their files still named.
  func filter(_ keep: (Diagnostic) -> Bool) -> Checked {
    Checked(diagnostics: diagnostics.filter(keep), files: files)
  }
}
