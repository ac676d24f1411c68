#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind) for the two timed scenarios of bench/run.sh. Unlike
# wall-clock times they do not depend on how busy the machine is, so they compare two builds exactly.
# Usage: bash bench/callgrind.sh [KUULO_BINARY]   (default: $SCRATCH/release/kuulo, SCRATCH default .build)
# Needs bench/out/plan.json and bench/out/caption.txt from bench/run.sh (or make-plan.py).
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
binary=${1:-${SCRATCH:-.build}/release/kuulo}
# Valgrind 3.19 cannot read the DWARF of a Swift 6 release binary; the symbol table is enough.
strip --strip-debug -o "$out/kuulo-callgrind" "$binary"
export XDG_STATE_HOME="$PWD/$out/state"
count() { # name, input, command...
  local name=$1 input=$2; shift 2
  printf '%s' "$input" | valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.$name" "$@" 2>&1 >/dev/null \
    | sed -n 's/.*I *refs: *//p' | tr -d ','
}
cp "$out/plan.json" "$out/plan-callgrind.json"
start=$(count start "/quit
" "$out/kuulo-callgrind" --plan "$out/plan-callgrind.json" --user Bench --lang fi)
check=$(count check "" "$out/kuulo-callgrind" check --format json --channel instagram --lang fi "$out/caption.txt")
hello=$(count hello "" "$out/hello")
echo "instructions: hello ${hello}, start to first prompt ${start}, check ${check}"
