// Compares our syntax trees with gc's, node by node and position by
// position: builds gc's parser package (copied from GOROOT) with the dumper
// in gcdump/main.go, dumps every .go file under the given directories with
// both parsers and reports the files whose trees differ. A tool for
// development, not a test.
//
//   node build/test/syntax/diff-ast.js [dir...]   (default: GOROOT/test, GOROOT/src/go)
//
// Under `node --test` this file does nothing.

import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ErrorList, TooManyErrors } from "../../src/syntax/diag.js";
import { parseFile } from "../../src/syntax/parser.js";
import { FileSet } from "../../src/syntax/source.js";
import { dumpFile } from "./dump.js";

const GOROOT = "/usr/lib/go-1.23";
const WORK = "/tmp/gots-gcdump";

function goFiles(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) goFiles(p, out);
    else if (name.endsWith(".go")) out.push(p);
  }
  return out;
}

function buildDumper(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const mainGo = join(here, "../../../test/syntax/gcdump/main.go");
  mkdirSync(join(WORK, "syntax"), { recursive: true });
  const syn = `${GOROOT}/src/cmd/compile/internal/syntax`;
  for (const f of readdirSync(syn)) {
    if (f.endsWith(".go") && !f.endsWith("_test.go")) copyFileSync(join(syn, f), join(WORK, "syntax", f));
  }
  copyFileSync(mainGo, join(WORK, "main.go"));
  writeFileSync(join(WORK, "go.mod"), "module gosyntax\n\ngo 1.23\n");
  execFileSync(`${GOROOT}/bin/go`, ["build", "-o", "dump", "."], { cwd: WORK, stdio: "inherit" });
  return join(WORK, "dump");
}

function main(): void {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) dirs.push(`${GOROOT}/test`, `${GOROOT}/src/go`);
  const files: string[] = [];
  for (const d of dirs) goFiles(d, files);
  const dumper = buildDumper();
  const gcOut = execFileSync(dumper, { input: files.join("\n") + "\n", maxBuffer: 1 << 30 }).toString("utf8");
  const gc = new Map<string, string>();
  const parts = gcOut.split(/^FILE /m).slice(1);
  for (const part of parts) {
    const nl = part.indexOf("\n");
    gc.set(part.slice(0, nl), part.slice(nl + 1).replace(/\n$/, ""));
  }
  let same = 0;
  let differ = 0;
  for (const path of files) {
    const bytes = readFileSync(path);
    const fset = new FileSet();
    const sf = fset.addFile(path, bytes);
    const errors = new ErrorList(fset, true);
    let ours: string;
    try {
      const f = parseFile(sf, errors);
      // gc returns no tree when the package clause is bad
      const noTree = f.pkgName.pos === sf.base && f.pkgName.value === "_" && f.declList.length === 0 && errors.count > 0;
      ours = noTree ? "nil" : dumpFile(sf, f);
    } catch (e) {
      if (!(e instanceof TooManyErrors)) throw e;
      ours = "too many errors";
    }
    const theirs = gc.get(path);
    if (ours === theirs) {
      same++;
      continue;
    }
    differ++;
    let i = 0;
    const t = theirs ?? "";
    while (i < ours.length && i < t.length && ours[i] === t[i]) i++;
    console.log(`DIFF ${path}\n  gc:   …${t.slice(Math.max(0, i - 150), i + 150)}\n  ours: …${ours.slice(Math.max(0, i - 150), i + 150)}`);
  }
  console.log(`files: ${files.length}, same trees: ${same}, different: ${differ}`);
}

if (process.env.NODE_TEST_CONTEXT === undefined) main();
