#!/usr/bin/env node
// The benchmark runner (`npm run bench`, after `npm run build`): for each
// program in bench/, builds it once with Go 1.23 (`go build`), then runs the
// native binary and `node bin/gots.js run bench/NAME.go SIZE` alternately
// --runs times, checks that both print the same output, and prints the
// median wall times and their ratio, plus the geometric mean of the ratios.
// The gots time is that of the whole `gots run` command, started from the
// build cache (an untimed first run compiles the program, as `go build`
// does for the native side). `hello` is hello world: start-up alone.
//
// Options:
//   --runs N          runs of each side (default 3; medians are reported)
//   --filter REGEXP   only the benchmarks whose name matches
//   --size NAME=N     another size for one benchmark (repeatable)
//   --timeout S       time limit of one gots run (default 120 s)
//   --markdown        print the table as markdown (for the README)
//   --gots FILE       the command to run (default bin/gots.js)
//
// A benchmark that gots fails (non-zero exit, timeout) is reported as
// "fails: <first line of its error>" and not run again; one whose output
// differs from Go's as "output differs: ..."; neither gets a ratio.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);

// name, size argument, and whether it counts in the CPU geometric mean (the
// Benchmarks Game programs and fib; the others measure runtime features:
// maps, strings, slices, closures, interfaces; hello is start-up alone and
// is left out of both means). Sizes: native Go takes
// 0.2-0.4 s of CPU for each on the 2-core reference machine (see
// bench/README.md), so that gots at 10-30x stays within about 10-20 s a run.
const benchmarks = [
  { name: "nbody", size: 3_000_000, cpu: true },
  { name: "spectralnorm", size: 2_000, cpu: true },
  { name: "fannkuch", size: 10, cpu: true },
  { name: "mandelbrot", size: 2_000, cpu: true },
  { name: "fib", size: 38, cpu: true },
  { name: "maps", size: 30_000, cpu: false },
  { name: "strings", size: 300_000, cpu: false },
  { name: "slices", size: 500_000, cpu: false },
  { name: "closures", size: 5_000_000, cpu: false },
  { name: "iface", size: 30_000_000, cpu: false },
  { name: "hello", size: 0, cpu: false, startup: true },
];

function parseOptions(argv) {
  const o = { runs: 3, filter: null, sizes: new Map(), timeout: 120, markdown: false, gots: join(root, "bin", "gots.js") };
  for (let i = 0; i < argv.length; i++) {
    const [k, inline] = argv[i].split(/=(.*)/s, 2);
    const val = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${k} needs a value`);
      return v;
    };
    if (k === "--runs") o.runs = Math.max(1, Number(val()) || 1);
    else if (k === "--filter") o.filter = new RegExp(val());
    else if (k === "--size") {
      const [name, n] = val().split("=");
      if (!benchmarks.some((b) => b.name === name) || !(Number(n) > 0)) throw new Error(`--size wants NAME=N with a benchmark name and a positive N`);
      o.sizes.set(name, Number(n));
    } else if (k === "--timeout") o.timeout = Math.max(1, Number(val()) || 120);
    else if (k === "--markdown") o.markdown = true;
    else if (k === "--gots") o.gots = val();
    else throw new Error(`unknown option ${argv[i]} (options: --runs N --filter REGEXP --size NAME=N --timeout S --markdown --gots FILE)`);
  }
  return o;
}

/** The go command of the Go 1.23 oracle (scripts/oracle.sh), else the one on PATH, else /usr/lib/go-1.23/bin/go. */
function findGo() {
  try {
    const goroot = execFileSync(join(root, "scripts", "oracle.sh"), { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (existsSync(join(goroot, "bin", "go"))) return join(goroot, "bin", "go");
  } catch {
    // fall back below
  }
  for (const d of (process.env.PATH ?? "").split(delimiter)) if (d !== "" && existsSync(join(d, "go"))) return join(d, "go");
  return "/usr/lib/go-1.23/bin/go";
}

/** Runs a command, returning its wall time in seconds, status and combined output. */
function timed(cmd, args, timeoutS, env = process.env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, encoding: "latin1", timeout: timeoutS * 1000, maxBuffer: 64 << 20, killSignal: "SIGKILL", env });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let error = null;
  if (r.error !== undefined) error = r.error.code === "ETIMEDOUT" ? `timeout after ${timeoutS}s` : r.error.message;
  else if (r.signal !== null) error = `killed by ${r.signal}`;
  else if (r.status !== 0) error = `exit status ${r.status}`;
  return { seconds, error, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

function firstLine(s) {
  const l = s.split("\n").find((x) => x.trim() !== "") ?? "";
  return l.length > 120 ? l.slice(0, 117) + "..." : l;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function firstDifference(got, want) {
  const g = got.split("\n");
  const w = want.split("\n");
  for (let i = 0; i < Math.max(g.length, w.length); i++) {
    if (g[i] !== w[i]) return `line ${i + 1}: gots ${JSON.stringify(g[i] ?? "(none)")}, go ${JSON.stringify(w[i] ?? "(none)")}`;
  }
  return "";
}

function main() {
  const opts = parseOptions(process.argv.slice(2));
  if (!existsSync(opts.gots)) throw new Error(`${opts.gots} not found: run npm run build first`);
  const goTool = findGo();
  const selected = benchmarks.filter((b) => opts.filter === null || opts.filter.test(b.name));
  if (selected.length === 0) throw new Error("no benchmark matches the filter");
  const tmp = mkdtempSync(join(tmpdir(), "gots-bench-"));
  const rows = [];
  const progress = (s) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${s}`);
  };
  try {
    for (const b of selected) {
      const size = opts.sizes.get(b.name) ?? b.size;
      const src = join("bench", `${b.name}.go`);
      const row = { name: b.name, size, cpu: b.cpu, startup: b.startup === true, native: null, gots: null, note: "" };
      rows.push(row);
      progress(`${b.name}: building with ${goTool}`);
      const exe = join(tmp, b.name);
      const build = spawnSync(goTool, ["build", "-o", exe, src], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, GOFLAGS: "", GOTOOLCHAIN: "local", GO111MODULE: "" },
      });
      if (build.status !== 0) {
        row.note = `go build fails: ${firstLine((build.stderr ?? "") + (build.error?.message ?? ""))}`;
        continue;
      }
      // As the native side is built once, so is the gots side: a first
      // run, not timed, compiles the program into a build cache of the
      // benchmark's own, which the timed runs start from.
      const gotsEnv = { ...process.env, GOTSCACHE: join(tmp, "gotscache") };
      progress(`${b.name}: building with gots`);
      timed(process.execPath, [opts.gots, "run", src, "1"], opts.timeout, gotsEnv);
      const nat = [];
      const gts = [];
      let want = null;
      for (let i = 0; i < opts.runs; i++) {
        progress(`${b.name} ${size}: run ${i + 1}/${opts.runs}, native`);
        const n = timed(exe, [String(size)], 600);
        if (n.error !== null) {
          row.note = `native ${n.error}: ${firstLine(n.stderr + n.stdout)}`;
          break;
        }
        const out = n.stdout + n.stderr;
        if (want === null) want = out;
        nat.push(n.seconds);
        if (row.note !== "") continue; // gots already failed: time native only
        progress(`${b.name} ${size}: run ${i + 1}/${opts.runs}, gots`);
        const g = timed(process.execPath, [opts.gots, "run", src, String(size)], opts.timeout, gotsEnv);
        if (g.error !== null) {
          const line = firstLine(g.stderr + g.stdout);
          row.note = `fails: ${line !== "" && !g.error.startsWith("timeout") ? line : g.error}`;
          continue;
        }
        const got = g.stdout + g.stderr;
        if (got !== want) {
          row.note = `output differs: ${firstDifference(got, want)}`;
          continue;
        }
        gts.push(g.seconds);
      }
      if (nat.length > 0) row.native = median(nat);
      if (row.note === "" && gts.length > 0) row.gots = median(gts);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  }

  const secs = (x) => (x === null ? "-" : `${x.toFixed(2)} s`);
  const ratio = (r) => (r.native !== null && r.gots !== null ? r.gots / r.native : null);
  const table = rows.map((r) => {
    const q = ratio(r);
    return [`${r.name} ${r.size}`, secs(r.native), r.gots !== null ? secs(r.gots) : r.note || "-", q === null ? "-" : `${q.toFixed(1)}x`];
  });
  const geo = (rs) => {
    const qs = rs.map(ratio).filter((q) => q !== null);
    return qs.length === 0 ? null : { value: Math.exp(qs.reduce((a, q) => a + Math.log(q), 0) / qs.length), n: qs.length, of: rs.length };
  };
  const cpu = geo(rows.filter((r) => r.cpu));
  const all = geo(rows.filter((r) => !r.startup));
  const geoLine = (label, g) => (g === null ? `${label}: no ratios` : `${label}: ${g.value.toFixed(1)}x (${g.n} of ${g.of} benchmarks)`);
  const header = ["benchmark", "native", "gots", "gots/native"];
  if (opts.markdown) {
    console.log(`| ${header.join(" | ")} |`);
    console.log(`|---|---:|---|---:|`);
    for (const t of table) console.log(`| ${t.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`);
    console.log("");
    console.log(`${geoLine("Geometric mean of gots/native, CPU benchmarks (nbody, spectralnorm, fannkuch, mandelbrot, fib)", cpu)}; all benchmarks: ${all === null ? "no ratios" : `${all.value.toFixed(1)}x`}.`);
    console.log(`Median of ${opts.runs} runs each, wall time; gots times are \`gots run\` from the build cache, including start-up.`);
  } else {
    const w = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
    const fmt = (cells) => cells.map((c, i) => (i === 0 || i === 2 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(" | ");
    console.log(fmt(header));
    console.log(w.map((n) => "-".repeat(n)).join("-|-"));
    for (const t of table) console.log(fmt(t));
    console.log("");
    console.log(geoLine("geometric mean of gots/native, CPU benchmarks", cpu));
    console.log(geoLine("geometric mean of gots/native, all benchmarks", all));
    console.log(`(median of ${opts.runs} runs, wall time; gots times are \`gots run\` from the build cache, including start-up)`);
  }
}

try {
  main();
} catch (e) {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
