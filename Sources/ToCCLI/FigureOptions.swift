import ToCModel
import ToCRender

/// The options of `toc render` that set how a figure looks and the space it must fit.
enum FigureOptions {
  static let page = Option.choice(
    "--page", "<page>", Page.self,
    Bilingual(
      en: "fit a4, a5 or letter (-landscape too): rows on a tall page, columns on a wide one",
      nl: "pas op a4, a5 of letter (ook -landscape): rijen staand, kolommen liggend"))
  static let width = Option.valued(
    "--width", "<cm>",
    Bilingual(
      en: "scale the figure to this width in centimetres",
      nl: "schaal de figuur tot deze breedte in centimeters"))
  static let wrap = Option.valued(
    "--wrap", "<n>",
    Bilingual(
      en: "wrap labels at about n characters (default 28)",
      nl: "breek labels af op ongeveer n tekens (standaard 28)"))
  static let font = Option.valued(
    "--font", "<name>",
    Bilingual(
      en: "the font of every text, e.g. Times (default Helvetica)",
      nl: "het lettertype van alle tekst, bijvoorbeeld Times (standaard Helvetica)"))
  static let fontSize = Option.valued(
    "--font-size", "<pt>",
    Bilingual(
      en: "the size of box labels; other texts keep their proportion (default 11)",
      nl: "de grootte van de labels; andere tekst schaalt mee (standaard 11)"))
  static let theme = Option.choice(
    "--theme", "<theme>", Theme.self,
    Bilingual(
      en: "colour (default), grey, or print: black on white, kinds told apart by shape",
      nl: "colour (standaard), grey, of print: zwart op wit, soorten herkenbaar aan de vorm"))
  static let noLegend = Option.flag(
    "--no-legend", Bilingual(en: "leave out the legend", nl: "laat de legenda weg"))
  static let noTitle = Option.flag(
    "--no-title",
    Bilingual(
      en: "leave out the title (a thesis has a caption)",
      nl: "laat de titel weg (een scriptie heeft een onderschrift)"))

  /// In the order `toc render --help` lists them.
  static let options = [page, width, wrap, font, fontSize, theme, noLegend, noTitle]

  /// The style the options ask for, or the first option that asks for none.
  static func style(_ arguments: Arguments) -> Result<FigureStyle, UsageError> {
    var style = FigureStyle()
    style.legend = !arguments.has(noLegend)
    style.title = !arguments.has(noTitle)
    if let font = arguments[font] {
      guard !font.trimmingSpaces.isEmpty else {
        return .failure(.invalidChoice(Self.font.name, font, ["Times", "Helvetica", "Palatino"]))
      }
      style.font = String(font.trimmingSpaces)
    }
    switch arguments.choice(theme, default: Theme.colour) {
    case .failure(let error): return .failure(error)
    case .success(let theme): style.theme = theme
    }
    if let size = arguments[fontSize] {
      guard let points = number(size), (4...40).contains(points) else {
        return .failure(.invalidChoice(fontSize.name, size, ["4 … 40 (pt)"]))
      }
      style.fontSize = points
    }
    if let wrap = arguments[wrap] {
      guard let characters = Int(wrap), (8...80).contains(characters) else {
        return .failure(.invalidChoice(Self.wrap.name, wrap, ["8 … 80"]))
      }
      style.wrap = characters
    }
    if let page = arguments[page] {
      // `A4` as well as `a4`.
      guard let chosen = Page(rawValue: page.lowercased()) else {
        return .failure(.invalidChoice(Self.page.name, page, Self.page.choices))
      }
      style.size = PrintSize(page: chosen)
    }
    if let width = arguments[width] {
      guard let centimetres = number(width), (2...300).contains(centimetres) else {
        return .failure(.invalidChoice(Self.width.name, width, ["2 … 300 (cm)"]))
      }
      // Within a page's height, if a page is given too.
      style.size = PrintSize(width: centimetres, height: style.size?.height, exact: true)
    }
    return .success(style)
  }

  /// A decimal number, with a point or (as Dutch writes it) a comma.
  static func number(_ text: String) -> Double? {
    Double(text.replacingComma)
  }
}

extension String {
  var replacingComma: String { String(map { $0 == "," ? "." : $0 }) }
}

extension Messages {
  static func styleUnreadable(_ path: String) -> Bilingual {
    Bilingual(
      en: "cannot read the style file \(path)", nl: "kan het stijlbestand \(path) niet lezen")
  }
}
