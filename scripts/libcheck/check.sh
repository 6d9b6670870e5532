#!/usr/bin/env bash
# Checks gots' Go library (src/lib) with the real Go 1.23 toolchain:
#   1. copies src/lib into a temporary module "gotslib", rewriting imports of
#      packages that src/lib provides to gotslib/<path> (bodiless natives get
#      an empty .s file so the compiler accepts them), runs go vet on it;
#   2. compares every package's exported API with Go's own (apicmp.go).
# Usage: scripts/libcheck/check.sh [pkg ...]   (default: every package)
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
cat > go.mod <<EOM
module gotslib

go 1.23
EOM
want=("$@")
if [ ${#want[@]} -eq 0 ]; then targets=./...; else targets=$(printf './%s ' "${want[@]}"); fi
"$GO" vet $targets
mkdir -p "$d/apicmp" && cp "$root/scripts/libcheck/apicmp.go" "$d/apicmp/main.go"
(cd "$d/apicmp" && printf 'module apicmp\n\ngo 1.23\n' > go.mod && "$GO" build -o "$d/apicmp.bin" .)
if [ ${#want[@]} -eq 0 ]; then want=($pkgs); fi
list=$("$GO" list -export -deps -f '{{.ImportPath}}={{.Export}}' $(printf 'gotslib/%s ' "${want[@]}") 2>/dev/null | grep -v '^gotslib/.*=$' || true)
pub=$(printf '%s\n' "${want[@]}" | grep -v '\(^\|/\)internal\(/\|$\)' || true)
std=$("$GO" list -e -export -f '{{.ImportPath}}={{.Export}}' $pub 2>/dev/null || true)
printf '%s\n%s\n' "$list" "$std" > "$d/exports.txt"
"$d/apicmp.bin" "$d/exports.txt" "${want[@]}"
