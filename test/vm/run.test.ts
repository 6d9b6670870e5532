// Runs the Go programs in testdata/run with `gots run` and compares them with
// what real Go 1.23 printed (the .out / .err files were produced by running
// the same programs' binaries built by Go): stdout exactly; stderr exactly,
// except that a panic's goroutine traceback is compared up to its header
// line and a fatal error up to its "fatal error:" line; the exit status as
// Go's (2 for a panic; NAME.status when it is something else).

import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../../", import.meta.url).pathname;
const dir = join(root, "testdata", "run");

/**
 * stderr up to and including the first "goroutine N [...]:" header or
 * "fatal error:" line, if any, without what depends on addresses (the
 * stack pointer line of a stack overflow, the pc of a signal).
 */
function head(stderr: string): string {
  const lines = stderr
    .split("\n")
    .filter((l) => !l.startsWith("runtime: sp="))
    .map((l) => l.replace(/ pc=0x[0-9a-f]+\]$/, " pc=?]"));
  const g = lines.findIndex((l) => /^goroutine \d+ \[/.test(l) || l.startsWith("fatal error: "));
  return g < 0 ? lines.join("\n") : lines.slice(0, g + 1).join("\n");
}

// Each program runs twice with a build cache of its own: compiled, then
// from the executable image the first run saved (src/cli/cache.ts), which
// must behave the same. Programs that can call reflect's type constructors
// on types made at run time, or methods through reflect, are not saved
// (docs/decisions/0003): they are compiled both times.
const notCached = new Set(["reflect_call.go", "reflect_recover.go", "readdir_sorted.go"]);
const cache = mkdtempSync(join(tmpdir(), "gots-run-test-"));
after(() => rmSync(cache, { recursive: true, force: true }));
const traceLine = /^gots: build cache: (\w+)\n/gm;

for (const name of readdirSync(dir).filter((n) => n.endsWith(".go")).sort()) {
  test(`gots run testdata/run/${name}`, () => {
    const base = join(dir, name.slice(0, -3));
    const wantOut = readFileSync(base + ".out", "latin1");
    const wantErr = existsSync(base + ".err") ? readFileSync(base + ".err", "latin1") : "";
    const panicked = /^panic: /m.test(wantErr);
    const status = existsSync(base + ".status") ? Number(readFileSync(base + ".status", "latin1").trim()) : panicked ? 2 : 0;
    const env = { ...process.env, GOTSCACHE: cache, GOTS_CACHE_TRACE: "1" };
    for (const pass of ["compiled", "from the cache"]) {
      const r = spawnSync(process.execPath, [join(root, "bin", "gots.js"), "run", join(dir, name)], { encoding: "latin1", maxBuffer: 1 << 30, env });
      const trace = [...r.stderr.matchAll(traceLine)].map((m) => m[1]);
      const stderr = r.stderr.replace(traceLine, "");
      const want = notCached.has(name) ? ["miss"] : pass === "compiled" ? ["miss", "saved"] : ["hit"];
      assert.deepEqual(trace, want, `${pass}: build cache`);
      assert.equal(r.stdout, wantOut, `${pass}: stdout`);
      assert.equal(head(stderr), head(wantErr), `${pass}: stderr`);
      assert.equal(r.status, status, `${pass}: exit status`);
    }
  });
}
