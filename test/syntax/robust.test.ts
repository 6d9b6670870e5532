// The parser must return on any input, throwing nothing but TooManyErrors:
// random bytes, truncated and mutated files, invalid UTF-8, very deep
// nesting and megabyte-long lines.

import assert from "node:assert/strict";
import { test } from "node:test";
import { Worker } from "node:worker_threads";
import { ErrorList, TooManyErrors } from "../../src/syntax/diag.js";
import { parseFile } from "../../src/syntax/parser.js";
import { FileSet } from "../../src/syntax/source.js";

function parseBytes(bytes: Uint8Array, allErrors = true): { errors: ErrorList; fset: FileSet } {
  const fset = new FileSet();
  const file = fset.addFile("x.go", bytes);
  const errors = new ErrorList(fset, allErrors);
  try {
    parseFile(file, errors);
  } catch (e) {
    if (!(e instanceof TooManyErrors)) throw e;
  }
  return { errors, fset };
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

const sample = `// A program using most of the syntax.
//go:build go1.22

package main

import (
	"fmt"
	m "math"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Pair[K comparable, V any] struct {
	Key   K \`json:"key"\`
	Value V
	*fmt.Stringer
}

type List[T any] []T

func (l List[T]) Map(f func(T) T) List[T] {
	out := make(List[T], 0, len(l))
	for _, v := range l {
		out = append(out, f(v))
	}
	return out
}

func Sum[T Number](xs ...T) (s T) {
	for i := range len(xs) {
		s += xs[i]
	}
	return
}

const (
	A = iota << 1
	B
	C = 'c' + 0x1p-2i
)

var ch = make(chan<- <-chan int, 1)

func main() {
	p := Pair[string, int]{Key: "a", Value: 1}
	ps := []Pair[string, int]{{"b", 2}, {Key: "c"}}
	if x := p.Value; x > 0 && !false {
		fmt.Println(x, m.Pi, ps[1:2:2])
	} else if y, ok := any(p).(fmt.Stringer); ok {
		_ = y
	}
L:
	for i := 0; i < 10; i++ {
		switch t := any(i).(type) {
		case int:
			if t == 3 {
				continue L
			}
			break L
		default:
		}
	}
	select {
	case v := <-make(chan int):
		_ = v
	default:
	}
	defer func() { recover() }()
	go func(s string) {}(\`raw
string\`)
	goto end
end:
	fmt.Printf("%v %q\\n", Sum(1, 2, 3), '\\x41')
}
`;

test("random bytes", { timeout: 120_000 }, () => {
  const r = rng(12345);
  const goish = "\n\t {}()[];:,.=+-*/%&|^<>!~'\"`\\_xyzabc0123456789package func var if for go range chan";
  for (let i = 0; i < 600; i++) {
    const n = Math.floor(r() * 3000);
    const b = Buffer.alloc(n);
    if (i % 2 === 0) {
      for (let k = 0; k < n; k++) b[k] = Math.floor(r() * 256);
    } else {
      for (let k = 0; k < n; k++) b[k] = goish.charCodeAt(Math.floor(r() * goish.length));
      b.write("package p\n", 0, "latin1");
    }
    parseBytes(b);
    parseBytes(b, false);
  }
});

test("truncations of a real file at every offset", { timeout: 120_000 }, () => {
  const full = Buffer.from(sample, "latin1");
  assert.equal(parseBytes(full).errors.count, 0);
  for (let n = 0; n < full.length; n++) parseBytes(full.subarray(0, n));
});

test("mutations of a real file", { timeout: 120_000 }, () => {
  const r = rng(777);
  const full = Buffer.from(sample, "latin1");
  for (let i = 0; i < 2000; i++) {
    const b = Buffer.from(full);
    const k = 1 + Math.floor(r() * 4);
    for (let j = 0; j < k; j++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
    parseBytes(b);
  }
});

test("invalid UTF-8 anywhere is reported, never fatal", () => {
  const bad = [[0xff], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xf0]];
  const contexts = ["var x\x01 = 1", 'var s = "\x01"', "var r = '\x01'", "var s = `\x01`", "// \x01", "/* \x01 */", "var \x01 = 1"];
  for (const seq of bad) {
    for (const c of contexts) {
      const [pre, post] = c.split("\x01");
      const b = Buffer.concat([Buffer.from(`package p\n${pre}`, "latin1"), Buffer.from(seq), Buffer.from(`${post}\n`, "latin1")]);
      const { errors } = parseBytes(b);
      assert.ok(
        errors.list.some((d) => d.msg === "invalid UTF-8 encoding"),
        `${JSON.stringify(c)} with ${seq}: ${errors.list.map((d) => d.msg).join("; ")}`,
      );
    }
  }
  // at the very end of the file, inside an unterminated string
  parseBytes(Buffer.from([...Buffer.from('package p\nvar s = "'), 0xe2, 0x82]));
});

const deep: Record<string, (n: number) => string> = {
  parens: (n) => `package p\nvar x = ${"(".repeat(n)}1${")".repeat(n)}\n`,
  unary: (n) => `package p\nvar x = ${"- ".repeat(n)}1\n`,
  "unary parens": (n) => `package p\nvar x = ${"-(".repeat(n)}1${")".repeat(n)}\n`,
  "slice types": (n) => `package p\nvar x ${"[]".repeat(n)}int\n`,
  pointers: (n) => `package p\nvar x ${"*".repeat(n)}int\n`,
  blocks: (n) => `package p\nfunc f() {${"{".repeat(n)}${"}".repeat(n)}}\n`,
  ifs: (n) => `package p\nfunc f() {${"if x {".repeat(n)}${"}".repeat(n)}}\n`,
  "func literals": (n) => `package p\nvar x = ${"func() {".repeat(n)}${"}".repeat(n)}\n`,
  "composite literals": (n) => `package p\nvar x = ${"T{".repeat(n)}${"}".repeat(n)}\n`,
  calls: (n) => `package p\nvar x = ${"f(".repeat(n)}${")".repeat(n)}\n`,
  "unbalanced parens": (n) => `package p\nvar x = ${"(".repeat(n)}\n`,
};

test("10,000-deep nesting on the default stack: parsed or reported, never a crash", { timeout: 120_000 }, () => {
  for (const [kind, gen] of Object.entries(deep)) {
    const { errors } = parseBytes(Buffer.from(gen(10_000)));
    for (const d of errors.list) {
      assert.ok(
        d.msg === "nesting too deep: parser out of stack space" || kind === "unbalanced parens",
        `${kind}: ${d.msg}`,
      );
    }
  }
});

test("10,000-deep nesting parses like gc on a 64 MB stack (a worker thread)", { timeout: 120_000 }, async () => {
  const parser = new URL("../../src/syntax/parser.js", import.meta.url).href;
  const source = new URL("../../src/syntax/source.js", import.meta.url).href;
  const diag = new URL("../../src/syntax/diag.js", import.meta.url).href;
  const code = `
    const { parentPort, workerData } = require("node:worker_threads");
    (async () => {
      const { parseFile } = await import(${JSON.stringify(parser)});
      const { FileSet } = await import(${JSON.stringify(source)});
      const { ErrorList } = await import(${JSON.stringify(diag)});
      const out = {};
      for (const [kind, src] of Object.entries(workerData)) {
        const fset = new FileSet();
        const errors = new ErrorList(fset, true);
        parseFile(fset.addFile("x.go", Buffer.from(src)), errors);
        out[kind] = errors.list.map((d) => d.msg);
      }
      parentPort.postMessage(out);
    })();`;
  const inputs: Record<string, string> = {};
  for (const [kind, gen] of Object.entries(deep)) if (kind !== "unbalanced parens") inputs[kind] = gen(10_000);
  const result = await new Promise<Record<string, string[]>>((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: inputs, resourceLimits: { stackSizeMb: 64 } });
    w.on("message", (m: Record<string, string[]>) => {
      resolve(m);
      void w.terminate();
    });
    w.on("error", reject);
  });
  for (const kind of Object.keys(inputs)) assert.deepEqual(result[kind], [], kind);
});

test("megabyte-long lines", { timeout: 120_000 }, () => {
  const mb = 1 << 20;
  const lines = [
    `package p; var x = []int{${"0,".repeat(mb / 2)}}`,
    `package p; var s = "${"a".repeat(mb)}"`,
    `package p; // ${"c".repeat(mb)}`,
    `package p; var ${"v".repeat(mb)} = 1`,
    `package p; var e = 1${" + 1".repeat(mb / 4)}`,
    `package p; var z = ${"f(x).".repeat(mb / 5)}g`,
  ];
  for (const l of lines) {
    const t0 = performance.now();
    const { errors } = parseBytes(Buffer.from(l));
    assert.equal(errors.count, 0, errors.lines().join("\n").slice(0, 200));
    assert.ok(performance.now() - t0 < 10_000, "too slow");
  }
  // gc prints no column beyond 254 (and no syntax error at EOF after an error)
  const { errors } = parseBytes(Buffer.from(`package p; var x = ${"1+".repeat(mb / 2)}@\n`));
  assert.deepEqual(errors.lines(), ["x.go:1: invalid character U+0040 '@'"]);
});
