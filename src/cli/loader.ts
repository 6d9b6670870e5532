// Package loading: what the go command does before it runs the compiler.
//
// It finds the files of the packages named on the command line (a list of
// .go files, which form the package "command-line-arguments", or a package
// directory), reads each file's header for the package name and imports
// (header.ts), resolves every import path, and walks the import graph
// depth-first in sorted import order, so that `order` lists each package
// after the packages it imports (the order the go command builds them in).
//
// Import paths resolve, in this order, to:
//   - "unsafe": built into the type checker, nothing to load;
//   - a package of the main module: go.mod is looked for upward from the
//     root package's directory, and `module example.com/app` maps
//     example.com/app/util to <module root>/util;
//   - a library package: Go source in src/lib/<import path>/;
//   - otherwise an error worded as the go command's: "package foo/bar is
//     not in std", "no required module provides package ...", and, for
//     packages real Go has but gots does not provide yet, "package net/http
//     is not provided by gots yet".
// Import cycles are reported as the go command does ("import cycle not
// allowed", with the import stack). Like the go command, the loader stops
// before compiling if any package failed to load, and reports every such
// failure.
//
// Compiling the loaded packages (parse, type check) is compile.ts's job.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { File } from "../syntax/ast.js";
import type { ErrorList } from "../syntax/diag.js";
import { FileSet, fromByteString, type SourceFile, toByteString } from "../syntax/source.js";
import type { CheckConfig } from "../types/check.js";
import type { Package } from "../types/objects.js";
import { BuildContext } from "./constraint.js";
import { goRelease, maxGoMinor } from "./env.js";
import { type HeaderImport, scanHeader } from "./header.js";
import { absPath, compileDisplayName, isWithin, shortPath } from "./paths.js";
import { goStdPackages } from "./stdpkgs.js";

/** The parser and type checker, passed in so that loading can be tested without them. */
export interface Frontend {
  /** `std`: the file belongs to gots' library (gc's -std). */
  parseFile(file: SourceFile, errors: ErrorList, opts?: { std?: boolean }): File;
  checkPackage(path: string, files: File[], conf: CheckConfig): Package;
  /** Package unsafe, which the type checker provides. */
  unsafePackage: Package;
}

/** An error the go command reports itself (not the compiler): printed as is, exit status 1. */
export class GoCommandError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
  }
}

/** The main module, from go.mod. */
export interface Module {
  /** Module path (`module` directive). */
  path: string;
  /** Absolute directory holding go.mod. */
  root: string;
  /** Language version from the `go` directive, as gc's -lang ("go1.21"); null if absent. */
  goVersion: string | null;
}

export const enum PkgKind {
  /** .go files named on the command line: package "command-line-arguments". */
  Files,
  /** A directory of the main module (or, without go.mod, a directory named on the command line). */
  Dir,
  /** A package of gots' library, src/lib. */
  Std,
}

export interface LoadedPackage {
  /** Import path; "command-line-arguments" for files named on the command line. */
  path: string;
  /** Package name from the package clause ("" if it could not be read). */
  name: string;
  kind: PkgKind;
  /** Absolute directory. */
  dir: string;
  /** Absolute file names, in compile order. */
  fileNames: string[];
  /** The files' sources, named as compile errors show them. */
  sources: SourceFile[];
  /** Imports as written in the headers, in file order (positions for errors). */
  importSpecs: (HeaderImport & { file: string })[];
  /** Resolved imports by path (unsafe excluded), filled in by the import walk. */
  imports: Map<string, LoadedPackage>;
  /** Named on the command line: gets the -gcflags (without a pattern). */
  isRoot: boolean;
  isStd: boolean;
  /** The language version gc would be given with -lang. */
  goVersion: string;
  /** A go command error for this package, or null; how it is printed depends on loadErrorForm. */
  loadError: string | null;
  /**
   * "plain": printed as is (it carries its position); "importpos": after the
   * position of the import that loaded the package; "stack": as
   * "package P: msg" for a named package, else after the import stack.
   */
  loadErrorForm: "plain" | "importpos" | "stack";

  // Filled in by compile.ts.
  syntax: File[] | null;
  types: Package | null;
  /** Compilation failed (or a dependency's did). */
  failed: boolean;
}

export interface LoadOptions {
  /** The directory relative names are resolved against and messages are relative to. */
  cwd: string;
  /** src/lib, or null when gots runs without its library. */
  libDir: string | null;
  context?: BuildContext;
  /** A FileSet shared by several loads (the suite reuses one). */
  fset?: FileSet;
  /** Library packages already loaded (and compiled) by an earlier load, shared by path. */
  stdCache?: Map<string, LoadedPackage>;
}

const cmdlinePath = "command-line-arguments";

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads go.mod's module path and go version (cmd/go's modfile, reduced to
 * the two directives gots uses). `text` is a byte string, so the module path
 * compares with import paths byte for byte.
 */
export function parseGoMod(text: string, root: string): Module {
  let path = "";
  let goVersion: string | null = null;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    let m = /^module\s+("?)([^"\s]+)\1$/.exec(line);
    if (m) path = m[2];
    m = /^go\s+(1(?:\.(\d+))?(?:\.\d+)?(?:[a-z]+\d*)?)$/.exec(line);
    if (m) goVersion = `go1.${m[2] ?? "0"}`;
  }
  return { path, root, goVersion };
}

/** The go.mod at or above `dir`, or null. */
export function findModule(dir: string): Module | null {
  for (let d = dir; ; ) {
    const f = join(d, "go.mod");
    if (existsSync(f) && !isDir(f)) return parseGoMod(readFileSync(f, "latin1"), d);
    const up = dirname(d);
    if (up === d) return null;
    d = up;
  }
}

export class Loader {
  readonly fset: FileSet;
  readonly ctxt: BuildContext;
  /** Packages by import path (library packages possibly shared with other loads). */
  private readonly cache = new Map<string, LoadedPackage>();
  private readonly stdCache: Map<string, LoadedPackage>;
  module: Module | null = null;

  constructor(readonly opts: LoadOptions) {
    this.fset = opts.fset ?? new FileSet();
    this.ctxt = opts.context ?? new BuildContext();
    this.stdCache = opts.stdCache ?? new Map();
  }

  // -------------------------------------------------------------------------
  // Roots.

  /** The package made of .go files named on the command line (cmd/go's GoFilesPackage). */
  loadFiles(files: string[]): LoadedPackage {
    const cwd = this.opts.cwd;
    let dir: string | null = null;
    for (const f of files) {
      if (!f.endsWith(".go")) throw new GoCommandError([`named files must be .go files: ${toByteString(f)}`]);
    }
    const abs: string[] = [];
    for (const f of files) {
      const a = absPath(cwd, f);
      let st;
      try {
        st = statSync(a);
      } catch {
        throw new GoCommandError([`stat ${toByteString(f)}: no such file or directory`]);
      }
      if (st.isDirectory()) throw new GoCommandError([`${toByteString(f)} is a directory, should be a Go file`]);
      const d = dirname(f);
      if (dir === null) dir = d;
      else if (dir !== d) throw new GoCommandError([`named files must all be in one directory; have ${toByteString(dir)} and ${toByteString(d)}`]);
      abs.push(a);
    }
    const absDir = abs.length > 0 ? dirname(abs[0]) : cwd;
    this.setModule(absDir);
    const pkg = this.newPackage(cmdlinePath, PkgKind.Files, absDir, abs, true);
    this.cache.set(cmdlinePath, pkg);
    return pkg;
  }

  /**
   * A package directory named on the command line. Inside a module it gets
   * its import path; without go.mod gots still builds it (the go command
   * would refuse), as command-line-arguments.
   */
  loadDir(dirArg: string): LoadedPackage {
    const dir = absPath(this.opts.cwd, dirArg);
    if (!isDir(dir)) throw new GoCommandError([`stat ${toByteString(dir)}: directory not found`]);
    this.setModule(dir);
    let path = cmdlinePath;
    if (this.module !== null && isWithin(this.module.root, dir)) {
      const rel = dir.slice(this.module.root.length).replace(/\\/g, "/");
      path = this.module.path + toByteString(rel);
    }
    const pkg = this.loadDirPackage(path, dir, PkgKind.Dir, true);
    if (pkg.loadError === null && pkg.fileNames.length === 0) throw new GoCommandError([`no Go files in ${toByteString(dir)}`]);
    return pkg;
  }

  /**
   * A package named by import path on the command line (`gots build fmt`,
   * `gots run example.com/app/cmd/tool`), looked up from the current directory's module.
   */
  loadImportPath(path: string): LoadedPackage {
    this.setModule(this.opts.cwd);
    const mod = this.module;
    if (mod !== null && mod.path !== "" && (path === mod.path || path.startsWith(mod.path + "/"))) {
      return this.loadDir(join(mod.root, fromByteString(path.slice(mod.path.length))));
    }
    const lib = this.opts.libDir;
    const libPkg = lib === null ? "" : join(lib, fromByteString(path));
    if (lib !== null && isDir(libPkg) && this.goFilesIn(libPkg).length > 0) return this.loadDirPackage(path, libPkg, PkgKind.Std, true);
    if (goStdPackages.has(path)) throw new GoCommandError([`package ${path} is not provided by gots yet`]);
    if (path.split("/")[0].includes(".")) {
      throw new GoCommandError([
        mod !== null
          ? `no required module provides package ${path}; to add it:\n\tgo get ${path}`
          : `no required module provides package ${path}: go.mod file not found in current directory or any parent directory; see 'go help modules'`,
      ]);
    }
    throw new GoCommandError([`package ${path} is not in std`]);
  }

  /** Finds the main module for a root package in `dir` and checks its go version. */
  private setModule(dir: string): void {
    const mod = findModule(dir);
    this.module = mod;
    if (mod === null || mod.goVersion === null) return;
    const minor = Number(/^go1\.(\d+)/.exec(mod.goVersion)?.[1] ?? "0");
    if (minor > maxGoMinor) {
      throw new GoCommandError([`go: ${join(mod.root, "go.mod")} requires go >= 1.${minor} (running gots, ${goRelease} compatible)`]);
    }
  }

  /** The import path a package's directory has in the main module (for internal-package checks). */
  private pathInModule(pkg: LoadedPackage): string {
    const mod = this.module;
    if (pkg.path !== cmdlinePath || mod === null || !isWithin(mod.root, pkg.dir)) return pkg.path;
    return mod.path + toByteString(pkg.dir.slice(mod.root.length).replace(/\\/g, "/"));
  }

  // -------------------------------------------------------------------------
  // The import walk.

  /**
   * Resolves the imports of `root` and everything below it, depth-first in
   * sorted import path order. Returns the packages in build order (each after
   * its imports). Throws GoCommandError listing every load failure.
   */
  walk(root: LoadedPackage): LoadedPackage[] {
    const order: LoadedPackage[] = [];
    const state = new Map<LoadedPackage, 1 | 2>(); // 1: on the stack, 2: done
    const stack: LoadedPackage[] = [];
    const errors: string[] = [];
    const importedAt = new Map<LoadedPackage, string>();
    let cycleReported = false;
    const describe = (p: LoadedPackage, msg: string): string => {
      const at = importedAt.get(p);
      if (p.loadErrorForm === "importpos") return at === undefined ? msg : `${at}: ${msg}`;
      if (p.loadErrorForm === "plain") return msg;
      if (stack.length === 1) return `package ${p.path}: ${msg}`;
      const lines = [`package ${stack[0].path}`];
      for (const q of stack.slice(1, -1)) lines.push(`\timports ${q.path}`);
      lines.push(`\timports ${p.path}: ${msg}`);
      return lines.join("\n");
    };
    const visit = (p: LoadedPackage) => {
      state.set(p, 1);
      stack.push(p);
      if (p.loadError === null) {
        const byPath = new Map<string, HeaderImport & { file: string }>();
        for (const spec of p.importSpecs) if (!byPath.has(spec.path)) byPath.set(spec.path, spec);
        for (const path of [...byPath.keys()].sort()) {
          if (path === "unsafe") continue;
          const spec = byPath.get(path)!;
          const dep = this.resolveImport(path, p, spec);
          p.imports.set(path, dep);
          const st = state.get(dep);
          if (st === undefined) importedAt.set(dep, this.position(spec.file, spec));
          if (st === 1) {
            if (!cycleReported) {
              cycleReported = true;
              const lines = [`package ${stack[0].path}`];
              for (const q of stack.slice(1)) lines.push(`\timports ${q.path}`);
              lines.push(`\timports ${dep.path}: import cycle not allowed`);
              errors.push(lines.join("\n"));
            }
            continue;
          }
          if (st === undefined) visit(dep);
        }
      }
      if (p.loadError !== null) errors.push(describe(p, p.loadError));
      stack.pop();
      state.set(p, 2);
      order.push(p);
    };
    visit(root);
    if (errors.length > 0) throw new GoCommandError(errors);
    return order;
  }

  private position(file: string, at: { line: number; col: number }): string {
    return `${toByteString(shortPath(this.opts.cwd, file))}:${at.line}:${at.col}`;
  }

  /** The package an import path denotes, or an error stub carrying the go command's message. */
  private resolveImport(path: string, from: LoadedPackage, spec: HeaderImport & { file: string }): LoadedPackage {
    const cached = this.cache.get(path) ?? this.stdCache.get(path);
    if (cached !== undefined) return this.checkImportable(cached, path, from, spec);
    const pos = this.position(spec.file, spec);
    const fail = (msg: string) => {
      const stub = this.newPackage(path, PkgKind.Dir, "", [], false);
      stub.loadError = msg;
      this.cache.set(path, stub);
      return stub;
    };
    const mod = this.module;
    if (path === "C") return fail(`${pos}: import "C": cgo is not supported by gots`);
    if (path === "." || path === ".." || path.startsWith("./") || path.startsWith("../")) {
      return fail(`${pos}: "${path}" is relative, but relative import paths are not supported in module mode`);
    }
    if (path.startsWith("/")) return fail(`${pos}: "${path}" is not a package path; see 'go help packages'`);
    if (mod !== null && mod.path !== "" && (path === mod.path || path.startsWith(mod.path + "/"))) {
      const dir = join(mod.root, fromByteString(path.slice(mod.path.length)));
      if (isDir(dir) && this.goFilesIn(dir).length > 0) {
        return this.checkImportable(this.loadDirPackage(path, dir, PkgKind.Dir, false), path, from, spec);
      }
      if (!path.split("/")[0].includes(".")) return fail(`${pos}: package ${path} is not in std`);
      return fail(`${pos}: no required module provides package ${path}; to add it:\n\tgo get ${path}`);
    }
    const lib = this.opts.libDir;
    if (lib !== null) {
      const dir = join(lib, fromByteString(path));
      if (isDir(dir) && this.goFilesIn(dir).length > 0) {
        const pkg = this.loadDirPackage(path, dir, PkgKind.Std, false);
        this.cache.delete(path);
        this.stdCache.set(path, pkg);
        return this.checkImportable(pkg, path, from, spec);
      }
    }
    if (goStdPackages.has(path)) {
      if (isInternal(path) && !from.isStd) {
        return fail(`package ${from.path}\n\t${pos}: use of internal package ${path} not allowed`);
      }
      return fail(`${pos}: package ${path} is not provided by gots yet`);
    }
    if (path.startsWith("vendor/")) return fail(`${pos}: use of vendored package not allowed`);
    const first = path.split("/")[0];
    if (first.includes(".")) {
      if (mod !== null) return fail(`${pos}: no required module provides package ${path}; to add it:\n\tgo get ${path}`);
      return fail(
        `${pos}: no required module provides package ${path}: go.mod file not found in current directory or any parent directory; see 'go help modules'`,
      );
    }
    return fail(`${pos}: package ${path} is not in std`);
  }

  /** Errors that depend on who imports a package that exists: internal packages, main packages. */
  private checkImportable(pkg: LoadedPackage, path: string, from: LoadedPackage, spec: HeaderImport & { file: string }): LoadedPackage {
    if (pkg.loadError !== null) return pkg;
    const pos = this.position(spec.file, spec);
    let msg: string | null = null;
    if (isInternal(path) && !internalAllowed(path, from, this.pathInModule(from))) {
      msg = `package ${from.path}\n\t${pos}: use of internal package ${path} not allowed`;
    } else if (pkg.name === "main" && !pkg.isStd) {
      msg = `${pos}: import "${path}" is a program, not an importable package`;
    }
    if (msg === null) return pkg;
    const stub = this.newPackage(path, pkg.kind, pkg.dir, [], false);
    stub.loadError = msg;
    return stub;
  }

  // -------------------------------------------------------------------------
  // Reading packages.

  /** The .go files of a directory the go command would build, sorted by name. */
  private goFilesIn(dir: string): string[] {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => n.endsWith(".go") && !n.endsWith("_test.go") && !n.startsWith("_") && !n.startsWith("."))
      .filter((n) => !isDir(join(dir, n)))
      .sort();
  }

  private loadDirPackage(path: string, dir: string, kind: PkgKind, isRoot: boolean): LoadedPackage {
    const all = this.goFilesIn(dir);
    const files: string[] = [];
    for (const n of all) {
      if (!this.ctxt.goodOSArchFile(n)) continue;
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(join(dir, n));
      } catch {
        continue;
      }
      if (this.ctxt.shouldBuild(bytes)) files.push(join(dir, n));
    }
    const pkg = this.newPackage(path, kind, dir, files, isRoot);
    if (pkg.loadError === null && files.length === 0 && all.length > 0) {
      pkg.loadError = `build constraints exclude all Go files in ${toByteString(dir)}`;
      pkg.loadErrorForm = "stack";
    }
    this.cache.set(path, pkg);
    return pkg;
  }

  private newPackage(path: string, kind: PkgKind, dir: string, fileNames: string[], isRoot: boolean): LoadedPackage {
    const mod = this.module;
    let goVersion = goRelease;
    if (kind === PkgKind.Dir && mod !== null && mod.goVersion !== null && isWithin(mod.root, dir)) goVersion = mod.goVersion;
    const pkg: LoadedPackage = {
      path,
      name: "",
      kind,
      dir,
      fileNames,
      sources: [],
      importSpecs: [],
      imports: new Map(),
      isRoot,
      isStd: kind === PkgKind.Std,
      goVersion,
      loadError: null,
      loadErrorForm: "plain",
      syntax: null,
      types: null,
      failed: false,
    };
    this.readFiles(pkg);
    return pkg;
  }

  /** Reads the files and their headers; records the first header error as the package's load error. */
  private readFiles(pkg: LoadedPackage): void {
    const cwd = this.opts.cwd;
    const names: { name: string; file: string }[] = [];
    for (const abs of pkg.fileNames) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(abs);
      } catch (e) {
        pkg.loadError ??= `open ${toByteString(abs)}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : "permission denied"}`;
        continue;
      }
      const h = scanHeader(bytes);
      if (h.error !== null && pkg.loadError === null) {
        const short = toByteString(shortPath(cwd, abs));
        switch (h.error.kind) {
          case "nul":
            if (pkg.kind === PkgKind.Files) {
              pkg.loadError = `go: reading ${short}: unexpected NUL in input`;
            } else {
              pkg.loadError = `read ${toByteString(abs)}: unexpected NUL in input`;
              pkg.loadErrorForm = "importpos";
            }
            break;
          case "syntax":
            pkg.loadError = `${short}:${h.error.line}:${h.error.col}: ${h.error.msg}`;
            break;
          case "importpath":
            pkg.loadError = `${toByteString(abs)}:${h.error.line}:${h.error.col}: ${h.error.msg}`;
            break;
        }
      }
      if (h.error === null) {
        names.push({ name: h.pkgName, file: basename(abs) });
        for (const imp of h.imports) pkg.importSpecs.push({ ...imp, file: abs });
      }
      pkg.sources.push(this.fset.addFile(toByteString(compileDisplayName(cwd, abs)), bytes));
    }
    if (pkg.loadError !== null) return;
    if (names.length > 0) pkg.name = names[0].name;
    const other = names.find((n) => n.name !== names[0].name);
    if (other !== undefined) {
      pkg.loadError = `found packages ${names[0].name} (${toByteString(names[0].file)}) and ${other.name} (${toByteString(other.file)}) in ${toByteString(pkg.dir)}`;
      pkg.loadErrorForm = "importpos";
    }
  }
}

function isInternal(path: string): boolean {
  return path === "internal" || path.startsWith("internal/") || path.includes("/internal/") || path.endsWith("/internal");
}

/**
 * Go's internal-package rule: only code rooted at the parent of the last
 * "internal" element may import it; std's internal packages only from std.
 */
function internalAllowed(path: string, from: LoadedPackage, fromPath: string): boolean {
  if (from.isStd || goStdPackages.has(path)) return from.isStd;
  const i = path.lastIndexOf("/internal");
  const parent = i < 0 ? "" : path.slice(0, i);
  if (parent === "") return false;
  return fromPath === parent || fromPath.startsWith(parent + "/");
}
