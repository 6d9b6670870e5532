// Golden tests of the gots command against real Go: each directory of
// testdata/cli holds a small Go program, the arguments in `cmd`, and what
// Go 1.23's go command printed for them (go.out, go.err, go.status, made by
// scripts/gen-golden.sh). gots must print the same bytes and exit with the
// same status.
//
// Two differences are by design and normalised here: gots has no GOROOT, so
// "package foo/bar is not in std (/usr/lib/go-1.23/src/foo/bar)" loses its
// parenthesis; and the case's directory is written $DIR on both sides.

import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { repoRoot, runGots } from "./helpers.js";

const casesDir = join(repoRoot(), "testdata", "cli");

function normalizeGo(s: string): string {
  return s.replace(/^(.* is not in std) \(\/[^)]*\)$/gm, "$1");
}

for (const name of readdirSync(casesDir).sort()) {
  const dir = join(casesDir, name);
  if (!existsSync(join(dir, "cmd"))) continue;
  test(`gots ${readFileSync(join(dir, "cmd"), "utf8").trim()}  (testdata/cli/${name})`, () => {
    const args = readFileSync(join(dir, "cmd"), "utf8").trim().split(/\s+/);
    const want = {
      stdout: readFileSync(join(dir, "go.out"), "latin1"),
      stderr: normalizeGo(readFileSync(join(dir, "go.err"), "latin1")),
      status: Number(readFileSync(join(dir, "go.status"), "utf8").trim()),
    };
    const got = runGots(args, dir);
    const stderr = got.stderr.split(Buffer.from(dir).toString("latin1")).join("$DIR");
    assert.equal(stderr, want.stderr, "standard error");
    assert.equal(got.stdout, want.stdout, "standard output");
    assert.equal(got.status, want.status, "exit status");
  });
}
