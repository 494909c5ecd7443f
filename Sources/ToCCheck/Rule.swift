import ToCModel

/// A rule that describes itself: what it finds, why that matters, and a bad and a good example.
/// `toc explain`, the rules page and the rule tests are all made from this data.
public struct Rule: Sendable {
  public var code: Code
  public var summary: Bilingual
  public var rationale: Bilingual
  /// A model that triggers the rule, and the same model mended: what `toc explain` shows.
  public var bad: Example
  public var good: Example
  /// The other ways the rule fires, and models close to them that it lets be; tested like the two
  /// above, not shown.
  public var moreBad: [Example]
  public var moreGood: [Example]
  /// The check over a whole model; nil for rules the parser applies while reading.
  let check: (@Sendable (Graph) -> [Finding])?

  init(
    _ code: Code, summary: Bilingual, rationale: Bilingual, bad: Example, good: Example,
    moreBad: [Example] = [], moreGood: [Example] = [],
    check: (@Sendable (Graph) -> [Finding])? = nil
  ) {
    self.code = code
    self.summary = summary
    self.rationale = rationale
    self.bad = bad
    self.good = good
    self.moreBad = moreBad
    self.moreGood = moreGood
    self.check = check
  }

  public var name: String { code.name }
  public var severity: Severity { code.severity }

  /// The rule for a code (`TOC203`) or name (`orphan-outcome`).
  public static func named(_ text: String) -> Rule? {
    guard let code = Code(codeOrName: text) else { return nil }
    return Rules.all.first { $0.code == code }
  }
}

/// An example `.toc` file of a rule, checked as `voorbeeld.toc`.
public struct Example: Sendable {
  public var text: String
  /// The bytes checked: the text as UTF-8, unless the example is about bytes themselves.
  public var bytes: [UInt8]

  public init(_ text: String, bytes: [UInt8]? = nil) {
    self.text = text
    self.bytes = bytes ?? Array(text.utf8)
  }

  /// The file name examples are checked under (the include-cycle example includes itself).
  public static let fileName = "voorbeeld.toc"
}

/// A diagnostic found by a rule, with the link it is about (so `negeer:` on that link applies).
struct Finding: Sendable {
  var diagnostic: Diagnostic
  var link: LinkKey?
  /// The arrow written as something else that a dead end or unused resource is told at: what it
  /// names is then not reported besides it (`Consequences`).
  var lookAlike: ArrowLookAlike?

  init(_ diagnostic: Diagnostic, link: Link? = nil, lookAlike: ArrowLookAlike? = nil) {
    self.diagnostic = diagnostic
    self.link = link.map { LinkKey(from: $0.from, to: $0.to) }
    self.lookAlike = lookAlike
  }
}
