// Build constraints, as go/build applies them when it reads a package
// directory: `//go:build` expressions (and the older `// +build` lines, used
// only when no //go:build line is present) in the comments before the
// package clause, and _GOOS / _GOARCH / _GOOS_GOARCH file name suffixes.
// Files named on the command line are not filtered (the go command sets
// UseAllFiles for them); files of a package directory are.
//
// The tag set is that of gc on GOOS/amd64 for Go 1.23: GOOS, GOARCH, "unix"
// for Unix systems, "gc", the release tags go1.1 … go1.23, gc's default
// amd64 experiments, plus any -tags given on the command line. cgo is off:
// gots has no cgo.

import { GOARCH, GOOS, maxGoMinor } from "./env.js";

const knownOS = new Set([
  "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux",
  "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
]);

const unixOS = new Set([
  "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux",
  "netbsd", "openbsd", "solaris",
]);

const knownArch = new Set([
  "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle",
  "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64",
  "s390", "s390x", "sparc", "sparc64", "wasm",
]);

/** The experiments gc 1.23 enables by default on amd64 (context.ToolTags). */
const defaultToolTags = ["goexperiment.regabiwrappers", "goexperiment.regabiargs", "goexperiment.coverageredesign", "amd64.v1"];

export class BuildContext {
  readonly tags: Set<string>;

  constructor(
    readonly goos: string = GOOS,
    readonly goarch: string = GOARCH,
    extraTags: readonly string[] = [],
  ) {
    this.tags = new Set([goos, goarch, "gc", ...defaultToolTags, ...extraTags]);
    if (unixOS.has(goos)) this.tags.add("unix");
    for (let i = 1; i <= maxGoMinor; i++) this.tags.add(`go1.${i}`);
  }

  /** Whether a single build tag is satisfied (go/build's matchTag). */
  matchTag(name: string): boolean {
    if (name === "") return false;
    if (this.tags.has(name)) return true;
    if (name === "linux" && this.goos === "android") return true;
    if (name === "solaris" && this.goos === "illumos") return true;
    if (name === "darwin" && this.goos === "ios") return true;
    return false;
  }

  /** go/build's goodOSArchFile: the _GOOS/_GOARCH suffixes of a file name. */
  goodOSArchFile(name: string): boolean {
    let base = name.endsWith(".go") ? name.slice(0, -3) : name;
    const i = base.indexOf("_");
    if (i < 0) return true;
    base = base.slice(i);
    if (base.endsWith("_test")) base = base.slice(0, -5);
    const l = base.split("_");
    const n = l.length;
    if (n >= 2 && knownOS.has(l[n - 2]) && knownArch.has(l[n - 1])) {
      return this.matchTag(l[n - 2]) && this.matchTag(l[n - 1]);
    }
    if (n >= 1 && (knownOS.has(l[n - 1]) || knownArch.has(l[n - 1]))) return this.matchTag(l[n - 1]);
    return true;
  }

  /** Whether a file with this content passes its //go:build (or // +build) constraints. */
  shouldBuild(content: Uint8Array): boolean {
    const { goBuild, plusBuild } = constraintLines(content);
    if (goBuild !== null) {
      const expr = parseGoBuildExpr(goBuild);
      return expr !== null && evalExpr(expr, (t) => this.matchTag(t));
    }
    for (const line of plusBuild) {
      if (!this.matchPlusBuild(line)) return false;
    }
    return true;
  }

  /** A "// +build a,b !c" line: OR of space-separated terms, each an AND of comma-separated tags. */
  matchPlusBuild(line: string): boolean {
    const fields = line.split(/\s+/).filter((f) => f !== "");
    return fields.some((f) =>
      f.split(",").every((t) => {
        if (t.startsWith("!!") || t === "!") return false;
        return t.startsWith("!") ? !this.matchTag(t.slice(1)) : this.matchTag(t);
      }),
    );
  }
}

/**
 * The //go:build line and the // +build lines of a file's leading comment
 * block (go/build's parseFileHeader, simplified: +build lines count only when
 * a blank line separates them from the package clause).
 */
export function constraintLines(content: Uint8Array): { goBuild: string | null; plusBuild: string[] } {
  let goBuild: string | null = null;
  const plus: string[] = [];
  let pendingPlus: string[] = [];
  let inSlashStar = false;
  let start = 0;
  const n = content.length;
  while (start < n) {
    let end = start;
    while (end < n && content[end] !== 10) end++;
    const line = latin1(content, start, end).trim();
    start = end + 1;
    if (inSlashStar) {
      const k = line.indexOf("*/");
      if (k < 0) continue;
      inSlashStar = false;
      if (line.slice(k + 2).trim() !== "") break;
      continue;
    }
    if (line === "") {
      plus.push(...pendingPlus);
      pendingPlus = [];
      continue;
    }
    if (line.startsWith("//")) {
      if (/^\/\/go:build(\s|$)/.test(line)) {
        if (goBuild === null) goBuild = line.slice("//go:build".length).trim();
      } else if (/^\/\/\s*\+build(\s|$)/.test(line)) {
        pendingPlus.push(line.replace(/^\/\/\s*\+build/, "").trim());
      }
      continue;
    }
    if (line.startsWith("/*")) {
      const k = line.indexOf("*/", 2);
      if (k < 0) {
        inSlashStar = true;
        continue;
      }
      if (line.slice(k + 2).trim() === "") continue;
    }
    break;
  }
  return { goBuild, plusBuild: plus };
}

function latin1(b: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i]);
  return s;
}

// ---------------------------------------------------------------------------
// //go:build expressions (go/build/constraint): ||, &&, !, parentheses, tags.

export type ConstraintExpr =
  | { op: "tag"; tag: string }
  | { op: "not"; x: ConstraintExpr }
  | { op: "and" | "or"; x: ConstraintExpr; y: ConstraintExpr };

/** Parses the text after "//go:build"; null if it is not a valid expression. */
export function parseGoBuildExpr(text: string): ConstraintExpr | null {
  const toks = text.match(/\|\||&&|!|\(|\)|[\p{L}\p{N}_.]+|\S/gu) ?? [];
  let i = 0;
  const peek = () => (i < toks.length ? toks[i] : "");
  function or(): ConstraintExpr | null {
    let x = and();
    while (x !== null && peek() === "||") {
      i++;
      const y = and();
      x = y === null ? null : { op: "or", x, y };
    }
    return x;
  }
  function and(): ConstraintExpr | null {
    let x = not();
    while (x !== null && peek() === "&&") {
      i++;
      const y = not();
      x = y === null ? null : { op: "and", x, y };
    }
    return x;
  }
  function not(): ConstraintExpr | null {
    const t = peek();
    if (t === "!") {
      i++;
      const x = not();
      return x === null ? null : { op: "not", x };
    }
    if (t === "(") {
      i++;
      const x = or();
      if (peek() !== ")") return null;
      i++;
      return x;
    }
    if (/^[\p{L}\p{N}_.]+$/u.test(t)) {
      i++;
      return { op: "tag", tag: t };
    }
    return null;
  }
  const e = or();
  return e !== null && i === toks.length ? e : null;
}

export function evalExpr(e: ConstraintExpr, ok: (tag: string) => boolean): boolean {
  switch (e.op) {
    case "tag":
      return ok(e.tag);
    case "not":
      return !evalExpr(e.x, ok);
    case "and":
      return evalExpr(e.x, ok) && evalExpr(e.y, ok);
    case "or":
      return evalExpr(e.x, ok) || evalExpr(e.y, ok);
  }
}
