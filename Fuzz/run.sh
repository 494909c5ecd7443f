#!/usr/bin/env bash
# Fuzzes toc with libFuzzer: every input goes through parse, check, render and fmt, and the
# invariants of Fuzz/ToCFuzzing/Invariants.swift must hold.
#   bash Fuzz/run.sh 1800        # half an hour (default: 60 seconds)
# Inputs that break something land in Fuzz/Regressions/, which the tests replay: commit them.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
swift build -c release --product toc-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING >/dev/null
corpus=.build-fuzz/corpus
mkdir -p "$corpus"
# Seeds: the examples and the conformance cases.
find Examples Tests/Conformance/cases -name '*.toc' 2>/dev/null | while read -r file; do
  cp "$file" "$corpus/$(echo "$file" | tr '/' '_')"
done
.build-fuzz/release/toc-fuzz -max_total_time="$seconds" -max_len=4096 -timeout=10 \
  -artifact_prefix=Fuzz/Regressions/ -print_final_stats=1 "$corpus" Fuzz/Regressions
