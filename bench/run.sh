#!/usr/bin/env bash
# Kuulo benchmarks (see bench/README.md). Builds release binaries, then reports:
#  - start to first prompt (piped /quit) on a 200 KB plan with 1,000 revisions, against a Swift hello world
#  - time to record one revision and to save the plan (in process)
#  - the history's size on disk
#  - kuulo check --format json on a 2,200-character Finnish caption, start to exit
#  - kuulo ask with a warm and a cold cache, against kuulo --version
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
out=bench/out
mkdir -p "$out"
# SCRATCH: the build folder (default .build); use your own when others build in the same tree.
scratch=${SCRATCH:-.build}
swift build -c release --scratch-path "$scratch" --product kuulo >/dev/null
swift build -c release --scratch-path "$scratch" --product kuulo-bench >/dev/null
swiftc -O bench/hello.swift -o "$out/hello" 2>/dev/null
kuulo=$scratch/release/kuulo
runs=${RUNS:-30}

python3 bench/make-plan.py "$out/plan.json" 200000 1000 > "$out/plan-info.txt"
export XDG_STATE_HOME="$PWD/$out/state"

time_runs() { # name, input, command...
  local name=$1 input=$2; shift 2
  python3 - "$runs" "$input" "$@" <<'PY'
import statistics, subprocess, sys, time
runs = int(sys.argv[1]); data = sys.argv[2].encode(); command = sys.argv[3:]
for _ in range(3):
    subprocess.run(command, input=data, capture_output=True)
samples = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(command, input=data, capture_output=True, check=False)
    samples.append((time.perf_counter() - start) * 1000)
print(f"{statistics.median(samples):.1f} {min(samples):.1f}")
PY
}

read hello_median hello_min < <(time_runs hello "" "$out/hello")
read start_median start_min < <(time_runs start "/quit
" "$kuulo" --plan "$out/plan.json" --user Bench --lang fi)
cp "$out/plan.json" "$out/plan-edit.json"
inproc=$("$scratch"/release/kuulo-bench "$out/plan-edit.json" 20)
plan_bytes=$(stat -c %s "$out/plan.json")
content_bytes=$(sed -n 's/plan_content_bytes=//p' "$out/plan-info.txt")
history_bytes=$((plan_bytes - content_bytes))

python3 - > "$out/caption.txt" <<'PY'
text = ("Tervetuloa syksyn suurimpiin bileisiin! Ylioppilaskunnan syysjuhlassa on luvassa musiikkia, "
        "tanssia ja hyvää seuraa. Liput myydään ovelta, ja jäsenille sisäänpääsy on ilmainen. ")
# Whole sentences, as a trustee writes them: every word is one Voikko knows.
sentences = [sentence + "." for sentence in text.split(". ") if sentence]
parts = []
while len(" ".join(parts + [sentences[len(parts) % 2]])) <= 2180:
    parts.append(sentences[len(parts) % 2])
while len(" ".join(parts)) < 2170:
    parts.append("Nähdään!")
print(" ".join(parts) + "\n#TYY #Syysjuhla2026")
PY
# The same caption with one word Voikko does not know, so the English speller (Hunspell) is opened
# too, to see whether it is an English loanword: the slower case.
sed 's/Tervetuloa syksyn/Tervetuloa afterpartyyn ja syksyn/' "$out/caption.txt" > "$out/caption-loanword.txt"
read check_median check_min < <(time_runs check "" "$kuulo" check --format json --channel instagram --lang fi "$out/caption.txt")
read loan_median loan_min < <(time_runs check "" "$kuulo" check --format json --channel instagram --lang fi "$out/caption-loanword.txt")

# kuulo ask against kuulo --version (target: warm <= 3x): warm = the cache folder kept from the run
# before (base forms and the index snapshot), cold = an empty cache folder every run (through sh, which
# empties it first; sh's own start-up, about 1 ms, is in the cold figure).
read version_median version_min < <(time_runs version "" "$kuulo" --version)
export XDG_CACHE_HOME="$PWD/$out/cache-run"
rm -rf "$XDG_CACHE_HOME"
read askwarm_median askwarm_min < <(time_runs ask "" "$kuulo" ask --lang fi miten vastaan kritiikkiin)
read askcold_median askcold_min < <(time_runs ask "" sh -c 'rm -rf "$XDG_CACHE_HOME"; exec "$0" ask --lang fi miten vastaan kritiikkiin' "$kuulo")

ratio=$(python3 -c "print(f'{$start_median/$hello_median:.2f}')")
ask_ratio=$(python3 -c "print(f'{$askwarm_median/$version_median:.2f}')")
ask_cold_ratio=$(python3 -c "print(f'{$askcold_median/$version_median:.2f}')")
check_ratio=$(python3 -c "print(f'{$check_median/$start_median:.2f}')")
loan_ratio=$(python3 -c "print(f'{$loan_median/$start_median:.2f}')")
cat <<REPORT
Kuulo benchmarks ($(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), median of $runs runs, release build)
  hello world (Foundation), start to exit:   ${hello_median} ms (min ${hello_min})
  kuulo, start to first prompt (piped /quit): ${start_median} ms (min ${start_min})  = ${ratio}x hello world (target <= 1.5x)
  plan: ${plan_bytes} bytes on disk, ${content_bytes} of content, history ${history_bytes} bytes for 1,000 revisions
  in process: $(echo $inproc | tr '\n' ' ')
  kuulo check --format json, 2,200-char Finnish caption: ${check_median} ms (min ${check_min}) = ${check_ratio}x start-up (target < 3x)
    the same with one word Voikko does not know (Hunspell opened): ${loan_median} ms (min ${loan_min}) = ${loan_ratio}x start-up
  kuulo --version: ${version_median} ms (min ${version_min})
  kuulo ask --lang fi "miten vastaan kritiikkiin", warm cache: ${askwarm_median} ms (min ${askwarm_min}) = ${ask_ratio}x --version (target <= 3x)
    the same with an empty cache every run (cold): ${askcold_median} ms (min ${askcold_min}) = ${ask_cold_ratio}x --version
REPORT
