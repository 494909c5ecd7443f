import ToCModel

/// Draws a model as a TikZ picture on Graphviz's layout: boxes, column titles and arrows where
/// `FigureLayout` says Graphviz put them, and every text set by LaTeX, in the thesis's own font.
/// Groups and included files are framed with TikZ's `fit`. Descriptions are set smaller inside
/// their box and indicator notes in dotted frames under it (beside it, top to bottom), as
/// `toc render` draws them, in the room Graphviz kept for them.
public enum TikZ {
  /// The picture, or with `standalone` a document that compiles on its own with `pdflatex`.
  public static func render(
    _ model: Model, options: RenderOptions = RenderOptions(), layout: FigureLayout,
    standalone: Bool = false
  ) -> String {
    let figure = Figure(model: model, options: options)
    let writer = TikZWriter(figure: figure, layout: layout)
    let picture = writer.picture()
    guard standalone else { return picture }
    // A page as large as the picture, with room for the title and LaTeX's own text widths:
    // `standalone.cls` is not in Debian's basic TeX Live packages, `geometry` is. The text is
    // in Latin Modern, LaTeX's own font; in a thesis, the picture takes the thesis's font.
    let factor = writer.factor
    let width = TikZWriter.number(layout.width * factor * 1.1 + 24)
    let height = TikZWriter.number((layout.height + 40) * factor * 1.1 + 24)
    return """
      \\documentclass{article}
      \\usepackage[paperwidth=\(width)pt,paperheight=\(height)pt,margin=12pt]{geometry}
      \\usepackage[T1]{fontenc}
      \\usepackage[utf8]{inputenc}
      \\usepackage{lmodern}
      \\usepackage{textcomp}
      \\usepackage{tikz}
      \\usetikzlibrary{fit,arrows.meta}
      \\pagestyle{empty}
      \\begin{document}
      \\noindent
      \(picture)\\end{document}

      """
  }
}

extension TikZ {
  /// What to say when a font was chosen for a TikZ picture: pdflatex cannot load a system font
  /// by name, so the picture's text takes the document's font (Latin Modern with `standalone`);
  /// nil for the default font.
  public static func fontNote(_ style: FigureStyle, standalone: Bool) -> Bilingual? {
    guard style.font != FigureStyle().font else { return nil }
    let font = PlainText.oneLine(style.font)
    return standalone
      ? Bilingual(
        en: "the font \(font) is not used in TikZ: the text is set by LaTeX in Latin Modern; "
          + "in your own document, the picture takes the document's font",
        nl: "het lettertype \(font) wordt in TikZ niet gebruikt: LaTeX zet de tekst in Latin "
          + "Modern; in je eigen document neemt de figuur het lettertype van het document over")
      : Bilingual(
        en: "the font \(font) is not used in TikZ: the picture takes the font of the LaTeX "
          + "document it is put in",
        nl: "het lettertype \(font) wordt in TikZ niet gebruikt: de figuur neemt het lettertype "
          + "over van het LaTeX-document waarin ze staat")
  }
}

/// Writes a `Figure` on a `FigureLayout` as TikZ.
struct TikZWriter {
  var figure: Figure
  var layout: FigureLayout

  func picture() -> String {
    let style = figure.style
    let theme = style.theme
    var out = "% \(TeXText.comment(figure.title)): drawn by toc on Graphviz's layout.\n"
    out += "% Needs \\usetikzlibrary{fit,arrows.meta}; the text is set in the document's font.\n"
    for kind in Kind.allCases {
      let fill = BoxStyle.of(kind, theme: theme).fill.dropFirst().uppercased()
      out += "\\definecolor{toc\(Self.name(kind))}{HTML}{\(fill)}\n"
    }
    out += "\\begin{tikzpicture}[x=1pt, y=1pt, \(scale())\n"
    out +=
      "  toc box/.style={draw, align=center, inner sep=2pt, font=\\small,\n    execute at begin node={\\hyphenpenalty=10000\\exhyphenpenalty=10000}},\n"
    out += "  toc title/.style={font=\\small\\bfseries},\n"
    out += "  toc frame/.style={draw=black!40, inner sep=4pt},\n"
    out += "  toc arrow/.style={draw=black!80, -{Stealth[length=5pt]}},\n"
    out +=
      "  toc note/.style={draw=black!60, dotted, align=left, inner sep=3pt, font=\\scriptsize},\n"
    for kind in Kind.allCases {
      let box = BoxStyle.of(kind, theme: theme)
      var parts = [
        "fill=toc\(Self.name(kind))",
        "line width=\(box.border == 3 ? 1.6 : box.border == 2 ? 1 : 0.5)pt",
      ]
      if box.rounded { parts.append("rounded corners=5pt") }
      if box.double { parts += ["double", "double distance=1.2pt"] }
      out += "  toc \(Self.name(kind))/.style={\(parts.joined(separator: ", "))},\n"
    }
    out += "]\n"
    if style.title, let top = layout.nodes.values.map(\.maxY).max() {
      out += "\\node[font=\\large\\bfseries, anchor=south] at (\(Self.number(layout.width / 2)),"
      out += "\(Self.number(top + 8))) {\(TeXText.escaped(figure.title))};\n"
    }
    for column in figure.columns {
      out += self.column(column)
    }
    for edge in layout.edges {
      out += arrow(edge)
    }
    if !figure.legend.isEmpty, let place = layout.nodes["legend"] {
      out += legend(at: place)
    }
    return out + "\\end{tikzpicture}\n"
  }

  /// The picture's scale: a page's, when the figure was made to fit one.
  var factor: Double {
    guard let size = figure.style.size else { return 1 }
    let width = size.width / 2.54 * 72
    let height = (size.height ?? 1000) / 2.54 * 72
    let factor = min(width / max(layout.width, 1), height / max(layout.height, 1))
    return size.exact ? factor : min(factor, 1)
  }

  func scale() -> String {
    factor == 1 ? "" : "scale=\(Self.number(factor)), every node/.style={transform shape},"
  }

  /// A column's title, its boxes, and a frame around each group and included file.
  func column(_ column: Figure.Column) -> String {
    var out = "% \(TeXText.comment(column.title))\n"
    if let title = layout.titles[column.kind.rawValue] {
      out += "\\node[toc title] at (\(Self.number(title.x)),\(Self.number(title.y + 4))) "
      out += "{\(TeXText.escaped(column.title))};\n"
    }
    for block in column.blocks { out += self.block(block) }
    return out
  }

  func block(_ block: Figure.Block) -> String {
    switch block {
    case .box(let box): return self.box(box)
    case .group(let title, let boxes):
      return boxes.map(self.box).joined() + frame(title, boxes: boxes, rounded: true)
    case .include(let title, let blocks):
      return blocks.map(self.block).joined()
        + frame(title, boxes: blocks.flatMap(\.boxes), rounded: false)
    }
  }

  func box(_ box: Figure.Box) -> String {
    guard let cell = layout.boxes[box.id] else { return "" }
    // The cell is 2 pt larger than the box Graphviz draws in it, on every side.
    let (width, height) = (cell.maxX - cell.minX - 4, cell.maxY - cell.minY - 4)
    var out = "\\node[toc box, toc \(Self.name(box.kind)), minimum width=\(Self.number(width))pt, "
    out += "minimum height=\(Self.number(height))pt, text width=\(Self.number(width - 8))pt] "
    out += "(\(Self.nodeName(box))) at (\(Self.number(cell.midX)),\(Self.number(cell.midY))) "
    var text = box.label.map(TeXText.escaped).joined(separator: "\\\\ ")
    if !box.description.isEmpty {
      text +=
        "\\\\[1pt]\\scriptsize " + box.description.map(TeXText.escaped).joined(separator: "\\\\ ")
    }
    return out + "{\(text)};\n" + notes(box, width: width)
  }

  /// A box's indicator notes, each in a dotted frame: under the box when columns run left to
  /// right, beside it when they run top to bottom, as in `toc render`.
  func notes(_ box: Figure.Box, width: Double) -> String {
    let stacked = figure.direction == .leftToRight
    var out = ""
    var previous = Self.nodeName(box)
    for (position, note) in box.notes.enumerated() {
      let name = "\(Self.nodeName(box))i\(position + 1)"
      var lines = note.label.map { "\\textit{\(TeXText.escaped($0))}" }
      lines += note.values.map(TeXText.escaped)
      let place =
        stacked
        ? "anchor=north, yshift=-3pt, text width=\(Self.number(width - 6))pt] (\(name)) at (\(previous).south)"
        : "anchor=west, xshift=3pt] (\(name)) at (\(previous).east)"
      out += "\\node[toc note, \(place) {\(lines.joined(separator: "\\\\ "))};\n"
      previous = name
    }
    return out
  }

  func frame(_ title: String, boxes: [Figure.Box], rounded: Bool) -> String {
    let members = boxes.filter { layout.boxes[$0.id] != nil }.map { "(\(Self.nodeName($0)))" }
    guard !members.isEmpty else { return "" }
    let corners = rounded ? ", rounded corners=4pt" : ""
    return "\\node[toc frame\(corners), fit=\(members.joined()), inner ysep=10pt, "
      + "label={[font=\\footnotesize\\itshape, anchor=north west, inner sep=2pt]north west:"
      + "\(TeXText.escaped(title))}] {};\n"
  }

  func arrow(_ edge: FigureLayout.Edge) -> String {
    guard let first = edge.controls.first else { return "" }
    var path = "(\(Self.point(first)))"
    var index = 1
    while index + 2 < edge.controls.count {
      path += " .. controls (\(Self.point(edge.controls[index])))"
      path += " and (\(Self.point(edge.controls[index + 1])))"
      path += " .. (\(Self.point(edge.controls[index + 2])))"
      index += 3
    }
    var out: String
    if let tip = edge.tip {
      out = "\\draw[toc arrow] \(path) -- (\(Self.point(tip)));\n"
    } else {
      out = "\\draw[draw=black!80] \(path);\n"
    }
    if let label = edge.label {
      out += "\\node[font=\\footnotesize] at (\(Self.point(label.at))) "
      out += "{\(TeXText.escaped(label.text))};\n"
    }
    return out
  }

  /// The legend, in the place Graphviz kept for it: a sample of each kind, then the numbered
  /// assumptions and the findings.
  func legend(at place: FigureLayout.Rect) -> String {
    let language = figure.language
    var rows = ["\\multicolumn{2}{l}{\\bfseries \(TeXText.escaped(FigureWords.legend[language]))}"]
    for kind in figure.legend.kinds {
      rows.append(
        "\\tikz\\node[toc box, toc \(Self.name(kind)), minimum width=18pt, minimum height=9pt]{};"
          + " & \(TeXText.escaped(kind.title(in: language)))")
    }
    if figure.legend.notes {
      rows.append(
        "\\tikz\\node[toc note, minimum width=18pt, minimum height=9pt]{}; & "
          + TeXText.escaped(FigureWords.indicator[language]))
    }
    if !figure.legend.assumptions.isEmpty {
      rows.append(
        "\\multicolumn{2}{l}{\\bfseries \(TeXText.escaped(FigureWords.assumptions[language]))}")
      rows += figure.legend.assumptions.map {
        "[\($0.number)] & \\parbox[t]{12em}{\\raggedright "
          + $0.lines.map(TeXText.escaped).joined(separator: " ") + "}"
      }
    }
    if !figure.legend.findings.isEmpty {
      rows.append(
        "\\multicolumn{2}{l}{\\bfseries \(TeXText.escaped(FigureWords.findings[language]))}")
      rows += figure.legend.findings.map {
        "\(TeXText.escaped($0.code)) & \\parbox[t]{12em}{\\raggedright "
          + $0.lines.map(TeXText.escaped).joined(separator: " ") + "}"
      }
    }
    return "\\node[draw=black!40, anchor=north west, font=\\footnotesize, inner sep=4pt] at "
      + "(\(Self.number(place.minX)),\(Self.number(place.maxY))) {\\begin{tabular}{@{}ll@{}}\n"
      + rows.joined(separator: "\\\\\n") + "\n\\end{tabular}};\n"
  }

  static func name(_ kind: Kind) -> String {
    String(kind.rawValue.filter { $0.isLetter })
  }

  static func nodeName(_ box: Figure.Box) -> String { "n\(box.index)" }

  static func point(_ point: FigureLayout.Point) -> String {
    "\(number(point.x)),\(number(point.y))"
  }

  /// A coordinate to a tenth of a point.
  static func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }
}
