// The gots command's own behaviour (where there is no Go output to compare
// with): version, help, usage errors, and the messages for packages real Go
// has but gots does not provide, and for cgo.

import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runGots, tempDir } from "./helpers.js";

const cwd = tempDir("cli");

test("gots version prints one go-version-like line", () => {
  const r = runGots(["version"], cwd);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, "");
  assert.match(r.stdout, /^gots version v\d+\.\d+\.\d+\S* \(go1\.23 compatible\) [a-z0-9]+\/amd64\n$/);
});

test("gots help lists the commands; gots help build explains -gcflags", () => {
  const r = runGots(["help"], cwd);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /gots <command> \[arguments\]/);
  for (const c of ["build", "run", "version"]) assert.match(r.stdout, new RegExp(`\\n\\t${c} `));
  const b = runGots(["help", "build"], cwd);
  assert.equal(b.status, 0);
  assert.match(b.stdout, /^usage: gots build /);
  assert.match(b.stdout, /-gcflags/);
});

test("gots without a command prints usage and exits 2", () => {
  const r = runGots([], cwd);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Usage:/);
});

test("an unknown command exits 2 as go does", () => {
  const r = runGots(["frob"], cwd);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, "gots frob: unknown command\nRun 'gots help' for usage.\n");
});

test("an unknown build flag exits 2 with the usage line", () => {
  const r = runGots(["build", "-frob", "x.go"], cwd);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, "flag provided but not defined: -frob\nusage: gots build [-o output] [build flags] [packages]\nRun 'gots help build' for details.\n");
});

test("gots run with nothing to run", () => {
  const r = runGots(["run"], cwd);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, "go: no go files listed\n");
});

test("a std package gots does not provide is reported as such", () => {
  writeFileSync(join(cwd, "plug.go"), 'package main\n\nimport "plugin"\n\nfunc main() { _ = plugin.Open }\n');
  const r = runGots(["build", "plug.go"], cwd);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, "plug.go:3:8: package plugin is not provided by gots yet\n");
});

test('import "C" is refused: gots has no cgo', () => {
  writeFileSync(join(cwd, "cgo.go"), 'package main\n\n// int x;\nimport "C"\n\nfunc main() {}\n');
  const r = runGots(["build", "cgo.go"], cwd);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, 'cgo.go:4:8: import "C": cgo is not supported by gots\n');
});

test("unknown gc flags are accepted and ignored", () => {
  writeFileSync(join(cwd, "ok.go"), "package main\n\nfunc main() {}\n");
  const r = runGots(["build", "-gcflags=-N -l -d=checkptr -m", "ok.go"], cwd);
  assert.equal(r.stderr, "");
  assert.equal(r.status, 0);
});
