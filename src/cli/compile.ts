// Compiling loaded packages: what gc does for each package the go command
// hands it, in build order.
//
// Per package: parse every file; if there were syntax errors, stop (gc does
// not type-check a package with syntax errors); otherwise type-check. Errors
// are collected in an ErrorList (gc's rules: the limit of 10 unless -e,
// sorting, deduplication) and printed as the go command prints a failed
// compile: a "# <import path>" line, then gc's lines. When the limit is hit
// the lines so far are printed followed by "<pos>: too many errors". A
// package whose dependency failed is not compiled (and prints nothing), as
// with the go command.
//
// -gcflags apply to the packages named on the command line, or to all
// packages with the "all=" pattern, as in the go command.

import type { File } from "../syntax/ast.js";
import { ErrorList, TooManyErrors } from "../syntax/diag.js";
import { type FileSet, formatPosition, type Pos } from "../syntax/source.js";
import type { Package } from "../types/objects.js";
import { maxGoMinor } from "./env.js";
import type { Frontend, LoadedPackage } from "./loader.js";

/** The gc flags gots understands; the rest are accepted and ignored. */
export interface GcFlags {
  /** -e: report all errors, not just the first 10. */
  allErrors: boolean;
  /** -lang=go1.N, or null for the package's default. */
  lang: string | null;
  /** -C: no columns in error positions. */
  noColumns: boolean;
  /** -m given this many times (escape analysis diagnostics; not implemented yet). */
  m: number;
  /** -complete: the package has no non-Go files, so a function without a body is an error. */
  complete: boolean;
  /** Flags accepted but without effect in gots (-d=..., -l, -N, -S, ...). */
  ignored: string[];
}

export function defaultGcFlags(): GcFlags {
  return { allErrors: false, lang: null, noColumns: false, m: 0, complete: false, ignored: [] };
}

export interface CompileOptions {
  /** Flags for the packages named on the command line. */
  rootFlags: GcFlags;
  /** Flags for every other package (the root flags too when given with all=). */
  depFlags: GcFlags;
  /** Where time and size of the non-library packages are added up (the suite's speed figures). */
  stats?: CompileStats;
  /**
   * Throw DeepNesting instead of reporting the parser's "nesting too deep"
   * error, so that the caller can compile again with a larger stack.
   */
  deepNestingThrows?: boolean;
  /**
   * Compiling as the go command does (go build / go run): it passes gc
   * -complete for packages made of Go files only, as user packages are.
   */
  goCommand?: boolean;
  /** Check the bodies of library functions too (the library's own tests). */
  checkLibraryBodies?: boolean;
}

/** The parser ran out of JS stack (see CompileOptions.deepNestingThrows). */
export class DeepNesting extends Error {}

export interface CompileStats {
  files: number;
  lines: number;
  bytes: number;
  parseMs: number;
  checkMs: number;
}

export interface CompileResult {
  ok: boolean;
  /** What the go command prints for failed packages (byte strings, one per line). */
  output: string[];
}

/** gc's message for a bad -lang value, or null if it is acceptable. */
export function checkLang(lang: string): string | null {
  const m = /^go1(?:\.(\d+))?$/.exec(lang);
  if (m === null) return `invalid value "${lang}" for -lang: should be something like "go1.12"`;
  if (Number(m[1] ?? "0") > maxGoMinor) return `invalid value "${lang}" for -lang: max known version is "go1.${maxGoMinor}"`;
  return null;
}

/** The ErrorList's lines as gc prints them (without columns for -C). */
export function errorLines(errors: ErrorList, fset: FileSet, noColumns: boolean): string[] {
  if (!noColumns) return errors.lines();
  const sorted = errors.list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.pos - b.d.pos || a.i - b.i)
    .map(({ d }) => (d.pos > 0 ? `${formatPos(fset, d.pos, true)}: ${d.msg}` : d.msg));
  const out: string[] = [];
  for (const l of sorted) if (out.length === 0 || out[out.length - 1] !== l) out.push(l);
  return out;
}

/** gc's position text: "file:line:col", or "file:line" with -C or when a //line directive left the column unknown (0). */
export function formatPos(fset: FileSet, pos: Pos, noColumns: boolean): string {
  const p = fset.position(pos);
  return noColumns ? `${p.filename}:${p.line}` : formatPosition(p);
}

function countLines(b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 10) n++;
  return b.length > 0 && b[b.length - 1] !== 10 ? n + 1 : n;
}

/**
 * Compiles `order` (as returned by Loader.walk) front to back. Library
 * packages compiled by an earlier call (shared through the loader's cache)
 * are not compiled again.
 */
export function compilePackages(order: LoadedPackage[], fe: Frontend, fset: FileSet, opts: CompileOptions): CompileResult {
  const output: string[] = [];
  let ok = true;
  for (const pkg of order) {
    if (pkg.types !== null) continue;
    if (pkg.failed) {
      ok = false;
      continue;
    }
    if ([...pkg.imports.values()].some((d) => d.failed)) {
      pkg.failed = true;
      ok = false;
      continue;
    }
    const lines = compilePackage(pkg, fe, fset, pkg.isRoot ? opts.rootFlags : opts.depFlags, opts);
    if (lines !== null) {
      pkg.failed = true;
      ok = false;
      output.push(`# ${pkg.path}`, ...lines);
    }
  }
  return { ok, output };
}

/** Compiles one package; returns gc's error lines, or null on success. */
function compilePackage(pkg: LoadedPackage, fe: Frontend, fset: FileSet, flags: GcFlags, opts: CompileOptions): string[] | null {
  const stats = opts.stats;
  if (flags.lang !== null) {
    const bad = checkLang(flags.lang);
    if (bad !== null) return [`compile: ${bad}`];
  }
  const errors = new ErrorList(fset, flags.allErrors);
  const measure = stats !== undefined && !pkg.isStd;
  try {
    let t0 = performance.now();
    const files: File[] = [];
    for (const src of pkg.sources) {
      files.push(fe.parseFile(src, errors, { std: pkg.isStd }));
      if (measure) {
        stats.files++;
        stats.lines += countLines(src.bytes);
        stats.bytes += src.bytes.length;
      }
    }
    if (measure) stats.parseMs += performance.now() - t0;
    if (opts.deepNestingThrows && errors.list.some((d) => d.msg.startsWith("nesting too deep"))) {
      throw new DeepNesting(`${pkg.path}: nesting too deep for the JS stack`);
    }
    // Like gc, stop before type checking only for syntax errors; other
    // parser-stage errors (branches, directives) are reported with the
    // checker's.
    if (errors.syntaxCount > 0) return errorLines(errors, fset, flags.noColumns);
    pkg.syntax = files;
    t0 = performance.now();
    const types = fe.checkPackage(pkg.name === "main" ? "main" : pkg.path, files, {
      errors,
      importer: (path: string, pos: Pos): Package | null => {
        if (path === "unsafe") return fe.unsafePackage;
        const dep = pkg.imports.get(path);
        if (dep !== undefined && dep.types !== null) return dep.types;
        errors.error(pos, `could not import ${path} (package not loaded by gots)`);
        return null;
      },
      isStd: pkg.isStd,
      goVersion: flags.lang ?? pkg.goVersion,
      // Programs only need the library's API from the front end, as gc reads
      // export data for imports; the library's bodies are checked by its own tests.
      ignoreFuncBodies: pkg.isStd && !opts.checkLibraryBodies,
      // Library natives have no body; user packages are complete as the go
      // command compiles them, or when -complete is given.
      complete: !pkg.isStd && (flags.complete || opts.goCommand === true),
    });
    if (measure) stats.checkMs += performance.now() - t0;
    if (errors.count > 0) return errorLines(errors, fset, flags.noColumns);
    pkg.types = types;
    return null;
  } catch (e) {
    if (!(e instanceof TooManyErrors)) throw e;
    return [...errorLines(errors, fset, flags.noColumns), `${formatPos(fset, e.pos, flags.noColumns)}: too many errors`];
  }
}
