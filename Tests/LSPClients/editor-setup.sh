# Sourced by the Neovim and Emacs scripts: the toc to start, the example each opens, how many
# findings `toc check` gives for it (the editor must show the same number), and a scratch copy of
# Examples/ in $work, removed on exit. Run from the repository root.
toc=${TOC:-$PWD/.build/debug/toc}
example=Examples/buurtmakers-west.toc
expected=$("$toc" check --all --format json "$example" | python3 -c '
import json, sys
print(sum(d["file"].endswith("buurtmakers-west.toc") for d in json.load(sys.stdin)["diagnostics"]))')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r Examples "$work/"
