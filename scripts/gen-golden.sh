#!/usr/bin/env bash
# Regenerates the golden files of testdata/cli from the reference Go 1.23:
# for each case directory holding a `cmd` file (the go/gots arguments, e.g.
# "build main.go"), runs `go <args>` in a scratch copy of the directory and
# records what Go printed and its exit status:
#   go.out     standard output
#   go.err     standard error, with the scratch directory written as $DIR
#   go.status  exit status
# test/cli/golden.test.ts runs gots on the same cases and compares. The
# golden files are facts about Go: never edit them by hand.
# usage: scripts/gen-golden.sh [case ...]
set -euo pipefail
cd "$(dirname "$0")/.."
goroot=$(scripts/oracle.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOTOOLCHAIN=local GOFLAGS= GOPROXY=off GOENV=off CGO_ENABLED=0 GOWORK=off
export HOME="$work/home" GOPATH="$work/gopath" GOCACHE="$work/cache" GOMODCACHE="$work/gopath/pkg/mod"
mkdir -p "$HOME"
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  for d in testdata/cli/*/; do [ -f "$d/cmd" ] && cases+=("$(basename "$d")"); done
fi
for c in "${cases[@]}"; do
  src="testdata/cli/$c"
  dir="$work/run/$c"
  rm -rf "$dir"; mkdir -p "$dir"
  (cd "$src" && tar cf - --exclude=go.out --exclude=go.err --exclude=go.status --exclude=cmd .) | (cd "$dir" && tar xf -)
  read -r -a args < "$src/cmd"
  status=0
  (cd "$dir" && "$goroot/bin/go" "${args[@]}" >"$work/out" 2>"$work/err") || status=$?
  cp "$work/out" "$src/go.out"
  sed "s|$dir|\$DIR|g" "$work/err" > "$src/go.err"
  echo "$status" > "$src/go.status"
  echo "$c: exit $status"
done
