import Testing
import ToCModel
import ToCRender

/// Each option adds what it promises to both outputs, and nothing when it is off.
@Suite struct RenderOptionTests {
  let model = DrawingFixtures.teamModel

  func dot(_ options: RenderOptions) -> String { DOT.render(model, options: options) }
  func mermaid(_ options: RenderOptions) -> String { Mermaid.render(model, options: options) }

  @Test func indicatorsAreNotesWithTheirLatestValueAndTarget() {
    let on = RenderOptions(language: .nl, indicators: true)
    // Off, the indicators are only in the tooltip.
    #expect(!dot(RenderOptions(language: .nl)).contains("<I>Aantal uitgevoerde ingrepen</I>"))
    #expect(
      dot(on).contains(
        "<I>Aantal uitgevoerde ingrepen</I><BR/>2021: 9 aantal<BR/>streefwaarde 2022: 20 aantal"))
    // Only an area's series: its latest measurement, named, with the Dutch decimal comma.
    #expect(dot(on).contains("Bospolder 2020: 55,5%"))
    #expect(dot(RenderOptions(indicators: true)).contains("Bospolder 2020: 55.5%"))
    #expect(mermaid(on).contains("n6 -.- i0"))
    #expect(mermaid(on).contains("n8 -.- i1"))
  }

  @Test func assumptionsAreNumberedOncePerChain() {
    let on = RenderOptions(language: .nl, assumptions: true)
    #expect(!dot(RenderOptions()).contains("[1]"))
    #expect(dot(on).components(separatedBy: #"label="[1]""#).count == 3)
    #expect(!dot(on).contains("[2]"))
    #expect(dot(on).contains("<B>Aannames</B>"))
    #expect(
      dot(on).contains("Samen werken aan de buitenruimte brengt buren<BR/>met elkaar in contact."))
    #expect(mermaid(on).components(separatedBy: ##"-->|"#91;1#93;"|"##).count == 3)
  }

  @Test func descriptionsAreSmallerUnderTheLabel() {
    let text =
      "Netwerken samenbrengen<BR/><FONT POINT-SIZE=\"9\">Het vormen van een team van mensen"
    #expect(dot(RenderOptions(descriptions: true)).contains(text))
    #expect(!dot(RenderOptions()).contains(#"<FONT POINT-SIZE="9">Het vormen"#))
    #expect(
      mermaid(RenderOptions(descriptions: true)).contains(
        "<br/><small>Het vormen van een team van mensen"))
  }

  @Test func findingsMarkTheirNodesAndFillTheLegend() {
    let findings = DrawingFixtures.findings(in: model)
    let on = RenderOptions(language: .nl, findings: findings)
    let marked = ##"STYLE="rounded,dashed" COLOR="#d62728"><TR><TD>"##
    let markedSquare = ##"STYLE="dashed" COLOR="#d62728"><TR><TD>"##
    // `contact` and `acties`, and `betrokken`, on whose line the backward link starts.
    #expect(dot(on).components(separatedBy: marked).count - 1 == 2)
    #expect(dot(on).components(separatedBy: markedSquare).count - 1 == 1)
    for finding in findings {
      #expect(dot(on).contains("\(finding.code.rawValue)</FONT></TD>"))
    }
    #expect(dot(on).contains("effect `contact` heeft geen indicator"))
    #expect(!dot(RenderOptions()).contains("#d62728"))
    #expect(mermaid(on).contains("  class n5,n7,n9 finding"))
  }

  @Test func languageNamesColumnsAndLegend() {
    #expect(dot(RenderOptions(language: .nl)).contains("<B>Middelen</B>"))
    #expect(dot(RenderOptions(language: .nl)).contains("<B>Legenda</B>"))
    #expect(dot(RenderOptions(language: .en)).contains("<B>Resources</B>"))
    #expect(dot(RenderOptions(language: .en)).contains("<B>Legend</B>"))
    #expect(mermaid(RenderOptions(language: .en)).contains(#"subgraph c4["Long term"]"#))
  }

  @Test func directionTurnsTheFigure() {
    #expect(dot(RenderOptions()).contains("rankdir=LR"))
    #expect(dot(RenderOptions(direction: .topToBottom)).contains("rankdir=TB"))
    #expect(
      dot(RenderOptions(direction: .topToBottom)).contains(
        #""resource":"n0":s -> "activity":"n3":n"#))
    #expect(
      mermaid(RenderOptions(direction: .topToBottom)).hasPrefix(
        "---\ntitle: \"Buurtmakers\"\n---\nflowchart TB\n"))
  }

  @Test func theGraphSaysWhatItShows() {
    let text = dot(RenderOptions(language: .nl))
    #expect(text.hasPrefix("digraph \"Buurtmakers\" {"))
    #expect(
      text.contains(
        "Lange termijn (1), Impact (1); 13 verbanden. Doel: Een groenere buurt waar buren elkaar kennen.\""
      ))
  }

  @Test func defaultsAreThePlainFigure() {
    let options = RenderOptions()
    #expect(options == RenderOptions(language: .en, direction: .leftToRight))
    #expect(
      !options.indicators && !options.assumptions && !options.descriptions
        && options.findings.isEmpty)
  }
}
