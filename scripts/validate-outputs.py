#!/usr/bin/env python3
"""Checks what Kuulo writes with outside validators: every plan the binary writes must validate
against `kuulo plan schema` with a complete JSON Schema (draft 2020-12) validator.

Usage: validate-outputs.py PATH-TO-KUULO
Prints one line per check and a closing 'N passed, N failed' line; exits 1 on any failure.
"""
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

KUULO = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/kuulo")
passed = 0
failed = 0


def run(folder, args, text=""):
    env = {"PATH": "/usr/bin:/bin", "HOME": folder, "XDG_STATE_HOME": folder + "/state", "LANG": "C.UTF-8"}
    return subprocess.run([KUULO] + args, input=text.encode(), cwd=folder, env=env, capture_output=True, timeout=60)


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def validate_plan(name, folder, schema, path="kuulo-plan.json"):
    with open(os.path.join(folder, path), encoding="utf-8") as handle:
        plan = json.load(handle)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(plan), key=lambda e: e.path)
    check(name, not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5]))


with tempfile.TemporaryDirectory() as folder:
    schema_run = run(folder, ["plan", "schema"])
    schema = json.loads(schema_run.stdout)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
        check("plan schema is a valid draft 2020-12 schema", True)
    except jsonschema.SchemaError as error:
        check("plan schema is a valid draft 2020-12 schema", False, str(error))

    fi = run(folder, ["--lang", "fi"], "Tampereen ylioppilaskunta\nTYY\n\n1,2,3\n\nMaija Meikäläinen\nviestintävastaava\n")
    check("Finnish setup exits 0", fi.returncode == 0, fi.stderr.decode())
    validate_plan("plan after a Finnish setup validates", folder, schema)

    tips = "\n".join(["/vinkit", "TYY", "", "#Vappu2026", "", "@tamperelaiset", "", "", "3", "tapahtumat", "", "",
                       "sovitut ylläpitäjät", "", "omissa nimissä", "", "TYY", "", "", "2", "tilinvaltaukset", "",
                       "Asiallisesti.", "puheenjohtaja", "puheenjohtaja", "", "", "k"]) + "\n"
    onboarding = run(folder, ["--lang", "fi"], tips)
    check("Finnish onboarding exits 0", onboarding.returncode == 0, onboarding.stderr.decode())
    validate_plan("plan after the onboarding validates", folder, schema)

    again = run(folder, ["--lang", "fi", "--user", "Pekka"], "/setup\nUusi nimi\n/lopeta\n")
    check("second session exits 0", again.returncode == 0, again.stderr.decode())
    restore = run(folder, ["plan", "restore", "1", "--user", "Pekka"])
    check("restore exits 0", restore.returncode == 0, restore.stderr.decode())
    validate_plan("plan after edits and a restore validates", folder, schema)

with tempfile.TemporaryDirectory() as folder:
    en = run(folder, ["--lang", "en"], "Example Union\n\n2\nen\nopenness\n\nAlex\n\n")
    check("English setup exits 0", en.returncode == 0, en.stderr.decode())
    validate_plan("plan after an English setup validates", folder, schema)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
