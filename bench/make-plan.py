#!/usr/bin/env python3
"""Writes a Kuulo plan of about SIZE bytes of content with REVISIONS small revisions, for benchmarks.

Usage: make-plan.py OUT [SIZE_BYTES] [REVISIONS]
"""
import json
import sys

out = sys.argv[1]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
revisions = int(sys.argv[3]) if len(sys.argv) > 3 else 1000

plan = {
    "organisation": {"name": "Benchmark Student Union", "shortName": "BSU", "languages": ["fi", "en"],
                     "values": ["kuuntelu", "vuorovaikutus", "opiskelijalähtöisyys"]},
    "trustees": {},
    "monitoring": {"keywords": []},
}
index = 0
while len(json.dumps(plan, ensure_ascii=False)) < size:
    plan["trustees"][f"trustee-{index}"] = {"name": f"Luottamustoimija {index}", "role": "hallituksen jäsen",
                                             "signature": f"– Luottamustoimija {index}, BSU"}
    plan["monitoring"]["keywords"].append(f"hakusana numero {index} ja vähän lisää tekstiä")
    index += 1

history = [{"number": 1, "time": "2026-01-01T10:00:00Z", "author": "bench", "summary": "initial",
            "changes": [{"path": "", "after": plan}]}]
# Start from an empty plan so replaying the history gives `plan`; then many small edits.
history[0]["changes"] = [{"path": "/" + key, "after": value} for key, value in plan.items()]
current = None
for number in range(2, revisions + 1):
    message = f"Viesti {number}"
    change = {"path": "/organisation/coreMessage", "after": message}
    if current is not None:
        change["before"] = current
    current = message
    history.append({"number": number, "time": "2026-01-01T10:00:00Z", "author": "bench",
                    "summary": f"edit {number}", "changes": [change]})
plan["organisation"]["coreMessage"] = current
document = {"schemaVersion": 1, "revision": revisions, "plan": plan, "history": history}
with open(out, "w", encoding="utf-8") as handle:
    json.dump(document, handle, ensure_ascii=False, indent=2)
    handle.write("\n")
content_only = len(json.dumps(plan, ensure_ascii=False, indent=2).encode())
print(f"plan_content_bytes={content_only}")
