import ToCCheck
import ToCModel

/// The counts of a check, for an evaluator reading many files: per rule how often it fired and in
/// how many files, and per file its errors, warnings and infos.
struct Statistics {
  /// One rule that fired.
  struct RuleCount: Equatable {
    var code: Code
    var count: Int
    var files: Int
  }

  /// One file's findings by severity.
  struct FileCount: Equatable {
    var file: String
    var errors = 0
    var warnings = 0
    var infos = 0

    var total: Int { errors + warnings + infos }
  }

  /// By code.
  var rules: [RuleCount]
  /// The files checked in the order given, then files only findings name (included ones).
  var files: [FileCount]

  /// Counts `diagnostics`, sorted by file as `toc check` sorts them, so each file is one run;
  /// `sources` names their files.
  init(_ diagnostics: [Diagnostic], sources: SourceFiles, checked: [String]) {
    var files = checked.map { FileCount(file: $0) }
    var position: [String: Int] = [:]
    for (index, file) in checked.enumerated() where position[file] == nil {
      position[file] = index
    }
    var counts: [Code: (count: Int, files: Int)] = [:]
    var start = 0
    while start < diagnostics.count {
      let source = diagnostics[start].range.file
      var end = start
      var codes: Set<Code> = []
      var file = FileCount(file: sources[source])
      while end < diagnostics.count, diagnostics[end].range.file == source {
        let diagnostic = diagnostics[end]
        counts[diagnostic.code, default: (0, 0)].count += 1
        codes.insert(diagnostic.code)
        switch diagnostic.severity {
        case .error: file.errors += 1
        case .warning: file.warnings += 1
        case .info: file.infos += 1
        }
        end += 1
      }
      for code in codes { counts[code, default: (0, 0)].files += 1 }
      if let index = position[file.file] {
        files[index].errors += file.errors
        files[index].warnings += file.warnings
        files[index].infos += file.infos
      } else {
        position[file.file] = files.count
        files.append(file)
      }
      start = end
    }
    rules = counts.keys.sorted().map {
      RuleCount(code: $0, count: counts[$0]!.count, files: counts[$0]!.files)
    }
    self.files = files
  }

  /// The two tables as text: rules, then (for several files) files.
  func text(_ language: Language) -> String {
    let nl = language == .nl
    var out = ""
    if !rules.isEmpty {
      out += Self.table(
        ["code", nl ? "naam" : "name", nl ? "aantal" : "count", nl ? "bestanden" : "files"],
        rules.map { [$0.code.rawValue, $0.code.name, String($0.count), String($0.files)] },
        numeric: [2, 3])
    }
    if files.count > 1 {
      if !out.isEmpty { out += "\n" }
      out += Self.table(
        [
          nl ? "bestand" : "file", nl ? "fouten" : "errors",
          nl ? "waarschuwingen" : "warnings", nl ? "opmerkingen" : "infos",
        ],
        files.map { [$0.file, String($0.errors), String($0.warnings), String($0.infos)] },
        numeric: [1, 2, 3])
    }
    return out
  }

  /// Columns padded to their widest cell, numbers right-aligned, two spaces between.
  static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int>) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      row.indices.map { column in
        let cell = row[column]
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        if numeric.contains(column) { return padding + cell }
        return column == row.count - 1 ? cell : cell + padding
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  /// The same counts for `toc-diagnostics/1`'s `statistics` key.
  var json: JSON {
    .object([
      (
        "rules",
        .array(
          rules.map {
            .object([
              ("code", .string($0.code.rawValue)), ("name", .string($0.code.name)),
              ("severity", .string($0.code.severity.rawValue)),
              ("count", .number(Double($0.count))), ("files", .number(Double($0.files))),
            ])
          })
      ),
      (
        "files",
        .array(
          files.map {
            .object([
              ("file", .string($0.file)), ("errors", .number(Double($0.errors))),
              ("warnings", .number(Double($0.warnings))), ("infos", .number(Double($0.infos))),
            ])
          })
      ),
    ])
  }
}
