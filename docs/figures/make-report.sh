#!/usr/bin/env bash
# Screenshots of two reports for the README and the issue: the whole programme's report in the
# browser (the summary per team) and two printed A4 pages with charts (the monitor's Index+ and the
# English example). Needs Graphviz, Chromium and poppler-utils (pdftoppm, pdftotext).
#   bash docs/figures/make-report.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build --product toc >/dev/null
toc=.build/debug/toc
out=docs/figures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome)

"$toc" report Examples -o "$work/programme.html"
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size=1100,1500 --screenshot="$PWD/$out/report-programme.png" \
  "file://$work/programme.html" 2>/dev/null
test -s "$out/report-programme.png"

# The last printed page that holds `text`, as a PNG.
page() {
  local pdf=$1 text=$2 png=$3 pages n found=
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  for n in $(seq 1 "$pages"); do
    if pdftotext -f "$n" -l "$n" "$pdf" - | grep -qF "$text"; then found=$n; fi
  done
  pdftoppm -png -r 80 -f "$found" -l "$found" -singlefile "$pdf" "${png%.png}"
}

"$toc" report -f pdf Examples/indicatoren/index-plus.toc -o "$work/index-plus.pdf"
page "$work/index-plus.pdf" "wekelijkse contacten met overige buurtgenoten" "$out/report-index-plus-print.png"
"$toc" report -f pdf Examples/english/library-reading-club.toc -o "$work/library.pdf"
page "$work/library.pdf" "Average reading comprehension score of club members" "$out/report-library-print.png"
echo "made: $out/report-programme.png, $out/report-index-plus-print.png, $out/report-library-print.png"
