#!/usr/bin/env bash
# Regenerates the expected results of testdata/lib/natives from the reference
# Go 1.23: each NAME.go is built by Go and run with
#   NAME.args   its arguments, one per line (optional),
#   NAME.stdin  its standard input (optional, else empty),
#   NAME.env    extra environment variables, VAR=value per line (optional),
# recording NAME.out (stdout), NAME.err (stderr, only if not empty; cut after
# the first "fatal error:" or goroutine header line, as far as the test compares) and
# NAME.status (only if not 0). With a NAME.combined file, stdout and stderr
# go to one file (NAME.out), to check their interleaving. test/lib/natives.test.ts
# runs gots on the same programs and compares. These files are facts about
# Go: never edit them by hand.
# usage: scripts/gen-natives-golden.sh [name ...]
set -euo pipefail
cd "$(dirname "$0")/.."
goroot=$(scripts/oracle.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOTOOLCHAIN=local GOFLAGS= GOPROXY=off GOENV=off CGO_ENABLED=0 GOWORK=off GO111MODULE=off
export GOCACHE="$work/cache"
dir=testdata/lib/natives
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$dir"/*.go; do names+=("$(basename "$f" .go)"); done
fi
for n in "${names[@]}"; do
  "$goroot/bin/go" build -o "$work/$n" "$dir/$n.go"
  args=()
  if [ -f "$dir/$n.args" ]; then mapfile -t args < "$dir/$n.args"; fi
  envs=()
  if [ -f "$dir/$n.env" ]; then mapfile -t envs < "$dir/$n.env"; fi
  stdin=/dev/null
  [ -f "$dir/$n.stdin" ] && stdin="$dir/$n.stdin"
  status=0
  if [ -f "$dir/$n.combined" ]; then
    env "${envs[@]}" "$work/$n" "${args[@]}" <"$stdin" >"$work/out" 2>&1 || status=$?
    : >"$work/err"
  else
    env "${envs[@]}" "$work/$n" "${args[@]}" <"$stdin" >"$work/out" 2>"$work/err" || status=$?
  fi
  cp "$work/out" "$dir/$n.out"
  rm -f "$dir/$n.err" "$dir/$n.status"
  [ -s "$work/err" ] && awk '{ print } /^fatal error: |^goroutine [0-9]+ / { exit }' "$work/err" > "$dir/$n.err"
  [ "$status" != 0 ] && echo "$status" > "$dir/$n.status"
  echo "$n: exit $status"
done
