import Testing
import ToCModel
import ToCRender
import ToCTestSupport

/// The student's style: font, size, theme, what is left out, wrap width and printed size, each
/// compared with a golden file, and the smallest text the page report starts from.
@Suite struct FigureStyleTests {
  static let model = DrawingFixtures.teamModel

  static func render(_ style: FigureStyle, everything: Bool = false) -> String {
    var options = RenderOptions(language: .nl, style: style)
    options.indicators = everything
    options.descriptions = everything
    options.assumptions = everything
    return DOT.render(model, options: options)
  }

  @Test func thesisStyle() {
    // Times at 10 pt, black on white, no legend or title, made to fit an A4 page.
    let style = FigureStyle(
      font: "Times", fontSize: 10, theme: .print, legend: false, title: false, wrap: 16,
      size: PrintSize(page: .a4))
    Golden.assert(Self.render(style, everything: true), matches: "dot-style-thesis.dot")
  }

  @Test func greyThemeAtAnExactWidth() {
    let style = FigureStyle(theme: .grey, size: PrintSize(width: 15, exact: true))
    Golden.assert(Self.render(style), matches: "dot-style-grey.dot")
  }

  @Test func everyFontSizeFollowsTheLabels() {
    let dot = Self.render(FigureStyle(font: "Palatino", fontSize: 13), everything: true)
    #expect(dot.contains(#"fontname="Palatino""#))
    #expect(!dot.contains("Helvetica"))
    #expect(dot.contains("fontsize=13,"))
    // Notes and descriptions at 9/11 of a label, rounded to half points; the title at 18/11.
    #expect(dot.contains(#"POINT-SIZE="10.5""#))
    #expect(dot.contains(#"POINT-SIZE="21.5""#))
    #expect(!dot.contains(#"POINT-SIZE="9""#))
  }

  @Test func printThemeIsBlackOnWhite() {
    let dot = Self.render(FigureStyle(theme: .print), everything: true)
    let fills = dot.matches(of: /BGCOLOR="(#[0-9a-f]{6})"/).map { String($0.output.1) }
    #expect(!fills.isEmpty)
    #expect(Set(fills) == ["#ffffff"])
    #expect(!dot.contains("#d62728"))
    // The colour theme fills its boxes.
    #expect(Self.render(FigureStyle()).contains("#deebf7"))
  }

  @Test func leftOutLegendAndTitle() {
    let plain = Self.render(FigureStyle())
    #expect(plain.contains("\"legend\"") && plain.contains("label=<<FONT"))
    let bare = Self.render(FigureStyle(legend: false, title: false))
    #expect(!bare.contains("\"legend\""))
    #expect(!bare.contains("label=<<FONT"))
  }

  @Test func theWrapWidthNarrowsLabels() {
    let narrow = Self.render(FigureStyle(wrap: 12))
    #expect(narrow.contains("Manuren van<BR/>teamleden"))
    #expect(Self.render(FigureStyle()).contains("Manuren van teamleden"))
  }

  @Test func pagesAreTheirTextAreas() throws {
    #expect(PrintSize(page: .a4) == PrintSize(width: 16, height: 24.7, exact: false))
    #expect(PrintSize(page: .a5Landscape) == PrintSize(width: 16, height: 9.8, exact: false))
    let letter = PrintSize(page: .letterLandscape)
    #expect(abs(letter.width - 22.94) < 1e-9 && abs((letter.height ?? 0) - 16.59) < 1e-9)
    #expect(Page(rawValue: "a3") == nil && Page(rawValue: "letter-landscape") == .letterLandscape)
    #expect(Page.allCases.map(\.rawValue).filter { $0.hasSuffix("-landscape") }.count == 3)
  }

  @Test func theSmallestTextIsWhatTheFigureShows() {
    let plain = RenderOptions(style: FigureStyle(legend: false))
    #expect(DOT.smallestText(DrawingFixtures.parse("[activiteiten]\na: A\n"), options: plain) == 11)
    var notes = RenderOptions(indicators: true)
    notes.style.fontSize = 12
    #expect(DOT.smallestText(Self.model, options: notes) == 10)
  }
}
