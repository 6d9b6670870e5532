#!/usr/bin/env bash
# Regenerates the golden files of the Go test programs run by
# test/vm/run.test.ts (testdata/run, testdata/run-pending) with the reference
# Go 1.23: each program is built with `go build` and the binary is run from
# the program's directory with no arguments and empty stdin, recording
#   NAME.out     standard output (always written, possibly empty)
#   NAME.err     standard error (deleted when empty)
#   NAME.status  the exit status, written only when it is not the one the
#                runner infers (2 when NAME.err has a "panic: " line, else 0)
# The binary is run directly, not by `go run`, so stderr is exactly what the
# program printed (`go run` appends "exit status N" for a non-zero status).
# The golden files are facts about Go: never edit them by hand.
# usage: scripts/golden.sh FILE.go ...
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
goroot=$(scripts/oracle.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOTOOLCHAIN=local GOFLAGS= GOPROXY=off GOENV=off CGO_ENABLED=0 GOWORK=off GO111MODULE=
export GOPATH="$work/gopath" GOCACHE="${GOTS_GOCACHE:-$HOME/.cache/gots-golden}"
if [ $# -eq 0 ]; then echo "usage: scripts/golden.sh FILE.go ..." >&2; exit 2; fi
for f in "$@"; do
  case "$f" in /*) abs="$f" ;; *) abs="$root/$f" ;; esac
  dir=$(dirname "$abs"); name=$(basename "$abs" .go); base="$dir/$name"
  (cd "$dir" && "$goroot/bin/go" build -o "$work/$name.bin" "$name.go")
  status=0
  (cd "$dir" && "$work/$name.bin" >"$base.out" 2>"$base.err" </dev/null) || status=$?
  [ -s "$base.err" ] || rm -f "$base.err"
  inferred=0
  if [ -f "$base.err" ] && grep -q '^panic: ' "$base.err"; then inferred=2; fi
  if [ "$status" -ne "$inferred" ]; then echo "$status" > "$base.status"; else rm -f "$base.status"; fi
  echo "$name: exit $status"
done
