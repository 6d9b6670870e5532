// Runs the Go programs in testdata/run with `gots run` and compares them with
// what real Go 1.23 printed (the .out / .err files were produced by running
// the same programs under Go): stdout exactly; stderr exactly, except that a
// panic's goroutine traceback is compared up to its header line; the exit
// status as Go's (2 for a panic).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../../../", import.meta.url).pathname;
const dir = join(root, "testdata", "run");

/** stderr up to and including the first "goroutine N [...]:" header, if any. */
function head(stderr: string): string {
  const lines = stderr.split("\n");
  const g = lines.findIndex((l) => /^goroutine \d+ \[/.test(l));
  return g < 0 ? stderr : lines.slice(0, g + 1).join("\n");
}

for (const name of readdirSync(dir).filter((n) => n.endsWith(".go")).sort()) {
  test(`gots run testdata/run/${name}`, () => {
    const base = join(dir, name.slice(0, -3));
    const r = spawnSync(process.execPath, [join(root, "bin", "gots.js"), "run", join(dir, name)], { encoding: "latin1" });
    const wantOut = readFileSync(base + ".out", "latin1");
    const wantErr = existsSync(base + ".err") ? readFileSync(base + ".err", "latin1") : "";
    assert.equal(r.stdout, wantOut);
    assert.equal(head(r.stderr), head(wantErr));
    const panicked = /^panic: /m.test(wantErr);
    assert.equal(r.status, panicked ? 2 : 0);
  });
}
