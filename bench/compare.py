#!/usr/bin/env python3
"""Times several commands in turn (interleaved, so a busy machine slows them alike) and prints each
one's median and minimum in milliseconds.

Usage: compare.py RUNS STDIN -- COMMAND... [-- COMMAND...]   (STDIN may use \\n escapes)
"""
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
data = sys.argv[2].encode().decode("unicode_escape").encode()
commands = []
for argument in sys.argv[3:]:
    if argument == "--":
        commands.append([])
    else:
        commands[-1].append(argument)
for command in commands:
    for _ in range(3):
        subprocess.run(command, input=data, capture_output=True)
samples = [[] for _ in commands]
for _ in range(runs):
    for index, command in enumerate(commands):
        start = time.perf_counter()
        subprocess.run(command, input=data, capture_output=True)
        samples[index].append((time.perf_counter() - start) * 1000)
for command, times in zip(commands, samples):
    print(f"median {statistics.median(times):7.1f}  min {min(times):7.1f}  {' '.join(command)}")
