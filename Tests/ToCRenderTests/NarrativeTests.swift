import Foundation
import Testing
import ToCModel
import ToCTestSupport

@testable import ToCRender

/// The narrative reads as a person wrote it: texts quoted, never spliced; numbers where known;
/// no sentence twice in a paragraph.
@Suite struct NarrativeTests {
  static let examples = [
    "Examples/buurtmakers-west.toc", "Examples/perspectiefff.toc",
    "Examples/krachtige-gezinnen.toc", "Examples/open-badges.toc", "Examples/team-toekomst.toc",
    "Examples/programma-2020.toc", "Examples/programma-2021.toc",
    "Examples/english/library-reading-club.toc",
  ]

  @Test(arguments: examples, Language.allCases)
  func noSentenceRepeatsWithinAParagraph(_ path: String, _ language: Language) {
    let paragraphs = Narrative.paragraphs(ReportTests.example(path), language: language)
    #expect(paragraphs.count > 2)
    for paragraph in paragraphs {
      #expect(Set(paragraph.sentences).count == paragraph.sentences.count, "\(paragraph)")
    }
  }

  /// The issue's own example: an assumption that is a whole sentence stays one, in quotes.
  @Test func assumptionsAreQuotedNotSpliced() {
    let model = DrawingFixtures.parse(
      """
      titel: Wijk
      taal: nl
      aanname: In de wijk is veel problematiek.
      [activiteiten]
      a: Huisbezoeken -> b
        aanname: bewoners doen open
      [korte termijn]
      b: Minder zorgen
      """)
    let text = Narrative.render(model, language: .nl)
    #expect(text.contains("We gaan daarbij uit van “bewoners doen open”."))
    #expect(text.contains("één aanname: “In de wijk is veel problematiek”."))
    #expect(!text.contains("ervan uit dat"))
    let english = Narrative.render(model, language: .en)
    #expect(english.contains("This assumes “bewoners doen open”."))
  }

  @Test func anAssumptionSaidAlreadyIsReferredTo() {
    let model = DrawingFixtures.parse(
      """
      [resultaten]
      a: A -> x
        aanname: Een lange aanname die één keer genoeg is
      b: B -> x
        aanname: Een lange aanname die één keer genoeg is
      [korte termijn]
      x: X
      """)
    let sentences = Narrative.paragraphs(model, language: .nl)[0].sentences
    #expect(
      sentences == [
        "Is “A” bereikt, dan leidt dat tot “X”.",
        "We gaan daarbij uit van “Een lange aanname die één keer genoeg is”.",
        "“B” draagt bij aan “X”.", "Daarbij geldt dezelfde aanname.",
      ])
  }

  @Test func baselineAndTargetNumbersAreInTheSentence() {
    let model = DrawingFixtures.parse(
      """
      title: Club
      [short-term]
      b: Children read more
        indicator: i
      [indicators]
      i: Share reading weekly
        unit: %
        baseline: 2023 = 41
        target: 2026 = 65,5
      """)
    #expect(
      Narrative.render(model, language: .en).contains(
        "We measure “Children read more” by “Share reading weekly” (baseline 2023: 41% → target 2026: 65.5%)."
      ))
    #expect(
      Narrative.render(model, language: .nl).contains(
        "(nulmeting 2023: 41% → streefwaarde 2026: 65,5%)."))
  }

  @Test func sentencePatternsTakeTurns() {
    let model = DrawingFixtures.parse(
      "[activiteiten]\na: A -> x\nb: B -> x\nc: C -> x\nd: D -> x\n[resultaten]\nx: X\n")
    let sentences = Narrative.paragraphs(model, language: .nl)[0].sentences
    #expect(
      sentences == [
        "Als we “A” doen, leidt dat tot “X”.", "Met “B” werken we aan “X”.", "“C” levert “X” op.",
        "Daarnaast leidt “D” tot “X”.",
      ])
  }
}
