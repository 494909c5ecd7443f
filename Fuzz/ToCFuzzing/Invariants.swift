import ToCCheck
import ToCModel
@_spi(Fuzzing) import ToCParser
import ToCRender

/// What must hold for any input at all, however broken: the fuzzer's oracle, also run over the
/// inputs it found by the regression tests.
public enum Invariants {
  /// The invariants `bytes` breaks, in words; empty when all hold. A trap is the other failure.
  public static func violations(of bytes: [UInt8]) -> [String] {
    var found: [String] = []
    let parser = Parser(reader: SourceReader { _ in nil })
    let parsed = parser.parse(bytes, file: "fuzz.toc")
    let diagnostics = Checker.check(parsed.model, parserDiagnostics: parsed.diagnostics)
    if diagnostics != Diagnostic.sorted(diagnostics, in: parsed.model.files) {
      found.append("diagnostics are not sorted")
    }
    for diagnostic in diagnostics {
      let range = diagnostic.range
      if range.line < 1 || range.column < 1
        || (range.endLine == range.line && range.endColumn <= range.column)
      {
        found.append(
          "\(diagnostic.code.rawValue) has the range \(range.line):\(range.column)-\(range.endLine):\(range.endColumn)"
        )
      }
    }
    // Read in pieces, as a large file is, it must be what it is read whole.
    let pieces = parser.parse(
      bytes, file: "fuzz.toc", linesPerPiece: 2, bytesPerPart: 16, cores: 3)
    if pieces.model != parsed.model || pieces.model.language != parsed.model.language
      || pieces.diagnostics != parsed.diagnostics
    {
      found.append("read in pieces it differs from read whole")
    }
    let export = ModelJSON.render(parsed.model)
    if !DOT.render(parsed.model).hasPrefix("digraph ") {
      found.append("DOT does not start with digraph")
    }
    if !Mermaid.render(parsed.model).contains("flowchart") {
      found.append("Mermaid has no flowchart")
    }
    guard case .formatted(let once) = Formatter.format(bytes, file: "fuzz.toc", language: nil)
    else {
      return found
    }
    guard
      case .formatted(let twice) = Formatter.format(
        Array(once.utf8), file: "fuzz.toc", language: nil)
    else {
      return found + ["the formatted text cannot be formatted again"]
    }
    if twice != once { found.append("formatting twice differs from formatting once") }
    let reformatted = parser.parse(Array(once.utf8), file: "fuzz.toc")
    if ModelJSON.render(reformatted.model) != export {
      found.append("formatting changed the exported model")
    }
    return found
  }
}
