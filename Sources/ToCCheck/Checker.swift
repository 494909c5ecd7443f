import ToCModel

/// Runs every rule over a model and applies `negeer:`/`ignore:`: the lint of toc.
public enum Checker {
  /// The diagnostics of a parsed model, the parser's included, silenced where the file says so,
  /// each reported once, in order of file, line, column and code.
  public static func check(_ model: Model, parserDiagnostics: [Diagnostic]) -> [Diagnostic] {
    let graph = Graph(model)
    var findings = parserDiagnostics.map { Finding($0) }
    for rule in Rules.all {
      if let check = rule.check { findings += check(graph) }
    }
    // Each finding is held only against the suppressions of its own rule.
    var byCode: [Code: [Suppression]] = [:]
    for suppression in model.suppressions {
      for code in suppression.codes.compactMap(Code.init(rawValue:)) {
        byCode[code, default: []].append(suppression)
      }
    }
    let kept =
      byCode.isEmpty
      ? findings
      : findings.filter { finding in
        let code = finding.diagnostic.code
        return !(byCode[code] ?? []).contains {
          $0.silences(code.rawValue, at: finding.diagnostic.range, about: finding.link)
        }
      }
    return Diagnostic.sortedUnique(kept.map(\.diagnostic))
  }
}
