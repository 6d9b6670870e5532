// The conformance runner: runs every `// run` test of Go 1.23's own test
// suite ($GOROOT/test and its chan, ken, interface, fixedbugs and typeparam
// folders) with `gots run` and judges it as Go's test driver
// (cmd/internal/testdir) does. Run with `npm run conformance` after
// `npm run build`; it is a measurement, not part of `npm test`.
//
// - Header: the recipe on the first line that is not a build constraint.
//   `// run [flags] [files and arguments]` tests are run; tests whose recipe
//   also runs a program in another way (runoutput, rundir, runindir,
//   buildrun, buildrundir, errorcheckandrundir) are counted as skipped, as
//   are tests whose build constraints exclude linux/amd64 with gc and no cgo.
//   Other recipes (compile, errorcheck, ...) are not run tests: not counted.
// - Running: `node bin/gots.js run FLAGS FILE.go ARGS` as the driver runs
//   `go run FLAGS FILE.go ARGS`: the working directory is $GOROOT/test and
//   FILE.go is the path relative to it (fixedbugs/bug000.go); the
//   environment is ours plus GOENV=off, GOFLAGS=, PWD, STDLIB_IMPORTCFG (made
//   with `go list -export std` when a test reads it), GOEXPERIMENT/GODEBUG
//   from the recipe's -goexperiment/-godebug, and $GOROOT/bin first in PATH
//   (as `go test` sets it for the driver). Each test has a time limit
//   (--timeout, default 10 s, or the recipe's -t if larger); --jobs tests
//   run at once (default 2).
// - Verdict: the driver fails a `run` test whose process exits non-zero;
//   otherwise stdout and stderr together, in the order written, with "\r\n"
//   read as "\n", must equal the .out file beside the test (no .out file:
//   no output at all).
//
// Prints the counts (passed, failed, skipped; per folder), and the pass rate
// per folder among the tests that need neither goroutines nor generics
// (conformance.ts classifies). Every test's verdict and one-line reason go
// to build/conformance-report.txt (--report FILE).
//
// Options: --jobs N, --timeout S, --filter REGEXP (test paths relative to
// $GOROOT/test, e.g. '^ken/'), --report FILE, --gots FILE (the bundle to
// run, default bin/gots.js), --check-known (exit 1 when a test fails that
// test/conformance/known-failures.txt does not list, after running such
// tests once more, one at a time, to rule out a busy machine; listed tests
// that pass are reported so they can leave the list), --update-known (rewrite the
// list from this run; with --filter only the selected tests' entries).
//
// Run by `node --test build/test/` as a plain script, this file does nothing.

import { execFileSync, spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  classifyTest,
  compareOutput,
  extraFiles,
  formatKnown,
  headline,
  type KnownEntry,
  parseKnown,
  type Plan,
  planTest,
  suiteDirs,
  type TestClass,
} from "./conformance.js";

interface Options {
  jobs: number;
  timeout: number;
  filter: RegExp | null;
  report: string | null;
  gots: string | null;
  checkKnown: boolean;
  updateKnown: boolean;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { jobs: 2, timeout: 10, filter: null, report: null, gots: null, checkKnown: false, updateKnown: false };
  for (let i = 0; i < argv.length; i++) {
    const [k, inline] = argv[i].split(/=(.*)/s, 2);
    const val = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${k} needs a value`);
      return v;
    };
    if (k === "--jobs") o.jobs = Math.max(1, Number(val()) || 1);
    else if (k === "--timeout") o.timeout = Math.max(0.1, Number(val()) || 10);
    else if (k === "--filter") o.filter = new RegExp(val());
    else if (k === "--report") o.report = val();
    else if (k === "--gots") o.gots = val();
    else if (k === "--check-known") o.checkKnown = true;
    else if (k === "--update-known") o.updateKnown = true;
    else throw new Error(`unknown option ${argv[i]} (options: --jobs N --timeout S --filter REGEXP --report FILE --gots FILE --check-known --update-known)`);
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

interface Test {
  /** Path relative to $GOROOT/test, '/'-separated (the driver's test name). */
  rel: string;
  /** Its folder ("." for the top level). */
  dir: string;
  plan: Exclude<Plan, { kind: "ignore" }>;
  cls: TestClass | null;
  /** The source mentions STDLIB_IMPORTCFG (it runs the Go toolchain itself). */
  wantsImportcfg: boolean;
}

type Verdict = "pass" | "fail" | "skip";

interface Result {
  test: Test;
  verdict: Verdict;
  reason: string;
  seconds: number;
}

function collect(testRoot: string, filter: RegExp | null): Test[] {
  const tests: Test[] = [];
  for (const dir of suiteDirs) {
    const abs = join(testRoot, dir);
    const names = readdirSync(abs)
      .filter((n) => n.endsWith(".go") && !n.startsWith("."))
      .sort();
    for (const name of names) {
      const rel = dir === "." ? name : `${dir}/${name}`;
      if (filter !== null && !filter.test(rel)) continue;
      const src = readFileSync(join(abs, name), "latin1");
      const plan = planTest(src);
      if (plan.kind === "ignore") continue;
      let cls: TestClass | null = null;
      if (plan.kind === "run") {
        const sources = [{ name, src }];
        for (const f of extraFiles(plan.args)) {
          try {
            sources.push({ name: f, src: readFileSync(join(abs, f), "latin1") });
          } catch {
            // a missing file is the run's failure to report
          }
        }
        cls = classifyTest(dir, sources);
      }
      tests.push({ rel, dir, plan, cls, wantsImportcfg: src.includes("STDLIB_IMPORTCFG") });
    }
  }
  return tests;
}

/** The driver's stdlibImportcfg: a packagefile line for every standard package, from `go list -export`. */
function makeImportcfg(goTool: string, file: string): string | null {
  try {
    const out = execFileSync(goTool, ["list", "-export", "-f", "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}", "std"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 300_000,
      env: { ...process.env, GOENV: "off", GOFLAGS: "" },
    });
    writeFileSync(file, out);
    return file;
  } catch (e) {
    console.error(`conformance: could not make the standard library importcfg (${e instanceof Error ? e.message.split("\n")[0] : String(e)}); STDLIB_IMPORTCFG left unset`);
    return null;
  }
}

const maxOutput = 32 << 20;

/** --check-known runs unexpected failures a second time when there are at most this many. */
const maxRetries = 40;

interface RunSetup {
  node: string;
  gots: string;
  testRoot: string;
  tmp: string;
  env: NodeJS.ProcessEnv;
  timeout: number;
}

/** Runs one test as the driver runs a `// run` test and judges it. */
function runTest(t: Test, setup: RunSetup, id: number): Promise<Result> {
  const plan = t.plan as Extract<Plan, { kind: "run" }>;
  const limitS = Math.max(setup.timeout, plan.timeout);
  const outFile = join(setup.tmp, `out-${id}`);
  const t0 = performance.now();
  return new Promise((resolve) => {
    const done = (verdict: Verdict, reason: string) => resolve({ test: t, verdict, reason, seconds: (performance.now() - t0) / 1000 });
    // stdout and stderr share one file (one open file description), so the
    // output keeps the order in which the program wrote it, as with the
    // driver's single buffer.
    let fd: number;
    try {
      fd = openSync(outFile, "w");
    } catch (e) {
      done("fail", `cannot create output file: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    const argv = [setup.gots, "run", ...plan.flags, t.rel, ...plan.args];
    let child;
    try {
      child = spawn(setup.node, argv, { cwd: setup.testRoot, env: { ...setup.env, ...plan.env }, stdio: ["ignore", fd, fd], detached: true });
    } catch (e) {
      closeSync(fd);
      done("fail", `cannot start gots: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    closeSync(fd);
    let killedFor = "";
    const kill = (why: string) => {
      if (killedFor !== "" || child.pid === undefined) return;
      killedFor = why;
      try {
        process.kill(-child.pid, "SIGKILL"); // its process group: gots and anything it started
      } catch {
        child.kill("SIGKILL");
      }
    };
    const timer = setTimeout(() => kill(`timeout: still running after ${limitS}s`), limitS * 1000);
    const watch = setInterval(() => {
      try {
        if (statSync(outFile).size > maxOutput) kill(`output exceeded ${maxOutput >> 20} MB`);
      } catch {
        // checked again at exit
      }
    }, 500);
    let settled = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null, err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      let out = "";
      try {
        out = readFileSync(outFile, "latin1");
      } catch {
        // no output
      }
      rmSync(outFile, { force: true });
      if (err !== null) return done("fail", `cannot start gots: ${err.message}`);
      if (killedFor !== "") return done("fail", killedFor);
      if (signal !== null) return done("fail", `killed by ${signal}${out.trim() === "" ? "" : `: ${headline(out)}`}`);
      if (code !== 0) return done("fail", `exit status ${code}${out.trim() === "" ? "" : `: ${headline(out)}`}`);
      let want: string | null = null;
      try {
        want = readFileSync(join(setup.testRoot, t.rel.replace(/\.go$/, ".out")), "latin1");
      } catch {
        want = null;
      }
      const diff = compareOutput(out, want);
      done(diff === null ? "pass" : "fail", diff ?? "");
    };
    child.on("error", (e) => finish(null, null, e));
    child.on("exit", (code, signal) => finish(code, signal, null));
  });
}

async function runAll(tests: Test[], setup: RunSetup, jobs: number, progress: (r: Result) => void): Promise<Result[]> {
  const results: Result[] = new Array(tests.length);
  let next = 0;
  const lane = async () => {
    while (next < tests.length) {
      const i = next++;
      const t = tests[i];
      let r: Result;
      if (t.plan.kind === "skip") r = { test: t, verdict: "skip", reason: t.plan.reason, seconds: 0 };
      else {
        try {
          r = await runTest(t, setup, i);
        } catch (e) {
          r = { test: t, verdict: "fail", reason: `runner error: ${e instanceof Error ? e.message : String(e)}`, seconds: 0 };
        }
      }
      results[i] = r;
      progress(r);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, tests.length)) }, lane));
  return results;
}

function pct(a: number, b: number): string {
  return b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`;
}

/** A failure reason with the test-specific parts removed, to group failures by cause. */
function reasonKey(reason: string): string {
  if (reason.startsWith("timeout")) return "timeout";
  if (/^output (differs|should be empty)/.test(reason)) return reason.startsWith("output should") ? "unexpected output (no .out file)" : "wrong output";
  return reason
    .replace(/\b[\w./-]+\.go:\d+(:\d+)?/g, "FILE:LINE")
    .replace(/0x[0-9a-f]+/g, "0x…")
    .slice(0, 160);
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const root = repoRoot();
  const gots = opts.gots ?? join(root, "bin", "gots.js");
  if (!existsSync(gots)) throw new Error(`${gots} not found: run npm run build first`);
  const goroot = execFileSync(join(root, "scripts", "oracle.sh"), { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
  const testRoot = join(goroot, "test");
  const tests = collect(testRoot, opts.filter);
  const knownFile = join(root, "test", "conformance", "known-failures.txt");
  const known = existsSync(knownFile) ? parseKnown(readFileSync(knownFile, "latin1")) : new Map<string, KnownEntry>();
  const toRun = tests.filter((t) => t.plan.kind === "run");

  const tmp = mkdtempSync(join(tmpdir(), "gots-conformance-"));
  // Each test runs once: the build cache would only cost time and disk.
  const env: NodeJS.ProcessEnv = { ...process.env, GOENV: "off", GOFLAGS: "", GOTSCACHE: "off", PWD: testRoot, PATH: `${join(goroot, "bin")}:${process.env.PATH ?? ""}` };
  delete env.NODE_TEST_CONTEXT;
  if (toRun.some((t) => t.wantsImportcfg)) {
    const cfg = makeImportcfg(join(goroot, "bin", "go"), join(tmp, "importcfg"));
    if (cfg !== null) env.STDLIB_IMPORTCFG = cfg;
  }
  const setup: RunSetup = { node: process.execPath, gots, testRoot, tmp, env, timeout: opts.timeout };

  const t0 = performance.now();
  let lastShown = 0;
  let doneN = 0;
  const counts = { pass: 0, fail: 0, skip: 0 };
  const tty = process.stderr.isTTY === true;
  let results: Result[];
  try {
    results = await runAll(tests, setup, opts.jobs, (r) => {
      doneN++;
      counts[r.verdict]++;
      if (tty && (doneN === tests.length || performance.now() - lastShown > 250)) {
        lastShown = performance.now();
        const el = ((performance.now() - t0) / 1000).toFixed(0);
        process.stderr.write(`\r\x1b[K${doneN}/${tests.length} tests, ${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped (${el}s) ${r.test.rel}`);
      }
    });
    if (tty) process.stderr.write("\r\x1b[K");
    // A test that fails but is not on the list gets a second chance, alone
    // (one job), so that a timeout caused by a busy machine does not fail
    // the check; not when so many fail that gots itself must be broken.
    if (opts.checkKnown) {
      const fresh = results.map((r, i) => ({ r, i })).filter(({ r }) => r.verdict === "fail" && !known.has(r.test.rel));
      if (fresh.length > 0 && fresh.length <= maxRetries) {
        console.error(`conformance: running ${fresh.length} unexpected failure(s) again, one at a time`);
        for (const { r, i } of fresh) {
          const again = await runTest(r.test, setup, i);
          results[i] = again.verdict === "pass" ? { ...again, reason: `passed when run again (first run: ${r.reason})` } : again;
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const wallS = (performance.now() - t0) / 1000;

  // Counts.
  const count = (rs: Result[], v: Verdict) => rs.filter((r) => r.verdict === v).length;
  const byDir = (d: string) => results.filter((r) => r.test.dir === d);
  const dirName = (d: string) => (d === "." ? "(top level)" : d);
  const summary: string[] = [];
  summary.push(`conformance: ${count(results, "pass")} passed, ${count(results, "fail")} failed, ${count(results, "skip")} skipped`);
  summary.push("");
  summary.push(`  ${"folder".padEnd(12)} ${"passed".padStart(7)} ${"failed".padStart(7)} ${"skipped".padStart(8)} ${"pass rate".padStart(10)}`);
  for (const d of suiteDirs) {
    const rs = byDir(d);
    if (rs.length === 0) continue;
    const p = count(rs, "pass");
    const f = count(rs, "fail");
    summary.push(`  ${dirName(d).padEnd(12)} ${String(p).padStart(7)} ${String(f).padStart(7)} ${String(count(rs, "skip")).padStart(8)} ${pct(p, p + f).padStart(10)}`);
  }
  summary.push("");
  summary.push("tests that need neither goroutines nor generics (pass rate among those run):");
  const plain = (r: Result) => r.verdict !== "skip" && r.test.cls !== null && !r.test.cls.goroutines && !r.test.cls.generics;
  let plainP = 0;
  let plainN = 0;
  for (const d of [".", "ken", "interface", "fixedbugs"]) {
    const rs = byDir(d).filter(plain);
    if (rs.length === 0 && opts.filter !== null) continue;
    const p = count(rs, "pass");
    plainP += p;
    plainN += rs.length;
    summary.push(`  ${dirName(d).padEnd(12)} ${String(p).padStart(4)} of ${String(rs.length).padStart(4)}  ${pct(p, rs.length).padStart(6)}`);
  }
  summary.push(`  ${"together".padEnd(12)} ${String(plainP).padStart(4)} of ${String(plainN).padStart(4)}  ${pct(plainP, plainN).padStart(6)}`);
  const runRs = results.filter((r) => r.verdict !== "skip");
  const nG = runRs.filter((r) => r.test.cls?.goroutines === true).length;
  const nT = runRs.filter((r) => r.test.cls?.generics === true).length;
  summary.push(`  (of the ${runRs.length} tests run, ${nG} need goroutines and ${nT} generics)`);

  const groups = new Map<string, number>();
  for (const r of results) if (r.verdict === "fail") groups.set(reasonKey(r.reason), (groups.get(reasonKey(r.reason)) ?? 0) + 1);
  const topReasons = [...groups.entries()].sort((a, b) => b[1] - a[1]);

  const classTag = (c: TestClass | null) => (c === null ? "-" : c.goroutines && c.generics ? "goroutines+generics" : c.goroutines ? "goroutines" : c.generics ? "generics" : "plain");
  const report: string[] = [
    `gots conformance run, ${new Date().toISOString()}`,
    `Go test files: ${testRoot} (${suiteDirs.join(", ")}); gots: ${gots}`,
    `wall time ${wallS.toFixed(1)}s with ${opts.jobs} job(s), timeout ${opts.timeout}s per test${opts.filter !== null ? `, filter ${opts.filter}` : ""}`,
    "",
    ...summary,
    "",
    "failures by cause:",
    ...topReasons.map(([k, n]) => `  ${String(n).padStart(5)}  ${k}`),
    "",
    "verdict  seconds  class                 test  reason",
    ...results.map((r) => `${r.verdict.padEnd(7)} ${r.seconds.toFixed(2).padStart(7)}  ${classTag(r.test.cls).padEnd(20)}  ${r.test.rel}${r.reason === "" ? "" : `  ${r.reason}`}`),
    "",
  ];
  const reportFile = opts.report ?? join(root, "build", "conformance-report.txt");
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, Buffer.from(report.join("\n"), "latin1"));

  for (const l of summary) console.log(l);
  console.log("");
  console.log("most frequent failure causes:");
  for (const [k, n] of topReasons.slice(0, 10)) console.log(`  ${String(n).padStart(5)}  ${k}`);
  console.log(`wall time ${wallS.toFixed(1)}s (${opts.jobs} jobs); report: ${relative(process.cwd(), reportFile) || reportFile}`);

  // The known-failures list is the truth about what does not work yet: a
  // failing test missing from it fails the run; a listed test that passes
  // is reported so that it can leave the list.
  const failing = results.filter((r) => r.verdict === "fail");
  if (opts.updateKnown) {
    const selected = new Set(tests.map((t) => t.rel));
    const entries = new Map<string, KnownEntry>();
    if (opts.filter !== null) for (const [p, e] of known) if (!selected.has(p)) entries.set(p, e);
    for (const r of failing) entries.set(r.test.rel, { path: r.test.rel, reason: r.reason });
    const header = [
      "Go 1.23 `// run` tests that gots does not pass yet (written by npm run conformance -- --update-known).",
      "One test per line, its path relative to $GOROOT/test, then why it failed when the list was written.",
      "npm run conformance -- --check-known (in CI) fails on a failing test that is not listed here.",
    ];
    writeFileSync(knownFile, formatKnown(header, entries.values()));
    console.log(`known failures: wrote ${entries.size} to ${relative(process.cwd(), knownFile)}`);
  } else if (opts.checkKnown) {
    const fresh = failing.filter((r) => !known.has(r.test.rel));
    const fixed = results.filter((r) => r.verdict === "pass" && known.has(r.test.rel));
    const ran = new Set(results.filter((r) => r.verdict !== "skip").map((r) => r.test.rel));
    const stale = opts.filter === null ? [...known.keys()].filter((p) => !ran.has(p)) : [];
    const flaky = results.filter((r) => r.verdict === "pass" && r.reason.startsWith("passed when run again"));
    for (const r of flaky) console.log(`flaky (failed, then passed when run again): ${r.test.rel}: ${r.reason}`);
    for (const r of fixed) console.log(`now passes (remove it from the known-failures list): ${r.test.rel}`);
    for (const p of stale) console.log(`listed but not run (remove it from the known-failures list): ${p}`);
    for (const r of fresh) console.log(`NEW FAILURE (not in the known-failures list): ${r.test.rel}: ${r.reason}`);
    console.log(`known failures: ${known.size} listed, ${fresh.length} new, ${fixed.length} now pass`);
    if (fresh.length > 0) process.exitCode = 1;
  }
}

if (process.env.NODE_TEST_CONTEXT === undefined) {
  main().catch((e: unknown) => {
    console.error(`conformance: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
}
