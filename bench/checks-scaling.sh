#!/usr/bin/env bash
# How `kuulo check` scales with its input (issue 11: checks run in linear time). Builds the release
# binary (unless KUULO is given), makes the inputs, and prints for each the median wall time of RUNS
# process runs (default 3), the median CPU time (user + system: what to compare on a busy machine,
# where wall time also counts waiting for a core), the peak memory and the number of findings:
#  - the three targets: 1 MB of Finnish prose <= 2 s, one 100,000-letter token <= 0.5 s,
#    10,000 hashtags <= 2 s;
#  - a scaling series for each kind of input, doubling its size: time should roughly double too.
# Usage: bash bench/checks-scaling.sh            (SCRATCH: build folder, default .build)
#        KUULO=path/to/kuulo bash bench/checks-scaling.sh   (time a binary built elsewhere)
#        SERIES=0 bash bench/checks-scaling.sh   (the three targets only)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
out=bench/out/scaling
mkdir -p "$out"
scratch=${SCRATCH:-.build}
if [[ -z "${KUULO:-}" ]]; then
  swift build -c release --scratch-path "$scratch" --product kuulo >/dev/null
  KUULO=$scratch/release/kuulo
fi
export XDG_STATE_HOME="$PWD/bench/out/state"

# The inputs. Finnish prose is the body text of the Finnish Knowledge articles (front matter and
# Markdown marks left out), repeated to the size asked; the token is pseudo-random Finnish letters; the
# hashtags are distinct pseudo-random Finnish-looking tags, every tenth a near-duplicate of the one
# before (one letter changed), on lines of ten.
python3 - "$out" <<'PY'
import glob, random, re, sys
out = sys.argv[1]
paragraphs = []
for path in sorted(glob.glob("Knowledge/fi/*.md")):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    for block in re.split(r"\n\s*\n", text):
        block = re.sub(r"^[#>*\-\d. ]+", "", block.strip(), flags=re.M)
        block = re.sub(r"[`*_\[\]()|]", "", block)
        if len(block) > 40:
            paragraphs.append(block)
prose = "\n\n".join(paragraphs)
def write(name, text):
    with open(f"{out}/{name}.txt", "w", encoding="utf-8") as f:
        f.write(text)
for size in (131072, 262144, 524288, 1048576):
    text = (prose + "\n\n") * (size // len(prose.encode()) + 1)
    write(f"prose-{size}", text.encode()[:size].decode(errors="ignore").rsplit(" ", 1)[0] + "\n")
rng = random.Random(11)
letters = "aaaeeiiiookkllmmnnpprrssttuuvyäö"
for size in (12500, 25000, 50000, 100000):
    write(f"token-{size}", "".join(rng.choice(letters) for _ in range(size)) + "\n")
for count in (1250, 2500, 5000, 10000):
    tags, seen = [], set()
    while len(tags) < count:
        if len(tags) % 10 == 9:
            base = list(tags[-1][1:])
            position = rng.randrange(len(base))
            base[position] = rng.choice([c for c in letters if c != base[position]])
            tag = "".join(base)
        else:
            tag = "".join(rng.choice(letters) for _ in range(rng.randrange(6, 12)))
        if tag not in seen:
            seen.add(tag)
            tags.append("#" + tag)
    write(f"hashtags-{count}", "\n".join(" ".join(tags[i:i + 10]) for i in range(0, count, 10)) + "\n")
PY

measure() { # label, target seconds (or -), file, extra arguments...
  local label=$1 target=$2 file=$3; shift 3
  python3 - "${RUNS:-3}" "$label" "$target" "$KUULO" check --format json "$@" "$file" <<'PY'
import json, resource, statistics, subprocess, sys, time
runs, label, target = int(sys.argv[1]), sys.argv[2], sys.argv[3]
command = sys.argv[4:]
samples, cpu, findings = [], [], None
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True)
    samples.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    if findings is None:
        try:
            findings = len(json.loads(result.stdout)["findings"])
        except (ValueError, KeyError):
            findings = f"exit {result.returncode}, no JSON"
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
median = statistics.median(samples)
verdict = "" if target == "-" else ("  (target <= %s s: %s)" % (target, "met" if median <= float(target) else "NOT met"))
print(f"  {label:<42} {median:7.3f} s wall (min {min(samples):.3f}), {statistics.median(cpu):7.3f} s CPU, {peak:4.0f} MB, {findings} findings{verdict}")
PY
}

echo "kuulo check scaling ($(date -u '+%Y-%m-%d %H:%M'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), median of ${RUNS:-3} runs, $KUULO)"
echo "targets (release build):"
measure "1 MB of Finnish prose, --lang fi" 2 "$out/prose-1048576.txt" --lang fi
measure "1 MB of Finnish prose, language detected" 2 "$out/prose-1048576.txt"
measure "one 100,000-letter token, --lang fi" 0.5 "$out/token-100000.txt" --lang fi
measure "10,000 hashtags, --channel instagram" 2 "$out/hashtags-10000.txt" --channel instagram
[[ "${SERIES:-1}" == 0 ]] && exit 0
echo "scaling (each step doubles the input):"
for size in 131072 262144 524288 1048576; do
  measure "Finnish prose, $((size / 1024)) KB, --lang fi" - "$out/prose-$size.txt" --lang fi
done
for size in 12500 25000 50000 100000; do
  measure "one token of $size letters, --lang fi" - "$out/token-$size.txt" --lang fi
done
for count in 1250 2500 5000 10000; do
  measure "$count hashtags" - "$out/hashtags-$count.txt" --channel instagram
done
