#!/usr/bin/env bash
# Headless Neovim with the snippet of editors/neovim: opens an example, waits for its diagnostics,
# hovers, jumps to a definition, renames an id and takes a quick fix. Fails on any wrong answer.
set -euo pipefail
cd "$(dirname "$0")/../../.."
# shellcheck source=../editor-setup.sh
. Tests/LSPClients/editor-setup.sh
TOC="$toc" EXPECTED="$expected" timeout 120 nvim --headless --clean -u NONE -i NONE -n \
  --cmd "set rtp^=$PWD/editors/neovim" --cmd "filetype on" \
  -c "luafile Tests/LSPClients/neovim/test.lua" "$work/$example"
