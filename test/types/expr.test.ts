// The expression half of the type checker against gc: every case of
// expr-cases.ts (sources with the errors gc reports for them) is parsed and
// checked as a main module's package x.go; the error lines, with
// multi-line messages split into lines as gc prints them, must be gc's.

import assert from "node:assert/strict";
import { test } from "node:test";
import { ErrorList, TooManyErrors } from "../../src/syntax/diag.js";
import { parseFile } from "../../src/syntax/parser.js";
import { FileSet, type Pos } from "../../src/syntax/source.js";
import { checkPackage, unsafePackage } from "../../src/types/index.js";
import type { Package } from "../../src/types/objects.js";
import { exprCases } from "./expr-cases.js";

/** gc's output lines for one file checked as in `go build -gcflags=-e`. */
function check(src: string): string[] {
  const fset = new FileSet();
  const file = fset.addFile("./x.go", new Uint8Array(Buffer.from(src, "utf8")));
  const errors = new ErrorList(fset, true);
  try {
    const f = parseFile(file, errors);
    if (errors.syntaxCount === 0) {
      checkPackage(f.pkgName.value === "main" ? "main" : "x", [f], {
        errors,
        importer: (path: string, _pos: Pos): Package | null => (path === "unsafe" ? unsafePackage : null),
        isStd: false,
        goVersion: "go1.23",
      });
    }
  } catch (e) {
    if (!(e instanceof TooManyErrors)) throw e;
  }
  return errors.lines().flatMap((l) => l.split("\n"));
}

for (const c of exprCases) {
  test(`gc case ${c.name}`, () => {
    assert.deepEqual(check(c.src), c.want);
  });
}
