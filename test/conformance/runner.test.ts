// The conformance runner's pure parts (conformance.ts): reading test
// headers as Go's driver does, judging output, classifying tests for the
// goroutines/generics breakdown, and the known-failures list format. The
// fixtures are in test/conformance/testdata.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  classifyTest,
  compareOutput,
  declaresTypeParams,
  extraFiles,
  formatKnown,
  headline,
  needsGoroutines,
  parseKnown,
  planTest,
  stripLiterals,
} from "./conformance.js";

function testdata(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const t = join(d, "test", "conformance", "testdata");
    if (existsSync(join(d, "package.json")) && existsSync(t)) return t;
    const up = dirname(d);
    if (up === d) throw new Error("cannot find test/conformance/testdata");
    d = up;
  }
}

const dir = testdata();
const read = (name: string) => readFileSync(join(dir, name), "latin1");

test("header: plain // run with a build constraint that holds on linux/amd64", () => {
  assert.deepEqual(planTest(read("plain.go")), { kind: "run", flags: [], args: [], env: {}, timeout: 0 });
});

test("header: go command flags, quoted program arguments", () => {
  const p = planTest(read("goroutines.go"));
  assert.equal(p.kind, "run");
  if (p.kind !== "run") return;
  assert.deepEqual(p.flags, ["-gcflags=-l"]);
  assert.deepEqual(p.args, ["arg1", "arg two"]);
});

test("header: -goexperiment becomes GOEXPERIMENT, -t a time limit", () => {
  const p = planTest(read("generic.go"));
  assert.equal(p.kind, "run");
  if (p.kind !== "run") return;
  assert.deepEqual(p.env, { GOEXPERIMENT: "rangefunc" });
  assert.equal(p.timeout, 30);
  assert.deepEqual(p.flags, []);
  assert.deepEqual(p.args, []);
});

test("header: other recipes are skipped or ignored; constraints that exclude linux/amd64 (or need cgo) skip", () => {
  const nl = planTest(read("notlinux.go"));
  assert.equal(nl.kind, "skip");
  assert.match(nl.kind === "skip" ? nl.reason : "", /go:build windows \|\| \(cgo && linux\)/);
  const rd = planTest(read("rundir.go"));
  assert.deepEqual(rd, { kind: "skip", reason: "recipe rundir (not implemented by this runner)" });
  assert.deepEqual(planTest(read("compile.go")), { kind: "ignore" });
  assert.deepEqual(planTest("// runoutput\n\npackage main\n").kind, "skip");
  assert.deepEqual(planTest("package main\n"), { kind: "ignore" });
  assert.deepEqual(planTest("// skip\n\npackage main\n"), { kind: "ignore" });
});

test("header: the leading .go arguments are files of the package", () => {
  assert.deepEqual(extraFiles(["cmplxdivide1.go"]), ["cmplxdivide1.go"]);
  assert.deepEqual(extraFiles(["a.go", "b.go", "x", "c.go"]), ["a.go", "b.go"]);
  assert.deepEqual(extraFiles(["arg1", "a.go"]), []);
});

test("output: exact match, CRLF as LF, missing .out means no output", () => {
  assert.equal(compareOutput(read("plain.out"), read("plain.out")), null);
  assert.equal(compareOutput("a\r\nb\r\n", "a\nb\n"), null);
  assert.equal(compareOutput("", null), null);
  assert.match(compareOutput("hello\n", null) ?? "", /output should be empty.*"hello"/);
});

test("output: the first differing line", () => {
  assert.equal(compareOutput("a\nB\nc\n", "a\nb\nc\n"), 'output differs at line 2: got "B", want "b"');
  assert.equal(compareOutput("a\n", "a\nb\n"), 'output differs at line 2: output ends early, want "b"');
  assert.equal(compareOutput("a\nb\nc\n", "a\nb\n"), 'output differs at line 3: unexpected extra output "c"');
  assert.equal(compareOutput("a", "a\n"), "output differs at line 2: missing final newline");
  assert.equal(compareOutput("a\n", "a"), "output differs at line 2: unexpected final newline");
});

test("reasons: the first line of the output, and the first compile error after a # heading", () => {
  assert.equal(headline("\n  panic: boom\n\ngoroutine 1 [running]:\n"), "panic: boom");
  assert.equal(headline("# command-line-arguments\n./x.go:3:2: undefined: y\n./x.go:4:2: z\n"), "# command-line-arguments: ./x.go:3:2: undefined: y");
  assert.equal(headline(""), "");
  assert.equal(headline("x".repeat(300)).length, 200);
});

test("classification: comments and literals do not count", () => {
  const plain = read("plain.go");
  assert.equal(needsGoroutines(plain), false);
  assert.equal(declaresTypeParams("plain.go", plain), false);
  assert.deepEqual(classifyTest(".", [{ name: "plain.go", src: plain }]), { goroutines: false, generics: false });
  assert.equal(stripLiterals('x := "a\\"go" + `chan` // select\n/* go */ y'), 'x := "" + ""  \n  y');
});

test("classification: go statements, channels, select, sync and time imports need goroutines", () => {
  assert.equal(needsGoroutines(read("goroutines.go")), true);
  assert.equal(needsGoroutines("package main\nfunc main() { var c chan int; _ = c }\n"), true);
  assert.equal(needsGoroutines("package main\nfunc main() { select {} }\n"), true);
  assert.equal(needsGoroutines('package main\nimport "sync"\nvar mu sync.Mutex\nfunc main() {}\n'), true);
  assert.equal(needsGoroutines('package main\nimport (\n\t"fmt"\n\t"time"\n)\nfunc main() { fmt.Println(time.Second) }\n'), true);
  assert.equal(needsGoroutines('package main\nimport "sync/atomic"\nvar n atomic.Int32\nfunc main() {}\n'), false);
});

test("classification: type parameters, or the typeparam folder, mean generics", () => {
  const g = read("generic.go");
  assert.equal(declaresTypeParams("generic.go", g), true);
  assert.deepEqual(classifyTest("fixedbugs", [{ name: "generic.go", src: g }]), { goroutines: false, generics: true });
  assert.deepEqual(classifyTest("typeparam", [{ name: "p.go", src: "package main\nfunc main() {}\n" }]), { goroutines: false, generics: true });
  assert.equal(declaresTypeParams("m.go", "package main\nfunc (l *L[T]) F() {}\ntype L[T any] struct{}\n"), true);
  // Files that do not parse fall back to a pattern.
  assert.equal(declaresTypeParams("bad.go", "package main\nfunc F[T any](x T) { )\n"), true);
  assert.equal(declaresTypeParams("bad.go", "package main\ntype A [4]int\nfunc f() { )\n"), false);
});

test("known failures: parse (comments, reasons) and write", () => {
  const m = parseKnown("# header\n\nfixedbugs/bug000.go  exit status 2: no switch\nken/chan.go\n  # indented comment\n");
  assert.deepEqual([...m.keys()], ["fixedbugs/bug000.go", "ken/chan.go"]);
  assert.equal(m.get("fixedbugs/bug000.go")?.reason, "exit status 2: no switch");
  assert.equal(m.get("ken/chan.go")?.reason, "");
  const text = formatKnown(["a list"], [
    { path: "z.go", reason: "" },
    { path: "a.go", reason: "line one\nline two" },
  ]);
  assert.equal(text, "# a list\na.go  line one line two\nz.go\n");
  assert.deepEqual([...parseKnown(text).keys()], ["a.go", "z.go"]);
});
