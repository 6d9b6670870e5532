// The natives of syscall, os, strconv, time, sync, sync/atomic, runtime,
// runtime/debug and math/rand, tested two ways:
//
//   - differential tests of strconv's float conversions against what Go's
//     strconv computed for the same inputs (testdata/lib/strconv, written by
//     scripts/gen-strconv): FormatFloat for every format, many precisions and
//     both bit sizes, and ParseFloat (through the atof native) for decimal
//     and hexadecimal literals, including float32/float64 midpoints;
//   - Go programs (testdata/lib/natives) run by `gots run` and compared with
//     what the same programs printed when built by Go 1.23
//     (scripts/gen-natives-golden.sh): stdout exactly, stderr up to the
//     first "fatal error:" or goroutine header line, the exit status.
//
// Programs that still hit a known interpreter limitation are listed in
// `pending` and reported as todo (they run, and pass once it is lifted).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { atof, formatFloat } from "../../src/lib/natives/strconv.js";

const root = new URL("../../../", import.meta.url).pathname;

// ---------------------------------------------------------------------------
// strconv against Go

const scratch = new DataView(new ArrayBuffer(8));
const fromBits = (hex: string): number => {
  scratch.setBigUint64(0, BigInt("0x" + hex));
  return scratch.getFloat64(0);
};
const toBits = (f: number): string => {
  scratch.setFloat64(0, f);
  return scratch.getBigUint64(0).toString(16);
};
const lines = (file: string): string[] =>
  gunzipSync(readFileSync(join(root, "testdata", "lib", "strconv", file)))
    .toString("latin1")
    .split("\n")
    .filter((l) => l !== "");

test("strconv.formatFloat matches Go's FormatFloat", () => {
  const cases = lines("ftoa.txt.gz");
  assert.ok(cases.length > 10000);
  const bad: string[] = [];
  for (const line of cases) {
    const [head, want] = line.split("\t");
    const [bits, fmt, prec, bitSize] = head.split(" ");
    const got = formatFloat(fromBits(bits), fmt.charCodeAt(0), Number(prec), Number(bitSize));
    if (got !== want) bad.push(`${head}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
  assert.deepEqual(bad.slice(0, 20), [], `${bad.length} of ${cases.length} differ`);
});

test("strconv.atof matches Go's ParseFloat", () => {
  const cases = lines("atof.txt.gz");
  assert.ok(cases.length > 2000);
  const bad: string[] = [];
  for (const line of cases) {
    const [lit, r64, r32] = line.split("\t");
    for (const [bitSize, want] of [
      [64, r64],
      [32, r32],
    ] as const) {
      const [f, overflow] = atof(lit, bitSize);
      const got = `${toBits(f)} ${overflow}`;
      if (got !== want) bad.push(`${lit} (${bitSize}): got ${got}, want ${want}`);
    }
  }
  assert.deepEqual(bad.slice(0, 20), [], `${bad.length} of ${2 * cases.length} differ`);
});

test("formatFloat: exact ties round half to even, beyond V8's precision limit too", () => {
  const f = (v: number, fmt: string, prec: number) => formatFloat(v, fmt.charCodeAt(0), prec, 64);
  assert.equal(f(0.5, "f", 0), "0");
  assert.equal(f(1.5, "f", 0), "2");
  assert.equal(f(2.5, "f", 0), "2");
  assert.equal(f(0.125, "f", 2), "0.12");
  assert.equal(f(0.375, "f", 2), "0.38");
  assert.equal(f(250, "e", 0), "2e+02");
  assert.equal(f(2 ** -1074, "e", 120).length, "4.".length + 120 + "e-324".length);
  assert.equal(f(0.1, "f", 120), "0.1000000000000000055511151231257827021181583404541015625" + "0".repeat(65));
  assert.equal(f(1e300, "f", 0).length, 301);
  assert.equal(formatFloat(0.1, "g".charCodeAt(0), -1, 32), "0.1");
  assert.equal(formatFloat(16777217, "g".charCodeAt(0), -1, 32), "1.6777216e+07");
});

// ---------------------------------------------------------------------------
// Programs against Go

/** The gots command under test (GOTS_TEST_BIN overrides, e.g. for a development build). */
const gots = process.env.GOTS_TEST_BIN ?? join(root, "bin", "gots.js");
const dir = join(root, "testdata", "lib", "natives");

/** Programs that hit interpreter limitations (not natives'), with the limitation. */
const pending: Record<string, string> = {
  rand: "generic types (math/rand's atomic.Pointer[Rand])",
  atomicptr: "generic types (atomic.Pointer[T])",
  afterfunc: "go statements (time.AfterFunc)",
};

/**
 * stderr up to and including the first "fatal error:" or goroutine header
 * line, without the "exit status N" line `gots run` adds as `go run` does.
 */
function head(stderr: string): string {
  const s = stderr.replace(/exit status \d+\n$/, "");
  const ls = s.split("\n");
  const i = ls.findIndex((l) => l.startsWith("fatal error: ") || /^goroutine \d+ /.test(l));
  return i < 0 ? s : ls.slice(0, i + 1).join("\n");
}

const opt = (name: string, ext: string): string | null => {
  const p = join(dir, name + ext);
  return existsSync(p) ? readFileSync(p, "utf8") : null;
};

for (const file of readdirSync(dir).filter((n) => n.endsWith(".go")).sort()) {
  const name = file.slice(0, -3);
  test(`gots run testdata/lib/natives/${file}`, { todo: pending[name] }, () => {
    const args = opt(name, ".args")?.replace(/\n$/, "").split("\n") ?? [];
    const env: Record<string, string> = { ...process.env } as Record<string, string>;
    for (const l of opt(name, ".env")?.split("\n") ?? []) {
      const i = l.indexOf("=");
      if (i > 0) env[l.slice(0, i)] = l.slice(i + 1);
    }
    const input = existsSync(join(dir, name + ".stdin")) ? readFileSync(join(dir, name + ".stdin")) : Buffer.alloc(0);
    const combined = existsSync(join(dir, name + ".combined"));
    let stdout: string;
    let stderr: string;
    let status: number | null;
    if (combined) {
      const tmp = mkdtempSync(join(tmpdir(), "gots-natives-"));
      const outFile = join(tmp, "out");
      const fd = openSync(outFile, "w");
      try {
        const r = spawnSync(process.execPath, [gots, "run", join(dir, file), ...args], { input, env, stdio: ["pipe", fd, fd] });
        status = r.status;
      } finally {
        closeSync(fd);
      }
      stdout = readFileSync(outFile, "latin1");
      stderr = "";
      rmSync(tmp, { recursive: true, force: true });
    } else {
      const r = spawnSync(process.execPath, [gots, "run", join(dir, file), ...args], { input, env, encoding: "latin1" });
      stdout = r.stdout;
      stderr = r.stderr;
      status = r.status;
    }
    assert.equal(stdout, readFileSync(join(dir, name + ".out"), "latin1"));
    assert.equal(head(stderr), head(existsSync(join(dir, name + ".err")) ? readFileSync(join(dir, name + ".err"), "latin1") : ""));
    assert.equal(status, Number(opt(name, ".status")?.trim() ?? "0"));
  });
}
