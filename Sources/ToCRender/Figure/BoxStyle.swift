import ToCModel

/// How a kind of node looks: a shape and a fill that tell the kinds apart in greyscale print
/// too. Fills darken from outputs to impact; resources are grey and square, activities and
/// outcomes rounded, outputs have a bold border and impact a double one. In the print theme,
/// all is black on white, and outcomes are told apart by their borders: thin, medium, double.
struct BoxStyle: Hashable {
  /// A fill colour as `#rrggbb`.
  var fill: String
  var rounded: Bool
  /// The border width in points.
  var border: Int
  var double: Bool

  static func of(_ kind: Kind, theme: Theme = .colour) -> BoxStyle {
    switch (theme, kind) {
    case (.print, .resource): BoxStyle(fill: "#ffffff", rounded: false, border: 1, double: false)
    case (.print, .outcomeMedium):
      BoxStyle(fill: "#ffffff", rounded: true, border: 2, double: false)
    case (.print, .outcomeLong): BoxStyle(fill: "#ffffff", rounded: true, border: 1, double: true)
    case (.print, _):
      BoxStyle(
        fill: "#ffffff", rounded: of(kind).rounded, border: of(kind).border, double: of(kind).double
      )
    case (.grey, _):
      BoxStyle(
        fill: greys[kind] ?? "#ffffff", rounded: of(kind).rounded, border: of(kind).border,
        double: of(kind).double)
    case (_, .resource): BoxStyle(fill: "#e0e0e0", rounded: false, border: 1, double: false)
    case (_, .activity): BoxStyle(fill: "#ffffff", rounded: true, border: 1, double: false)
    case (_, .output): BoxStyle(fill: "#ffffff", rounded: false, border: 3, double: false)
    case (_, .outcomeShort): BoxStyle(fill: "#deebf7", rounded: true, border: 1, double: false)
    case (_, .outcomeMedium): BoxStyle(fill: "#c6dbef", rounded: true, border: 1, double: false)
    case (_, .outcomeLong): BoxStyle(fill: "#9ecae1", rounded: true, border: 1, double: false)
    case (_, .impact): BoxStyle(fill: "#6baed6", rounded: false, border: 1, double: true)
    }
  }

  /// The colour theme's fills in grey of the same lightness.
  static let greys: [Kind: String] = [
    .resource: "#e0e0e0", .outcomeShort: "#f0f0f0", .outcomeMedium: "#d9d9d9",
    .outcomeLong: "#bdbdbd", .impact: "#969696",
  ]

  /// The colour of the border of a node with a finding.
  static func findingColor(_ theme: Theme) -> String { theme == .colour ? "#d62728" : "#000000" }
  /// The colour of a box or arrow a new edition added, changed or removed: its border and its
  /// sign tell the same in black and white.
  static func markColor(_ mark: Figure.Mark, _ theme: Theme) -> String {
    guard theme == .colour else { return "#000000" }
    return switch mark {
    case .added: "#2e7d32"
    case .changed: "#ef6c00"
    case .removed: "#c62828"
    }
  }

  /// The colour of ordinary borders and arrows.
  static func lineColor(_ theme: Theme) -> String { theme == .colour ? "#333333" : "#000000" }
}
