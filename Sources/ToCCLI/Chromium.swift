import ToCModel

/// Headless Chromium, run as a program to print the report's HTML to an A4 PDF.
struct Chromium {
  let context: Context
  /// The program given with `--chromium`, if any.
  let path: String?

  init(_ context: Context, path: String?) {
    self.context = context
    self.path = path
  }

  static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

  /// The program to run: `--chromium PATH`, else the first of `names` in a folder of `PATH`.
  func program() -> String? {
    if let path { return context.environment.files.kind(path) == .file ? path : nil }
    return context.environment.program(named: Self.names)
  }

  /// The page printed to PDF, or nil after saying why not. Chromium reads the page from a
  /// temporary folder that the shell removes afterwards; the page asks for nothing else.
  func print(_ html: [UInt8]) -> [UInt8]? {
    guard let program = program() else {
      context.environmentError(ReportMessages.chromiumMissing)
      return nil
    }
    let script = """
      t=$(mktemp -d) || exit 1
      trap 'rm -rf "$t"' EXIT
      cat > "$t/report.html" || exit 1
      "$1" --headless --no-sandbox --disable-gpu --no-first-run --no-pdf-header-footer \
        --user-data-dir="$t/profile" --print-to-pdf="$t/report.pdf" "file://$t/report.html" \
        >/dev/null 2>"$t/log"
      if [ ! -s "$t/report.pdf" ]; then tail -n 5 "$t/log" >&2; exit 1; fi
      cat "$t/report.pdf"
      """
    let result = context.environment.runProgram("/bin/sh", ["-c", script, "sh", program], html)
    guard result.launched, result.status == 0, result.output.starts(with: Array("%PDF".utf8))
    else {
      let said = Graphviz.trimmed(String(decoding: result.errors, as: UTF8.self))
      context.environmentError(ReportMessages.chromiumFailed(said.isEmpty ? "?" : said))
      return nil
    }
    return result.output
  }
}
