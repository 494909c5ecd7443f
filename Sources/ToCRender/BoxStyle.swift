import ToCModel

/// How a kind of node looks: a shape and a fill that tell the kinds apart in greyscale print
/// too. Fills darken from outputs to impact; resources are grey and square, activities and
/// outcomes rounded, outputs have a bold border and impact a double one.
struct BoxStyle: Hashable {
  /// A fill colour as `#rrggbb`.
  var fill: String
  var rounded: Bool
  /// The border width in points.
  var border: Int
  var double: Bool

  static func of(_ kind: Kind) -> BoxStyle {
    switch kind {
    case .resource: BoxStyle(fill: "#e0e0e0", rounded: false, border: 1, double: false)
    case .activity: BoxStyle(fill: "#ffffff", rounded: true, border: 1, double: false)
    case .output: BoxStyle(fill: "#ffffff", rounded: false, border: 3, double: false)
    case .outcomeShort: BoxStyle(fill: "#deebf7", rounded: true, border: 1, double: false)
    case .outcomeMedium: BoxStyle(fill: "#c6dbef", rounded: true, border: 1, double: false)
    case .outcomeLong: BoxStyle(fill: "#9ecae1", rounded: true, border: 1, double: false)
    case .impact: BoxStyle(fill: "#6baed6", rounded: false, border: 1, double: true)
    }
  }

  /// The colour of the border of a node with a finding.
  static let findingColor = "#d62728"
  /// The colour of ordinary borders and arrows.
  static let lineColor = "#333333"
}
