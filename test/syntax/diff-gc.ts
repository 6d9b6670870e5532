// Differential testing against the real gc: mutates small Go files from
// Go's test suite (deleting, inserting or duplicating bytes and tokens,
// truncating), compiles each mutant with gc and parses it with our parser,
// and reports every mutant where the parser-stage output differs: all of it
// when gc stops at syntax errors, otherwise gc's scanner/parser/branch
// messages. A tool for development, not a test.
//
//   node build/test/syntax/diff-gc.js [count] [seed] [soup]
//
// With "soup", the inputs are random token sequences instead. With
// GOTS_KEEP_MUTANTS=dir, the inputs are only written to dir (for diff-ast.js).
//
// Under `node --test` this file does nothing.

import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ErrorList, TooManyErrors } from "../../src/syntax/diag.js";
import { parseFile } from "../../src/syntax/parser.js";
import { FileSet } from "../../src/syntax/source.js";
import { parserStageMessage } from "./errorcheck.js";

const GOROOT = "/usr/lib/go-1.23";
const WORK = "/tmp/gots-diff-gc";

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

function corpus(): string[] {
  const out: string[] = [];
  for (const sub of ["", "fixedbugs", "ken", "chan", "interface", "typeparam"]) {
    const dir = join(GOROOT, "test", sub);
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (!name.endsWith(".go")) continue;
      const st = statSync(p);
      if (st.size > 4000 || st.size < 200) continue;
      const src = readFileSync(p, "latin1");
      if (!/^\/\/ (run|compile|build)\b/m.test(src.slice(0, 200))) continue;
      out.push(p);
    }
  }
  return out.sort();
}

const inserts = [
  "{", "}", "(", ")", "[", "]", ";", ",", ":", ":=", "=", ".", "...", "<-", "*", "&", "~", "|", "\n",
  "func", "var", "const", "type", "if", "else", "for", "range", "switch", "case", "default", "go", "defer",
  "return", "break", "continue", "goto", "fallthrough", "select", "chan", "map", "struct", "interface",
  "package", "import", "x", "_", "1", "0x", "1e", "'a'", "'", '"', "`", "/*", "//", "@", "#", "$", "?",
  "\\", "\x00", "\xff", "L:", "[]int", "int", "T[int]", "{}",
];

function mutate(src: string, r: () => number): string {
  const pick = (n: number) => Math.floor(r() * n);
  const at = pick(src.length + 1);
  switch (pick(6)) {
    case 0: // delete a span
      return src.slice(0, at) + src.slice(Math.min(src.length, at + 1 + pick(6)));
    case 1: // insert a token
    case 2:
      return src.slice(0, at) + inserts[pick(inserts.length)] + src.slice(at);
    case 3: // replace a span with a token
      return src.slice(0, at) + inserts[pick(inserts.length)] + src.slice(Math.min(src.length, at + 1 + pick(4)));
    case 4: {
      // duplicate a line
      const lines = src.split("\n");
      const i = pick(lines.length);
      lines.splice(i, 0, lines[i]);
      return lines.join("\n");
    }
    default: // truncate
      return src.slice(0, at);
  }
}

function ours(name: string, bytes: Uint8Array): string[] {
  const fset = new FileSet();
  const f = fset.addFile(name, bytes);
  const errors = new ErrorList(fset, true);
  try {
    parseFile(f, errors);
  } catch (e) {
    if (!(e instanceof TooManyErrors)) return [`CRASH ${(e as Error).stack}`];
  }
  return errors.lines();
}

function gc(dir: string, name: string): Promise<string> {
  return new Promise((resolve) => {
    // Not -o /dev/null: gc removes its output file after errors.
    const p = spawn(`${GOROOT}/bin/go`, ["tool", "compile", "-p=p", "-e", "-o", join(dir, "x.o"), name], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString("latin1")));
    p.stderr.on("data", (d: Buffer) => (out += d.toString("latin1")));
    p.on("error", (e) => resolve(`could not run gc: ${e.message}`));
    p.on("close", () => resolve(out));
  });
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? "200");
  const seed = Number(process.argv[3] ?? "1");
  const soup = process.argv[4] === "soup";
  const r = rng(seed);
  const files = corpus();
  const jobs: { src: string; from: string }[] = [];
  for (let i = 0; i < count; i++) {
    if (soup) {
      // random tokens inside a function body or at top level
      const n = 1 + Math.floor(r() * 12);
      let body = "";
      for (let k = 0; k < n; k++) body += inserts[Math.floor(r() * inserts.length)] + (r() < 0.3 ? "\n" : " ");
      const src = r() < 0.7 ? `package p\n\nfunc f() {\n\t${body}\n}\n` : `package p\n\n${body}\n`;
      jobs.push({ src, from: "soup" });
      continue;
    }
    const from = files[Math.floor(r() * files.length)];
    let src = readFileSync(from, "latin1");
    const n = 1 + Math.floor(r() * 3);
    for (let k = 0; k < n; k++) src = mutate(src, r);
    jobs.push({ src, from });
  }

  const keepDir = process.env.GOTS_KEEP_MUTANTS;
  if (keepDir !== undefined) {
    // only write the mutants (for diff-ast.js)
    mkdirSync(keepDir, { recursive: true });
    jobs.forEach((j, i) => writeFileSync(join(keepDir, `m${seed}-${i}.go`), Buffer.from(j.src, "latin1")));
    return;
  }
  let same = 0;
  let diffs = 0;
  let next = 0;
  const worker = async (w: number): Promise<void> => {
    const dir = join(WORK, String(w));
    mkdirSync(dir, { recursive: true });
    for (;;) {
      const i = next++;
      if (i >= jobs.length) return;
      const { src, from } = jobs[i];
      const bytes = Buffer.from(src, "latin1");
      writeFileSync(join(dir, "x.go"), bytes);
      const gcOut = (await gc(dir, "x.go")).split("\n").filter((l) => l !== "");
      const our = ours("x.go", bytes)
        .join("\n")
        .split("\n")
        .filter((l) => l !== "");
      let ok: boolean;
      if (gcOut.some((l) => / syntax error: /.test(l)) || our.some((l) => / syntax error: /.test(l))) {
        ok = gcOut.join("\n") === our.join("\n");
      } else {
        const gcParser = gcOut.filter((l) => parserStageMessage.test(l.replace(/^\S+ /, "")));
        ok = gcParser.every((l) => our.includes(l)) && our.every((l) => gcOut.includes(l));
      }
      if (ok) {
        same++;
      } else {
        diffs++;
        const keep = join(WORK, `diff-${seed}-${i}.go`);
        writeFileSync(keep, bytes);
        console.log(`DIFF ${keep} (from ${from})\n  gc:   ${gcOut.join("\n        ")}\n  ours: ${our.join("\n        ")}`);
      }
    }
  };
  await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(worker));
  console.log(`mutants: ${jobs.length}, same: ${same}, different: ${diffs}`);
}

if (process.env.NODE_TEST_CONTEXT === undefined) void main();
