// The front-end suite's worker thread (started by frontend.ts): compiles one
// test file per message, in-process, and answers with the verdict and the
// time spent parsing and type-checking. The main thread kills a worker that
// does not answer in time (a hang) and starts a fresh one.
//
// Two kinds of job:
//   build       a `// run`, `// compile` or `// build` test: must pass
//               `gots build FILE` (the go command's loading, then gc);
//   errorcheck  an `// errorcheck` test: compiled as Go's driver compiles
//               it (`go tool compile -C -e FLAGS file.go`, no go command),
//               and its output checked with Go's errorcheck protocol.
// Library packages are compiled once per worker and shared by all jobs.
//
// Run by `node --test build/test/` as a plain script, this file does nothing.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { File } from "../../src/syntax/ast.js";
import { ErrorList, TooManyErrors } from "../../src/syntax/diag.js";
import { FileSet, type Pos } from "../../src/syntax/source.js";
import type { Package } from "../../src/types/objects.js";
import { type CompileStats, checkLang, compilePackages, defaultGcFlags, errorLines, formatPos, type GcFlags } from "../../src/cli/compile.js";
import { BuildContext } from "../../src/cli/constraint.js";
import { parseBuildFlags, parseCompilerFlags } from "../../src/cli/flags.js";
import { scanHeader } from "../../src/cli/header.js";
import { type Frontend, GoCommandError, type LoadedPackage, Loader } from "../../src/cli/loader.js";
import { ErrchkError, errorCheck } from "./errorcheck.js";

export type Job =
  | { id: number; kind: "build"; file: string; action: string; flags: string[]; args: string[] }
  | { id: number; kind: "errorcheck"; file: string; flags: string[]; wantError: boolean };

export interface Verdict {
  id: number;
  status: "pass" | "fail" | "skip";
  /** Why it failed or was skipped (first error line, missing import, ...). */
  reason: string;
  /** For skips: a short category ("generics", "imports net/http"). */
  category?: string;
  stats: CompileStats;
}

export interface WorkerSetup {
  libDir: string | null;
}

function zeroStats(): CompileStats {
  return { files: 0, lines: 0, bytes: 0, parseMs: 0, checkMs: 0 };
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b).toString("latin1");
}

class Session {
  readonly fset = new FileSet();
  readonly stdCache = new Map<string, LoadedPackage>();

  constructor(
    readonly fe: Frontend,
    readonly libDir: string | null,
  ) {}

  /** Whether gots' library provides the package (unsafe is built in). */
  provides(path: string): boolean {
    if (path === "unsafe") return true;
    if (this.libDir === null || path === "C") return false;
    const dir = join(this.libDir, path);
    try {
      return existsSync(dir) && readdirSync(dir).some((n) => n.endsWith(".go") && !n.endsWith("_test.go"));
    } catch {
      return false;
    }
  }

  /** Whether the file declares generic functions or types (by our parser), or null if it does not parse. */
  usesGenerics(name: string, bytes: Uint8Array): boolean | null {
    const scratch = new FileSet();
    const errors = new ErrorList(scratch, true);
    let f: File;
    try {
      f = this.fe.parseFile(scratch.addFile(name, bytes), errors);
    } catch {
      return null;
    }
    if (errors.count > 0) return null;
    return f.declList.some((d) => (d.kind === "FuncDecl" || d.kind === "TypeDecl") && d.tParamList !== null && d.tParamList.length > 0);
  }

  build(job: Extract<Job, { kind: "build" }>): Verdict {
    const v: Verdict = { id: job.id, status: "fail", reason: "", stats: zeroStats() };
    const dir = dirname(job.file);
    const files = [basename(job.file)];
    if (job.action === "run") for (const a of job.args) if (a.endsWith(".go")) files.push(a);
    const sources = files.map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) }));
    for (const s of sources) {
      const g = this.usesGenerics(s.name, s.bytes);
      const guess = g === null && /^func\s*(\([^)]*\)\s*)?\w+\s*\[|^type\s+\w+\s*\[\s*\w+\s+[\w*~[\]]/m.test(latin1(s.bytes));
      if (g === true || guess) return { ...v, status: "skip", reason: "uses generics", category: "generics" };
      for (const imp of scanHeader(s.bytes).imports) {
        if (!this.provides(imp.path)) return { ...v, status: "skip", reason: `imports ${imp.path}`, category: `imports ${imp.path}` };
      }
    }
    let rootFlags: GcFlags = defaultGcFlags();
    let all = false;
    let tags: string[] = [];
    try {
      if (job.action === "compile") {
        rootFlags = parseCompilerFlags(job.flags);
      } else {
        const bf = parseBuildFlags("build", job.flags).flags;
        rootFlags = bf.gcflags;
        all = bf.gcflagsAll;
        tags = bf.tags;
      }
    } catch {
      rootFlags = defaultGcFlags();
    }
    const loader = new Loader({ cwd: dir, libDir: this.libDir, fset: this.fset, stdCache: this.stdCache, context: new BuildContext("linux", "amd64", tags) });
    try {
      const root = loader.loadFiles(files);
      const order = loader.walk(root);
      const res = compilePackages(order, this.fe, this.fset, {
        rootFlags,
        depFlags: all ? rootFlags : defaultGcFlags(),
        stats: v.stats,
        goCommand: job.action !== "compile",
      });
      if (res.ok) return { ...v, status: "pass" };
      const first = res.output.find((l) => !l.startsWith("#"));
      const dep = order.find((p) => p.failed && p.isStd);
      v.reason = first ?? (dep ? `library package ${dep.path} does not compile` : "failed");
      return v;
    } catch (e) {
      if (e instanceof GoCommandError) v.reason = e.lines[0].split("\n")[0];
      else v.reason = `internal error: ${errorText(e)}`;
      return v;
    }
  }

  /** A library package, loaded and compiled on first use; null if gots does not provide it. */
  private stdPackage(path: string): Package | null {
    const cached = this.stdCache.get(path);
    if (cached !== undefined) return cached.types;
    if (!this.provides(path)) return null;
    const loader = new Loader({ cwd: this.libDir ?? "/", libDir: this.libDir, fset: this.fset, stdCache: this.stdCache });
    const root = loader.loadImportPath(path);
    const order = loader.walk(root);
    compilePackages(order, this.fe, this.fset, { rootFlags: defaultGcFlags(), depFlags: defaultGcFlags() });
    this.stdCache.set(path, root);
    return root.types;
  }

  errorcheck(job: Extract<Job, { kind: "errorcheck" }>): Verdict {
    const v: Verdict = { id: job.id, status: "fail", reason: "", stats: zeroStats() };
    const bytes = readFileSync(job.file);
    const short = basename(job.file);
    const flags = parseCompilerFlags(["-C", "-e", ...job.flags]);
    const stats = v.stats;
    let out: string[];
    let failed: boolean;
    try {
      const bad = flags.lang !== null ? checkLang(flags.lang) : null;
      if (bad !== null) {
        out = [`compile: ${bad}`];
        failed = true;
      } else {
        ({ out, failed } = this.compileLikeGc(short, bytes, flags, job.flags.includes("-std"), stats));
      }
    } catch (e) {
      v.reason = `internal error: ${errorText(e)}`;
      return v;
    }
    if (job.wantError && !failed) {
      v.reason = "compilation succeeded unexpectedly";
      return v;
    }
    if (!job.wantError && failed) {
      v.reason = out[0] ?? "compilation failed";
      return v;
    }
    let problems: string[];
    try {
      problems = errorCheck(out.join("\n"), false, [{ full: short, short, src: latin1(bytes) }]);
    } catch (e) {
      if (!(e instanceof ErrchkError)) throw e;
      v.reason = `test file: ${e.message}`;
      return v;
    }
    if (problems.length === 0) return { ...v, status: "pass" };
    v.reason = problems.join("\n").split("\n").slice(0, 3).join(" | ");
    return v;
  }

  /** `go tool compile` on one file: gc's output lines and whether it failed. */
  private compileLikeGc(short: string, bytes: Uint8Array, flags: GcFlags, isStd: boolean, stats: CompileStats): { out: string[]; failed: boolean } {
    const src = this.fset.addFile(short, bytes);
    const errors = new ErrorList(this.fset, flags.allErrors);
    stats.files++;
    stats.bytes += bytes.length;
    stats.lines += latin1(bytes).split("\n").length - (bytes[bytes.length - 1] === 10 ? 1 : 0);
    try {
      let t0 = performance.now();
      const file = this.fe.parseFile(src, errors, { std: isStd });
      stats.parseMs += performance.now() - t0;
      // gc goes on to type checking after parser-stage errors other than syntax errors.
      if (errors.syntaxCount === 0) {
        t0 = performance.now();
        let importMs = 0;
        this.fe.checkPackage("p", [file], {
          errors,
          importer: (path: string, pos: Pos): Package | null => {
            if (path === "unsafe") return this.fe.unsafePackage;
            const t1 = performance.now();
            const p = this.stdPackage(path);
            importMs += performance.now() - t1;
            if (p === null) errors.error(pos, `could not import ${path} (open : no such file or directory)`);
            return p;
          },
          isStd,
          goVersion: flags.lang ?? "go1.23",
          complete: flags.complete,
        });
        stats.checkMs += performance.now() - t0 - importMs;
      }
      return { out: errorLines(errors, this.fset, flags.noColumns), failed: errors.count > 0 };
    } catch (e) {
      if (!(e instanceof TooManyErrors)) throw e;
      const out = [...errorLines(errors, this.fset, flags.noColumns), `${formatPos(this.fset, e.pos, flags.noColumns)}: too many errors`];
      return { out, failed: true };
    }
  }
}

/** An exception's message and the first frame in gots' sources. */
function errorText(e: unknown): string {
  if (e instanceof Error) {
    const at = e.stack?.split("\n").map((l) => l.trim()).find((l) => l.startsWith("at ") && l.includes("/src/")) ?? "";
    return `${e.message}${at ? ` (${at})` : ""}`;
  }
  return String(e);
}

/**
 * Loads the front end. If the type checker cannot be loaded (unfinished),
 * the parser alone still sorts the tests (generics, imports) and every
 * counted test fails with the reason.
 */
async function loadFrontend(): Promise<{ fe: Frontend }> {
  try {
    const { goFrontend } = await import("../../src/cli/frontend.js");
    return { fe: goFrontend };
  } catch (e) {
    const missing = `front end not available: ${errorText(e)}`;
    const unavailable = (): never => {
      throw new FrontendMissing(missing);
    };
    try {
      const { parseFile } = await import("../../src/syntax/parser.js");
      return { fe: { parseFile, checkPackage: unavailable, unsafePackage: null as unknown as Package } };
    } catch {
      return { fe: { parseFile: unavailable, checkPackage: unavailable, unsafePackage: null as unknown as Package } };
    }
  }
}

class FrontendMissing extends Error {}

async function start(setup: WorkerSetup): Promise<void> {
  const port = parentPort!;
  const { fe } = await loadFrontend();
  const session = new Session(fe, setup.libDir);
  port.on("message", (job: Job) => {
    let v: Verdict;
    try {
      v = job.kind === "build" ? session.build(job) : session.errorcheck(job);
    } catch (e) {
      v = { id: job.id, status: "fail", reason: `internal error: ${errorText(e)}`, stats: zeroStats() };
    }
    port.postMessage(v);
  });
}

if (!isMainThread && parentPort !== null) void start(workerData as WorkerSetup);
