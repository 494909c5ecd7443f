import ToCModel

/// A figure's style kept beside its model, so a thesis's figures stay alike without repeating
/// options: a file `toc-style` (or `toc-stijl`) in the model's folder, one `setting: value` a
/// line, `#` for comments. Its settings are read as options given before the command line's
/// own, which win.
enum StyleFile {
  static let names = ["toc-style", "toc-stijl"]

  /// Each setting, in English and Dutch, and the option it stands for.
  static let settings: [(en: String, nl: String, option: Option)] = [
    ("font", "lettertype", FigureOptions.font),
    ("font-size", "lettergrootte", FigureOptions.fontSize),
    ("theme", "thema", FigureOptions.theme), ("page", "pagina", FigureOptions.page),
    ("width", "breedte", FigureOptions.width), ("wrap", "afbreken", FigureOptions.wrap),
    ("direction", "richting", RenderCommand.direction),
    ("legend", "legenda", FigureOptions.noLegend), ("title", "titel", FigureOptions.noTitle),
  ]

  /// The style file for the model at `path`, if its folder has one.
  static func find(for path: String, _ files: FileSystem) -> String? {
    let folder =
      path == "-" ? "" : path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    return names.map { folder + $0 }.first { files.kind($0) == .file }
  }

  /// The options the file's text stands for, or the first line that reads as none.
  static func options(_ text: String, file: String) -> Result<[String], StyleError> {
    var words: [String] = []
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      let trimmed = line.split(separator: " ", omittingEmptySubsequences: true).joined(
        separator: " ")
      let place = StyleError.Place(file: file, line: offset + 1)
      guard !trimmed.trimmingSpaces.isEmpty else { continue }
      guard let colon = trimmed.firstIndex(of: ":") else {
        return .failure(.notASetting(place, trimmed))
      }
      let key = trimmed[..<colon].trimmingSpaces.lowercased()
      let value = String(trimmed[trimmed.index(after: colon)...].trimmingSpaces)
      guard let setting = settings.first(where: { $0.en == key || $0.nl == key }) else {
        return .failure(
          .unknownSetting(
            place, key,
            suggestion: Suggestion.nearest(to: key, among: settings.flatMap { [$0.en, $0.nl] })))
      }
      // A flag turns something off (`--no-legend`): the setting says yes or no.
      guard setting.option.isFlag else {
        words += [setting.option.name, value]
        continue
      }
      switch value.lowercased() {
      case "no", "nee", "off", "uit": words.append(setting.option.name)
      case "yes", "ja", "on", "aan": break
      default: return .failure(.notYesOrNo(place, key, value))
      }
    }
    return .success(words)
  }
}

/// A line of a style file that toc cannot read, with where it is.
enum StyleError: Error, Equatable {
  struct Place: Equatable {
    var file: String
    var line: Int
  }

  case notASetting(Place, String)
  case unknownSetting(Place, String, suggestion: String?)
  case notYesOrNo(Place, String, String)

  var message: Bilingual {
    switch self {
    case .notASetting(let place, let text):
      Bilingual(
        en: "\(place.file):\(place.line):1: `\(text)` is not a setting; write `setting: value`",
        nl:
          "\(place.file):\(place.line):1: `\(text)` is geen instelling; schrijf `instelling: waarde`"
      )
    case .unknownSetting(let place, let key, let suggestion):
      Bilingual(
        en: "\(place.file):\(place.line):1: unknown setting `\(key)`"
          + (suggestion.map { "; did you mean `\($0)`?" } ?? ""),
        nl: "\(place.file):\(place.line):1: onbekende instelling `\(key)`"
          + (suggestion.map { "; bedoel je `\($0)`?" } ?? ""))
    case .notYesOrNo(let place, let key, let value):
      Bilingual(
        en: "\(place.file):\(place.line):1: `\(key)` is `yes` or `no`, not `\(value)`",
        nl: "\(place.file):\(place.line):1: `\(key)` is `ja` of `nee`, niet `\(value)`")
    }
  }
}
