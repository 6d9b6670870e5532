// Named language entities (types2's object.go, scope.go, package.go):
// packages, scopes, and the objects that names denote: package names,
// constants, type names, variables (incl. fields and parameters),
// functions (incl. methods), labels, builtins and nil.

import type { Pos } from "../syntax/source.js";
import type { Value } from "./constant.js";
import { type Type, type Signature, Named, TypeKind, Alias, TypeParam, unalias } from "./types.js";

// ---------------------------------------------------------------------------
// Packages.

export class Package {
  readonly scope: Scope;
  imports: Package[] = [];
  /** Set when the package was checked fully and without errors. */
  complete = false;
  /** Part of gots' standard library (src/lib): allows bodiless functions. */
  isStd = false;
  constructor(
    readonly path: string,
    public name: string,
  ) {
    this.scope = new Scope(universeScopeRef.scope, 0, 0, `package ${path}`);
  }
}

/** Set by universe.ts; lets Package scopes hang off the universe without an import cycle. */
export const universeScopeRef: { scope: Scope | null } = { scope: null };

// ---------------------------------------------------------------------------
// Scopes.

export class Scope {
  readonly elems = new Map<string, Obj>();
  readonly children: Scope[] = [];
  /** A function's outermost scope (parameters). */
  isFunc = false;
  constructor(
    readonly parent: Scope | null,
    readonly pos: Pos,
    public end: Pos,
    readonly comment: string,
  ) {
    if (parent !== null && parent !== universeScopeRef.scope) parent.children.push(this);
  }

  lookup(name: string): Obj | undefined {
    return this.elems.get(name);
  }

  /**
   * Finds name in this scope or its parents. If pos > 0, objects declared
   * later than pos in a local scope are not visible (types2's LookupParent).
   */
  lookupParent(name: string, pos: Pos): [Scope | null, Obj | null] {
    for (let s: Scope | null = this; s !== null; s = s.parent) {
      const obj = s.elems.get(name);
      if (obj !== undefined && (pos === 0 || obj.scopePos <= pos)) return [s, obj];
    }
    return [null, null];
  }

  /** Inserts obj unless an object with that name exists; returns the existing one. */
  insert(obj: Obj): Obj | null {
    const alt = this.elems.get(obj.name);
    if (alt !== undefined) return alt;
    this.elems.set(obj.name, obj);
    if (obj.parent === null) obj.parent = this;
    return null;
  }

  /** Names in sorted order (for deterministic iteration). */
  names(): string[] {
    return [...this.elems.keys()].sort();
  }

  contains(pos: Pos): boolean {
    return this.pos <= pos && pos < this.end;
  }
}

// ---------------------------------------------------------------------------
// Objects.

export const enum ObjKind {
  PkgName,
  Const,
  TypeName,
  Var,
  Func,
  Label,
  Builtin,
  Nil,
}

/** Colors for cycle detection during declaration checking (types2's color). */
export const enum Color {
  White = 0,
  Black = 1,
  Grey = 2, // and above: grey, with the value being the path index + 2
}

abstract class ObjectBase {
  parent: Scope | null = null;
  /** Order in which package-level objects were found (1-based; 0: not package-level). */
  order = 0;
  color: number = Color.White;
  /** Start of the scope in which this object is visible (for local objects). */
  scopePos: Pos = 0;
  constructor(
    public pos: Pos,
    public pkg: Package | null,
    public name: string,
    public type: Type | null,
  ) {}

  exported(): boolean {
    return isExported(this.name);
  }

  /** The object's Id: exported names are unique; others are qualified by package path. */
  id(): string {
    return objId(this.pkg, this.name);
  }
}

export class PkgName extends ObjectBase {
  readonly kind = ObjKind.PkgName as const;
  used = false;
  constructor(
    pos: Pos,
    pkg: Package | null,
    name: string,
    readonly imported: Package,
  ) {
    super(pos, pkg, name, null);
  }
}

export class Const extends ObjectBase {
  readonly kind = ObjKind.Const as const;
  constructor(
    pos: Pos,
    pkg: Package | null,
    name: string,
    type: Type | null,
    public val: Value,
  ) {
    super(pos, pkg, name, type);
  }
}

export class TypeName extends ObjectBase {
  readonly kind = ObjKind.TypeName as const;

  /** type A = T (or a predeclared alias like byte). */
  isAlias(): boolean {
    const t = this.type;
    if (t === null) return false;
    switch (t.kind) {
      case TypeKind.Alias:
        return true;
      case TypeKind.Named:
        return t.obj !== this;
      case TypeKind.TypeParam:
        return t.obj !== this;
      case TypeKind.Basic:
        // Only predeclared basic types have a TypeName whose type is the basic type
        // itself; byte and rune are aliases of uint8 and int32.
        return this.pkg !== null || t.name !== this.name;
      default:
        return true;
    }
  }
}

export class Var extends ObjectBase {
  readonly kind = ObjKind.Var as const;
  used = false;
  /** A struct field. */
  isField = false;
  /** An embedded struct field. */
  embedded = false;
  /** A function parameter or result. */
  isParam = false;
  /** For fields/params of instantiated types: the original object. */
  origin: Var = this;
}

export class Func extends ObjectBase {
  readonly kind = ObjKind.Func as const;
  /** Declared with a pointer receiver (known before the signature is checked). */
  hasPtrRecv = false;
  origin: Func = this;
  /** The declaration has no body (a native when in gots' library). */
  noBody = false;

  signature(): Signature {
    return this.type as Signature;
  }

  /** Full name as printed in messages and tracebacks: pkg.F, pkg.T.M or pkg.(*T).M. */
  fullName(): string {
    return funcFullName(this);
  }
}

export class Label extends ObjectBase {
  readonly kind = ObjKind.Label as const;
  used = false;
}

export const enum BuiltinId {
  Append,
  Cap,
  Clear,
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  Max,
  Min,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
  // package unsafe
  Add,
  Alignof,
  Offsetof,
  Sizeof,
  Slice,
  SliceData,
  String,
  StringData,
  // testing support (not available to programs)
  Assert,
  Trace,
}

export class Builtin extends ObjectBase {
  readonly kind = ObjKind.Builtin as const;
  constructor(
    name: string,
    readonly builtinId: BuiltinId,
    pkg: Package | null = null,
  ) {
    super(0, pkg, name, null);
  }
}

export class Nil extends ObjectBase {
  readonly kind = ObjKind.Nil as const;
}

export type Obj = PkgName | Const | TypeName | Var | Func | Label | Builtin | Nil;

// ---------------------------------------------------------------------------
// Helpers.

export function isExported(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  // Non-ASCII: decode the first rune of the byte string and test Lu.
  const s = Buffer.from(name, "latin1").toString("utf8");
  const r = String.fromCodePoint(s.codePointAt(0) ?? 0);
  return /\p{Lu}/u.test(r);
}

export function objId(pkg: Package | null, name: string): string {
  if (isExported(name)) return name;
  const path = pkg !== null && pkg.path !== "" ? pkg.path : "_";
  return path + "." + name;
}

/** Whether two (pkg, name) pairs denote the same identifier (types2's sameId). */
export function sameId(pkgA: Package | null, nameA: string, pkgB: Package | null, nameB: string): boolean {
  if (nameA !== nameB) return false;
  if (isExported(nameA)) return true;
  if (pkgA === null || pkgB === null) return pkgA === pkgB;
  return pkgA.path === pkgB.path;
}

function funcFullName(f: Func): string {
  const sig = f.type as Signature | null;
  const prefix = f.pkg !== null ? f.pkg.path + "." : "";
  if (sig !== null && sig.recv !== null) {
    let t = unalias(sig.recv.type!);
    let ptr = false;
    if (t.kind === TypeKind.Pointer) {
      ptr = true;
      t = unalias(t.base);
    }
    const tname = t.kind === TypeKind.Named ? t.obj.name : "?";
    return ptr ? `${prefix}(*${tname}).${f.name}` : `${prefix}${tname}.${f.name}`;
  }
  return prefix + f.name;
}

export function newTypeName(pos: Pos, pkg: Package | null, name: string, t: Type | null): TypeName {
  return new TypeName(pos, pkg, name, t);
}

/** Creates a TypeName with a fresh Named type whose underlying type is given. */
export function newNamed(obj: TypeName, underlying: Type | null): Named {
  const n = new Named(obj);
  n.underlying = underlying;
  n.fromRHS = underlying;
  if (obj.type === null) obj.type = n;
  return n;
}

export function newAlias(obj: TypeName, rhs: Type | null): Alias {
  const a = new Alias(obj);
  a.fromRHS = rhs;
  if (obj.type === null) obj.type = a;
  return a;
}

export function newTypeParam(obj: TypeName, index: number, bound: Type): TypeParam {
  const t = new TypeParam(obj, index, bound);
  if (obj.type === null) obj.type = t;
  return t;
}
