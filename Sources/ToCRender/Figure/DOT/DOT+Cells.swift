import ToCModel

extension DOTWriter {
  /// One cell of a table: its `<TD>` attributes and content.
  struct Cell {
    var attributes: String
    var content: String
  }

  /// A column: its title, then its boxes, groups and included files.
  func table(_ column: Figure.Column) -> String {
    let title = Cell(attributes: #" PORT="title""#, content: "<B>\(DOTText.html(column.title))</B>")
    return stack(
      [title] + column.blocks.map(cell),
      attributes: #"BORDER="0" CELLBORDER="0" CELLSPACING=""# + (stacked ? "5" : "8") + "\"",
      indent: "    ")
  }

  /// A block as a cell: a group or included file is a titled frame around its own cells.
  func cell(_ block: Figure.Block) -> Cell {
    switch block {
    case .box(let box):
      return cell(box)
    case .group(let title, let boxes):
      let frame = ##"BORDER="1" STYLE="rounded" COLOR="#999999" CELLBORDER="0" CELLSPACING="6""##
      return Cell(
        attributes: "",
        content: framed(title: "<I>\(DOTText.html(title))</I>", boxes.map(cell), frame))
    case .include(let title, let blocks):
      let frame = ##"BORDER="1" COLOR="#555555" CELLBORDER="0" CELLSPACING="6""##
      return Cell(
        attributes: "",
        content: framed(title: "<B>\(DOTText.html(title))</B>", blocks.map(cell), frame))
    }
  }

  /// A box: the port arrows attach to, a tooltip and an id, and its notes if any: under it in a
  /// column, beside it in a row, so they never sit where arrows arrive or leave.
  func cell(_ box: Figure.Box) -> Cell {
    let attributes =
      " PORT=\"n\(box.index)\" ID=\"node-\(DOTText.html(box.id))\" HREF=\"#\""
      + " TOOLTIP=\"\(DOTText.html(box.tooltip))\""
    guard !box.notes.isEmpty else { return Cell(attributes: attributes, content: shape(box)) }
    var cells = ["<TD\(attributes)>\(shape(box))</TD>"]
    for note in box.notes {
      var text = "<I>\(DOTText.lines(note.label))</I>"
      if !note.values.isEmpty { text += "<BR/>" + DOTText.lines(note.values) }
      cells.append(
        "<TD><TABLE \(Self.noteFrame)><TR><TD><FONT POINT-SIZE=\"\(small)\">\(text)</FONT></TD></TR></TABLE></TD>"
      )
    }
    let rows = stacked ? cells.map { "<TR>\($0)</TR>" }.joined() : "<TR>\(cells.joined())</TR>"
    return Cell(
      attributes: "",
      content: #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3">"# + rows + "</TABLE>")
  }

  /// The size of notes and descriptions, as DOT reads it.
  var small: String { FigureStyle.points(figure.style.smallSize) }

  static let noteFrame =
    ##"BORDER="1" STYLE="dotted" COLOR="#555555" CELLBORDER="0" CELLPADDING="4""##

  /// The box itself: a one-cell table in the style of its kind, label and description inside.
  func shape(_ box: Figure.Box) -> String {
    var label = box.label
    if let mark = box.mark, !label.isEmpty { label[0] = Self.sign(mark) + " " + label[0] }
    var text = DOTText.lines(label)
    if box.mark == .removed { text = "<FONT COLOR=\"#555555\">\(text)</FONT>" }
    if !box.description.isEmpty {
      text += "<BR/><FONT POINT-SIZE=\"\(small)\">\(DOTText.lines(box.description))</FONT>"
    }
    let frame = Self.frame(
      box.kind, flagged: box.flagged, theme: figure.style.theme, mark: box.mark)
    return "<TABLE \(frame)><TR><TD>\(text)</TD></TR></TABLE>"
  }

  /// The table attributes that draw a kind's shape, fill and border.
  static func frame(
    _ kind: Kind, flagged: Bool, theme: Theme, mark: Figure.Mark? = nil, padding: Int = 6
  ) -> String {
    let style = BoxStyle.of(kind, theme: theme)
    let border =
      switch mark {
      case .added?, .changed?: 3
      case .removed?: 1
      case nil: flagged ? max(style.border, 2) : style.border
      }
    var attributes = "BORDER=\"\(border)\""
    attributes +=
      style.double ? #" CELLBORDER="1" CELLSPACING="2""# : #" CELLBORDER="0" CELLSPACING="0""#
    attributes += " CELLPADDING=\"\(padding)\" BGCOLOR=\"\(style.fill)\""
    let styles =
      (style.rounded ? ["rounded"] : []) + (flagged || mark == .removed ? ["dashed"] : [])
    if !styles.isEmpty { attributes += " STYLE=\"\(styles.joined(separator: ","))\"" }
    if let mark {
      attributes += " COLOR=\"\(BoxStyle.markColor(mark, theme))\""
    } else if flagged {
      attributes += " COLOR=\"\(BoxStyle.findingColor(theme))\""
    }
    return attributes
  }

  /// The sign before a marked label: it tells the marks apart in any print.
  static func sign(_ mark: Figure.Mark) -> String {
    switch mark {
    case .added: "+"
    case .changed: "±"
    case .removed: "−"
    }
  }

  /// A frame with a title over its cells.
  func framed(title: String, _ cells: [Cell], _ attributes: String) -> String {
    let heading =
      #"<TD ALIGN="LEFT""# + (stacked || cells.count < 2 ? "" : " COLSPAN=\"\(cells.count)\"")
      + "><FONT POINT-SIZE=\"\(FigureStyle.points(figure.style.legendSize))\">\(title)</FONT></TD>"
    let body = cells.map { "<TD\($0.attributes)>\($0.content)</TD>" }
    let rows =
      stacked
      ? ([heading] + body).map { "<TR>\($0)</TR>" }
      : ["<TR>\(heading)</TR>", "<TR>\(body.joined())</TR>"]
    return "<TABLE \(attributes)>" + rows.joined() + "</TABLE>"
  }

  /// Cells one under the other (columns left to right) or side by side (rows top to bottom),
  /// one cell per line of DOT.
  func stack(_ cells: [Cell], attributes: String, indent: String) -> String {
    let lines = cells.map { "<TD\($0.attributes)>\($0.content)</TD>" }
    let rows =
      stacked
      ? lines.map { "\(indent)  <TR>\($0)</TR>" }
      : ["\(indent)  <TR>"] + lines.map { "\(indent)    \($0)" } + ["\(indent)  </TR>"]
    return "\(indent)<TABLE \(attributes)>\n" + rows.joined(separator: "\n") + "\n\(indent)</TABLE>"
  }
}
