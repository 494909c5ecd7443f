import Testing
import ToCModel
import ToCRender
import ToCTestSupport

/// The Mermaid flowchart, compared with golden files.
@Suite struct MermaidTests {
  @Test func team() {
    Golden.assert(
      Mermaid.render(DrawingFixtures.teamModel, options: RenderOptions(language: .nl)),
      matches: "mermaid-team.mmd")
  }

  @Test func teamWithEverythingTopToBottom() {
    let model = DrawingFixtures.teamModel
    let options = RenderOptions(
      language: .nl, direction: .topToBottom, indicators: true, assumptions: true,
      descriptions: true,
      findings: DrawingFixtures.findings(in: model))
    Golden.assert(Mermaid.render(model, options: options), matches: "mermaid-team-everything.mmd")
  }

  @Test func programmeWithIncludedTeam() {
    Golden.assert(
      Mermaid.render(DrawingFixtures.programmeModel, options: RenderOptions()),
      matches: "mermaid-programme.mmd")
  }

  @Test func hostileLabels() {
    let options = RenderOptions(assumptions: true, descriptions: true)
    Golden.assert(
      Mermaid.render(DrawingFixtures.hostileModel, options: options), matches: "mermaid-hostile.mmd"
    )
  }
}
