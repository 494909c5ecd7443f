import ToCModel
import ToCRender

/// What a figure scaled to a page looks like in print: the scale Graphviz chose, the printed
/// size and the smallest text, with what helps when that text is too small to read.
struct PrintReport {
  /// Graphviz's scale: 1 is the figure's own size.
  var scale: Double
  /// The printed size in centimetres.
  var width: Double
  var height: Double
  /// The smallest text, in points, as printed.
  var smallest: Double

  /// The smallest text a printed figure should have.
  static let readable = 7.0

  /// The report from the first line of `dot -Tplain` (`graph SCALE WIDTH HEIGHT`, inches without
  /// the figure's padding) on a figure whose smallest text is `smallest` points.
  init?(plain: [UInt8], smallest: Double) {
    let line = String(decoding: plain.prefix { $0 != 10 }, as: UTF8.self)
    let words = line.split(separator: " ").compactMap { Double($0) }
    guard line.hasPrefix("graph "), words.count == 3 else { return nil }
    let pad = 0.4
    scale = words[0]
    width = (words[1] + pad) * scale * 2.54
    height = (words[2] + pad) * scale * 2.54
    self.smallest = smallest * scale
  }

  /// One line, and when the text is too small a second one with what helps.
  func message(
    options: RenderOptions, landscape: Bool, includes: Bool, in language: Language
  ) -> String {
    let number = { (value: Double, digits: Int) -> String in
      let factor = digits == 0 ? 1.0 : 10.0
      let tenths = Int((value * factor).rounded())
      let text =
        digits == 0 ? "\(tenths)" : "\(tenths / 10)\(language == .nl ? "," : ".")\(tenths % 10)"
      return text
    }
    let percent = number(scale * 100, 0)
    let size = "\(number(width, 1)) × \(number(height, 1)) cm"
    var text =
      language == .nl
      ? "afgedrukt op \(percent)% (\(size)); de kleinste tekst is \(number(smallest, 1)) pt"
      : "printed at \(percent)% (\(size)); the smallest text is \(number(smallest, 1)) pt"
    guard smallest < Self.readable - 0.05 else { return text + "\n" }
    // Far too small for any option to mend: the model is too large for one page.
    guard smallest >= Self.readable * 0.6 else {
      return text
        + (language == .nl
          ? ", onder 7 pt: te veel voor één pagina. Teken elk deel apart"
            + (includes ? " (elk gebruikt bestand op zich)" : "") + "."
          : ", below 7 pt: too much for one page. Draw each part on its own"
            + (includes ? " (each included file by itself)" : "") + ".") + "\n"
    }
    var helps: [String] = []
    if options.direction == .leftToRight { helps.append("--direction TB") }
    if !landscape { helps.append("--page a4-landscape") }
    if options.style.wrap > 16 { helps.append("--wrap \(max(12, options.style.wrap - 8))") }
    if options.style.legend { helps.append("--no-legend") }
    let list = helps.map { "`\($0)`" }.joined(separator: ", ")
    text +=
      language == .nl
      ? ", onder 7 pt en slecht leesbaar op papier."
        + (helps.isEmpty
          ? " Verdeel het model over meer figuren (bijvoorbeeld één per deelproject)."
          : " Probeer \(list).")
      : ", below 7 pt and hard to read on paper."
        + (helps.isEmpty
          ? " Split the model over more figures (one per sub-project, say)." : " Try \(list).")
    return text + "\n"
  }
}
