// Parses Go 1.23's own test suite (if installed at /usr/lib/go-1.23/test):
// tests that must compile must parse without any error, and errorcheck
// tests on which our parser reports syntax errors (so gc would stop there
// too) must satisfy their "// ERROR" annotations exactly, as Go's test
// driver checks them. Errors we report on other errorcheck tests must each
// be expected by an annotation.

import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { test } from "node:test";
import { ErrorList, TooManyErrors } from "../../src/syntax/diag.js";
import { parseFile } from "../../src/syntax/parser.js";
import { FileSet } from "../../src/syntax/source.js";
import { errorCheck, noErrorActions, testAction, wantedErrors } from "./errorcheck.js";

const TESTDIR = "/usr/lib/go-1.23/test";

function goFiles(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!name.endsWith(".dir")) goFiles(p, out);
    } else if (name.endsWith(".go")) {
      out.push(p);
    }
  }
  return out;
}

test("Go's test suite parses as gc parses it", { skip: !existsSync(TESTDIR) }, () => {
  const problems: string[] = [];
  let mustCompile = 0;
  let checked = 0;
  for (const path of goFiles(TESTDIR, [])) {
    const bytes = readFileSync(path);
    const src = bytes.toString("latin1");
    const { action, args } = testAction(src);
    const isErrorcheck = action === "errorcheck" || action === "errorcheckwithauto";
    if (!noErrorActions.has(action) && !isErrorcheck) continue;

    const fset = new FileSet();
    const short = basename(path);
    const file = fset.addFile(short, bytes);
    const errors = new ErrorList(fset, true);
    try {
      parseFile(file, errors, { std: args.includes("-std"), compilingRuntime: args.includes("-+") });
    } catch (e) {
      if (!(e instanceof TooManyErrors)) throw e;
    }
    const msgs = errors.list
      .slice()
      .sort((a, b) => a.pos - b.pos)
      .map((d) => ({ line: fset.position(d.pos).line, text: d.msg }));

    if (!isErrorcheck) {
      mustCompile++;
      if (msgs.length > 0) problems.push(`${path}: ${msgs.map((m) => `${m.line}: ${m.text}`).join("; ")}`);
      continue;
    }
    if (msgs.length === 0) continue;
    checked++;
    const p = errorCheck(msgs, wantedErrors(src, short), errors.syntaxCount > 0);
    if (p.length > 0) problems.push(`${path}: ${p.join("; ")}`);
  }
  assert.ok(mustCompile > 1000, `found only ${mustCompile} files`);
  assert.ok(checked > 50, `checked only ${checked} errorcheck files`);
  assert.deepEqual(problems, []);
});
