import ToCModel
import ToCSupport

/// Runs every rule over a model and applies `negeer:`/`ignore:`: the lint of toc.
public enum Checker {
  /// The diagnostics of a parsed model, the parser's included, silenced where the file says so,
  /// each reported once, in order of file, line, column and code. Without `infos`, rules that only
  /// inform are not run at all (what `toc check` shows unless asked for more). `rules` are those
  /// of the registry unless a test brings its own.
  public static func check(
    _ model: Model, parserDiagnostics: [Diagnostic], infos: Bool = true, rules: [Rule] = Rules.all
  ) -> [Diagnostic] {
    let graph = Graph(model)
    let rules = rules.filter { $0.check != nil && (infos || $0.severity != .info) }
    var findings = parserDiagnostics.filter { infos || $0.severity != .info }.map { Finding($0) }
    for found in run(rules, on: graph) { findings += found }
    findings = Rule.withoutNothingDefined(findings, model, parserDiagnostics: parserDiagnostics)
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
    return Diagnostic.sortedUnique(
      Consequences.leaveOut(kept, graph: graph).map(\.diagnostic), in: model.files)
  }

  /// The findings of each rule, in the order of `rules`. Rules only read the graph, so they run on
  /// all of the machine's cores at once.
  static func run(_ rules: [Rule], on graph: Graph) -> [[Finding]] {
    Cores.map(rules.count) { rules[$0].check?(graph) ?? [] }
  }
}
