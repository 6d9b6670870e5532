// The type checker against gc: every case of gc-cases.ts (sources with the
// errors gc reports for them) is parsed and checked as a main module's
// package; the error lines must be gc's. Imported packages are empty
// stand-ins named after the last path element.

import assert from "node:assert/strict";
import { test } from "node:test";
import type { File } from "../../src/syntax/ast.js";
import { ErrorList, TooManyErrors } from "../../src/syntax/diag.js";
import { parseFile } from "../../src/syntax/parser.js";
import { FileSet, type Pos } from "../../src/syntax/source.js";
import type { CheckConfig } from "../../src/types/check.js";
import { Package } from "../../src/types/objects.js";
import { gcCases } from "./gc-cases.js";

// The checker is loaded dynamically so that, while some of its parts are
// missing, these tests are skipped rather than failing to load.
let checkPackage: ((path: string, files: File[], conf: CheckConfig) => Package) | null = null;
let unavailable = "";
try {
  checkPackage = (await import("../../src/types/index.js")).checkPackage;
} catch (e) {
  unavailable = `type checker not available: ${e instanceof Error ? e.message : String(e)}`;
}

/** Checks one file as gc would in `go build -gcflags=-e`; returns the error lines. */
export function checkSource(src: string, filename = "./x.go"): string[] {
  const fset = new FileSet();
  const file = fset.addFile(filename, new Uint8Array(Buffer.from(src, "utf8")));
  const errors = new ErrorList(fset, true);
  const imported = new Map<string, Package>();
  try {
    const f = parseFile(file, errors);
    if (errors.syntaxCount > 0) return errors.lines();
    checkPackage!(f.pkgName.value === "main" ? "main" : "a", [f], {
      errors,
      importer: (path: string, _pos: Pos) => {
        let p = imported.get(path);
        if (p === undefined) {
          p = new Package(path, path.slice(path.lastIndexOf("/") + 1));
          p.complete = true;
          imported.set(path, p);
        }
        return p;
      },
      isStd: false,
      goVersion: "go1.23",
    });
  } catch (e) {
    if (!(e instanceof TooManyErrors)) throw e;
  }
  return errors.lines();
}

for (const c of gcCases) {
  test(`gc case ${c.name}`, { skip: unavailable || false }, () => {
    // gc's lines: a message's continuation lines ("\t...") print as lines of their own.
    assert.deepEqual(checkSource(c.src).join("\n").split("\n").filter((l) => l !== ""), c.want);
  });
}

test("initialization order follows dependencies (spec example)", { skip: unavailable || false }, () => {
  const src = "package p\n\nvar (\n\ta = c + b\n\tb = f()\n\tc = f()\n\td = 3\n)\n\nfunc f() int {\n\td++\n\treturn d\n}\n";
  const fset = new FileSet();
  const errors = new ErrorList(fset, true);
  const f = parseFile(fset.addFile("./x.go", new Uint8Array(Buffer.from(src))), errors);
  const pkg = checkPackage!("a", [f], { errors, importer: () => null, isStd: false, goVersion: "go1.23" });
  assert.deepEqual(errors.lines(), []);
  assert.deepEqual(
    pkg.info!.initOrder.map((i) => i.lhs.map((v) => v.name).join(",")),
    ["d", "b", "c", "a"],
  );
});
