#!/usr/bin/env bash
# Makes sure the reference toolchain (Go 1.23 with its test/ suite) is
# installed and prints its GOROOT. Uses the shared installer
# (../shared/tools/install-go-oracle.sh); if that fails (it needs
# /etc/apt/sources.list on some machines), does the same install itself:
# bookworm-backports from the Debian mirror this machine already uses
# (deb822 .sources files included), then golang-1.23-go.
set -euo pipefail
GOROOT=/usr/lib/go-1.23
if [ -x "$GOROOT/bin/go" ] && [ -d "$GOROOT/test" ]; then echo "$GOROOT"; exit 0; fi
here=$(cd "$(dirname "$0")/.." && pwd)
shared="$here/../shared/tools/install-go-oracle.sh"
if [ -x "$shared" ] && out=$("$shared" 2>/dev/null) && [ -x "$out/bin/go" ]; then echo "$out"; exit 0; fi
mirror=$( { grep -hoE '^URIs:\s*\S+' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}';
            grep -hoE '^deb\s+\S+' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '{print $2}'; } \
          | grep -E '/debian/?$' | head -1 || true)
mirror=${mirror:-http://deb.debian.org/debian}
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "deb ${mirror%/} bookworm-backports main" | $sudo tee /etc/apt/sources.list.d/go-oracle-backports.list >/dev/null
$sudo apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq -t bookworm-backports golang-1.23-go >/dev/null
"$GOROOT/bin/go" version >&2
echo "$GOROOT"
