#!/usr/bin/env bash
# Differential tests of gots' library against Go's own, run with the real
# Go toolchain: src/lib is copied into a module "gotslib" (imports of its
# packages rewritten to gotslib/...); for each package with a directory in
# scripts/libcheck/shims/, its natives are removed and the shim files (Go
# implementations of the natives over Go's std) are added; then every test
# program in scripts/libcheck/difftests/ runs and reports mismatches.
# Usage: scripts/libcheck/difftest.sh [test-name ...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
GO=${GO:-/usr/lib/go-1.23/bin/go}
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
mkdir -p "$d/gotslib"
cp -r "$root/src/lib/." "$d/gotslib/"
rm -f "$d/gotslib/natives.ts" "$d/gotslib/README.md" "$d/gotslib/API-GAPS.md"
cd "$d/gotslib"
pkgs=$(find . -name '*.go' -printf '%h\n' | sed 's|^\./||' | sort -u)
pat=$(echo "$pkgs" | sed 's/[.\/]/\\&/g' | paste -sd'|')
find . -name '*.go' -print0 | xargs -0 sed -i -E "s#^(\s*(import\s+)?([A-Za-z_.]+\s+)?)\"($pat)\"#\1\"gotslib/\4\"#"
for p in $pkgs; do touch "$p/natives_stub.s"; done
printf 'module gotslib\n\ngo 1.23\n' > go.mod
(cd "$root/scripts/libcheck/stripnatives" && GO111MODULE=off "$GO" build -o "$d/stripnatives" .)
shimdirs=()
for s in $(cd "$root/scripts/libcheck/shims" && find . -name '*_shim.go' -printf '%h\n' | sed 's|^\./||' | sort -u); do
  shimdirs+=("$s")
done
if [ ${#shimdirs[@]} -gt 0 ]; then
  "$d/stripnatives" "${shimdirs[@]}"
  for s in "${shimdirs[@]}"; do
    cp "$root/scripts/libcheck/shims/$s/"*_shim.go "$s/"
    rm -f "$s/natives_stub.s"
  done
fi
tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
  tests=($(cd "$root/scripts/libcheck/difftests" && ls))
fi
fail=0
for t in "${tests[@]}"; do
  mkdir -p "difftests/$t"
  cp "$root/scripts/libcheck/difftests/$t/"*.go "difftests/$t/"
  if out=$("$GO" run "./difftests/$t" 2>&1); then
    echo "ok   $t"
  else
    echo "FAIL $t"
    echo "$out" | head -40
    fail=1
  fi
done
exit $fail
