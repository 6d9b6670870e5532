// Runs the Go programs in testdata/run with `gots run` and compares them with
// what real Go 1.23 printed (the .out / .err files were produced by running
// the same programs' binaries built by Go): stdout exactly; stderr exactly,
// except that a panic's goroutine traceback is compared up to its header
// line and a fatal error up to its "fatal error:" line; the exit status as
// Go's (2 for a panic; NAME.status when it is something else).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
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

for (const name of readdirSync(dir).filter((n) => n.endsWith(".go")).sort()) {
  test(`gots run testdata/run/${name}`, () => {
    const base = join(dir, name.slice(0, -3));
    const r = spawnSync(process.execPath, [join(root, "bin", "gots.js"), "run", join(dir, name)], { encoding: "latin1", maxBuffer: 1 << 30 });
    const wantOut = readFileSync(base + ".out", "latin1");
    const wantErr = existsSync(base + ".err") ? readFileSync(base + ".err", "latin1") : "";
    assert.equal(r.stdout, wantOut);
    assert.equal(head(r.stderr), head(wantErr));
    const panicked = /^panic: /m.test(wantErr);
    const status = existsSync(base + ".status") ? Number(readFileSync(base + ".status", "latin1").trim()) : panicked ? 2 : 0;
    assert.equal(r.status, status);
  });
}
