import Foundation
import Testing
import ToCModel
import ToCParser
import ToCRender
import ToCTestSupport

/// `ModelDiff`: matching by id and by label, what counts as a change, and its text and JSON.
@Suite struct DiffTests {
  static let old = TraceTests.parse(
    """
    titel: Buurt
    versie: 2020
    aanname: Buren willen elkaar kennen
    [activiteiten]
    feest: Straatfeest in de zomer -> contact
    les: Taalles -> contact
    weg: Wordt geschrapt -> contact
    [korte termijn]
    contact: Meer contact
      indicator: burencontact
    cohesie: Meer cohesie
    [verbanden]
    contact -> cohesie
      aanname: Contact maakt samenhang
    [indicatoren]
    burencontact: % bewoners met wekelijks burencontact
      eenheid: %
      nulmeting: 2018 = 40
      meting: 2018 = 40, 2020 = 44
      meting: Bospolder 2020 = 48
    """, file: "oud.toc")

  static let new = TraceTests.parse(
    """
    titel: Buurt
    versie: 2021
    [activiteiten]
    zomerfeest: Straatfeest in de zomer! -> contact
    les: Wekelijkse taalles -> contact, nieuw
    [korte termijn]
    contact: Meer contact
      indicator: contacten
    nieuw: Nieuwe uitkomst
    [middellange termijn]
    cohesie: Meer cohesie
    [verbanden]
    contact -> cohesie
      aanname: Contact maakt samenhang
      aanname: En samenhang maakt contact
    [indicatoren]
    contacten: % bewoners met wekelijks burencontact
      eenheid: %
      nulmeting: 2018 = 40
      meting: 2018 = 40, 2020 = 45
      meting: Bospolder 2021 = 50
    """, file: "nieuw.toc")

  @Test func nodesAreMatchedByIdAndElseByLabel() {
    let diff = ModelDiff.compare(Self.old, Self.new)
    #expect(diff.addedNodes.map(\.id) == ["nieuw"])
    #expect(diff.removedNodes.map(\.id) == ["weg"])
    // `contact` refers to a renamed indicator: its reference follows the rename and is no change.
    #expect(
      diff.changedNodes.map { "\($0.old.id)>\($0.new.id)" } == [
        "feest>zomerfeest", "les>les", "cohesie>cohesie",
      ])
    #expect(diff.newID(of: "feest") == "zomerfeest")
    let renamed = diff.changedNodes[0]
    guard case .label(let similarity) = renamed.match else {
      Issue.record("not matched by label"); return
    }
    #expect(similarity >= DiffMatching.threshold)
    #expect(renamed.fields.map(\.field) == ["label"])
    #expect(
      diff.changedNodes[1].fields == [
        FieldChange(field: "label", old: .text("Taalles"), new: .text("Wekelijkse taalles"))
      ])
    #expect(
      diff.changedNodes[2].fields == [
        FieldChange(field: "kind", old: .kind(.outcomeShort), new: .kind(.outcomeMedium))
      ])
  }

  @Test func linksFollowRenamedNodes() {
    let diff = ModelDiff.compare(Self.old, Self.new)
    #expect(diff.addedLinks.map { "\($0.from)>\($0.to)" } == ["les>nieuw"])
    #expect(diff.removedLinks.map { "\($0.from)>\($0.to)" } == ["weg>contact"])
    #expect(diff.changedLinks.map { "\($0.new.from)>\($0.new.to)" } == ["contact>cohesie"])
    #expect(
      diff.changedLinks.first?.fields.first?.new
        == .texts(["Contact maakt samenhang", "En samenhang maakt contact"]))
  }

  @Test func indicatorValuesPerAreaAndYear() throws {
    let diff = ModelDiff.compare(Self.old, Self.new)
    let change = try #require(diff.changedIndicators.first)
    #expect(change.old.id == "burencontact" && change.new.id == "contacten")
    #expect(
      change.fields == [
        FieldChange(field: "measurement", year: 2020, old: .number(44), new: .number(45)),
        FieldChange(
          field: "measurement", area: "Bospolder", year: 2020, old: .number(48), new: nil),
        FieldChange(
          field: "measurement", area: "Bospolder", year: 2021, old: nil, new: .number(50)),
      ])
    #expect(diff.changedNodes.first { $0.new.id == "contact" } == nil)
  }

  @Test func modelAttributes() {
    let diff = ModelDiff.compare(Self.old, Self.new)
    #expect(
      diff.attributes == [
        FieldChange(field: "version", old: .text("2020"), new: .text("2021")),
        FieldChange(field: "assumptions", old: .texts(["Buren willen elkaar kennen"]), new: nil),
      ])
  }

  @Test func anEditionEqualsItself() {
    #expect(ModelDiff.compare(Self.new, Self.new).isEmpty)
    #expect(
      DiffText.render(ModelDiff.compare(Self.new, Self.new), language: .en).hasSuffix(
        "\nno differences\n"))
  }

  @Test func labelsBelowTheThresholdAreNotTheSame() {
    let a = TraceTests.parse("[activiteiten]\nx: Buurtfeest organiseren\n")
    let b = TraceTests.parse("[activiteiten]\ny: Huiswerkklas starten\n")
    let diff = ModelDiff.compare(a, b)
    #expect(diff.addedNodes.map(\.id) == ["y"] && diff.removedNodes.map(\.id) == ["x"])
    // The same label in another column is the same node, whatever its id.
    let c = TraceTests.parse("[resultaten]\nz: Buurtfeest  organiseren.\n")
    #expect(ModelDiff.compare(a, c).changedNodes.map(\.new.id) == ["z"])
  }

  @Test func similarity() {
    #expect(DiffMatching.similarity("Meer contact", "meer  contact!") == 1)
    #expect(
      DiffMatching.similarity("Meer veerkrachtig handelen", "Meer veerkrachtig handelen in de wijk")
        >= 0.8)
    #expect(DiffMatching.similarity("Taalles", "Straatfeest") < 0.5)
  }

  @Test(arguments: [Language.en, .nl])
  func text(_ language: Language) {
    Golden.assert(
      DiffText.render(ModelDiff.compare(Self.old, Self.new), language: language),
      matches: "diff-small.\(language).txt")
  }

  @Test func json() {
    Golden.assert(
      DiffJSON.render(ModelDiff.compare(Self.old, Self.new)), matches: "diff-small.json")
  }

  @Test func dotDrawsTheNewEditionInColumnsWithRemovedPartsToo() {
    let dot = DiffDOT.render(ModelDiff.compare(Self.old, Self.new), old: Self.old, new: Self.new)
    Golden.assert(dot, matches: "diff-small.dot")
    // The figure of `toc render`: one table per column, and the legend explains the marks.
    #expect(dot.contains("rankdir=LR") && dot.contains(#"PORT="title""#))
    // Marks that survive greyscale: a sign before the label, bold or dashed borders and arrows.
    #expect(dot.contains("− Wordt geschrapt"))
    #expect(dot.contains("+ Nieuwe uitkomst"))
    #expect(dot.contains("± Straatfeest in de zomer!"))
    #expect(
      dot.contains(
        ##"STYLE="rounded,dashed" COLOR="#c62828"><TR><TD><FONT COLOR="#555555">− Wordt"##))
    #expect(dot.contains(##"color="#c62828", style=dashed"##))
    #expect(dot.contains(##"color="#2e7d32", penwidth=2.5"##))
    for word in ["Toegevoegd", "Gewijzigd", "Verwijderd"] { #expect(dot.contains(word)) }
  }

  @Test(.enabled(if: Graphviz.isInstalled, "Graphviz `dot` is not installed"))
  func theDiffFigureOfTheProgrammeDraws() throws {
    let root = Golden.repositoryRoot().appendingPathComponent("Examples")
    let old = DrawingFixtures.parseFile(at: root.appendingPathComponent("programma-2020.toc").path)
    let new = DrawingFixtures.parseFile(at: root.appendingPathComponent("programma-2021.toc").path)
    let result = try Graphviz.svg(DiffDOT.render(ModelDiff.compare(old, new), old: old, new: new))
    #expect(result.status == 0 && result.errors.isEmpty, "\(result.errors)")
    #expect(try SVGFigure(result.svg).boxes().count >= new.nodes.count)
  }
}
