import ToCModel

extension MermaidWriter {
  /// A class per kind with the fill and border of `BoxStyle`, and one for marked nodes.
  func styles() -> [String] {
    let boxes = figure.columns.flatMap { $0.blocks.flatMap(\.boxes) }
    var lines: [String] = []
    for kind in figure.legend.kinds {
      let style = BoxStyle.of(kind)
      let width = style.double ? 4 : style.border
      lines.append(
        "  classDef \(Self.className(kind)) fill:\(style.fill),stroke:\(BoxStyle.lineColor(.colour)),stroke-width:\(width)px"
      )
      let ids = boxes.filter { $0.kind == kind }.map { "n\($0.index)" }
      lines.append("  class \(ids.joined(separator: ",")) \(Self.className(kind))")
    }
    let notes = boxes.reduce(0) { $0 + $1.notes.count }
    if notes > 0 {
      lines.append("  classDef note fill:#ffffff,stroke:#555555,stroke-dasharray:2 2")
      lines.append("  class \((0..<notes).map { "i\($0)" }.joined(separator: ",")) note")
    }
    let flagged = boxes.filter(\.flagged).map { "n\($0.index)" }
    if !flagged.isEmpty {
      lines.append(
        "  classDef finding stroke:\(BoxStyle.findingColor(.colour)),stroke-width:2px,stroke-dasharray:6 3"
      )
      lines.append("  class \(flagged.joined(separator: ",")) finding")
    }
    return lines
  }

  /// `outcomeShort`: a class name Mermaid accepts.
  static func className(_ kind: Kind) -> String {
    switch kind {
    case .resource: "resource"
    case .activity: "activity"
    case .output: "output"
    case .outcomeShort: "outcomeShort"
    case .outcomeMedium: "outcomeMedium"
    case .outcomeLong: "outcomeLong"
    case .impact: "impact"
    }
  }
}
