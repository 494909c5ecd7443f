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

  /// The margin kept on every side of a page, in centimetres: a thesis's usual 2.5 cm.
  public static let margin = 2.5

  /// Paper sizes in centimetres, portrait.
  public static let papers: [(name: String, width: Double, height: Double)] = [
    ("a4", 21.0, 29.7), ("a5", 14.8, 21.0), ("letter", 21.59, 27.94),
  ]

  /// The names `--page` takes: `a4`, `a4-landscape`, `a5`, …
  public static var pageNames: [String] {
    papers.flatMap { [$0.name, $0.name + "-landscape"] }
  }

  /// The text area of a named page, or nil for a name that is none.
  public static func page(_ name: String) -> PrintSize? {
    let landscape = name.hasSuffix("-landscape")
    let paper = landscape ? String(name.dropLast("-landscape".count)) : name
    guard let size = papers.first(where: { $0.name == paper }) else { return nil }
    let (width, height) = (size.width - 2 * margin, size.height - 2 * margin)
    return landscape
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
