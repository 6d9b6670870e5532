// Reading Go's own test suite ($GOROOT/test) the way its driver does
// (cmd/internal/testdir): the execution recipe on the first line that is not
// a build constraint ("// run", "// errorcheck -lang=go1.17", ...), the
// build constraints that decide whether a test applies to linux/amd64, and
// the flags the driver itself consumes (-0, -1, -s, -t N, -goexperiment X,
// -godebug X) as opposed to those it passes on to the compiler.

import { BuildContext, parseGoBuildExpr, evalExpr } from "../../src/cli/constraint.js";

export interface Recipe {
  /** "run", "compile", "build", "errorcheck", ... */
  action: string;
  /** Flags handed to the compiler (or, for run/build, to the go command). */
  flags: string[];
  /** Arguments after the flags (program arguments, extra files). */
  args: string[];
  /** errorcheck: compilation must fail (cleared by -0). */
  wantError: boolean;
}

/** testdir's splitQuoted: fields separated by spaces, with '…' and "…" quoting. */
export function splitQuoted(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inField = false;
  let quote = "";
  for (const c of s) {
    if (quote !== "") {
      if (c === quote) quote = "";
      else cur += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      inField = true;
      continue;
    }
    if (/\s/.test(c)) {
      if (inField) out.push(cur);
      cur = "";
      inField = false;
      continue;
    }
    cur += c;
    inField = true;
  }
  if (inField) out.push(cur);
  return out;
}

function isConstraintLine(line: string): boolean {
  return /^\/\/go:build(\s|$)/.test(line) || /^\/\/\s*\+build(\s|$)/.test(line);
}

/** The recipe of a test file, or null if it has none. */
export function readRecipe(src: string): Recipe | null {
  let action = "";
  for (const line of src.split("\n")) {
    if (isConstraintLine(line)) continue;
    action = line.replace(/^\/\//, "").trim();
    if (action !== "") break;
  }
  if (action === "") return null;
  const f = splitQuoted(action);
  const r: Recipe = { action: f[0], flags: [], args: [], wantError: false };
  if (r.action === "errorcheck" || r.action === "errorcheckdir" || r.action === "errorcheckoutput") r.wantError = true;
  if (r.action === "errorcheckwithauto") {
    r.action = "errorcheck";
    r.wantError = true;
  }
  let args = f.slice(1);
  while (args.length > 0 && args[0].startsWith("-")) {
    const a = args[0];
    if (a === "-1") r.wantError = true;
    else if (a === "-0") r.wantError = false;
    else if (a === "-t" || a === "-goexperiment" || a === "-godebug") args = args.slice(1);
    else if (a !== "-s") r.flags.push(a); // -s (single-file packages) only concerns *dir recipes
    args = args.slice(1);
  }
  r.args = args;
  return r;
}

/** testdir's shouldTest: every constraint line before the package clause must hold on linux/amd64. */
export function shouldTest(src: string, ctxt: BuildContext = new BuildContext("linux", "amd64")): boolean {
  const cut = src.indexOf("\npackage");
  const header = cut < 0 ? src : src.slice(0, cut);
  for (const line of header.split("\n")) {
    if (line.startsWith("package ")) break;
    if (/^\/\/go:build(\s|$)/.test(line)) {
      const e = parseGoBuildExpr(line.slice("//go:build".length).trim());
      if (e !== null && !evalExpr(e, (t) => ctxt.matchTag(t) || t === "test_run")) return false;
    } else if (/^\/\/\s*\+build(\s|$)/.test(line)) {
      if (!ctxt.matchPlusBuild(line.replace(/^\/\/\s*\+build/, "").trim())) return false;
    }
  }
  return true;
}
