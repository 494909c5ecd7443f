/// A language of keywords, messages and drawings: Dutch and English are equal citizens.
public enum Language: String, CaseIterable, Hashable, Sendable {
  case nl
  case en
}

/// A text in both languages, chosen when it is shown.
public struct Bilingual: Hashable, Sendable {
  public var en: String
  public var nl: String

  public init(en: String, nl: String) {
    self.en = en
    self.nl = nl
  }

  public subscript(language: Language) -> String {
    language == .nl ? nl : en
  }
}
