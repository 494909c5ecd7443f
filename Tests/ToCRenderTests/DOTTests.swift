import Testing
import ToCModel
import ToCRender
import ToCTestSupport

/// The DOT figure, compared with golden files: plain, with each option, and top to bottom.
@Suite struct DOTTests {
  @Test func team() {
    Golden.assert(
      DOT.render(DrawingFixtures.teamModel, options: RenderOptions(language: .nl)),
      matches: "dot-team.dot")
  }

  @Test func teamWithEverything() {
    let model = DrawingFixtures.teamModel
    let options = RenderOptions(
      language: .nl, indicators: true, assumptions: true, descriptions: true,
      findings: DrawingFixtures.findings(in: model))
    Golden.assert(DOT.render(model, options: options), matches: "dot-team-everything.dot")
  }

  @Test func teamTopToBottomInEnglish() {
    let options = RenderOptions(
      language: .en, direction: .topToBottom, indicators: true, descriptions: true)
    Golden.assert(
      DOT.render(DrawingFixtures.teamModel, options: options), matches: "dot-team-tb.dot")
  }

  @Test func programmeWithIncludedTeam() {
    Golden.assert(
      DOT.render(DrawingFixtures.programmeModel, options: RenderOptions(indicators: true)),
      matches: "dot-programme.dot")
  }

  @Test func hostileLabels() {
    let options = RenderOptions(assumptions: true, descriptions: true)
    Golden.assert(
      DOT.render(DrawingFixtures.hostileModel, options: options), matches: "dot-hostile.dot")
  }

  @Test func emptyModel() {
    Golden.assert(
      DOT.render(DrawingFixtures.parse("titel: Leeg\n"), options: RenderOptions()),
      matches: "dot-empty.dot")
  }
}
