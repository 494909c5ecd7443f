#!/usr/bin/env bash
# Headless Neovim with the snippet of editors/neovim: opens an example, waits for its diagnostics,
# hovers, jumps to a definition, renames an id and takes a quick fix. Fails on any wrong answer.
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
TOC="$toc" EXPECTED="$expected" timeout 120 nvim --headless --clean -u NONE -i NONE -n \
  --cmd "set rtp^=$PWD/editors/neovim" --cmd "filetype on" \
  -c "luafile Tests/LSPClients/neovim/test.lua" "$work/$example"
