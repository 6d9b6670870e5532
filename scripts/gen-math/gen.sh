#!/usr/bin/env bash
# Regenerates testdata/lib/math/NAME.out.gz, the expected output of each
# testdata/lib/math/NAME.go (funcs.go: every function of package math on a
# fixed pool of inputs, cmplx.go: the same for math/cmplx; results as IEEE
# 754 bits), by running the program built by the reference Go 1.23.
# test/lib/math.test.ts runs them under gots and requires the same output.
# These files are facts about Go: never edit them by hand.
#
# gc's Exp on amd64 takes a different path (and differs in the last bit for
# some inputs) on CPUs without FMA; gots computes what FMA CPUs do, so this
# refuses to run on others. (math.FMA itself is exact either way.)
# usage: scripts/gen-math/gen.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$(uname -m)" != x86_64 ] || ! grep -qw fma /proc/cpuinfo || ! grep -qw avx /proc/cpuinfo; then
  echo "gen-math: needs linux/amd64 with AVX and FMA (the CPU gots' Exp matches)" >&2
  exit 1
fi
goroot=$(scripts/oracle.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOTOOLCHAIN=local GOFLAGS= GOPROXY=off GOENV=off CGO_ENABLED=0 GOWORK=off GO111MODULE=off GOAMD64=v1
export GOCACHE="$work/cache"
for src in testdata/lib/math/*.go; do
  n=$(basename "$src" .go)
  "$goroot/bin/go" build -o "$work/$n" "$src"
  "$work/$n" > "$work/$n.out"
  gzip -9 -n -c "$work/$n.out" > "testdata/lib/math/$n.out.gz"
  echo "testdata/lib/math/$n.out.gz: $(wc -l < "$work/$n.out") lines"
done
