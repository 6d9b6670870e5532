// Where gots lives and what it reports about itself: the root of the
// installation (the directory holding package.json and src/lib, found by
// walking up from the running script, so it works from the dist/ bundle and
// from the build/ tree alike), the library directory, the version, and the
// GOOS/GOARCH that build constraints and `gots version` use.
//
// GOARCH is always amd64: gots lays out memory as gc does on amd64 (see
// DESIGN.md), whatever the host is. GOOS is the host's, in Go's spelling.
// The GOTSROOT environment variable overrides the root, as GOROOT does for go.

import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The Go release gots follows. */
export const goRelease = "go1.23";
/** Highest language version gots knows (gc's -lang maximum). */
export const maxGoMinor = 23;

export const GOARCH = "amd64";

export const GOOS: string = (() => {
  switch (process.platform) {
    case "win32":
      return "windows";
    case "sunos":
      return "solaris";
    default:
      return process.platform; // linux, darwin, freebsd, openbsd, aix, ...
  }
})();

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

let rootCache: string | null | undefined;

/**
 * The installation root: GOTSROOT if set, else the nearest directory above
 * the running script that holds both package.json and src/lib (build/ has a
 * src/lib of its own, without package.json, which this skips).
 */
export function gotsRoot(): string | null {
  if (rootCache !== undefined) return rootCache;
  const env = process.env.GOTSROOT;
  if (env) return (rootCache = resolve(env));
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && isDir(join(dir, "src", "lib"))) return (rootCache = dir);
    const up = dirname(dir);
    if (up === dir) return (rootCache = null);
    dir = up;
  }
}

/** The directory holding the library packages' Go sources (src/lib), or null if not found. */
export function libDir(): string | null {
  const root = gotsRoot();
  return root === null ? null : join(root, "src", "lib");
}

/** gots' own version, "v" + package.json's version ("devel" if unknown). */
export function gotsVersion(): string {
  const root = gotsRoot();
  if (root !== null) {
    try {
      const v = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
      if (typeof v === "string") return "v" + v;
    } catch {
      // An unreadable package.json only costs the version number.
    }
  }
  return "devel";
}

/** The `gots version` line, shaped like `go version`'s. */
export function versionLine(): string {
  return `gots version ${gotsVersion()} (${goRelease} compatible) ${GOOS}/${GOARCH}`;
}
