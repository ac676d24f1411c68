#!/usr/bin/env python3
"""Move the inline per-language texts of flows and commands into per-language text files.

A one-off maintainer tool, not part of `make test`: it needs ruamel.yaml (`pip install ruamel.yaml`)
to keep the comments and order of the text files it updates, and PyYAML for its self-check.

    scripts/split-flow-texts.py [--root DIR] [--languages fi,en] [--check] [--snapshot JSON] [FILE ...]

Every inline text map ({en: "...", fi: "..."}, including per-language default lists and mappings
made only of text maps, such as a command's `actions`) in `Prompts/flows/<name>.yaml` and
`Prompts/commands.yaml` moves to `Prompts/flows/<name>.<code>.yaml` and `Prompts/commands.<code>.yaml`.
The text files mirror the structure: mappings by key, list items by their `id` (steps, groups,
commands) or `value` (options). Kuulo lays them back over the structure when it reads the files
(Sources/KuuloCore/Support/LanguageOverlay.swift).

The structure files are edited line by line: only the lines of the moved texts go, so every other
line, comment and blank line stays as it was.

Safe to re-run, for example after merging work that added steps with inline texts:
- files without inline texts are left alone, so a second run changes nothing;
- inline texts that remain (or came back in a merge) move and win over the text files' old texts;
- entries in the text files that no longer match anything in the structure (a removed or renamed
  step) are pruned, and said so;
- before writing, the script checks that the structure with the new text files laid over it equals
  the structure it read with the old text files laid under its inline texts; if not, it writes
  nothing and fails.
On a merge conflict in a structure file, take the other side's version (with its inline texts) and
re-run this script.

--languages defaults to the codes of Prompts/messages.<code>.yaml. --check writes nothing and exits
1 when some file still has inline texts (for CI). --snapshot JSON also writes what every file meant
before this run (path → parsed tree with inline texts), to compare by hand; the script itself already
refuses to write a split whose merged result differs from the inline files it started from.
"""

import json

import argparse
import copy
import glob
import io
import os
import re
import sys

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

MATCH_KEYS = ("id", "value")
SCALARS = (str, int, float, bool)


class SplitError(Exception):
    pass


def round_trip_yaml():
    y = YAML()
    y.preserve_quotes = True
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    return y


# --- What is a text --------------------------------------------------------------------------------

def is_leaf(value):
    """A text: a scalar, or a list of scalars (a per-language default)."""
    if isinstance(value, SCALARS):
        return True
    return isinstance(value, list) and all(isinstance(item, SCALARS) for item in value)


def is_text_map(value, languages):
    return (isinstance(value, dict) and len(value) > 0
            and all(key in languages for key in value) and all(is_leaf(v) for v in value.values()))


def is_text_tree(value, languages):
    """A text map, or a mapping made only of text trees (a command's `actions`)."""
    if is_text_map(value, languages):
        return True
    return isinstance(value, dict) and len(value) > 0 and all(is_text_tree(v, languages) for v in value.values())


def project(value, code, languages):
    """The part of a text tree in one language, or None when it has nothing in that language."""
    if is_text_map(value, languages):
        return copy.deepcopy(value[code]) if code in value else None
    result = CommentedMap()
    for key, child in value.items():
        part = project(child, code, languages)
        if part is not None:
            result[key] = part
    return result if len(result) else None


def match_key(item):
    return next((key for key in MATCH_KEYS if isinstance(item, dict) and key in item), None)


# --- Finding the inline texts ----------------------------------------------------------------------

def find_moves(node, trail, languages, lines, moves):
    """Collects (trail, text tree, first line, last line) for every inline text tree under `node`.

    A trail is a list of keys and (match key, value) pairs for list items."""
    if isinstance(node, dict):
        for key, value in node.items():
            if is_text_tree(value, languages):
                moves.append((trail + [key], value) + region(node, key, lines))
            else:
                find_moves(value, trail + [key], languages, lines, moves)
    elif isinstance(node, list):
        for item in node:
            if not isinstance(item, dict):
                continue
            key = match_key(item)
            inner = []
            find_moves(item, [], languages, lines, inner)
            if not inner:
                continue
            if key is None:
                line = item.lc.line + 1
                raise SplitError(f"line {line}: a list item with texts needs an id or value to match it by")
            find_moves(item, trail + [(key, item[key])], languages, lines, moves)


def region(mapping, key, lines):
    """The lines (0-based, inclusive) that hold `key` and its value in a block mapping."""
    line, column = mapping.lc.key(key)
    if mapping.fa.flow_style():
        raise SplitError(f"line {line + 1}: texts inside a flow mapping {{...}}; write that mapping in block style first")
    if lines[line][:column].strip():
        raise SplitError(f"line {line + 1}: '{key}' is the first key of a list item; move it below the id first")
    last = line
    index = line + 1
    while index < len(lines):
        text = lines[index]
        if text.strip() and len(text) - len(text.lstrip(" ")) <= column:
            break
        if text.strip():
            last = index
        index += 1
    block = lines[line:last + 1]
    has_block_scalar = re.search(r":\s*[|>][-+0-9]*\s*(#.*)?$", block[0]) or any(
        re.search(r":\s*[|>][-+0-9]*\s*$", text) for text in block)
    if not has_block_scalar and any(text.lstrip().startswith("#") for text in block[1:]):
        raise SplitError(f"line {line + 1}: a comment inside the texts of '{key}'; move it out first")
    return line, last


# --- Text files ------------------------------------------------------------------------------------

def ordered_insert(mapping, key, value, order):
    """Inserts key into a ruamel mapping after the keys that come before it in `order`."""
    if key in mapping:
        mapping[key] = value
        return
    rank = {k: i for i, k in enumerate(order)}
    position = len(mapping)
    for index, existing in enumerate(mapping):
        if rank.get(existing, -1) > rank.get(key, len(order)):
            position = index
            break
    mapping.insert(position, key, value)


def place(text_file, structure, trail, value, notices, where):
    """Puts one language's text at `trail` in a text file, creating mappings and list items in the
    structure's order."""
    node, shape = text_file, structure
    for step, token in enumerate(trail):
        last = step == len(trail) - 1
        if isinstance(token, tuple):
            key, wanted = token
            items = [item for item in node if match_key(item) == key and item[key] == wanted]
            if items:
                node = items[0]
            else:
                fresh = CommentedMap([(key, wanted)])
                order = [item.get(key) for item in shape if isinstance(item, dict)]
                rank = order.index(wanted) if wanted in order else len(order)
                position = len(node)
                for index, item in enumerate(node):
                    if isinstance(item, dict) and item.get(key) in order and order.index(item.get(key)) > rank:
                        position = index
                        break
                node.insert(position, fresh)
                node = fresh
            shape = next((item for item in shape if isinstance(item, dict) and item.get(key) == wanted), {})
            continue
        order = list(shape.keys()) if isinstance(shape, dict) else []
        if last:
            old = node.get(token)
            if old is not None and plain(old) != plain(value):
                notices.append(f"{where}: replaced the text at {describe(trail)} with the structure file's")
            if isinstance(old, dict) and isinstance(value, dict):
                for sub, part in value.items():
                    ordered_insert(old, sub, part, list(shape.get(token, {}).keys()) if isinstance(shape, dict) else [])
            else:
                ordered_insert(node, token, value, order)
            return
        next_shape = shape.get(token) if isinstance(shape, dict) else None
        if token not in node:
            ordered_insert(node, token, CommentedSeq() if isinstance(next_shape, list) else CommentedMap(), order)
        node, shape = node[token], next_shape if next_shape is not None else {}


def prune(text_node, shape, trail, notices, where):
    """Removes text-file list items (and lists) that match nothing in the structure."""
    if isinstance(text_node, dict):
        for key in list(text_node.keys()):
            value = text_node[key]
            inner = shape.get(key) if isinstance(shape, dict) else None
            if isinstance(value, list) and not is_leaf(value):
                if not isinstance(inner, list):
                    del text_node[key]
                    notices.append(f"{where}: pruned {describe(trail + [key])}: no such list in the structure")
                    continue
                prune(value, inner, trail + [key], notices, where)
            elif isinstance(value, dict):
                prune(value, inner if isinstance(inner, dict) else {}, trail + [key], notices, where)
    elif isinstance(text_node, list):
        for item in list(text_node):
            key = match_key(item)
            target = next((s for s in shape if isinstance(s, dict) and key and s.get(key) == item[key]), None)
            if target is None:
                text_node.remove(item)
                label = f"{key} '{item[key]}'" if key else "an item without id or value"
                notices.append(f"{where}: pruned {describe(trail)} {label}: nothing in the structure matches it")
            else:
                prune(item, target, trail + [(key, item[key])], notices, where)


def describe(trail):
    parts = []
    for token in trail:
        parts.append(f"[{token[0]}={token[1]}]" if isinstance(token, tuple) else f"/{token}")
    return "".join(parts) or "/"


def plain(value):
    """A ruamel value as plain Python data."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


# --- The overlay, as Kuulo does it (for the self-check) --------------------------------------------

def overlay(structure, texts, code, fill=False):
    for key, value in texts.items():
        if is_leaf(value):
            current = structure.get(key)
            if current is None:
                structure[key] = {code: value}
            elif isinstance(current, dict) and all(is_leaf(v) for v in current.values()):
                if not (fill and code in current):
                    current[code] = value
            else:
                raise SplitError(f"text at '{key}' would replace a structural value")
        elif isinstance(value, dict):
            inner = structure.setdefault(key, {})
            if not isinstance(inner, dict):
                raise SplitError(f"text mapping at '{key}' lands on a non-mapping")
            overlay(inner, value, code, fill)
        elif isinstance(value, list):
            items = structure.get(key)
            if not isinstance(items, list):
                raise SplitError(f"text list '{key}' matches nothing in the structure")
            for entry in value:
                mkey = match_key(entry)
                target = next((i for i in items if isinstance(i, dict) and mkey and i.get(mkey) == entry[mkey]), None)
                if target is None:
                    raise SplitError(f"text entry {mkey}={entry.get(mkey)} in '{key}' matches nothing")
                overlay(target, {k: v for k, v in entry.items() if k != mkey}, code, fill)
        else:
            raise SplitError(f"entry '{key}' is not a text")


# --- One structure file ----------------------------------------------------------------------------

def text_path(structure_path, code):
    return structure_path[:-len(".yaml")] + f".{code}.yaml"


def dump(y, data):
    stream = io.StringIO()
    y.dump(data, stream)
    return stream.getvalue()


def split(path, languages, check, y):
    with open(path, encoding="utf-8") as handle:
        original = handle.read()
    lines = original.split("\n")
    structure = y.load(original)
    moves = []
    find_moves(structure, [], languages, lines, moves)
    name = os.path.basename(path)
    if check:
        if moves:
            print(f"{path}: {len(moves)} inline text(s) left")
        return bool(moves), None

    notices = []
    doomed = set()
    for _, _, first, last in moves:
        doomed.update(range(first, last + 1))
    new_structure_text = "\n".join(line for index, line in enumerate(lines) if index not in doomed)
    new_shape = pyyaml.safe_load(new_structure_text) or {}

    files = {}
    for code in languages:
        target = text_path(path, code)
        if os.path.exists(target):
            with open(target, encoding="utf-8") as handle:
                existing = handle.read()
            loaded = y.load(existing)
            files[code] = (existing, loaded if loaded is not None else CommentedMap())
        else:
            fresh = CommentedMap()
            fresh.yaml_set_start_comment(
                f"The '{code}' texts of {name}, laid over it when Kuulo reads it: mappings by key, list items\n"
                f"by their id (steps, groups, commands) or value (options). Made by scripts/split-flow-texts.py.")
            files[code] = (None, fresh)

    # What the files meant before: the old text files under the structure's inline texts.
    expected = pyyaml.safe_load(original) or {}
    for code, (existing, data) in files.items():
        prune(data, new_shape, [], notices, text_path(path, code))
        if existing is not None:
            overlay(expected, plain(data), code, fill=True)

    for trail, tree, _, _ in moves:
        for code, (_, data) in files.items():
            part = project(tree, code, languages)
            if part is not None:
                place(data, structure, trail, part, notices, text_path(path, code))

    # What they mean now: the new text files over the new structure.
    actual = copy.deepcopy(new_shape)
    outputs = {}
    for code, (existing, data) in files.items():
        if not len(data):
            continue
        text = dump(y, data)
        overlay(actual, pyyaml.safe_load(text) or {}, code)
        if text != existing:
            outputs[text_path(path, code)] = text
    if actual != expected:
        raise SplitError("the split files would not mean the same as before; nothing written")

    if new_structure_text != original:
        outputs[path] = new_structure_text
    for target, text in sorted(outputs.items()):
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text)
        print(f"wrote {target}")
    for notice in notices:
        print(notice)
    return False, expected


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", default=".", help="the repository (default: the current folder)")
    parser.add_argument("--languages", help="language codes, comma-separated (default: from Prompts/messages.*.yaml)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if inline texts remain")
    parser.add_argument("--snapshot", help="also write what the files meant before this run to this JSON file")
    parser.add_argument("files", nargs="*", help="structure files (default: Prompts/flows/*.yaml and Prompts/commands.yaml)")
    options = parser.parse_args()
    prompts = os.path.join(options.root, "Prompts")
    if options.languages:
        languages = [code.strip() for code in options.languages.split(",") if code.strip()]
    else:
        languages = sorted(re.fullmatch(r"messages\.([A-Za-z_-]+)\.yaml", os.path.basename(p)).group(1)
                           for p in glob.glob(os.path.join(prompts, "messages.*.yaml")))
    if not languages:
        sys.exit("split-flow-texts: no languages (no Prompts/messages.<code>.yaml; give --languages)")
    files = options.files or sorted(
        p for p in glob.glob(os.path.join(prompts, "flows", "*.yaml")) if os.path.basename(p).count(".") == 1
    ) + [os.path.join(prompts, "commands.yaml")]
    y = round_trip_yaml()
    left = False
    meanings = {}
    for path in files:
        try:
            remaining, meaning = split(path, languages, options.check, y)
        except SplitError as error:
            sys.exit(f"{path}: {error}")
        left = left or remaining
        if meaning is not None:
            meanings[os.path.relpath(path, options.root)] = meaning
    if options.snapshot and not options.check:
        with open(options.snapshot, "w", encoding="utf-8") as handle:
            json.dump(meanings, handle, ensure_ascii=False, indent=1, sort_keys=True)
        print(f"wrote {options.snapshot}")
    if options.check and left:
        sys.exit(1)


if __name__ == "__main__":
    main()
