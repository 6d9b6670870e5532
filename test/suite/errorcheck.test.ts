// The errorcheck protocol used by the front-end suite, on small made-up
// sources and compiler outputs: what passes and what fails must be what Go's
// test driver decides.

import assert from "node:assert/strict";
import { test } from "node:test";
import { errorCheck, ErrchkError, matchPrefix, splitOutput, toJsRegExp, wantedErrors } from "./errorcheck.js";
import { readRecipe, shouldTest, splitQuoted } from "./testdir.js";

const src = [
  "// errorcheck", //                                                       1
  "", //                                                                    2
  "package p", //                                                           3
  "", //                                                                    4
  'var x int = "s" // ERROR "cannot use|incompatible"', //                   5
  'var y = z // ERROR "undefined: z"', //                                     6
  'var w int //// ERROR "ignored"', //                                       7
  'var v int // GCCGO_ERROR "gccgo only"', //                                8
  'var u = 1 + "a" // GC_ERROR `backquotes are not special`  "mismatched"', // 9
  'var t = q // ERROR "q defined at LINE-4" "undefined"', //                 10
].join("\n");

const check = (out: string[]) => errorCheck(out.join("\n"), false, [{ full: "x.go", short: "x.go", src }]);

test("the expectations: one regexp per quoted string, LINE-n as file:line, //// and GCCGO_ERROR ignored", () => {
  assert.deepEqual(
    wantedErrors(src, "x.go").map((e) => `${e.lineNum} ${e.reStr}`),
    ["5 cannot use|incompatible", "6 undefined: z", "9 mismatched", "10 q defined at x.go:6", "10 undefined"],
  );
});

test("expected errors on their lines pass; columns and ./ prefixes do not matter", () => {
  assert.deepEqual(
    check([
      "# p",
      './x.go:5:13: cannot use "s" (untyped string constant) as int value in variable declaration',
      "x.go:6:9: undefined: z",
      'x.go:9:9: invalid operation: 1 + "a" (mismatched types untyped int and untyped string)',
      "x.go:10:9: q defined at x.go:6:5",
      "x.go:10:9: undefined: q",
    ]),
    [],
  );
});

test("missing, non-matching and unexpected errors fail; a matched error is consumed", () => {
  assert.deepEqual(
    check([
      'x.go:5:13: cannot use "s" (untyped string constant) as int value in variable declaration',
      "x.go:6:9: something else",
      "x.go:7:5: declared and not used: w",
      "x.go:10:9: undefined: q",
    ]),
    [
      "x.go:6: no match for `undefined: z` in:\n\tx.go:6:9: something else",
      'x.go:9: missing error "mismatched"',
      "x.go:10: no match for `q defined at x.go:6` in:\n\tx.go:10:9: undefined: q",
      "Unmatched Errors:",
      "x.go:7:5: declared and not used: w",
      "x.go:6:9: something else",
    ],
  );
});

test("continuation lines join their error; # lines are dropped", () => {
  assert.deepEqual(splitOutput("# p\nx.go:1:1: a\n\tmore\nx.go:2:1: b\n\n", false), ["x.go:1:1: a\n\tmore", "x.go:2:1: b"]);
});

test("matchPrefix needs the file:line followed by ':' or '['", () => {
  assert.ok(matchPrefix("./x.go:12:3: msg", "x.go:12"));
  assert.ok(matchPrefix("dir/x.go:12[x.go:3]: msg", "x.go:12"));
  assert.ok(!matchPrefix("x.go:123: msg", "x.go:12"));
  assert.ok(!matchPrefix("yx.go:12: msg", "x.go:12"));
});

test("Go regexp syntax used by the tests translates to JS", () => {
  assert.ok(toJsRegExp("(?s)a.b").test("a\nb"));
  assert.ok(toJsRegExp("(?i)HELLO").test("hello"));
  assert.ok(toJsRegExp("[[:alpha:]]+[[:digit:]]").test("abc1"));
  assert.ok(toJsRegExp("(?P<x>a)").test("a"));
  assert.throws(() => wantedErrors("x // ERROR no quotes", "x.go"), ErrchkError);
});

test("recipes and build constraints are read as Go's driver reads them", () => {
  assert.deepEqual(readRecipe("//go:build amd64\n\n// errorcheck -0 -lang=go1.17 -t 10\n\npackage p\n"), {
    action: "errorcheck",
    flags: ["-lang=go1.17"],
    args: [],
    wantError: false,
  });
  assert.deepEqual(readRecipe("// run cmplxdivide1.go\n"), { action: "run", flags: [], args: ["cmplxdivide1.go"], wantError: false });
  assert.deepEqual(splitQuoted(`run -gcflags='all=-N -l' x`), ["run", "-gcflags=all=-N -l", "x"]);
  assert.equal(shouldTest("// run\n\n//go:build linux && amd64\n\npackage main\n"), true);
  assert.equal(shouldTest("// run\n\n//go:build windows || arm64\n\npackage main\n"), false);
  assert.equal(shouldTest("// +build !linux\n\n// run\n\npackage main\n"), false);
});
