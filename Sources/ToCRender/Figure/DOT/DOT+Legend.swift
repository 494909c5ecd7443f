import ToCModel

extension DOTWriter {
  /// The legend: a sample of each kind drawn, of a note and a marked box, then the numbered
  /// assumptions and the findings.
  func legend() -> String {
    let legend = figure.legend
    let language = figure.language
    var rows = [
      #"<TD PORT="title" COLSPAN="2" ALIGN="LEFT"><B>"# + DOTText.html(FigureWords.legend[language])
        + "</B></TD>"
    ]
    for kind in legend.kinds {
      rows.append(
        sample(
          Self.frame(kind, flagged: false, theme: figure.style.theme, padding: 0),
          kind.title(in: language)))
    }
    if legend.notes {
      rows.append(sample(Self.noteFrame, FigureWords.indicator[language]))
    }
    if legend.flagged {
      let frame =
        ##"BORDER="2" STYLE="dashed" COLOR="\##(BoxStyle.findingColor(figure.style.theme))" CELLBORDER="0" CELLPADDING="0" BGCOLOR="#ffffff""##
      rows.append(sample(frame, FigureWords.finding[language]))
    }
    for mark in legend.marks {
      let words = [
        Figure.Mark.added: FigureWords.added, .changed: FigureWords.changed,
        .removed: FigureWords.removed,
      ]
      let frame = Self.frame(
        .activity, flagged: false, theme: figure.style.theme, mark: mark, padding: 0)
      rows.append(sample(frame, Self.sign(mark) + " " + (words[mark]?[language] ?? "")))
    }
    if !legend.assumptions.isEmpty {
      rows.append(heading(FigureWords.assumptions[language]))
      rows += legend.assumptions.map { entry("[\($0.number)]", $0.lines) }
    }
    if !legend.findings.isEmpty {
      rows.append(heading(FigureWords.findings[language]))
      rows += legend.findings.map { entry($0.code, $0.lines) }
    }
    let attributes =
      ##"BORDER="1" COLOR="#999999" CELLBORDER="0" CELLSPACING="4" CELLPADDING="2" BGCOLOR="#ffffff""##
    return "    <TABLE \(attributes)>\n"
      + rows.map { "      <TR>\($0)</TR>" }.joined(separator: "\n")
      + "\n    </TABLE>"
  }

  /// The size of the legend's texts, as DOT reads it.
  var size: String { FigureStyle.points(figure.style.legendSize) }

  func sample(_ frame: String, _ name: String) -> String {
    #"<TD><TABLE "# + frame + #"><TR><TD WIDTH="30" HEIGHT="16"> </TD></TR></TABLE></TD>"#
      + #"<TD ALIGN="LEFT"><FONT POINT-SIZE="\#(size)">"# + DOTText.html(name) + "</FONT></TD>"
  }

  func heading(_ text: String) -> String {
    #"<TD COLSPAN="2" ALIGN="LEFT"><B>"# + DOTText.html(text) + "</B></TD>"
  }

  func entry(_ key: String, _ lines: [String]) -> String {
    #"<TD ALIGN="RIGHT" VALIGN="TOP"><FONT POINT-SIZE="\#(size)">"# + DOTText.html(key)
      + "</FONT></TD>"
      + #"<TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="\#(size)">"# + DOTText.lines(lines)
      + "</FONT></TD>"
  }
}
