// Shared by the runtime tests: type-checking a Go snippet (so tests take
// real types from a package scope), a bump allocator over the arena, and a
// fake code generator that numbers the methods it is asked for.

import { ErrorList } from "../../src/syntax/diag.js";
import { parseFile } from "../../src/syntax/parser.js";
import { FileSet } from "../../src/syntax/source.js";
import { checkPackage } from "../../src/types/index.js";
import { Package, type Func } from "../../src/types/objects.js";
import type { Type } from "../../src/types/types.js";
import { Arena } from "../../src/runtime/mem/arena.js";
import { TypeDescs } from "../../src/codegen/typedesc.js";
import { typeString as checkerTypeString } from "../../src/types/typestring.js";

/** Checks one file of package main (imports are empty stand-ins); throws on errors. */
export function checkGo(src: string): Package {
  const fset = new FileSet();
  const file = fset.addFile("./x.go", new Uint8Array(Buffer.from(src, "utf8")));
  const errors = new ErrorList(fset, true);
  const f = parseFile(file, errors);
  if (errors.count > 0) throw new Error(errors.lines().join("\n"));
  const pkg = checkPackage(f.pkgName.value, [f], {
    errors,
    importer: (path: string) => {
      const p = new Package(path, path.slice(path.lastIndexOf("/") + 1));
      p.complete = true;
      return p;
    },
    isStd: false,
    goVersion: "go1.23",
  });
  if (errors.count > 0) throw new Error(errors.lines().join("\n"));
  return pkg;
}

/** The type of package-level name (a type name, or a variable's type). */
export function typeOf(pkg: Package, name: string): Type {
  const obj = pkg.scope.lookup(name);
  if (obj === undefined || obj.type === null) throw new Error(`no ${name} in package`);
  return obj.type;
}

export function bumpAlloc(arena: Arena): (size: number, noscan: boolean) => number {
  return (size) => arena.alloc(size);
}

export interface MethodCall {
  recv: string;
  method: string;
  code: number;
}

/** TypeDescs over a fresh arena with a fake code generator that records what it was asked. */
export function newDescs(arenaBytes = 1 << 20): { arena: Arena; descs: TypeDescs; calls: MethodCall[] } {
  const arena = new Arena(arenaBytes);
  const calls: MethodCall[] = [];
  let next = 100;
  const descs = new TypeDescs(arena, bumpAlloc(arena), (recv: Type, m: Func) => {
    const code = next++;
    calls.push({ recv: checkerTypeString(recv, (p) => p.name), method: m.name, code });
    return code;
  });
  return { arena, descs, calls };
}
