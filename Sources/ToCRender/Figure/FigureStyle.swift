/// How a figure looks on paper, apart from what it shows: the student's font and size, the
/// colours, what to leave out, the wrap width and the printed size.
public struct FigureStyle: Sendable, Hashable {
  /// A font family Graphviz (or LaTeX, for TikZ) knows: `Helvetica`, `Times`, `Palatino`…
  public var font: String
  /// The size of box labels in points; smaller texts (notes, the legend) keep their proportion.
  public var fontSize: Double
  public var theme: Theme
  public var legend: Bool
  public var title: Bool
  /// The width of a label line, in characters.
  public var wrap: Int
  /// The space the figure is scaled to, if any.
  public var size: PrintSize?

  public init(
    font: String = "Helvetica", fontSize: Double = 11, theme: Theme = .colour,
    legend: Bool = true, title: Bool = true, wrap: Int = 28,
    size: PrintSize? = nil
  ) {
    self.font = font
    self.fontSize = fontSize
    self.theme = theme
    self.legend = legend
    self.title = title
    self.wrap = wrap
    self.size = size
  }

  /// Notes, descriptions and arrow labels: 9 pt beside 11 pt labels.
  public var smallSize: Double { Self.rounded(fontSize * 9 / 11) }
  /// Legend entries and the titles of groups and included files: as large as labels, so that
  /// what explains the figure is as readable in print as the figure itself.
  public var legendSize: Double { fontSize }
  /// The figure's title: 18 pt beside 11 pt labels.
  public var titleSize: Double { Self.rounded(fontSize * 18 / 11) }

  /// Half points are the finest steps a reader tells apart.
  static func rounded(_ size: Double) -> Double { max(1, (size * 2).rounded() / 2) }

  /// A size as Graphviz reads it: `11`, `8.5`.
  static func points(_ size: Double) -> String {
    let tenths = Int((size * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
  }
}

/// The colours of a figure.
public enum Theme: String, CaseIterable, Sendable, Hashable {
  /// Blue shades that darken towards impact: for screens and colour print.
  case colour
  /// The same steps in grey: for a thesis printed in black and white.
  case grey
  /// Black on white: kinds are told apart by border and shape alone.
  case print
}

/// Where a figure must fit: the text area of a page (scaled down to fit, never up), or an exact
/// width (scaled either way).
public struct PrintSize: Sendable, Hashable {
  /// In centimetres.
  public var width: Double
  public var height: Double?
  /// Whether the figure is scaled up as well as down.
  public var exact: Bool

  public init(width: Double, height: Double? = nil, exact: Bool) {
    self.width = width
    self.height = height
    self.exact = exact
  }

  /// The text area of `page`: the paper less a thesis's usual 2.5 cm on every side, scaled down
  /// to fit, never up.
  public init(page: Page) {
    let margin = 2.5
    let (width, height) = (page.paper.width - 2 * margin, page.paper.height - 2 * margin)
    self =
      page.isLandscape
      ? PrintSize(width: height, height: width, exact: false)
      : PrintSize(width: width, height: height, exact: false)
  }

  /// Graphviz's `size`: inches, with `!` to scale up as well.
  var graphviz: String {
    let inches = { (cm: Double) -> String in
      let hundredths = Int((cm / 2.54 * 100).rounded())
      let fraction = hundredths % 100
      return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
    return "\(inches(width)),\(inches(height ?? 1000))" + (exact ? "!" : "")
  }
}

/// A page a figure is fitted on (`--page`): a paper, upright or on its side, named as the command
/// line names it.
public enum Page: String, CaseIterable, Sendable {
  case a4, a4Landscape = "a4-landscape"
  case a5, a5Landscape = "a5-landscape"
  case letter, letterLandscape = "letter-landscape"

  /// The paper's size in centimetres, upright.
  var paper: (width: Double, height: Double) {
    switch self {
    case .a4, .a4Landscape: (21.0, 29.7)
    case .a5, .a5Landscape: (14.8, 21.0)
    case .letter, .letterLandscape: (21.59, 27.94)
    }
  }

  var isLandscape: Bool {
    switch self {
    case .a4Landscape, .a5Landscape, .letterLandscape: true
    case .a4, .a5, .letter: false
    }
  }
}
