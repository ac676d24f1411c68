#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind) for the timed scenarios of bench/run.sh (start to first
# prompt on the 1,000-revision plan and on a small plan of 5 revisions, check) and for kuulo ask. Unlike
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
[ -f "$out/plan-small.json" ] || python3 bench/make-plan.py "$out/plan-small.json" 2000 5 >/dev/null
cp "$out/plan.json" "$out/plan-callgrind.json"
cp "$out/plan-small.json" "$out/plan-small-callgrind.json"
start=$(count start "/quit
" "$out/kuulo-callgrind" --plan "$out/plan-callgrind.json" --user Bench --lang fi)
small=$(count start-small "/quit
" "$out/kuulo-callgrind" --plan "$out/plan-small-callgrind.json" --user Bench --lang fi)
check=$(count check "" "$out/kuulo-callgrind" check --format json --channel instagram --lang fi "$out/caption.txt")
# kuulo ask keeps Voikko's base forms in $XDG_CACHE_HOME/kuulo: the first run (cold) builds the cache,
# later runs (warm) read it.
export XDG_CACHE_HOME="$PWD/$out/cache"
rm -rf "$XDG_CACHE_HOME"
ask=$(count ask "" "$out/kuulo-callgrind" ask --lang fi miten vastaan kritiikkiin)
askwarm=$(count ask-warm "" "$out/kuulo-callgrind" ask --lang fi miten vastaan kritiikkiin)
version=$(count version "" "$out/kuulo-callgrind" --version)
hello=$(count hello "" "$out/hello")
echo "instructions: hello ${hello}, --version ${version}, start to first prompt ${start} (small plan ${small}), check ${check}, ask ${ask} (warm cache ${askwarm})"
