#!/usr/bin/env bash
# Draws the figures the README shows, from the examples. Needs Graphviz (dot), pdftoppm and
# pdflatex on PATH.
#   bash docs/figures/make.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product toc >/dev/null
toc=.build/release/toc
"$toc" render -f png -o docs/figures/buurtmakers-west.png Examples/buurtmakers-west.toc
"$toc" render -f png --highlight -o docs/figures/buurtmakers-west-highlight.png Examples/buurtmakers-west.toc
# The thesis figure: A4 in the print theme, as PDF through Graphviz and as TikZ through pdflatex.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
english=Examples/english/library-reading-club.toc
"$toc" render -f pdf --page a4 --theme print -o "$work/a4.pdf" "$english"
pdftoppm -png -r 110 -singlefile "$work/a4.pdf" docs/figures/library-reading-club-a4-print
"$toc" render -f tikz --standalone --page a4 --theme print -o "$work/tikz.tex" "$english"
(cd "$work" && pdflatex -interaction=nonstopmode -halt-on-error tikz.tex >/dev/null)
pdftoppm -png -r 110 -singlefile "$work/tikz.pdf" docs/figures/library-reading-club-tikz
echo "drawn: docs/figures/*.png"
