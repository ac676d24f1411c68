#!/usr/bin/env python3
"""Write a made-up language, `xx`, as a data folder usable with `kuulo --data-dir DIR --lang xx`.

    scripts/make-test-language.py [--root DIR] [--code xx] [OUTPUT]

OUTPUT defaults to Tests/Fixtures/language-xx. Every English text of Prompts/ becomes «text» (the
placeholders in {braces} stay as they are), so a test can tell at a glance that a text came from the
new language's files. Words a user types rather than reads (command names, /draft actions, /edit
part names) become xx-<english word>. The output holds:

    Prompts/languages/xx.yaml       the language pack (from languages/en.yaml when there is one,
                                    else a minimal pack)
    Prompts/messages.xx.yaml        Prompts/export.xx.yaml
    Prompts/commands.xx.yaml        Prompts/flows/*.xx.yaml        Prompts/checks/*.xx.yaml

Needs PyYAML. Re-run it when English texts are added; the output is deterministic.
"""

import argparse
import glob
import os
import shutil

import yaml

# Keys whose texts are words a user types; matched at any depth of commands and flows.
TYPED_KEYS = {"names", "editName"}
# Keys that identify list items; they stay as they are.
MATCH_KEYS = {"id", "value"}


def wrap(text):
    return f"«{text}»"


def typed(text, code):
    return f"{code}-{text}"


def translate(value, code, key=None, typed_words=False):
    """The made-up language's version of an English text tree."""
    if isinstance(value, dict):
        result = {}
        for child_key, child in value.items():
            if child_key in MATCH_KEYS:
                result[child_key] = child
            else:
                words = typed_words or child_key in TYPED_KEYS or (key == "commands" and child_key == "actions")
                result[child_key] = translate(child, code, child_key, words)
        return result
    if isinstance(value, list):
        return [translate(item, code, key, typed_words) for item in value]
    if isinstance(value, str):
        return typed(value, code) if typed_words else wrap(value)
    return value


def language_pack(root, code):
    english = os.path.join(root, "Prompts", "languages", "en.yaml")
    if os.path.exists(english):
        with open(english, encoding="utf-8") as handle:
            pack = yaml.safe_load(handle)
        pack["code"] = code
        pack.pop("order", None)
        pack["names"] = {name: f"made-up {code}" for name in list(pack.get("names", {})) + [code]}
        pack["identifiers"] = [code, f"{code}-language"]
        detection = pack.get("detection") or {}
        detection["labels"] = [code]
        detection["flags"] = []
        pack["detection"] = detection
        for group in ("answers", "conflict", "numbers", "months"):
            if isinstance(pack.get(group), dict):
                pack[group] = {k: [typed(str(w), code) for w in v] for k, v in pack[group].items()}
        return pack, "from languages/en.yaml"
    # Languages as data had no pack format on main yet: the smallest pack the phase-1 work describes.
    return {
        "code": code,
        "names": {"en": f"made-up {code}", "fi": f"keksitty {code}", code: f"«{code}»"},
        "identifiers": [code, f"{code}-language"],
        "direction": "ltr",
        "quotes": {"open": "«", "close": "»"},
        "answers": {"yes": [typed("y", code), typed("yes", code)], "no": [typed("n", code), typed("no", code)]},
        "conflict": {"mine": [typed("mine", code)], "theirs": [typed("theirs", code)]},
        "numbers": {str(n): [typed(str(n), code)] for n in range(1, 11)},
        "sentences": {"longSentenceWords": 25},
    }, "minimal (no languages/en.yaml)"


def write(path, data, header):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(header)
        yaml.safe_dump(data, handle, allow_unicode=True, sort_keys=False, width=4096, default_flow_style=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", default=".", help="the repository (default: the current folder)")
    parser.add_argument("--code", default="xx", help="the made-up language's code (default: xx)")
    parser.add_argument("output", nargs="?", help="the folder to write (default: Tests/Fixtures/language-<code>)")
    options = parser.parse_args()
    code = options.code
    output = options.output or os.path.join(options.root, "Tests", "Fixtures", f"language-{code}")
    prompts = os.path.join(options.root, "Prompts")
    if os.path.isdir(os.path.join(output, "Prompts")):
        shutil.rmtree(os.path.join(output, "Prompts"))
    header = f"# Made-up language '{code}' for tests, written by scripts/make-test-language.py from the English file.\n"
    sources = sorted(glob.glob(os.path.join(prompts, "**", "*.en.yaml"), recursive=True))
    for source in sources:
        relative = os.path.relpath(source, options.root)
        with open(source, encoding="utf-8") as handle:
            english = yaml.safe_load(handle)
        target = os.path.join(output, relative[:-len(".en.yaml")] + f".{code}.yaml")
        write(target, translate(english, code), header)
    pack, origin = language_pack(options.root, code)
    write(os.path.join(output, "Prompts", "languages", f"{code}.yaml"), pack,
          f"# The made-up language '{code}' for tests ({origin}), written by scripts/make-test-language.py.\n")
    print(f"wrote {len(sources) + 1} files under {output}")


if __name__ == "__main__":
    main()
