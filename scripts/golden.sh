#!/usr/bin/env bash
# Regenerates the golden files of the Go test programs run by
# test/vm/run.test.ts (testdata/run, testdata/run-pending) with the reference
# Go 1.23: each program is run with `go run NAME.go` from its directory, with
# no arguments and empty stdin, recording
#   NAME.out     standard output (always written, possibly empty)
#   NAME.err     standard error as `go run` printed it, including its final
#                "exit status N" line for a non-zero status (deleted when empty)
#   NAME.status  the program's exit status (the N of that line), written only
#                when it is not the one the runner infers (2 when NAME.err has
#                a "panic: " line, else 0)
# `go run` itself exits with 1 whenever the program fails; the program's own
# status is the one `gots run` reports, so it is taken from the last line.
# The golden files are facts about Go: never edit them by hand.
# usage: scripts/golden.sh FILE.go ...
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
goroot=$(scripts/oracle.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOTMPDIR="$work"
export GOTOOLCHAIN=local GOFLAGS= GOPROXY=off GOENV=off CGO_ENABLED=0 GOWORK=off GO111MODULE=
export GOPATH="$work/gopath" GOCACHE="${GOTS_GOCACHE:-$HOME/.cache/gots-golden}"
if [ $# -eq 0 ]; then echo "usage: scripts/golden.sh FILE.go ..." >&2; exit 2; fi
for f in "$@"; do
  case "$f" in /*) abs="$f" ;; *) abs="$root/$f" ;; esac
  dir=$(dirname "$abs"); name=$(basename "$abs" .go); base="$dir/$name"
  rc=0
  (cd "$dir" && "$goroot/bin/go" run "$name.go" >"$base.out" 2>"$base.err" </dev/null) || rc=$?
  status=0
  if [ "$rc" -ne 0 ]; then
    last=$(tail -n 1 "$base.err")
    if [[ "$last" =~ ^exit\ status\ ([0-9]+)$ ]]; then
      status=${BASH_REMATCH[1]}
    else
      echo "$name: go run failed (exit $rc) without running the program:" >&2
      cat "$base.err" >&2
      rm -f "$base.out" "$base.err" "$base.status"
      exit 1
    fi
  fi
  [ -s "$base.err" ] || rm -f "$base.err"
  inferred=0
  if [ -f "$base.err" ] && grep -q '^panic: ' "$base.err"; then inferred=2; fi
  if [ "$status" -ne "$inferred" ]; then echo "$status" > "$base.status"; else rm -f "$base.status"; fi
  echo "$name: exit $status"
done
