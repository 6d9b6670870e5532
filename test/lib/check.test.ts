// The library's Go sources, bodies included, must type-check with gots' own
// checker (programs only check the library's API, see CompileOptions). One
// program imports every public library package, so that each is compiled
// once, in dependency order.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { FileSet } from "../../src/syntax/source.js";
import { Loader } from "../../src/cli/loader.js";
import { compilePackages, defaultGcFlags } from "../../src/cli/compile.js";
import { goFrontend } from "../../src/cli/frontend.js";
import { libDir } from "../../src/cli/env.js";

function packageDirs(dir: string): string[] {
  const out: string[] = [];
  const names = readdirSync(dir);
  if (names.some((n) => n.endsWith(".go") && !n.endsWith("_test.go"))) out.push(dir);
  for (const n of names) {
    const p = join(dir, n);
    if (n !== "testdata" && n !== "internal" && statSync(p).isDirectory()) out.push(...packageDirs(p));
  }
  return out;
}

test("every library package type-checks with its function bodies", () => {
  const lib = libDir();
  assert.ok(lib !== null, "src/lib not found");
  const paths = packageDirs(lib).map((d) => relative(lib, d));
  assert.ok(paths.includes("fmt") && paths.includes("strings"));
  const dir = mkdtempSync(join(tmpdir(), "gots-libcheck-"));
  writeFileSync(join(dir, "main.go"), `package main\n\nimport (\n${paths.map((p) => `\t_ "${p}"\n`).join("")})\n\nfunc main() {}\n`);
  const fset = new FileSet();
  const loader = new Loader({ cwd: dir, libDir: lib, fset });
  const order = loader.walk(loader.loadFiles([join(dir, "main.go")]));
  const res = compilePackages(order, goFrontend, fset, {
    rootFlags: defaultGcFlags(),
    depFlags: defaultGcFlags(),
    checkLibraryBodies: true,
  });
  assert.deepEqual(res.output, []);
  assert.equal(res.ok, true);
});
