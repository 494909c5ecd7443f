#!/usr/bin/env bash
# Headless Emacs (batch) with the snippet of editors/emacs and Debian's eglot: opens an example,
# waits for its diagnostics in flymake, hovers and jumps to a definition. Fails on any wrong answer.
set -euo pipefail
cd "$(dirname "$0")/../../.."
# shellcheck source=../editor-setup.sh
. Tests/LSPClients/editor-setup.sh
# The snippet starts `toc lsp` by name, as a user's PATH would have it.
mkdir "$work/bin"
ln -s "$toc" "$work/bin/toc"
PATH="$work/bin:$PATH" EXPECTED="$expected" EXAMPLE="$work/$example" HOME="$work" timeout 120 emacs --batch \
  -L "$PWD/editors/emacs" -l Tests/LSPClients/emacs/test.el
