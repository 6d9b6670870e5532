// Declarations (types2's decl.go and validtype.go): declaring objects in
// scopes, checking package-level objects on demand with cycle detection,
// constant, variable, type and function declarations, type parameter
// lists, method sets of declared types, local declarations, and the check
// that a defined type does not contain itself.

import * as ast from "../syntax/ast.js";
import type { Pos } from "../syntax/source.js";
import type { Value } from "./constant.js";
import * as constant from "./constant.js";
import { Checker, DeclInfo } from "./check.js";
import {
  type Type,
  TypeKind,
  Typ,
  BasicKind,
  Named,
  Pointer,
  Signature,
  Interface,
  TypeParam,
  Alias,
  emptyTuple,
  invalidType,
  isValid,
  under,
  unalias,
  asNamed,
} from "./types.js";
import { type Obj, type Scope, Const, TypeName, Var, Func, ObjKind, Color, newNamed, newAlias, newTypeParam } from "./objects.js";
import { isConstType, isTypeParam, identical } from "./predicates.js";
import { packagePrefix } from "./typestring.js";
import { Operand, Mode } from "./operand.js";
import { endPos } from "./resolver.js";
import { typeSetOf } from "./typeset.js";

/** One part of a multi-part error: where, and what. */
export type ErrorPart = [ast.Node | Pos, string];

declare module "./check.js" {
  interface Checker {
    /** Named types already found free of invalid cycles (validType memo). */
    validNamed?: Set<Named>;
    /** Reports an error made of several parts, joined as types2 does ("\n\t" + pos + ": " + msg). */
    errorParts(parts: ErrorPart[]): void;
    /** The "other declaration of x" part of a redeclaration error, if obj has a position. */
    altDecl(obj: Obj): ErrorPart[];
    declare(scope: Scope, id: ast.Name | null, obj: Obj, scopePos: Pos): void;
    addDeclDep(to: Obj): void;
    objDecl(obj: Obj, def: TypeName | null): void;
    validCycle(obj: Obj): boolean;
    cycleError(cycle: Obj[], start: number): void;
    constDecl(obj: Const, typ: ast.Expr | null, init: ast.Expr | null, inherited: boolean): void;
    varDecl(obj: Var, lhs: Var[] | null, typ: ast.Expr | null, init: ast.Expr | null): void;
    typeDecl(obj: TypeName, tdecl: ast.TypeDecl, def: TypeName | null): void;
    collectTypeParams(list: ast.Field[], dst?: { tparams: TypeParam[] }): TypeParam[];
    bound(x: ast.Expr): Type;
    declareTypeParam(name: ast.Name, scopePos: Pos): TypeParam;
    collectMethods(obj: TypeName): void;
    checkFieldUniqueness(base: Named): void;
    funcDecl(obj: Func, decl: DeclInfo): void;
    declStmt(list: ast.Decl[]): void;
    validType(typ: Named): void;
    validType0(typ: Type, nest: Named[], path: Named[]): boolean;
    /** Defined types whose right-hand side is a named type still being declared. */
    pendingUnder?: Named[];
    resolveUnder(named: Named): void;
  }
}

Checker.prototype.errorParts = function (this: Checker, parts: ErrorPart[]): void {
  let msg = parts[0][1];
  for (let i = 1; i < parts.length; i++) {
    const pos = this.atPos(parts[i][0]);
    msg += "\n\t";
    if (pos > 0) msg += this.errors.fset.posString(pos) + ": ";
    msg += parts[i][1];
  }
  this.error(parts[0][0], msg);
};

Checker.prototype.altDecl = function (this: Checker, obj: Obj): ErrorPart[] {
  if (obj.pos > 0) return [[obj.pos, `other declaration of ${obj.name}`]];
  return [];
};

Checker.prototype.declare = function (this: Checker, scope: Scope, id: ast.Name | null, obj: Obj, scopePos: Pos): void {
  if (obj.name !== "_") {
    const alt = scope.insert(obj);
    if (alt !== null) {
      this.errorParts([[obj.pos, `${obj.name} redeclared in this block`], ...this.altDecl(alt)]);
      return;
    }
    obj.scopePos = scopePos;
  }
  if (id !== null) this.recordDef(id, obj);
};

Checker.prototype.addDeclDep = function (this: Checker, to: Obj): void {
  const from = this.env.decl;
  if (from === null) return;
  if (!this.objMap.has(to)) return;
  from.addDep(to);
};

Checker.prototype.objDecl = function (this: Checker, obj: Obj, def: TypeName | null): void {
  if (obj.color === Color.White && obj.type !== null) {
    obj.color = Color.Black;
    return;
  }
  if (obj.color === Color.Black) return;
  if (obj.color !== Color.White) {
    // Grey: obj is being declared; we found a cycle.
    switch (obj.kind) {
      case ObjKind.Const:
      case ObjKind.Var:
        if (!this.validCycle(obj) || obj.type === null) obj.type = invalidType;
        break;
      case ObjKind.TypeName:
        if (!this.validCycle(obj)) obj.type = invalidType;
        break;
      case ObjKind.Func:
        this.validCycle(obj);
        break;
    }
    return;
  }
  const d = this.objMap.get(obj);
  if (d === undefined) {
    // Not a package-level object of this package (cannot happen for valid
    // uses): leave it typed so that checking can go on.
    if (obj.type === null) obj.type = invalidType;
    obj.color = Color.Black;
    return;
  }

  this.objPath.push(obj);
  obj.color = Color.Grey + this.objPath.length - 1;
  const saved = this.env;
  this.env = {
    decl: null,
    scope: d.file,
    pos: 0,
    iota: null,
    errpos: 0,
    inTParamList: false,
    sig: null,
    isPanic: null,
    hasLabel: false,
    hasCallOrRecv: false,
  };
  try {
    switch (obj.kind) {
      case ObjKind.Const:
        this.env.decl = d;
        this.constDecl(obj, d.vtyp, d.init, d.inherited);
        break;
      case ObjKind.Var:
        this.env.decl = d;
        this.varDecl(obj, d.lhs, d.vtyp, d.init);
        break;
      case ObjKind.TypeName:
        this.typeDecl(obj, d.tdecl!, def);
        this.collectMethods(obj);
        break;
      case ObjKind.Func:
        this.funcDecl(obj, d);
        break;
    }
  } finally {
    this.env = saved;
    this.objPath.pop()!.color = Color.Black;
  }
};

function isGenericType(t: Type | null): boolean {
  if (t === null) return false;
  const n = unalias(t);
  return n.kind === TypeKind.Named && n.tparams.length > 0 && n.targs.length === 0;
}

Checker.prototype.validCycle = function (this: Checker, obj: Obj): boolean {
  const start = obj.color - Color.Grey;
  const cycle = this.objPath.slice(start);
  let tparCycle = false;
  let nval = 0;
  let ndef = 0;
  for (const o of cycle) {
    if (o.kind === ObjKind.Const || o.kind === ObjKind.Var) {
      nval++;
    } else if (o.kind === ObjKind.TypeName) {
      if (this.env.inTParamList && isGenericType(o.type)) {
        tparCycle = true;
        break;
      }
      if (!o.isAlias()) ndef++;
    }
  }
  if (!tparCycle) {
    if (nval === cycle.length) return true;
    if (nval === 0 && ndef > 0) return true;
  }
  this.cycleError(cycle, firstInSrc(cycle));
  return false;
};

function firstInSrc(path: Obj[]): number {
  let fst = 0;
  let pos = path[0].pos;
  for (let i = 1; i < path.length; i++) {
    if (path[i].pos < pos) {
      fst = i;
      pos = path[i].pos;
    }
  }
  return fst;
}

Checker.prototype.cycleError = function (this: Checker, cycle: Obj[], start: number): void {
  const name = (o: Obj) => packagePrefix(o.pkg, this.qualifier) + o.name;
  let obj = cycle[start];
  let objName = name(obj);
  const isType = obj.kind === ObjKind.TypeName;
  if (cycle.length === 1) {
    if (isType) this.error(obj.pos, `invalid recursive type: ${objName} refers to itself`);
    else this.error(obj.pos, `invalid cycle in declaration: ${objName} refers to itself`);
    return;
  }
  const parts: ErrorPart[] = [[obj.pos, isType ? `invalid recursive type ${objName}` : `invalid cycle in declaration of ${objName}`]];
  let i = start;
  for (let k = 0; k < cycle.length; k++) {
    parts.push([obj.pos, `${objName} refers to`]);
    i++;
    if (i >= cycle.length) i = 0;
    obj = cycle[i];
    objName = name(obj);
  }
  parts.push([obj.pos, objName]);
  this.errorParts(parts);
};

Checker.prototype.constDecl = function (this: Checker, obj: Const, typ: ast.Expr | null, init: ast.Expr | null, inherited: boolean): void {
  const savedIota = this.env.iota;
  const savedErrpos = this.env.errpos;
  this.env.iota = obj.val;
  this.env.errpos = 0;
  try {
    obj.val = constant.unknown;
    if (typ !== null) {
      const t = this.typ(typ);
      if (!isConstType(t)) {
        if (isValid(under(t))) this.error(typ, `invalid constant type ${this.typeStr(t)}`);
        obj.type = invalidType;
        return;
      }
      obj.type = t;
    }
    const x = new Operand();
    if (init !== null) {
      if (inherited) this.env.errpos = obj.pos;
      this.expr(x, init);
    }
    this.initConst(obj, x);
  } finally {
    this.env.iota = savedIota;
    this.env.errpos = savedErrpos;
  }
};

Checker.prototype.varDecl = function (this: Checker, obj: Var, lhs: Var[] | null, typ: ast.Expr | null, init: ast.Expr | null): void {
  if (typ !== null) obj.type = this.varType(typ);
  if (this.conf.ignoreFuncBodies && init !== null && (lhs === null || lhs.length === 1)) {
    // API only: the variable's type is all importers see. Skip checking an
    // initializer whose type is evident (a typed declaration, or a composite
    // literal of a named type such as the library's large tables).
    if (typ !== null) return;
    const litType = evidentLiteralType(init);
    if (litType !== null) {
      const t = this.typ(litType.type);
      obj.type = litType.pointer ? new Pointer(t) : t;
      return;
    }
  }
  if (init === null) {
    if (typ === null) obj.type = invalidType;
    return;
  }
  if (lhs === null || lhs.length === 1) {
    const x = new Operand();
    this.expr(x, init, obj.type ?? undefined);
    this.initVar(obj, x, "variable declaration");
    return;
  }
  if (typ !== null) for (const v of lhs) v.type = obj.type;
  this.initVars(lhs, [init], null);
};

/** types2's setDefType: gives the type being defined (def) its right-hand side early, for recursive references. */
export function setDefType(def: TypeName | null, typ: Type): void {
  if (def === null) return;
  const t = def.type;
  if (t === null) return;
  if (t.kind === TypeKind.Alias) {
    t.fromRHS = typ;
  } else if (t.kind === TypeKind.Named) {
    t.underlying = underOrNull(typ);
  }
}

/** The underlying type of t, or null while t is a named type whose declaration is still being checked. */
function underOrNull(t: Type): Type | null {
  const u = unalias(t);
  if (u.kind === TypeKind.Named) return u.underlying;
  return u;
}

Checker.prototype.typeDecl = function (this: Checker, obj: TypeName, tdecl: ast.TypeDecl, def: TypeName | null): void {
  let versionErr = false;
  this.later(() => {
    const t = obj.type !== null ? asNamed(obj.type) : null;
    if (t !== null) this.validType(t);
  });
  const tparam0 = tdecl.tParamList !== null && tdecl.tParamList.length > 0 ? tdecl.tParamList[0] : null;

  if (tdecl.alias) {
    if (tparam0 !== null && !this.allowVersion(23)) {
      this.versionError(tparam0, "go1.23", "generic type alias");
      versionErr = true;
    }
    if (!versionErr && !this.allowVersion(9)) {
      this.versionError(tdecl, "go1.9", "type alias");
      versionErr = true;
    }
    const alias = new Alias(obj);
    alias.fromRHS = invalidType;
    if (obj.type === null) obj.type = alias;
    setDefType(def, alias);
    let scoped = false;
    if (tparam0 !== null) {
      if (!versionErr) this.error(tdecl, "generic type alias requires GOEXPERIMENT=aliastypeparams");
      this.openScope(tdecl, "type parameters");
      scoped = true;
      this.collectTypeParams(tdecl.tParamList!);
    }
    try {
      const rhs = this.definedType(tdecl.type, obj);
      alias.fromRHS = rhs;
    } finally {
      if (scoped) this.closeScope();
    }
    return;
  }

  if (tparam0 !== null && !this.allowVersion(18)) {
    this.versionError(tparam0, "go1.18", "type parameter");
    versionErr = true;
  }
  const named = newNamed(obj, null);
  if (obj.type !== named) obj.type = named;
  setDefType(def, named);
  let scoped = false;
  try {
    if (tdecl.tParamList !== null) {
      this.openScope(tdecl, "type parameters");
      scoped = true;
      this.collectTypeParams(tdecl.tParamList, named);
    }
    const rhs = this.definedType(tdecl.type, obj);
    named.fromRHS = rhs;
    this.resolveUnder(named);
    if (isTypeParam(rhs)) {
      this.error(tdecl.type, "cannot use a type parameter as RHS in type declaration");
      named.underlying = invalidType;
    }
  } finally {
    if (scoped) this.closeScope();
  }
};

/**
 * Sets the underlying type of a defined type from its right-hand side
 * (types2's Named.under): follows right-hand sides through other defined
 * types, reporting a cycle among them. If the chain ends at a type still
 * being declared, the type waits in pendingUnder until that one is done.
 */
Checker.prototype.resolveUnder = function (this: Checker, named: Named): void {
  const seen: Named[] = [];
  let cur = named;
  let u: Type | null = null;
  for (;;) {
    seen.push(cur);
    const rhs = cur.fromRHS;
    if (rhs === null) break;
    const r = unalias(rhs);
    if (r.kind !== TypeKind.Named) {
      u = r.kind === TypeKind.TypeParam ? invalidType : r;
      break;
    }
    if (r.underlying !== null) {
      u = r.underlying;
      break;
    }
    const i = seen.indexOf(r);
    if (i >= 0) {
      const path = seen.slice(i).map((n) => n.obj as Obj);
      this.cycleError(path, firstInSrc(path));
      u = invalidType;
      break;
    }
    cur = r;
  }
  if (u === null) {
    (this.pendingUnder ??= []).push(named);
    return;
  }
  for (const n of seen) if (n.underlying === null) n.underlying = u;
  named.underlying = u;
  const pending = this.pendingUnder;
  if (pending !== undefined && pending.length > 0) {
    this.pendingUnder = [];
    for (const n of pending) if (n.underlying === null) this.resolveUnder(n);
  }
};

Checker.prototype.collectTypeParams = function (this: Checker, list: ast.Field[], dst?: { tparams: TypeParam[] }): TypeParam[] {
  const tparams: TypeParam[] = [];
  if (list.length > 0) {
    const scopePos = list[0].pos;
    for (const f of list) tparams.push(this.declareTypeParam(f.name!, scopePos));
  }
  // The type is generic from here on, also for its own constraints
  // (a reference to it there is a cycle through the type parameter list).
  if (dst !== undefined) dst.tparams = tparams;
  const saved = this.env.inTParamList;
  this.env.inTParamList = true;
  try {
    let bound: Type = invalidType;
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      if (i === 0 || f.type !== list[i - 1].type) {
        bound = this.bound(f.type);
        if (isTypeParam(bound)) {
          this.error(f.type, "cannot use a type parameter as constraint");
          bound = invalidType;
        }
      }
      tparams[i].bound = bound;
      tparams[i].index = i;
    }
  } finally {
    this.env.inTParamList = saved;
  }
  return tparams;
};

Checker.prototype.bound = function (this: Checker, x: ast.Expr): Type {
  if (x.kind === "Operation" && (x.op === ast.Operator.Tilde || x.op === ast.Operator.Or)) {
    const it: ast.InterfaceType = { kind: "InterfaceType", pos: x.pos, methodList: [{ kind: "Field", pos: x.pos, name: null, type: x }] };
    // A synthetic literal: not part of the source for the anonymous cycle check.
    const depth = this.ifaceDepth ?? 0;
    this.ifaceDepth = depth + 1;
    let t: Type;
    try {
      t = this.typ(it);
    } finally {
      this.ifaceDepth = depth;
    }
    if (t.kind === TypeKind.Interface) t.implicit = true;
    return t;
  }
  return this.typ(x);
};

Checker.prototype.declareTypeParam = function (this: Checker, name: ast.Name, scopePos: Pos): TypeParam {
  const tname = new TypeName(name.pos, this.pkg, name.value, null);
  const tpar = newTypeParam(tname, 0, invalidType);
  this.declare(this.env.scope!, name, tname, scopePos);
  return tpar;
};

Checker.prototype.collectMethods = function (this: Checker, obj: TypeName): void {
  const methods = this.methods.get(obj);
  if (methods === undefined) return;
  this.methods.delete(obj);
  const mset = new Map<string, Obj>();
  const base = obj.type !== null ? asNamed(obj.type) : null;
  if (base !== null) {
    this.later(() => this.checkFieldUniqueness(base));
    for (const m of base.methods) mset.set(m.id(), m);
  }
  for (const m of methods) {
    const alt = mset.get(m.id());
    if (alt !== undefined) {
      if (alt.pos > 0) this.error(m.pos, `method ${obj.name}.${m.name} already declared at ${this.errors.fset.posString(alt.pos)}`);
      else this.error(m.pos, `method ${obj.name}.${m.name} already declared`);
      continue;
    }
    mset.set(m.id(), m);
    if (base !== null) base.methods.push(m);
  }
};

Checker.prototype.checkFieldUniqueness = function (this: Checker, base: Named): void {
  const t = base.underlying;
  if (t === null || t.kind !== TypeKind.Struct) return;
  const mset = new Map<string, Func>();
  for (const m of base.methods) mset.set(m.id(), m);
  for (const fld of t.fields) {
    if (fld.name === "_") continue;
    const alt = mset.get(fld.id());
    if (alt !== undefined) {
      this.errorParts([[alt.pos, `field and method with the same name ${fld.name}`], ...this.altDecl(fld)]);
    }
  }
};

Checker.prototype.funcDecl = function (this: Checker, obj: Func, decl: DeclInfo): void {
  const sig = new Signature(null, emptyTuple, emptyTuple, false);
  obj.type = sig;
  const saved = obj.color;
  obj.color = Color.Black;
  const fdecl = decl.fdecl!;
  this.funcType(sig, fdecl.recv, fdecl.tParamList, fdecl.type);
  obj.color = saved;
  if (sig.scope !== null) {
    const s = sig.scope as { pos: Pos; end: Pos };
    s.pos = fdecl.pos;
    s.end = endPos(fdecl);
  }
  if (fdecl.tParamList !== null && fdecl.tParamList.length > 0 && fdecl.body === null) {
    this.softError(fdecl, "generic function is missing function body");
  }
  if (fdecl.body !== null && !this.conf.ignoreFuncBodies) {
    const body = fdecl.body;
    this.later(() => this.funcBody(decl, obj.name, sig, body, null));
  }
};

Checker.prototype.declStmt = function (this: Checker, list: ast.Decl[]): void {
  const pkg = this.pkg;
  let first = -1;
  let last: ast.ConstDecl | null = null;
  for (let index = 0; index < list.length; index++) {
    const s = list[index];
    if (s.kind !== "ConstDecl") first = -1;
    switch (s.kind) {
      case "ConstDecl": {
        const top = this.delayed.length;
        if (first < 0 || s.group === null || (list[index - 1] as ast.ConstDecl).group !== s.group) {
          first = index;
          last = null;
        }
        const iota: Value = constant.makeInt64(index - first);
        let inherited = true;
        if (s.type !== null || s.values !== null) {
          last = s;
          inherited = false;
        } else if (last === null) {
          last = { kind: "ConstDecl", pos: s.pos, group: null, pragma: null, nameList: [], type: null, values: null };
          inherited = false;
        }
        const lhs: Const[] = [];
        const values = ast.unpackList(last.values);
        for (let i = 0; i < s.nameList.length; i++) {
          const name = s.nameList[i];
          const obj = new Const(name.pos, pkg, name.value, null, iota);
          lhs.push(obj);
          const init = i < values.length ? values[i] : null;
          this.constDecl(obj, last.type, init, inherited);
        }
        this.arity(s.pos, s.nameList, values, true, inherited);
        this.processDelayed(top);
        const scopePos = endPos(s);
        for (let i = 0; i < s.nameList.length; i++) this.declare(this.env.scope!, s.nameList[i], lhs[i], scopePos);
        break;
      }
      case "VarDecl": {
        const top = this.delayed.length;
        const lhs0: Var[] = s.nameList.map((name) => new Var(name.pos, pkg, name.value, null));
        const values = ast.unpackList(s.values);
        for (let i = 0; i < lhs0.length; i++) {
          const obj = lhs0[i];
          let lhs: Var[] | null = null;
          let init: ast.Expr | null = null;
          if (values.length === s.nameList.length) {
            init = values[i];
          } else if (values.length === 1) {
            lhs = lhs0;
            init = values[0];
          } else if (i < values.length) {
            init = values[i];
          }
          this.varDecl(obj, lhs, s.type, init);
          if (values.length === 1) break;
        }
        // Variables of a failed n:1 declaration may not have received a type.
        for (const v of lhs0) if (v.type === null) v.type = invalidType;
        if (s.type === null || values.length > 0) this.arity(s.pos, s.nameList, values, false, false);
        this.processDelayed(top);
        const scopePos = endPos(s);
        for (let i = 0; i < s.nameList.length; i++) this.declare(this.env.scope!, s.nameList[i], lhs0[i], scopePos);
        break;
      }
      case "TypeDecl": {
        const obj = new TypeName(s.name.pos, pkg, s.name.value, null);
        const scopePos = s.name.pos;
        this.declare(this.env.scope!, s.name, obj, scopePos);
        this.objPath.push(obj);
        obj.color = Color.Grey + this.objPath.length - 1;
        try {
          this.typeDecl(obj, s, null);
        } finally {
          this.objPath.pop()!.color = Color.Black;
        }
        break;
      }
      default:
        this.error(s, "invalid syntax tree: unknown syntax.Decl node");
    }
  }
};

Checker.prototype.validType = function (this: Checker, typ: Named): void {
  this.validType0(typ, [], []);
};

Checker.prototype.validType0 = function (this: Checker, typ: Type, nest: Named[], path: Named[]): boolean {
  const t = unalias(typ);
  switch (t.kind) {
    case TypeKind.Array:
      return this.validType0(t.elem, nest, path);
    case TypeKind.Struct:
      for (const f of t.fields) if (!this.validType0(f.type!, nest, path)) return false;
      break;
    case TypeKind.Union:
      for (const term of t.terms) if (!this.validType0(term.type, nest, path)) return false;
      break;
    case TypeKind.Interface:
      for (const e of t.embeddeds) if (!this.validType0(e, nest, path)) return false;
      break;
    case TypeKind.Named: {
      if (this.validNamed?.has(t)) return true;
      if (t.underlying === null || !isValid(t.underlying)) return false;
      for (const e of nest) {
        if (e === t || identical(e, t)) {
          t.underlying = invalidType;
          t.orig.underlying = invalidType;
          for (let start = 0; start < path.length; start++) {
            if (path[start] === t || identical(path[start], t)) {
              this.cycleError(path.slice(start).map((n) => n.obj), 0);
              return false;
            }
          }
          return false;
        }
      }
      const rhs = t.orig.fromRHS;
      if (rhs !== null) {
        nest.push(t);
        path.push(t);
        const ok = this.validType0(rhs, nest, path);
        nest.pop();
        path.pop();
        if (!ok) return false;
      }
      if (t.targs.length === 0 && t.tparams.length === 0) (this.validNamed ??= new Set()).add(t);
      break;
    }
    case TypeKind.TypeParam: {
      const d = nest.length - 1;
      if (d >= 0) {
        const inst = nest[d];
        const tps = inst.orig.tparams;
        for (let i = 0; i < tps.length; i++) {
          if (t === tps[i] && i < inst.targs.length) {
            const saved = nest.pop()!;
            const res = this.validType0(inst.targs[i], nest, path);
            nest.push(saved);
            return res;
          }
        }
      }
      break;
    }
  }
  return true;
};

/** T for `T{...}` and `&T{...}` when T does not take its length from the elements ([...]E). */
function evidentLiteralType(e: ast.Expr): { type: ast.Expr; pointer: boolean } | null {
  let pointer = false;
  if (e.kind === "Operation" && e.op === ast.Operator.And && e.y === null) {
    pointer = true;
    e = ast.unparen(e.x);
  }
  if (e.kind !== "CompositeLit" || e.type === null) return null;
  if (e.type.kind === "ArrayType" && e.type.len === null) return null;
  return { type: e.type, pointer };
}
