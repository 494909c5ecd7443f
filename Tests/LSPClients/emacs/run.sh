#!/usr/bin/env bash
# Headless Emacs (batch) with the snippet of editors/emacs and Debian's eglot: opens an example,
# waits for its diagnostics in flymake, hovers and jumps to a definition. Fails on any wrong answer.
set -euo pipefail
cd "$(dirname "$0")/../../.."
toc=${TOC:-$PWD/.build/debug/toc}
example=Examples/buurtmakers-west.toc
# What `toc check` finds in the example itself: the editor must show the same number.
expected=$("$toc" check --all --format json "$example" | python3 -c '
import json, sys
print(sum(d["file"].endswith("buurtmakers-west.toc") for d in json.load(sys.stdin)["diagnostics"]))')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r Examples "$work/"
# The snippet starts `toc lsp` by name, as a user's PATH would have it.
mkdir "$work/bin"
ln -s "$toc" "$work/bin/toc"
PATH="$work/bin:$PATH" EXPECTED="$expected" EXAMPLE="$work/$example" HOME="$work" timeout 120 emacs --batch \
  -L "$PWD/editors/emacs" -l Tests/LSPClients/emacs/test.el
