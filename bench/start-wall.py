#!/usr/bin/env python3
"""Wall-clock start to exit of the small plan (`/quit` piped) for one or more kuulo binaries against
the hello world, runs interleaved (hello, binary 1, binary 2, … then again) so a change in the
machine's load falls on all of them alike. Prints median and minimum in ms per program, the ratio of
medians to hello world, and the load average before and after.

Usage: python3 bench/start-wall.py [--runs 50] KUULO_BINARY...
Needs bench/out/hello and bench/out/plan-small.json (bench/run.sh, bench/callgrind.sh make them).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("binaries", nargs="+")
    options = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "bench", "out")
    work = tempfile.mkdtemp()
    environment = dict(os.environ, XDG_STATE_HOME=os.path.join(work, "state"))
    commands = {"hello": [os.path.join(out, "hello")]}
    for index, binary in enumerate(options.binaries):
        plan = os.path.join(work, f"plan-{index}.json")
        shutil.copy(os.path.join(out, "plan-small.json"), plan)
        commands[binary] = [binary, "--plan", plan, "--user", "Bench", "--lang", "fi"]
    samples = {name: [] for name in commands}
    load_before = os.getloadavg()
    for round_number in range(options.runs + 3):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, input=b"/quit\n", capture_output=True, env=environment, check=False)
            if round_number >= 3:  # three warm-up rounds
                samples[name].append((time.perf_counter() - start) * 1000)
    load_after = os.getloadavg()
    hello = statistics.median(samples["hello"])
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name}: median {median:.2f} ms, min {min(values):.2f} ms, {median / hello:.2f}x hello")
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}; {options.runs} runs each")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
