// The front-end suite: how much of Go's own test suite gots' parser and type
// checker get right, and how fast they are. Run with `npm run frontend-suite`
// (after `npm run build`); it is a measurement, not part of `npm test`.
//
//   (a) build: every `// run`, `// compile` and `// build` test in
//       $GOROOT/test and its chan, ken, interface and fixedbugs folders that
//       applies to linux/amd64, declares no generic functions or types, and
//       imports only packages gots provides, must pass `gots build`;
//   (b) errorcheck: every `// errorcheck` test whose recipe asks for no
//       back-end diagnostics (-m, -d, -+, -live) is compiled as Go's driver
//       compiles it and judged by Go's errorcheck protocol; a file passes
//       when all its expectations hold and no other error appears;
//   (c) speed: lines parsed and type-checked per second over the files of
//       (a) and (b) (library packages excluded), on one thread.
//
// Files are compiled in-process, on worker threads with a large stack; a
// file that takes longer than --timeout seconds counts as a failure (hang)
// and its worker is replaced. The first failures of each kind (with their
// first error line) and the summary go to stdout, the full list to
// build/frontend-report.txt (or --report FILE).
//
// Options: --jobs N (worker threads, default 1 so that the speed figure is
// single-threaded), --timeout S (default 10), --filter REGEXP (test paths),
// --report FILE, --passes N (compile everything N times in the same workers;
// verdicts come from the first pass, a speed line from each), --check-known (exit 1 on a failure missing from
// frontend-known-failures.txt; CI runs this), --update-known (rewrite it).
//
// Run by `node --test build/test/` as a plain script, this file does nothing.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { libDir } from "../../src/cli/env.js";
import type { CompileStats } from "../../src/cli/compile.js";
import type { Job, Verdict, WorkerSetup } from "./frontend-worker.js";
import { readRecipe, shouldTest } from "./testdir.js";

const suiteDirs = [".", "chan", "ken", "interface", "fixedbugs"];

interface Options {
  jobs: number;
  timeout: number;
  filter: RegExp | null;
  report: string | null;
  /** Compare failures with test/suite/frontend-known-failures.txt; exit 1 on a new one. */
  checkKnown: boolean;
  /** Rewrite the known-failures list from this run. */
  updateKnown: boolean;
  /** Compile everything this many times (verdicts from the first pass; speed of each pass). */
  passes: number;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { jobs: 1, timeout: 10, filter: null, report: null, checkKnown: false, updateKnown: false, passes: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [k, inline] = argv[i].split(/=(.*)/s, 2);
    const val = () => inline ?? argv[++i];
    if (k === "--jobs") o.jobs = Math.max(1, Number(val()) || 1);
    else if (k === "--timeout") o.timeout = Math.max(1, Number(val()) || 10);
    else if (k === "--filter") o.filter = new RegExp(val());
    else if (k === "--report") o.report = val();
    else if (k === "--check-known") o.checkKnown = true;
    else if (k === "--passes") o.passes = Math.max(1, Number(val()) || 1);
    else if (k === "--update-known") o.updateKnown = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return o;
}

function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(d, "package.json")) && existsSync(join(d, "scripts", "oracle.sh"))) return d;
    const up = dirname(d);
    if (up === d) throw new Error("cannot find the gots repository root");
    d = up;
  }
}

interface Classified {
  build: Job[];
  errorcheck: Job[];
  /** Tests left out of (b) by their flags, with the reason. */
  excludedErrorcheck: Map<string, number>;
  /** Files not applicable to linux/amd64. */
  notApplicable: number;
}

function classify(testRoot: string, filter: RegExp | null): Classified {
  const c: Classified = { build: [], errorcheck: [], excludedErrorcheck: new Map(), notApplicable: 0 };
  let id = 0;
  for (const d of suiteDirs) {
    const dir = join(testRoot, d);
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".go")) continue;
      const file = join(dir, name);
      if (filter !== null && !filter.test(relative(testRoot, file))) continue;
      const src = readFileSync(file, "latin1");
      const r = readRecipe(src);
      if (r === null) continue;
      const isBuild = r.action === "run" || r.action === "compile" || r.action === "build";
      if (!isBuild && r.action !== "errorcheck") continue;
      if (!shouldTest(src)) {
        c.notApplicable++;
        continue;
      }
      if (isBuild) {
        c.build.push({ id: id++, kind: "build", file, action: r.action, flags: r.flags, args: r.args });
        continue;
      }
      const backend = r.flags.find((f) => /^-(m|d|\+|live)(=|$)/.test(f));
      if (backend !== undefined) {
        const key = `flag ${backend.replace(/=.*/, "")}`;
        c.excludedErrorcheck.set(key, (c.excludedErrorcheck.get(key) ?? 0) + 1);
        continue;
      }
      c.errorcheck.push({ id: id++, kind: "errorcheck", file, flags: r.flags, wantError: r.wantError });
    }
  }
  return c;
}

/** Runs the jobs on `n` workers, replacing a worker that exceeds the timeout or dies. */
async function runJobs(jobs: Job[], n: number, timeoutS: number, setup: WorkerSetup, progress: (done: number) => void): Promise<Map<number, Verdict>> {
  const results = new Map<number, Verdict>();
  const workerUrl = new URL("./frontend-worker.js", import.meta.url);
  let next = 0;
  const lane = () =>
    new Promise<void>((resolveLane) => {
      let worker: Worker | null = null;
      let current: Job | null = null;
      let timer: NodeJS.Timeout | null = null;
      const finish = (v: Verdict) => {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        results.set(v.id, v);
        current = null;
        progress(results.size);
        feed();
      };
      const spawn = () => {
        // A larger young generation than V8's default: the checker allocates
        // many short-lived objects, and fewer scavenges measured 5-15% faster.
        const limits = { stackSizeMb: 256, maxYoungGenerationSizeMb: 48 };
        const w = new Worker(workerUrl, { workerData: setup, resourceLimits: limits });
        w.on("message", (v: Verdict) => {
          if (current !== null && v.id === current.id) finish(v);
        });
        const died = (why: string) => {
          if (worker !== w) return;
          worker = null;
          if (current !== null) finish(failed(current, why));
        };
        w.on("error", (e) => died(`worker crashed: ${e.message}`));
        w.on("exit", (code) => died(`worker exited (${code})`));
        worker = w;
        return w;
      };
      const feed = () => {
        if (next >= jobs.length) {
          const w = worker;
          worker = null;
          if (w !== null) void w.terminate();
          resolveLane();
          return;
        }
        const job = jobs[next++];
        current = job;
        const w = worker ?? spawn();
        timer = setTimeout(() => {
          worker = null;
          void w.terminate();
          finish(failed(job, `timeout: no verdict after ${timeoutS}s (hang)`));
        }, timeoutS * 1000);
        w.postMessage(job);
      };
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(n, Math.max(1, jobs.length)) }, lane));
  return results;
}

function failed(job: Job, reason: string): Verdict {
  return { id: job.id, status: "fail", reason, stats: { files: 0, lines: 0, bytes: 0, parseMs: 0, checkMs: 0 } };
}

function pct(a: number, b: number): string {
  return b === 0 ? "0.0" : ((100 * a) / b).toFixed(1);
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const root = repoRoot();
  const goroot = execFileSync(join(root, "scripts", "oracle.sh"), { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
  const testRoot = join(goroot, "test");
  const setup: WorkerSetup = { libDir: libDir() };
  const c = classify(testRoot, opts.filter);
  const jobs = [...c.build, ...c.errorcheck];
  const t0 = performance.now();
  let lastShown = 0;
  // Later passes reuse the same workers: they measure the front end warm.
  const idBase = Math.max(0, ...jobs.map((j) => j.id)) + 1;
  const allJobs = Array.from({ length: opts.passes }, (_, p) => jobs.map((j) => ({ ...j, id: j.id + p * idBase }))).flat();
  const results = await runJobs(allJobs, opts.jobs, opts.timeout, setup, (done) => {
    if (process.stderr.isTTY && (done === allJobs.length || performance.now() - lastShown > 500)) {
      lastShown = performance.now();
      process.stderr.write(`\r${done}/${allJobs.length} files`);
    }
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  const wallS = (performance.now() - t0) / 1000;

  const rel = (f: string) => relative(testRoot, f);
  const verdicts = (js: Job[]) => js.map((j) => ({ job: j, v: results.get(j.id)! }));
  const build = verdicts(c.build);
  const check = verdicts(c.errorcheck);
  const counted = build.filter((r) => r.v.status !== "skip");
  const buildPass = counted.filter((r) => r.v.status === "pass").length;
  const checkPass = check.filter((r) => r.v.status === "pass").length;
  const passStats = (p: number): CompileStats => {
    const t: CompileStats = { files: 0, lines: 0, bytes: 0, parseMs: 0, checkMs: 0 };
    for (const { job } of [...counted, ...check]) {
      const v = results.get(job.id + p * idBase);
      if (v === undefined) continue;
      t.files += v.stats.files;
      t.lines += v.stats.lines;
      t.bytes += v.stats.bytes;
      t.parseMs += v.stats.parseMs;
      t.checkMs += v.stats.checkMs;
    }
    return t;
  };
  const speedLine = (label: string, t: CompileStats) =>
    `${label}: ${t.lines} lines in ${t.files} files, parse ${(t.parseMs / 1000).toFixed(2)}s + check ${(t.checkMs / 1000).toFixed(2)}s = ${Math.round(t.lines / Math.max((t.parseMs + t.checkMs) / 1000, 1e-9))} lines/s`;
  const total = passStats(0);
  const skips = new Map<string, number>();
  for (const { v } of build) if (v.status === "skip") skips.set(v.category ?? v.reason, (skips.get(v.category ?? v.reason) ?? 0) + 1);

  const summary = [
    `frontend build: ${buildPass}/${counted.length} passed (${pct(buildPass, counted.length)}%)`,
    `errorcheck: ${checkPass}/${check.length} passed (${pct(checkPass, check.length)}%)`,
    speedLine(opts.passes > 1 ? "speed, pass 1 (cold)" : "speed", total),
    ...Array.from({ length: opts.passes - 1 }, (_, i) => speedLine(`speed, pass ${i + 2} (warm)`, passStats(i + 1))),
  ];

  const report: string[] = [
    `gots front-end suite, ${new Date().toISOString()}`,
    `Go test files: ${testRoot} (${suiteDirs.join(", ")})`,
    `wall time ${wallS.toFixed(1)}s with ${opts.jobs} worker(s), timeout ${opts.timeout}s per file`,
    "",
    ...summary,
    "",
    `(a) build tests: ${c.build.length} applicable to linux/amd64; ${c.build.length - counted.length} left out:`,
    ...[...skips.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `    ${String(n).padStart(5)}  ${k}`),
    `(b) errorcheck tests left out for back-end flags: ${[...c.excludedErrorcheck.entries()].map(([k, n]) => `${k}: ${n}`).join(", ") || "none"}`,
    `files not applicable to linux/amd64 (build constraints): ${c.notApplicable}`,
    "",
    "slowest files (parse + check):",
    ...[...counted, ...check]
      .sort((a, b) => b.v.stats.parseMs + b.v.stats.checkMs - (a.v.stats.parseMs + a.v.stats.checkMs))
      .slice(0, 15)
      .map((r) => `    ${(r.v.stats.parseMs + r.v.stats.checkMs).toFixed(1).padStart(8)} ms  ${rel(r.job.file)} (${r.v.stats.lines} lines)`),
    "",
    `== build failures (${counted.length - buildPass}) ==`,
    ...counted.filter((r) => r.v.status !== "pass").map((r) => `${rel(r.job.file)}: ${r.v.reason}`),
    "",
    `== errorcheck failures (${check.length - checkPass}) ==`,
    ...check.filter((r) => r.v.status !== "pass").map((r) => `${rel(r.job.file)}: ${r.v.reason}`),
    "",
  ];
  const reportFile = opts.report ?? join(root, "build", "frontend-report.txt");
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, Buffer.from(report.join("\n"), "latin1"));
  const show = (title: string, rs: { job: Job; v: Verdict }[]) => {
    const bad = rs.filter((r) => r.v.status === "fail");
    if (bad.length === 0) return;
    console.log(`${title} failures:`);
    for (const r of bad.slice(0, 20)) console.log(`  ${rel(r.job.file)}: ${r.v.reason.split("\n")[0].slice(0, 200)}`);
    if (bad.length > 20) console.log(`  ... ${bad.length - 20} more in the report`);
  };
  show("build", counted);
  show("errorcheck", check);
  for (const l of summary) console.log(l);
  console.log(`report: ${relative(process.cwd(), reportFile) || reportFile}`);

  // The known-failures list is the truth about what does not work yet: a
  // test failing that is not on it fails the run; one on it that passes is
  // reported so that it can leave the list.
  const knownFile = join(root, "test", "suite", "frontend-known-failures.txt");
  const failing = [...counted, ...check].filter((r) => r.v.status !== "pass").map((r) => rel(r.job.file)).sort();
  if (opts.updateKnown) {
    const header = "# Go test files that gots' front end does not handle yet (npm run frontend-suite -- --update-known).\n";
    writeFileSync(knownFile, header + failing.map((f) => f + "\n").join(""));
    console.log(`known failures: wrote ${failing.length} to ${relative(process.cwd(), knownFile)}`);
  } else if (opts.checkKnown && opts.filter === null) {
    const known = new Set(
      existsSync(knownFile)
        ? readFileSync(knownFile, "latin1").split("\n").filter((l) => l !== "" && !l.startsWith("#"))
        : [],
    );
    const fresh = failing.filter((f) => !known.has(f));
    const fixed = [...known].filter((f) => !failing.includes(f));
    for (const f of fixed) console.log(`now passes (remove from the known-failures list): ${f}`);
    for (const f of fresh) console.log(`NEW FAILURE (not in the known-failures list): ${f}`);
    console.log(`known failures: ${known.size} listed, ${fresh.length} new, ${fixed.length} fixed`);
    if (fresh.length > 0) process.exitCode = 1;
  }
}

if (process.env.NODE_TEST_CONTEXT === undefined) {
  main().catch((e: unknown) => {
    console.error(`frontend-suite: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
}
