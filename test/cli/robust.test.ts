// Bad input never crashes the gots command: random bytes, Go-token soup,
// truncated and mis-encoded files, a 10,000-deep nested expression and a
// 1 MB single-line file each end in success or in errors printed the way
// the go command and gc print them, with exit status 0 or 1 and no
// JavaScript stack trace. Inputs are generated from fixed seeds.

import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { hasJsTrace, isGoStyleLine, runGots, tempDir } from "./helpers.js";

/** mulberry32: a small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(seed: number, n: number, lo = 0, hi = 255): Buffer {
  const r = rng(seed);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = lo + Math.floor(r() * (hi - lo + 1));
  return b;
}

const tokens = [
  "func", "var", "const", "type", "struct", "interface", "map", "chan", "go", "defer", "select",
  "switch", "case", "default", "if", "else", "for", "range", "return", "break", "continue", "goto",
  "fallthrough", "package", "import", "x", "y", "T", "main", "int", "string", "nil", "true", "_",
  "0", "1.5", "0x1p-2", "'a'", "'\\n'", '"s"', "`raw`", "3i", "(", ")", "[", "]", "{", "}", ",",
  ";", ":", ":=", "=", "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "&&", "||", "<-",
  "!", "==", "!=", "<", "<=", ">", ">=", "...", ".", "++", "--", "~", "\n", "\n", "\n",
];

function tokenSoup(seed: number, n: number): string {
  const r = rng(seed);
  let s = "package main\n\nfunc main() {\n";
  for (let i = 0; i < n; i++) s += tokens[Math.floor(r() * tokens.length)] + (r() < 0.7 ? " " : "");
  return s;
}

const valid = `package main

type shape interface {
	area() float64
}

type rect struct{ w, h float64 }

func (r rect) area() float64 { return r.w * r.h }

func main() {
	var shapes []shape
	for i := 0; i < 3; i++ {
		shapes = append(shapes, rect{float64(i), 2})
	}
	total := 0.0
	for _, s := range shapes {
		total += s.area()
	}
	switch {
	case total > 4:
		println("big", total)
	default:
		println("small")
	}
}
`;

function nested(depth: number, open: string, leaf: string, close: string): string {
  return open.repeat(depth) + leaf + close.repeat(depth);
}

const cases: { name: string; src: Buffer | string }[] = [];
for (const seed of [1, 2, 3]) cases.push({ name: `random bytes (seed ${seed})`, src: randomBytes(seed, 4096) });
for (const seed of [4, 5, 6]) {
  cases.push({ name: `package clause + random text (seed ${seed})`, src: Buffer.concat([Buffer.from("package main\n"), randomBytes(seed, 4096, 9, 126)]) });
}
for (const seed of [7, 8, 9, 10]) cases.push({ name: `token soup (seed ${seed})`, src: tokenSoup(seed, 600) });
for (const frac of [0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99]) {
  const cut = Math.floor(valid.length * frac);
  cases.push({ name: `valid program truncated at ${cut} bytes`, src: valid.slice(0, cut) });
}
cases.push({ name: "invalid UTF-8 in an identifier", src: Buffer.from("package main\n\nfunc main() {\n\tx\xffy := 1\n}\n", "latin1") });
cases.push({ name: "invalid UTF-8 in a comment and a string", src: Buffer.from('package main\n\n// \xc3\x28\nfunc main() {\n\tprintln("\xe2\x82")\n}\n', "latin1") });
cases.push({ name: "byte order mark in the middle", src: Buffer.from("package main\n\nfunc main() {\xef\xbb\xbf}\n", "latin1") });
cases.push({ name: "NUL bytes in a body", src: Buffer.from("package main\n\nfunc main() {\n\t\x00\x00\n}\n", "latin1") });
cases.push({ name: "10,000 nested parentheses", src: `package main\n\nvar x = ${nested(10000, "(", "1", ")")}\n\nfunc main() { println(x) }\n` });
cases.push({ name: "10,000 nested binary operations", src: `package main\n\nvar x = ${nested(10000, "1+(", "1", ")")}\n\nfunc main() { println(x) }\n` });
cases.push({ name: "10,000 unary minus signs", src: `package main\n\nvar x = ${"- ".repeat(10000)}1\n\nfunc main() { println(x) }\n` });
cases.push({ name: "10,000 nested parentheses, unclosed", src: `package main\n\nvar x = ${"(".repeat(10000)}1\n` });
cases.push({
  name: "a 1 MB single-line file",
  src: `package main; var table = []int{${"1234567, ".repeat(110_000)}}; func main() { println(len(table)) }`,
});

const dir = tempDir("robust");

for (const c of cases) {
  test(`bad input: ${c.name}`, () => {
    writeFileSync(join(dir, "main.go"), c.src);
    const r = runGots(["build", "main.go"], dir, 120_000);
    assert.ok(!hasJsTrace(r.stderr) && !hasJsTrace(r.stdout), `JavaScript trace in output:\n${r.stderr.slice(0, 2000)}`);
    assert.ok(r.status === 0 || r.status === 1, `exit status ${r.status}, stderr:\n${r.stderr.slice(0, 2000)}`);
    assert.equal(r.stdout, "");
    if (r.status === 0) {
      assert.equal(r.stderr, "");
    } else {
      const lines = r.stderr.replace(/\n$/, "").split("\n");
      assert.ok(lines.length > 0 && lines[0] !== "", "failed without a message");
      for (const l of lines) assert.ok(isGoStyleLine(l), `not a go-style line: ${JSON.stringify(l.slice(0, 200))}`);
    }
  });
}
