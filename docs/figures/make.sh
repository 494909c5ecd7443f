#!/usr/bin/env bash
# Draws the figures the README shows, from the examples. Needs Graphviz (dot) on PATH.
#   bash docs/figures/make.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product toc >/dev/null
toc=.build/release/toc
"$toc" render -f png -o docs/figures/buurtmakers-west.png Examples/buurtmakers-west.toc
"$toc" render -f png --highlight -o docs/figures/buurtmakers-west-highlight.png Examples/buurtmakers-west.toc
echo "drawn: docs/figures/buurtmakers-west.png, docs/figures/buurtmakers-west-highlight.png"
