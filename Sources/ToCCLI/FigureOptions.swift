import ToCModel
import ToCRender

/// The options of `toc render` that set how a figure looks and the space it must fit.
enum FigureOptions {
  static let flags: Set<String> = ["--no-legend", "--no-title"]
  static let options: Set<String> = [
    "--page", "--width", "--wrap", "--font", "--font-size", "--theme",
  ]
  static let themes = Theme.allCases.map(\.rawValue)

  /// The style the options ask for, or the first option that asks for none.
  static func style(_ arguments: Arguments) -> Result<FigureStyle, UsageError> {
    var style = FigureStyle()
    style.legend = !arguments.flags.contains("--no-legend")
    style.title = !arguments.flags.contains("--no-title")
    if let font = arguments.values["--font"] {
      guard !font.trimmingSpaces.isEmpty else {
        return .failure(.invalidChoice("--font", font, ["Times", "Helvetica", "Palatino"]))
      }
      style.font = font.trimmingSpaces
    }
    switch arguments.choice("--theme", themes, default: "colour") {
    case .failure(let error): return .failure(error)
    case .success(let theme): style.theme = Theme(rawValue: theme) ?? .colour
    }
    if let size = arguments.values["--font-size"] {
      guard let points = number(size), (4...40).contains(points) else {
        return .failure(.invalidChoice("--font-size", size, ["4 … 40 (pt)"]))
      }
      style.fontSize = points
    }
    if let wrap = arguments.values["--wrap"] {
      guard let characters = Int(wrap), (8...80).contains(characters) else {
        return .failure(.invalidChoice("--wrap", wrap, ["8 … 80"]))
      }
      style.wrap = characters
    }
    if let page = arguments.values["--page"] {
      guard let size = PrintSize.page(page.lowercased()) else {
        return .failure(.invalidChoice("--page", page, PrintSize.pageNames))
      }
      style.size = size
    }
    if let width = arguments.values["--width"] {
      guard let centimetres = number(width), (2...300).contains(centimetres) else {
        return .failure(.invalidChoice("--width", width, ["2 … 300 (cm)"]))
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
