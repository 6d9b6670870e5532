// The pure parts of the conformance runner (run.ts): what Go's test driver
// (cmd/internal/testdir, Go 1.23) would do with a test file's header, how it
// judges a `// run` test's output, how a test is classified for the
// "no goroutines, no generics" measure, and the known-failures list format.
// Header reading itself (recipe, build constraints) is testdir.ts's, shared
// with the front-end suite.

import { ErrorList } from "../../src/syntax/diag.js";
import { parseFile } from "../../src/syntax/parser.js";
import { FileSet } from "../../src/syntax/source.js";
import { scanHeader } from "../../src/cli/header.js";
import { readRecipe, shouldTest, splitQuoted } from "../suite/testdir.js";

/** The folders of $GOROOT/test the runner covers, in report order ("." is the top level). */
export const suiteDirs = [".", "chan", "ken", "interface", "fixedbugs", "typeparam"];

/** Recipes that execute a program but that this runner does not implement (they are counted as skipped). */
const otherRunRecipes = new Set(["runoutput", "rundir", "runindir", "buildrun", "buildrundir", "errorcheckandrundir"]);

/** What to do with one test file. */
export type Plan =
  | { kind: "ignore" } // not a test that runs a program (compile, errorcheck, skip, ...) or no recipe
  | { kind: "skip"; reason: string }
  | {
      kind: "run";
      /** go command flags from the recipe (-gcflags=..., -race, -tags=...). */
      flags: string[];
      /** Arguments after the file: further .go files of the package first, then program arguments. */
      args: string[];
      /** Environment the driver adds (GOEXPERIMENT, GODEBUG from -goexperiment / -godebug). */
      env: Record<string, string>;
      /** The recipe's -t timeout in seconds (0: none). */
      timeout: number;
    };

/**
 * The driver's reading of a test's header: only `// run` tests are run (with
 * their flags and arguments); the other recipes that execute programs are
 * skipped with the recipe as the reason; tests whose build constraints
 * exclude linux/amd64 (gc, no cgo) are skipped with the constraint line.
 */
export function planTest(src: string): Plan {
  const r = readRecipe(src);
  if (r === null) return { kind: "ignore" };
  if (r.action !== "run") {
    if (otherRunRecipes.has(r.action)) return { kind: "skip", reason: `recipe ${r.action} (not implemented by this runner)` };
    return { kind: "ignore" };
  }
  if (!shouldTest(src)) {
    const cut = src.indexOf("\npackage");
    const header = (cut < 0 ? src : src.slice(0, cut)).split("\n");
    const line = header.find((l) => /^\/\/go:build(\s|$)/.test(l) || /^\/\/\s*\+build(\s|$)/.test(l)) ?? "build constraints";
    return { kind: "skip", reason: `not for linux/amd64 gc without cgo: ${line.trim()}` };
  }
  // readRecipe drops the values of -t, -goexperiment and -godebug; the
  // driver turns the last two into environment variables and the first into
  // a time limit, so read them again from the recipe line.
  const env: Record<string, string> = {};
  let timeout = 0;
  const line = recipeLine(src);
  const f = splitQuoted(line).slice(1);
  for (let i = 0; i < f.length && f[i].startsWith("-"); i++) {
    const v = f[i + 1] ?? "";
    if (f[i] === "-t") {
      timeout = Number(v) || 0;
      i++;
    } else if (f[i] === "-goexperiment" || f[i] === "-godebug") {
      const k = f[i] === "-goexperiment" ? "GOEXPERIMENT" : "GODEBUG";
      env[k] = env[k] === undefined ? v : `${env[k]},${v}`;
      i++;
    }
  }
  return { kind: "run", flags: r.flags, args: r.args, env, timeout };
}

function recipeLine(src: string): string {
  for (const line of src.split("\n")) {
    if (/^\/\/go:build(\s|$)/.test(line) || /^\/\/\s*\+build(\s|$)/.test(line)) continue;
    const a = line.replace(/^\/\//, "").trim();
    if (a !== "") return a;
  }
  return "";
}

/** The extra source files of a run test: the leading .go arguments (`go run a.go b.go args...`). */
export function extraFiles(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (!a.endsWith(".go")) break;
    out.push(a);
  }
  return out;
}

/**
 * The driver's checkExpectedOutput for `run`: stdout and stderr together (in
 * the order written), "\r\n" read as "\n", must equal the .out file beside
 * the test, or be empty when there is none. Returns null when it matches,
 * otherwise a one-line reason naming the first differing line.
 */
export function compareOutput(got: string, want: string | null): string | null {
  got = got.replaceAll("\r\n", "\n");
  const w = want ?? "";
  if (got === w) return null;
  if (want === null) return `output should be empty (no .out file), got ${quote(firstLine(got))}`;
  const g = got.split("\n");
  const e = w.split("\n");
  for (let i = 0; i < Math.max(g.length, e.length); i++) {
    if (g[i] === e[i]) continue;
    const where = `output differs at line ${i + 1}`;
    if (i >= g.length && i === e.length - 1 && e[i] === "") return `${where}: missing final newline`;
    if (i >= e.length && i === g.length - 1 && g[i] === "") return `${where}: unexpected final newline`;
    if (i >= g.length || (i === g.length - 1 && g[i] === "" && i < e.length - 1)) return `${where}: output ends early, want ${quote(e[i])}`;
    if (i >= e.length || (i === e.length - 1 && e[i] === "")) return `${where}: unexpected extra output ${quote(g[i])}`;
    return `${where}: got ${quote(g[i])}, want ${quote(e[i])}`;
  }
  return "output differs"; // not reached: equal line lists mean equal strings
}

function firstLine(s: string): string {
  const l = s.split("\n").find((x) => x.trim() !== "");
  return l ?? s;
}

function quote(s: string): string {
  const q = JSON.stringify(s);
  return q.length > 120 ? q.slice(0, 117) + "..." : q;
}

/**
 * The first non-empty line of some output, shortened, for reasons; after a
 * `# package` line (the go command's heading of compile errors), the first
 * error too.
 */
export function headline(out: string): string {
  const lines = out
    .replaceAll("\r\n", "\n")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines.length === 0) return "";
  let l = lines[0];
  if (l.startsWith("# ") && lines.length > 1) l = `${l}: ${lines[1]}`;
  return l.length > 200 ? l.slice(0, 197) + "..." : l;
}

/**
 * Go source with comments blanked and every string, rune and raw string
 * literal replaced by `""`, so that keywords and operators can be found by
 * pattern without false hits in text.
 */
export function stripLiterals(src: string): string {
  let out = "";
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === "/" && src[i + 1] === "/") {
      const j = src.indexOf("\n", i);
      i = j < 0 ? n : j;
      out += " ";
    } else if (c === "/" && src[i + 1] === "*") {
      const j = src.indexOf("*/", i + 2);
      const body = src.slice(i, j < 0 ? n : j + 2);
      out += body.includes("\n") ? "\n" : " ";
      i = j < 0 ? n : j + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && src[j] !== c && src[j] !== "\n") j += src[j] === "\\" ? 2 : 1;
      i = j + 1;
      out += '""';
    } else if (c === "`") {
      const j = src.indexOf("`", i + 1);
      i = j < 0 ? n : j + 1;
      out += '""';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * Whether a test needs goroutines beyond main: a `go` statement, a
 * `select`, a channel type or operation (`chan`, `<-`), or an import of
 * sync or time. `go`, `select` and `chan` are keywords, so outside comments
 * and literals each occurrence is the construct itself.
 */
export function needsGoroutines(src: string): boolean {
  const code = stripLiterals(src);
  if (/\b(go|select|chan)\b/.test(code) || code.includes("<-")) return true;
  const imports = scanHeader(Buffer.from(src, "latin1")).imports.map((i) => i.path);
  return imports.some((p) => p === "sync" || p === "time");
}

/**
 * Whether a file declares type parameters (a generic function, method
 * receiver type or type), by gots' parser; if the file does not parse, by
 * pattern (`func F[`, `type T[P any]`).
 */
export function declaresTypeParams(name: string, src: string): boolean {
  try {
    const fset = new FileSet();
    const errors = new ErrorList(fset, true);
    const f = parseFile(fset.addFile(name, Buffer.from(src, "latin1")), errors);
    if (errors.count === 0) {
      return f.declList.some((d) => (d.kind === "FuncDecl" || d.kind === "TypeDecl") && d.tParamList !== null && d.tParamList.length > 0);
    }
  } catch {
    // fall through to the pattern
  }
  // The front-end suite's guess for files gots cannot parse.
  return /^func\s*(\([^)]*\)\s*)?\w+\s*\[|^type\s+\w+\s*\[\s*\w+\s+[\w*~[\]]/m.test(stripLiterals(src));
}

/** A test's class for the goroutine/generics breakdown. */
export interface TestClass {
  goroutines: boolean;
  generics: boolean;
}

/** Classifies a test from its folder and the sources of its files. */
export function classifyTest(dir: string, sources: { name: string; src: string }[]): TestClass {
  return {
    goroutines: sources.some((s) => needsGoroutines(s.src)),
    generics: dir === "typeparam" || dir.startsWith("typeparam/") || sources.some((s) => declaresTypeParams(s.name, s.src)),
  };
}

/** One entry of the known-failures list: a test path, optionally a reason. */
export interface KnownEntry {
  path: string;
  reason: string;
}

/** Reads a known-failures list: one test path per line (relative to $GOROOT/test), `#` comments, optional reason after the path. */
export function parseKnown(text: string): Map<string, KnownEntry> {
  const m = new Map<string, KnownEntry>();
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const [path, ...rest] = line.split(/\s+/);
    m.set(path, { path, reason: rest.join(" ") });
  }
  return m;
}

/** Writes a known-failures list (sorted, reasons shortened to one line). */
export function formatKnown(header: string[], entries: Iterable<KnownEntry>): string {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const lines = header.map((h) => `# ${h}`);
  for (const e of sorted) {
    let r = e.reason.replace(/\s+/g, " ").trim();
    if (r.length > 120) r = r.slice(0, 117) + "...";
    lines.push(r === "" ? e.path : `${e.path}  ${r}`);
  }
  return lines.join("\n") + "\n";
}
