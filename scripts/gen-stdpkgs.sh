#!/usr/bin/env bash
# Regenerates src/cli/stdpkgs.ts, the list of Go 1.23's standard packages,
# from the reference toolchain's `go list std` (vendored paths left out).
set -euo pipefail
cd "$(dirname "$0")/.."
goroot=$(scripts/oracle.sh)
list=$(GOTOOLCHAIN=local GOFLAGS= "$goroot/bin/go" list std | grep -v '^vendor/' | paste -sd' ' | fold -s -w 100 | sed 's/ *$//')
{
  cat <<'HEAD'
// The import paths of Go 1.23's standard library, as listed by
// `go list std` with Go 1.23 (vendored paths left out). The loader uses it to
// tell "a package real Go has but gots does not provide yet" apart from "not
// a standard package at all", and to recognise internal std packages.
// Regenerate with scripts/gen-stdpkgs.sh.

export const goStdPackages: ReadonlySet<string> = new Set(
  `
HEAD
  echo "$list"
  cat <<'TAIL'
`
    .trim()
    .split(/\s+/),
);
TAIL
} > src/cli/stdpkgs.ts
