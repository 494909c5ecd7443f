import ToCModel

/// How `DOT` and `Mermaid` draw a model: in which language and direction, and what to add to the
/// plain figure of columns and arrows.
public struct RenderOptions: Sendable, Hashable {
  /// The language of column titles, the legend and the figure's description.
  public var language: Language
  /// Columns left to right (the default) or rows top to bottom.
  public var direction: LayoutDirection
  /// Each indicator a node is measured by as a note under it, with its latest value and target.
  public var indicators: Bool
  /// Links that carry assumptions numbered `[1]`, `[2]`…, with the assumptions in the legend.
  public var assumptions: Bool
  /// Each node's `toelichting`, smaller under its label.
  public var descriptions: Bool
  /// Findings to show: a node with a finding on its definition line gets a red dashed border,
  /// and the legend lists every finding. They come from the load of the model drawn: their ranges
  /// name files as its `files` do.
  public var findings: [Diagnostic]
  /// Font, size, colours, what to leave out and the printed size.
  public var style: FigureStyle

  /// The plain figure in English, left to right, unless told otherwise.
  public init(
    language: Language = .en, direction: LayoutDirection = .leftToRight, indicators: Bool = false,
    assumptions: Bool = false, descriptions: Bool = false, findings: [Diagnostic] = [],
    style: FigureStyle = FigureStyle()
  ) {
    self.style = style
    self.language = language
    self.direction = direction
    self.indicators = indicators
    self.assumptions = assumptions
    self.descriptions = descriptions
    self.findings = findings
  }
}

/// Which way the columns of a figure follow each other.
public enum LayoutDirection: String, CaseIterable, Sendable, Hashable {
  /// Columns from left to right, each a stack of boxes: the figure people draw by hand.
  case leftToRight = "LR"
  /// Rows from top to bottom, each a line of boxes.
  case topToBottom = "TB"
}
