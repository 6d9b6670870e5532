// Package loading and the compile driver, in-process, with a stand-in front
// end (so these tests need neither the parser nor the type checker): import
// resolution (module, library, std-but-not-provided, not in std, internal),
// build order, cycles, build constraints, file names as the go command shows
// them, and how compile errors, the error limit and failed dependencies are
// reported.

import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import type { File } from "../../src/syntax/ast.js";
import type { ErrorList } from "../../src/syntax/diag.js";
import type { SourceFile } from "../../src/syntax/source.js";
import type { CheckConfig } from "../../src/types/check.js";
import type { Package } from "../../src/types/objects.js";
import { compilePackages, defaultGcFlags } from "../../src/cli/compile.js";
import { BuildContext } from "../../src/cli/constraint.js";
import { parseBuildFlags, parseGcflags } from "../../src/cli/flags.js";
import { scanHeader } from "../../src/cli/header.js";
import { type Frontend, GoCommandError, Loader } from "../../src/cli/loader.js";
import { compileDisplayName, shortPath } from "../../src/cli/paths.js";
import { tempDir } from "./helpers.js";

function writeTree(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

/**
 * A stand-in front end: "parses" by reporting `ERR` markers in the source as
 * syntax errors, and "checks" by reporting `BAD` markers as type errors.
 */
function fakeFrontend(): Frontend & { checked: string[] } {
  const fakePkg = (path: string): Package => ({ path, name: path, imports: [] }) as unknown as Package;
  const checked: string[] = [];
  const report = (src: SourceFile, errors: ErrorList, marker: string, msg: string) => {
    const text = Buffer.from(src.bytes).toString("latin1");
    for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) errors.error(src.pos(i), msg);
  };
  return {
    checked,
    unsafePackage: fakePkg("unsafe"),
    parseFile(src: SourceFile, errors: ErrorList): File {
      report(src, errors, "ERR", "syntax error: unexpected ERR");
      return { kind: "File", pos: src.pos(0), pragma: null, pkgName: { kind: "Name", pos: 0, value: "p" }, declList: [], eof: src.pos(src.size), goVersion: "", filename: src.name, src } as unknown as File;
    },
    checkPackage(path: string, files: File[], conf: CheckConfig): Package {
      checked.push(path);
      for (const f of files) report((f as unknown as { src: SourceFile }).src, conf.errors, "BAD", "declared and not used: x");
      return fakePkg(path);
    },
  };
}

function setup(files: Record<string, string>) {
  const root = tempDir("loader");
  writeTree(root, files);
  return { root, lib: join(root, "lib") };
}

test("imports resolve to module packages and library packages, dependencies first", () => {
  const { root, lib } = setup({
    "app/go.mod": "module example.com/app\n\ngo 1.22\n",
    "app/main.go": 'package main\n\nimport (\n\t"fmt"\n\t"example.com/app/util"\n)\n\nfunc main() { fmt.Println(util.X) }\n',
    "app/util/util.go": 'package util\n\nimport "strings"\n\nvar X = strings.ToUpper("x")\n',
    "lib/fmt/print.go": 'package fmt\n\nimport "strings"\n\nfunc Println(a ...any)\n',
    "lib/strings/strings.go": "package strings\n\nfunc ToUpper(s string) string\n",
  });
  const loader = new Loader({ cwd: join(root, "app"), libDir: lib });
  const main = loader.loadDir(".");
  assert.equal(main.path, "example.com/app");
  assert.equal(main.name, "main");
  const order = loader.walk(main);
  assert.deepEqual(
    order.map((p) => p.path),
    ["strings", "example.com/app/util", "fmt", "example.com/app"],
  );
  assert.equal(order.find((p) => p.path === "fmt")!.isStd, true);
  assert.equal(main.goVersion, "go1.22");
  assert.equal(order.find((p) => p.path === "fmt")!.goVersion, "go1.23");
  assert.equal(main.sources[0].name, "./main.go");
  assert.equal(order.find((p) => p.path === "example.com/app/util")!.sources[0].name, "util/util.go");
});

test("missing imports are reported as the go command reports them, all at once", () => {
  const { root, lib } = setup({
    "main.go": 'package main\n\nimport (\n\t"foo/bar"\n\t"net/http"\n\t"example.com/x"\n\t"internal/abi"\n)\n',
    "lib/.keep": "",
  });
  const loader = new Loader({ cwd: root, libDir: lib });
  const pkg = loader.loadFiles(["main.go"]);
  assert.throws(
    () => loader.walk(pkg),
    (e: unknown) => {
      assert.ok(e instanceof GoCommandError);
      assert.deepEqual(e.lines, [
        "main.go:6:2: no required module provides package example.com/x: go.mod file not found in current directory or any parent directory; see 'go help modules'",
        "main.go:4:2: package foo/bar is not in std",
        "package command-line-arguments\n\tmain.go:7:2: use of internal package internal/abi not allowed",
        "main.go:5:2: package net/http is not provided by gots yet",
      ]);
      return true;
    },
  );
});

test("an import cycle is reported with its import stack", () => {
  const { root, lib } = setup({
    "go.mod": "module m\n",
    "main.go": 'package main\n\nimport "m/a"\n',
    "a/a.go": 'package a\n\nimport "m/b"\n',
    "b/b.go": 'package b\n\nimport "m/a"\n',
  });
  const loader = new Loader({ cwd: root, libDir: lib });
  assert.throws(
    () => loader.walk(loader.loadDir(".")),
    (e: unknown) => e instanceof GoCommandError && e.lines.join("\n") === "package m\n\timports m/a\n\timports m/b\n\timports m/a: import cycle not allowed",
  );
});

test("package directories honour build constraints and skip tests; named files do not", () => {
  const { root, lib } = setup({
    "go.mod": "module m\n",
    "a.go": "package main\n",
    "b_test.go": "package main\n",
    "c_windows.go": "package main\n",
    "d.go": "//go:build ignore\n\npackage main\n",
    "e.go": "// +build linux,!linux\n\npackage main\n",
    "f_linux_amd64.go": "package main\n",
    "_g.go": "package main\n",
  });
  const ctxt = new BuildContext("linux", "amd64");
  const pkg = new Loader({ cwd: root, libDir: lib, context: ctxt }).loadDir(".");
  assert.deepEqual(
    pkg.fileNames.map((f) => f.slice(root.length + 1)),
    ["a.go", "f_linux_amd64.go"],
  );
  const named = new Loader({ cwd: root, libDir: lib, context: ctxt }).loadFiles(["d.go"]);
  assert.equal(named.fileNames.length, 1);
});

test("file names follow the go command: ./ for the current directory, relative when shorter", () => {
  assert.equal(compileDisplayName("/a/b", "/a/b/main.go"), "./main.go");
  assert.equal(compileDisplayName("/a", "/a/b/main.go"), "b/main.go");
  assert.equal(compileDisplayName("/a/b/c", "/a/b/main.go"), "../main.go");
  assert.equal(compileDisplayName("/very/deep/working/directory", "/x/main.go"), "/x/main.go");
  assert.equal(shortPath("/a/b", "/a/b/main.go"), "main.go");
});

test("the header reader finds imports and words header errors as go/parser does", () => {
  const h = scanHeader(Buffer.from('// c\npackage main // x\n\nimport (\n\tf "fmt"\n\t. "strings"\n\t`os`\n)\nimport "io"\n\nfunc main() {}\n'));
  assert.equal(h.error, null);
  assert.equal(h.pkgName, "main");
  assert.deepEqual(
    h.imports.map((i) => `${i.path}@${i.line}:${i.col}`),
    ["fmt@5:2", "strings@6:2", "os@7:2", "io@9:8"],
  );
  const err = (src: string) => {
    const e = scanHeader(Buffer.from(src, "latin1")).error;
    return e === null ? null : e.kind === "nul" ? "NUL" : `${e.line}:${e.col}: ${e.msg}`;
  };
  assert.equal(err("package main\nimport fmt\n"), "2:11: missing import path");
  assert.equal(err("package main\nimport 42\n"), "2:8: import path must be a string");
  assert.equal(err("package main\nimport (\n\t\"a\" \"b\"\n)\n"), "3:6: expected ';', found \"b\"");
  assert.equal(err("package main\nimport \"a\\q\"\n"), "2:11: unknown escape sequence");
  assert.equal(err("package main;"), null);
  assert.equal(err("/* unterminated"), "1:1: comment not terminated");
  assert.equal(err("package main\n\nfunc main() { \x00 }\n"), null);
  assert.equal(err("package \x00main\n"), "NUL");
});

test("gc flags: -e, -lang, -C, -m, patterns, quoting", () => {
  const g = parseGcflags("all=-e -lang=go1.21 -m -m -C -d=checkptr");
  assert.equal(g.all, true);
  assert.deepEqual({ ...g.flags, ignored: g.flags.ignored }, { allErrors: true, lang: "go1.21", noColumns: true, m: 2, complete: false, ignored: ["-d=checkptr"] });
  assert.equal(parseGcflags("-complete").flags.complete, true);
  const { flags, rest } = parseBuildFlags("run", ["-gcflags", "-e", "-race", "-tags=a,b", "main.go", "-x"]);
  assert.equal(flags.gcflags.allErrors, true);
  assert.deepEqual(flags.tags, ["a", "b"]);
  assert.deepEqual(rest, ["main.go", "-x"]);
});

test("compiling: gc's output per failed package, syntax errors stop type checking", () => {
  const { root, lib } = setup({
    "go.mod": "module m\n",
    "main.go": 'package main\n\nimport "m/u"\n',
    "u/u.go": "package u\n\nvar a = ERR\nvar b = BAD\n",
  });
  const fe = fakeFrontend();
  const loader = new Loader({ cwd: root, libDir: lib });
  const order = loader.walk(loader.loadDir("."));
  const res = compilePackages(order, fe, loader.fset, { rootFlags: defaultGcFlags(), depFlags: defaultGcFlags() });
  assert.equal(res.ok, false);
  assert.deepEqual(res.output, ["# m/u", "u/u.go:3:9: syntax error: unexpected ERR"]);
  assert.deepEqual(fe.checked, [], "neither u (syntax errors) nor main (failed dependency) is type-checked");
});

test("compiling: the error limit and -e", () => {
  const src = "package main\n\nfunc main() {\n" + "\tBAD\n".repeat(11) + "}\n";
  const { root, lib } = setup({ "main.go": src });
  for (const allErrors of [false, true]) {
    const loader = new Loader({ cwd: root, libDir: lib });
    const order = loader.walk(loader.loadFiles(["main.go"]));
    const flags = { ...defaultGcFlags(), allErrors };
    const res = compilePackages(order, fakeFrontend(), loader.fset, { rootFlags: flags, depFlags: defaultGcFlags() });
    const expected = ["# command-line-arguments"];
    for (let l = 4; l < (allErrors ? 15 : 14); l++) expected.push(`./main.go:${l}:2: declared and not used: x`);
    if (!allErrors) expected.push("./main.go:13:2: too many errors");
    assert.deepEqual(res.output, expected);
  }
});

test("compiling: a bad -lang is gc's error for the named package only", () => {
  const { root, lib } = setup({ "main.go": "package main\n" });
  const loader = new Loader({ cwd: root, libDir: lib });
  const order = loader.walk(loader.loadFiles(["main.go"]));
  const res = compilePackages(order, fakeFrontend(), loader.fset, { rootFlags: { ...defaultGcFlags(), lang: "go2" }, depFlags: defaultGcFlags() });
  assert.deepEqual(res.output, ["# command-line-arguments", 'compile: invalid value "go2" for -lang: should be something like "go1.12"']);
});
