#!/usr/bin/env python3
"""Runs `kuulo ask --format json` on every question of the tuning and development sets and writes the
outputs to one file, so that two builds can be compared byte for byte (`cmp`): issue 13's
"same answer everywhere" check for caching the search index.

Usage: python3 bench/ask-outputs.py KUULO_BINARY OUTPUT_FILE [CACHE_FOLDER]
The cache folder (XDG_CACHE_HOME, default: a fresh temporary folder) is kept between the questions, so
the first question builds the index and the rest load it, as a trustee's runs do."""
import json, os, subprocess, sys, tempfile
import yaml

binary, output = sys.argv[1], sys.argv[2]
cache = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="kuulo-ask-")
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
files = ["Evaluation/tuning/questions.yaml", "Evaluation/tuning/requests.yaml", "Evaluation/dev/questions.yaml",
         "Evaluation/dev/requests.yaml", "Evaluation/dev/requests-commands.yaml", "Evaluation/dev/crisis.yaml"]
environment = dict(os.environ, XDG_CACHE_HOME=cache, XDG_STATE_HOME=os.path.join(cache, "state"))
count = 0
with open(output, "w", encoding="utf-8") as out:
    for name in files:
        with open(os.path.join(root, name), encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        for language in ("fi", "en"):
            for entry in data.get(language) or []:
                question = entry["q"]
                result = subprocess.run([binary, "ask", "--lang", language, "--format", "json", question],
                                        capture_output=True, text=True, env=environment)
                out.write(json.dumps({"file": name, "lang": language, "q": question, "code": result.returncode}, ensure_ascii=False))
                out.write("\n" + result.stdout + result.stderr + "\n")
                count += 1
print(f"{count} questions written to {output}")
