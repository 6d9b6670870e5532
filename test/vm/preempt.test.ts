// Safe points at loop back edges (codegen/jsgen.ts generate): with
// GOTSDEBUG=preemptstress=1 every back edge stops for the scheduler and the
// function is resumed from its frame, as a preempted goroutine will be once
// there are others to run. Programs of testdata/run that loop with values
// of every kind live across their back edges (pointers, strings, 64-bit
// integers, floats, interfaces, maps, closures, defers, deep recursion
// whose stack grows) must print exactly what Go printed, and the run must
// report that it did stop.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const root = new URL("../../../", import.meta.url).pathname;
const dir = join(root, "testdata", "run");
const programs = [
  "basics.go",
  "closures.go",
  "deep_recursion.go",
  "defer.go",
  "float_math.go",
  "int_big64.go",
  "map_iter_mutate.go",
  "slice_append.go",
  "sort_pkg.go",
  "string_range.go",
  "wordfreq.go",
  "panic_lines.go",
  "rangefunc.go",
  "rt_negative_shift.go",
];

for (const name of programs) {
  test(`preemption at every back edge: ${name}`, () => {
    const base = join(dir, name.slice(0, -3));
    const r = spawnSync(process.execPath, [join(root, "bin", "gots.js"), "run", base + ".go"], {
      encoding: "latin1",
      maxBuffer: 1 << 30,
      env: { ...process.env, GOTSCACHE: "off", GOTSDEBUG: "preemptstress=1" },
    });
    assert.equal(r.stdout, readFileSync(base + ".out", "latin1"));
    const m = /^gots: preemptions: (\d+)$/m.exec(r.stderr);
    assert.ok(m !== null && Number(m[1]) > 0, `no preemption reported:\n${r.stderr}`);
    const wantErr = existsSync(base + ".err") ? readFileSync(base + ".err", "latin1") : "";
    const firstLine = (s: string) => s.replace(/^gots: preemptions: \d+\n/m, "").split("\n")[0];
    assert.equal(firstLine(r.stderr), firstLine(wantErr));
  });
}
