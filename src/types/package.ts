// Checking one package (types2's check.go: initFiles and checkFiles): the
// package clause checks, then the phases in types2's order: objects,
// package-level declarations, function bodies (delayed actions),
// initialization order, unused imports, and the final types of untyped
// expressions. Also the checks gc makes right after types2: anonymous
// interface cycles, function pragmas and bodiless functions, type sizes.

import { type File, PragmaFlag } from "../syntax/ast.js";
import { type Type, TypeKind, type Interface, unalias } from "./types.js";
import { Checker, type CheckConfig, type Info } from "./check.js";
import { Package, ObjKind } from "./objects.js";
import { unsafePackage } from "./universe.js";
import { typeSetOf } from "./typeset.js";
import { sizeof } from "./sizes.js";

declare module "./objects.js" {
  interface Package {
    /** What checking the package recorded (types of expressions, uses, init order, ...); set by checkPackage. */
    info?: Info;
  }
}

declare module "./check.js" {
  interface Checker {
    initFiles(files: File[]): void;
    checkFiles(files: File[]): void;
    recordUntyped(): void;
    funcPragmas(): void;
    sizeChecks(): void;
    anonymousCycles(): void;
  }
}

export function checkPackage(path: string, files: File[], conf: CheckConfig): Package {
  if (path === "unsafe") return unsafePackage;
  const pkg = new Package(path, "");
  pkg.isStd = conf.isStd;
  const check = new Checker(conf, pkg);
  const before = conf.errors.count;
  pkg.info = check.info;
  check.checkFiles(files);
  pkg.complete = conf.errors.count === before;
  return pkg;
}

Checker.prototype.initFiles = function (this: Checker, files: File[]): void {
  this.files = [];
  const pkg = this.pkg;
  for (const file of files) {
    const name = file.pkgName.value;
    if (pkg.name === "") {
      if (name !== "_") pkg.name = name;
      else this.error(file.pkgName, "invalid package name _");
      this.files.push(file);
    } else if (name === pkg.name) {
      this.files.push(file);
    } else {
      this.error(file, `package ${name}; expected package ${pkg.name}`);
    }
  }
  for (const file of this.files) {
    const m = /^go1\.(\d+)$/.exec(file.goVersion);
    if (m !== null && Number(m[1]) > 23) this.error(file.pkgName, `file requires newer Go version ${file.goVersion}`);
  }
};

Checker.prototype.checkFiles = function (this: Checker, files: File[]): void {
  this.initFiles(files);
  this.collectObjects();
  this.packageObjects();
  this.processDelayed(0);
  this.initOrder();
  this.unusedImports();
  this.recordUntyped();
  if (!this.firstErr) this.anonymousCycles();
  if (!this.firstErr) this.funcPragmas();
  if (!this.firstErr && this.conf.errors.count === 0 && !this.conf.ignoreFuncBodies) this.sizeChecks();
};

/**
 * gc's checks while it lays out types for the back end (types/size.go):
 * arrays larger than the address space and channel elements of 64kB or
 * more, at the declaration being laid out (package-level types, variables
 * and functions in source order, then local variables); like gc, it stops
 * at a struct field larger than the address space.
 */
/** Thrown to end the size checks early (a sentinel, not an Error: no stack to capture). */
const sizeChecksStopped = { stopped: true };

Checker.prototype.sizeChecks = function (this: Checker): void {
  const done = new Set<Type>();
  const maxWidth = 2 ** 50;
  let pos = 0;
  let inStruct = 0;
  const visit = (t: Type): void => {
    if (done.has(t)) return;
    done.add(t);
    switch (t.kind) {
      case TypeKind.Alias:
        visit(unalias(t));
        return;
      case TypeKind.Named:
        if (t.tparams.length > 0 && t.targs.length === 0) return;
        if (t.underlying !== null) visit(t.underlying);
        return;
      case TypeKind.Array: {
        visit(t.elem);
        const es = sizeof(t.elem);
        if (es < 0 || (es !== 0 && t.len > Math.floor((maxWidth - 1) / es))) {
          this.errors.error(pos, `type ${this.typeStr(t)} larger than address space`);
          // gc gives up on the package once a struct field is that large.
          if (inStruct > 0) throw sizeChecksStopped;
        }
        return;
      }
      case TypeKind.Chan: {
        visit(t.elem);
        const es = sizeof(t.elem);
        if (es < 0 || es >= 1 << 16) this.errors.error(pos, "channel element type too large (>64kB)");
        return;
      }
      case TypeKind.Slice:
        visit(t.elem);
        return;
      case TypeKind.Pointer:
        visit(t.base);
        return;
      case TypeKind.Struct:
        inStruct++;
        for (const f of t.fields) visit(f.type!);
        inStruct--;
        return;
      case TypeKind.Signature:
        if (t.tparams.length > 0) return;
        for (const v of t.params.vars) visit(v.type!);
        for (const v of t.results.vars) visit(v.type!);
        return;
    }
  };
  try {
    sizeChecksIn(this, visit, (p) => (pos = p));
  } catch (e) {
    if (e !== sizeChecksStopped) throw e;
  }
};

function sizeChecksIn(check: Checker, visit: (t: Type) => void, at: (pos: number) => void): void {
  const objs = [...check.objMap.keys()].sort((a, b) => a.order - b.order);
  for (const obj of objs) {
    if (obj.type === null) continue;
    if ((obj.kind === ObjKind.TypeName && !obj.isAlias()) || obj.kind === ObjKind.Var || obj.kind === ObjKind.Func) {
      at(obj.pos);
      visit(obj.type);
    }
  }
  for (const obj of check.info.defs.values()) {
    if (obj === null || obj.kind !== ObjKind.Var || obj.isField || obj.isParam || obj.type === null || check.objMap.has(obj)) continue;
    at(obj.pos);
    visit(obj.type);
  }
}

/**
 * gc's check after types2 for interfaces that contain themselves without a
 * defined type in between (noder's cycleFinder), over the outermost
 * interface type literals of the source in source order.
 */
Checker.prototype.anonymousCycles = function (this: Checker): void {
  const list = this.ifaceNodes;
  if (list === undefined) return;
  list.sort((a, b) => a[0].pos - b[0].pos);
  const cyclic = new Map<Interface, boolean>();
  const hasCycle = (t: Interface): boolean => {
    for (const m of typeSetOf(t).methods) if (visit(m.type!)) return true;
    return false;
  };
  const visit = (t0: Type): boolean => {
    for (;;) {
      const t = unalias(t0);
      switch (t.kind) {
        case TypeKind.Pointer:
          t0 = t.base;
          continue;
        case TypeKind.Array:
        case TypeKind.Chan:
        case TypeKind.Slice:
          t0 = t.elem;
          continue;
        case TypeKind.Map:
          if (visit(t.key)) return true;
          t0 = t.elem;
          continue;
        case TypeKind.Struct:
          for (const f of t.fields) if (visit(f.type!)) return true;
          return false;
        case TypeKind.Interface: {
          if (t.methods.length === 0 && t.embeddeds.length === 0) return false;
          const c = cyclic.get(t);
          if (c !== undefined) return c;
          cyclic.set(t, true);
          if (hasCycle(t)) return true;
          cyclic.set(t, false);
          return false;
        }
        case TypeKind.Signature:
          return visit(t.params) || visit(t.results);
        case TypeKind.Tuple:
          for (const v of t.vars) if (visit(v.type!)) return true;
          return false;
        default:
          return false;
      }
    }
  };
  for (const [node, t] of list) {
    if (hasCycle(t)) {
      this.errors.error(node.pos, "invalid recursive type: anonymous interface refers to itself (see https://go.dev/issue/56103)");
      for (const k of cyclic.keys()) cyclic.set(k, false);
    }
  }
};

Checker.prototype.recordUntyped = function (this: Checker): void {
  for (const [x, info] of this.untyped) this.recordTypeAndValue(x, info.mode, info.typ, info.val);
};

/**
 * gc's checks of function declarations once type checking succeeded
 * (noder's funcExt): pragma combinations, and bodiless functions, which
 * are errors with -complete (the go command passes it for packages
 * without non-Go files) unless a //go:linkname names them.
 */
Checker.prototype.funcPragmas = function (this: Checker): void {
  const complete = this.conf.complete === true;
  for (const [obj, d] of this.objMap) {
    const decl = d.fdecl;
    if (obj.kind !== ObjKind.Func || decl === null) continue;
    const flags = decl.pragma?.flags ?? 0;
    if ((flags & PragmaFlag.Systemstack) !== 0 && (flags & PragmaFlag.Nosplit) !== 0) {
      this.errors.error(decl.pos, "go:nosplit and go:systemstack cannot be combined");
    }
    if (decl.body !== null) {
      if ((flags & PragmaFlag.Noescape) !== 0) this.errors.error(decl.pos, "can only use //go:noescape with external func implementations");
      if ((flags & PragmaFlag.Uintptrkeepalive) !== 0 && (flags & PragmaFlag.Uintptrescapes) === 0 && (flags & PragmaFlag.Nosplit) === 0) {
        this.errors.error(decl.pos, "go:uintptrkeepalive requires go:nosplit");
      }
    } else if ((complete || obj.name === "init") && !hasLinkname(this.files, obj.name)) {
      this.errors.error(decl.pos, "missing function body");
    }
  }
};

function hasLinkname(files: File[], name: string): boolean {
  for (const f of files) {
    for (const d of f.declList) {
      const p = d.pragma;
      if (p === null) continue;
      for (const dir of p.directives) {
        const fields = dir.split(/\s+/);
        if (fields[0] === "go:linkname" && fields[1] === name) return true;
      }
    }
  }
  return false;
}
