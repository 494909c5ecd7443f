#!/usr/bin/env bash
# Makes docs/figures/neovim-lsp.png: Neovim in tmux with the editors/neovim snippet, showing the
# diagnostics of an example and a hover; the terminal's cells are drawn as HTML and photographed
# by headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/../../.."
toc=${TOC:-$PWD/.build/debug/toc}
work=$(mktemp -d)
trap 'tmux kill-session -t toc-shot 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r Examples "$work/"
cat > "$work/init.lua" <<LUA
vim.opt.runtimepath:prepend("$PWD/editors/neovim")
vim.cmd("filetype on")
vim.cmd("syntax on")
vim.opt.number = true
vim.opt.signcolumn = "yes"
vim.opt.wrap = false
vim.opt.background = "dark"
vim.opt.hlsearch = false
vim.cmd("highlight NormalFloat ctermbg=236 ctermfg=252")
vim.cmd("highlight FloatBorder ctermbg=236 ctermfg=244")
vim.keymap.set("n", "K", vim.lsp.buf.hover)
require("toc_lsp").setup({ cmd = { "$toc", "lsp" } })
LUA
TERM=xterm-256color tmux new-session -d -s toc-shot -x 120 -y 34 \
  "nvim -n -i NONE -u $work/init.lua +60 $work/Examples/buurtmakers-west.toc"
sleep 3
# To `acties` after the arrow of the `geld:` line, then hover.
tmux send-keys -t toc-shot "/-> acties" Enter
tmux send-keys -t toc-shot "4l" ":echo ''" Enter "K"
sleep 2
tmux capture-pane -t toc-shot -e -p > "$work/screen.ansi"
python3 Tests/LSPClients/neovim/ansi_html.py < "$work/screen.ansi" > "$work/screen.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,640 \
  --screenshot="$PWD/docs/figures/neovim-lsp.png" "file://$work/screen.html" 2>/dev/null
echo docs/figures/neovim-lsp.png
