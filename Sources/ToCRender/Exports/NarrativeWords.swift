import ToCModel

/// The sentence patterns of the narrative in one language. Every pattern puts quoted texts where
/// a noun phrase belongs, so any label or assumption fits. `turn` picks one of four patterns.
struct NarrativeWords {
  let language: Language
  var nl: Bool { language == .nl }

  init(_ language: Language) {
    self.language = language
  }

  var goal: String { nl ? "Het doel: " : "The goal: " }
  var baseline: String { nl ? "nulmeting" : "baseline" }
  var target: String { nl ? "streefwaarde" : "target" }

  var noLinks: String {
    nl
      ? "Deze verandertheorie heeft nog geen verbanden." : "This theory of change has no links yet."
  }

  func step(_ kind: Kind, _ from: String, _ to: String, _ turn: Int) -> String {
    switch (kind, nl, turn % 4) {
    case (.resource, true, 0): "We zetten \(from) in voor \(to)."
    case (.resource, true, 1): "Voor \(to) is \(from) nodig."
    case (.resource, true, 2): "\(from) maakt \(to) mogelijk."
    case (.resource, true, _): "Ook \(from) dient voor \(to)."
    case (.resource, false, 0): "We use \(from) for \(to)."
    case (.resource, false, 1): "For \(to), we need \(from)."
    case (.resource, false, 2): "\(from) makes \(to) possible."
    case (.resource, false, _): "\(from) also serves \(to)."
    case (.activity, true, 0): "Als we \(from) doen, leidt dat tot \(to)."
    case (.activity, true, 1): "Met \(from) werken we aan \(to)."
    case (.activity, true, 2): "\(from) levert \(to) op."
    case (.activity, true, _): "Daarnaast leidt \(from) tot \(to)."
    case (.activity, false, 0): "If we do \(from), that leads to \(to)."
    case (.activity, false, 1): "With \(from), we work towards \(to)."
    case (.activity, false, 2): "\(from) brings about \(to)."
    case (.activity, false, _): "Besides, \(from) leads to \(to)."
    case (_, true, 0): "Is \(from) bereikt, dan leidt dat tot \(to)."
    case (_, true, 1): "\(from) draagt bij aan \(to)."
    case (_, true, 2): "Uit \(from) volgt \(to)."
    case (_, true, _): "\(from) maakt de weg vrij voor \(to)."
    case (_, false, 0): "Once \(from) is achieved, that leads to \(to)."
    case (_, false, 1): "\(from) contributes to \(to)."
    case (_, false, 2): "\(from) in turn brings \(to) closer."
    case (_, false, _): "\(from) paves the way for \(to)."
    }
  }

  func assumption(_ quoted: [String], _ turn: Int) -> String {
    let list = PlainText.list(quoted, language)
    let many = quoted.count > 1
    switch (nl, turn % 4) {
    case (true, 0):
      return many ? "We gaan daarbij uit van: \(list)." : "We gaan daarbij uit van \(list)."
    case (true, 1):
      return many ? "De aannames hierachter: \(list)." : "De aanname hierachter: \(list)."
    case (true, 2): return "Dat rust op \(many ? "de aannames" : "de aanname") \(list)."
    case (true, _): return "Hier geldt \(many ? "de aannames" : "de aanname") \(list)."
    case (false, 0): return many ? "This assumes: \(list)." : "This assumes \(list)."
    case (false, 1): return "The \(many ? "assumptions" : "assumption") behind it: \(list)."
    case (false, 2): return "It rests on the \(many ? "assumptions" : "assumption") \(list)."
    case (false, _): return "Here we assume \(list)."
    }
  }

  func sameAssumption(_ count: Int, _ turn: Int) -> String {
    let many = count > 1
    switch (nl, turn % 4) {
    case (true, 0):
      return "Daarbij \(many ? "gelden dezelfde aannames" : "geldt dezelfde aanname")."
    case (true, 1): return "Ook dat rust op \(many ? "die aannames" : "die aanname")."
    case (true, 2): return "\(many ? "Dezelfde aannames gelden" : "Dezelfde aanname geldt") hier."
    case (true, _): return "Ook hier gaan we daarvan uit."
    case (false, 0): return "The same \(many ? "assumptions hold" : "assumption holds") here."
    case (false, 1): return "This rests on the same \(many ? "assumptions" : "assumption")."
    case (false, 2): return "Here, too, we assume the same."
    case (false, _):
      return "\(many ? "Those assumptions apply" : "That assumption applies") as well."
    }
  }

  func source(_ sources: [String], _ turn: Int) -> String {
    let opening =
      switch (nl, turn % 2) {
      case (true, 0): "Bron: "
      case (true, _): "Zo staat het in: "
      case (false, 0): "Source: "
      case (false, _): "As written in: "
      }
    return opening + sources.joined(separator: "; ")
      + (sources.last?.hasSuffix(".") == true ? "" : ".")
  }

  func measure(_ node: String, _ indicators: String, _ turn: Int) -> String {
    switch (nl, turn % 4) {
    case (true, 0): "We meten \(node) aan \(indicators)."
    case (true, 1): "Of \(node) lukt, blijkt uit \(indicators)."
    case (true, 2): "Voor \(node) kijken we naar \(indicators)."
    case (true, _): "De indicator bij \(node): \(indicators)."
    case (false, 0): "We measure \(node) by \(indicators)."
    case (false, 1): "Whether \(node) happens shows in \(indicators)."
    case (false, 2): "For \(node), we look at \(indicators)."
    case (false, _): "The indicator for \(node): \(indicators)."
    }
  }

  func inTheEnd(_ list: String) -> String {
    nl ? "Uiteindelijk draagt dit bij aan \(list)." : "In the end, this contributes to \(list)."
  }

  func modelAssumptions(_ quoted: [String]) -> String {
    let list = PlainText.list(quoted, language)
    let count = quoted.count
    if nl {
      return count == 1
        ? "Voor het geheel gaan we uit van één aanname: \(list)."
        : "Voor het geheel gaan we uit van \(number(count)) aannames: \(list)."
    }
    return count == 1
      ? "Throughout, we make one assumption: \(list)."
      : "Throughout, we make \(number(count)) assumptions: \(list)."
  }

  func number(_ count: Int) -> String {
    let dutch = [
      "nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    ]
    let english = [
      "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]
    guard count <= 10 else { return String(count) }
    return nl ? dutch[count] : english[count]
  }
}
