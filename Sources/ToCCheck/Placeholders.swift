import ToCModel

/// Finds placeholders such as `x-aantal` and `TODO` as whole words in the texts of a model.
enum Placeholders {
  /// Matched case-insensitively; `PM` only in capitals.
  static let words = ["x-aantal", "xxx", "xx", "todo", "tbd", "???", "...", "…"]

  /// Every text a reader sees: labels, descriptions, assumptions, text targets and the goal, in
  /// that order, handed over one at a time rather than gathered (nodes are large to copy).
  static func forEachText(of model: Model, _ body: (Located<String>) -> Void) {
    if let goal = model.meta.goal { body(goal) }
    model.meta.assumptions.forEach(body)
    for position in model.nodes.indices {
      body(model.nodes[position].label)
      if let description = model.nodes[position].description { body(description) }
      model.nodes[position].assumptions.forEach(body)
      if let target = model.nodes[position].target, case .text(let words) = target.value {
        body(Located(words, at: target.range))
      }
    }
    for position in model.links.indices { model.links[position].assumptions.forEach(body) }
    for indicator in model.indicators {
      body(indicator.label)
      if let description = indicator.description { body(description) }
    }
    model.otherTexts.forEach(body)
  }

  /// The first placeholder in `text` and its scalar offsets.
  static func first(in text: String) -> (word: String, offsets: Range<Int>)? {
    // Most texts hold no placeholder's bytes, and need not be decoded at all.
    guard mayHold(text) else { return nil }
    let scalars = Array(text.unicodeScalars)
    for start in scalars.indices where starts(scalars[start]) {
      for word in patterns {
        let end = start + word.scalars.count
        // The pattern first: most places start none, and that is cheaper to see than a word start.
        guard end <= scalars.count, matches(word, scalars, at: start),
          start == 0 || !isWordCharacter(scalars[start - 1]),
          end == scalars.count || !isWordCharacter(scalars[end]),
          !isElision(scalars, start, end)
        else { continue }
        return (String(String.UnicodeScalarView(scalars[start..<end])), start..<end)
      }
    }
    return nil
  }

  /// Whether some pattern's bytes occur in `text` at all (ASCII letters folded as `matches` folds
  /// them): labels full of `t` and `.` need not be decoded when no placeholder is spelt there.
  static func mayHold(_ text: String) -> Bool {
    var text = text
    // Taken once: a static is looked up through a call each time it is read.
    let (startBytes, patternsStartingWith, patternBytes) =
      (Self.startBytes, Self.patternsStartingWith, Self.patternBytes)
    return text.withUTF8 { bytes in
      for start in bytes.indices where startBytes[Int(bytes[start])] {
        for index in patternsStartingWith[Int(bytes[start])]
        where start + patternBytes[index].bytes.count <= bytes.count {
          let pattern = patternBytes[index]
          var offset = 0
          while offset < pattern.bytes.count {
            var byte = bytes[start + offset]
            if !pattern.exactCase, byte >= 0x41, byte <= 0x5A { byte += 32 }
            if byte != pattern.bytes[offset] { break }
            offset += 1
          }
          if offset == pattern.bytes.count { return true }
        }
      }
      return false
    }
  }

  /// For each byte, the patterns in `patternBytes` whose first byte it can be (folded as
  /// `mayHold` folds): most starts are tried against one pattern, not all.
  static let patternsStartingWith: [[Int]] = (0..<256).map { byte in
    patternBytes.indices.filter { index in
      let first = patternBytes[index].bytes[0]
      let folded = !patternBytes[index].exactCase && byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
      return Int(first) == folded
    }
  }

  /// The patterns as UTF-8, for `mayHold`.
  static let patternBytes = patterns.map {
    (bytes: Array(String(String.UnicodeScalarView($0.scalars)).utf8), exactCase: $0.exactCase)
  }

  /// A placeholder as scalars, and whether its case matters.
  struct Pattern {
    var scalars: [Unicode.Scalar]
    var exactCase: Bool
  }

  static let patterns =
    words.map { Pattern(scalars: Array($0.unicodeScalars), exactCase: false) }
    + [Pattern(scalars: ["P", "M"], exactCase: true)]

  /// The first bytes of the patterns' UTF-8, in both cases where case does not matter.
  static let startBytes: [Bool] = {
    var table = Array(repeating: false, count: 256)
    for pattern in patterns {
      let first = pattern.scalars[0]
      for scalar in pattern.exactCase ? [first] : [first, upperCase(first)] {
        table[Int(String(scalar).utf8.first!)] = true
      }
    }
    return table
  }()

  /// Whether a pattern can start with `scalar`.
  static func starts(_ scalar: Unicode.Scalar) -> Bool {
    patterns.contains {
      $0.scalars[0] == scalar || (!$0.exactCase && upperCase($0.scalars[0]) == scalar)
    }
  }

  /// An ASCII lower-case letter in upper case, as `matches` folds case; other scalars as they are.
  static func upperCase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    ("a"..."z").contains(scalar) ? Unicode.Scalar(scalar.value - 32)! : scalar
  }

  static func matches(_ pattern: Pattern, _ scalars: [Unicode.Scalar], at start: Int) -> Bool {
    for (offset, wanted) in pattern.scalars.enumerated() {
      var scalar = scalars[start + offset]
      if !pattern.exactCase, ("A"..."Z").contains(scalar) {
        scalar = Unicode.Scalar(scalar.value + 32)!
      }
      if scalar != wanted { return false }
    }
    return true
  }

  /// Letters, digits, `_` and `-`: what a placeholder may not touch to count as a whole word.
  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return scalar == "_" || scalar == "-" || ("a"..."z").contains(scalar)
        || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
    return scalar.properties.isAlphabetic
      || scalar.properties.generalCategory == .decimalNumber
  }

  /// `(…)` and `[...]` mark a cut in a quotation, not a gap in the theory.
  static func isElision(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard start > 0, end < scalars.count else { return false }
    return (scalars[start - 1] == "(" && scalars[end] == ")")
      || (scalars[start - 1] == "[" && scalars[end] == "]")
  }

  /// The placeholder's own columns when the text stands unquoted on one line, else the whole text.
  static func narrow(_ text: Located<String>, to offsets: Range<Int>) -> SourceRange {
    var range = text.range
    guard range.line == range.endLine,
      range.endColumn - range.column == text.value.unicodeScalars.count
    else { return range }
    range.column += offsets.lowerBound
    range.endColumn = range.column + offsets.count
    return range
  }
}
