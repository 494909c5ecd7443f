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
    let kept = findings.filter { finding in
      !model.suppressions.contains {
        $0.silences(finding.diagnostic.code.rawValue, at: finding.diagnostic.range, about: finding.link)
      }
    }
    return Diagnostic.sorted(Diagnostic.unique(kept.map(\.diagnostic)))
  }
}
