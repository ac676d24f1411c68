#!/usr/bin/env python3
"""Lines per Swift type: each top-level type's declaration plus all its extensions, over every file
under Sources/ (nested types count in the type that holds them). House style asks for no type over
about 400 lines (issue 10).

Usage: python3 scripts/type-lines.py [--over N] [--top N] [FOLDER]
Prints the types longest first: lines, name, and the files with their share.
"""
import argparse
import os
import re
import sys
from collections import defaultdict

DECLARATION = re.compile(
    r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|private|fileprivate|package|final|indirect|open)\s+)*"
    r"(?:struct|class|enum|actor|protocol|extension)\s+([A-Za-z_][A-Za-z0-9_.]*)")


def declarations(path):
    """(type name, lines) for every top-level declaration or extension of the file: from its doc
    comment to the closing brace at the start of a line."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    found = []
    index = 0
    while index < len(lines):
        match = DECLARATION.match(lines[index])
        if not match:
            index += 1
            continue
        # The outer type of an extension of a nested type (`extension ChatSession.Mode`).
        name = match.group(1).split(".")[0]
        start = index
        # Its doc comment and attributes belong to it.
        while start > 0 and lines[start - 1].lstrip().startswith(("///", "@")):
            start -= 1
        if lines[index].rstrip().endswith("}") and "{" in lines[index]:
            found.append((name, 1))
            index += 1
            continue
        index += 1
        while index < len(lines) and not lines[index].startswith("}"):
            index += 1
        found.append((name, index - start + 1))
        index += 1
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default="Sources")
    parser.add_argument("--over", type=int, default=0, help="only types longer than this")
    parser.add_argument("--top", type=int, default=0, help="only the longest N")
    options = parser.parse_args()
    totals = defaultdict(int)
    files = defaultdict(lambda: defaultdict(int))
    for root, _, names in os.walk(options.folder):
        for file_name in names:
            if not file_name.endswith(".swift"):
                continue
            path = os.path.join(root, file_name)
            for name, count in declarations(path):
                module = os.path.relpath(path, options.folder).split(os.sep)[0]
                key = f"{module}.{name}"
                totals[key] += count
                files[key][os.path.relpath(path, options.folder)] += count
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    ranked = [item for item in ranked if item[1] > options.over]
    if options.top:
        ranked = ranked[:options.top]
    for key, count in ranked:
        parts = ", ".join(f"{path} {lines}" for path, lines in sorted(files[key].items(), key=lambda item: -item[1]))
        print(f"{count:5d}  {key}  ({parts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
