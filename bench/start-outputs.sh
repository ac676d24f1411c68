#!/usr/bin/env bash
# The chat's piped output of a start (`/quit`) for the fixture plans in both languages, with and
# without --user (a trustee of the plan, a name with ä that is not in it, none), one file per run, so
# two builds can be compared byte for byte: `cmp -s` / `diff -r` of two output folders.
# Usage: bash bench/start-outputs.sh KUULO_BINARY OUT_FOLDER
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(realpath "$1")
mkdir -p "$2"
out=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f bench/out/plan-small.json ] || python3 bench/make-plan.py bench/out/plan-small.json 2000 5 >/dev/null
plans="rich=Tests/KuuloCoreTests/Export/Golden/rich-plan.json name-only=Tests/KuuloCoreTests/Export/Golden/name-only-plan.json small=bench/out/plan-small.json new="
for entry in $plans; do
  name=${entry%%=*}
  source=${entry#*=}
  for lang in fi en; do
    for user in "Maija Meikäläinen" "Luottamustoimija 0" "Äänekäs Öljynen" ""; do
      tag="$name.$lang.$(printf '%s' "${user:-nouser}" | tr ' ' '_')"
      rm -rf "$work/run" && mkdir -p "$work/run/state"
      [ -n "$source" ] && cp "$source" "$work/run/plan.json"
      args=(--plan plan.json --lang "$lang")
      [ -n "$user" ] && args+=(--user "$user")
      # The plan's path appears in some texts: run from the folder with a relative name.
      (cd "$work/run" && printf '/quit\n' | env -i PATH="$PATH" HOME="$work/run" XDG_STATE_HOME="$work/run/state" LANG=C.UTF-8 \
        "$binary" "${args[@]}" >"$out/$tag.out" 2>"$out/$tag.err"; echo "exit $?" >>"$out/$tag.err") || true
    done
  done
done
ls "$out" | wc -l
