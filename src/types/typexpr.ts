// Type expressions (types2's typexpr.go, struct.go, interface.go,
// union.go, signature.go): identifier resolution for expressions and types,
// every kind of type literal, array lengths, struct fields and embedded
// fields, interfaces with methods and type elements, function signatures
// with receivers and parameters, and type parameter lists.

import * as ast from "../syntax/ast.js";
import type { Pos } from "../syntax/source.js";
import { nodeString } from "../syntax/printer.js";
import * as constant from "./constant.js";
import { Checker } from "./check.js";
import {
  type Type,
  TypeKind,
  Typ,
  BasicKind,
  Array as ArrayT,
  Slice,
  Pointer,
  Struct,
  Tuple,
  Signature,
  Interface,
  MapType,
  Chan,
  ChanDirection,
  Union,
  Term,
  Named,
  TypeParam,
  invalidType,
  isValid,
  under,
  unalias,
  asNamed,
} from "./types.js";
import { type Obj, type Scope, Scope as ScopeClass, TypeName, Var, Func, ObjKind, isExported } from "./objects.js";
import { isTypeParam, isUntyped, isInteger, identical, comparable, isInterface } from "./predicates.js";
import { typeSetOf } from "./typeset.js";
import { deref } from "./lookup.js";
import { Operand, Mode, operandString } from "./operand.js";
import { universeIota, comparableType } from "./universe.js";
import { setDefType, type ErrorPart } from "./decl.js";
import { endPos } from "./resolver.js";
import { instantiateNamed } from "./subst.js";

declare module "./check.js" {
  interface Checker {
    /** Receiver type parameters written as _ (they cannot be looked up by name). */
    recvTParamMap?: Map<ast.Name, TypeParam>;
    /** Outermost interface type literals with their types (for the anonymous cycle check). */
    ifaceNodes?: [ast.InterfaceType, Interface][];
    /** Nesting depth of interface type literals being checked. */
    ifaceDepth?: number;
    lookup(name: string): Obj | null;
    ident(x: Operand, e: ast.Name, def: TypeName | null, wantType: boolean): void;
    typ(e: ast.Expr): Type;
    varType(e: ast.Expr): Type;
    validVarType(e: ast.Expr, typ: Type): void;
    definedType(e: ast.Expr, def: TypeName | null): Type;
    genericType(e: ast.Expr, cause: { msg: string } | null): Type;
    typInternal(e: ast.Expr, def: TypeName | null): Type;
    instantiatedType(x: ast.Expr, xlist: ast.Expr[], def: TypeName | null): Type;
    arrayLength(e: ast.Expr): number;
    typeList(list: ast.Expr[]): Type[] | null;
    structType(styp: Struct, e: ast.StructType): Struct;
    tag(t: ast.BasicLit | null): string;
    interfaceType(ityp: Interface, iface: ast.InterfaceType, def: TypeName | null): void;
    computeInterfaceTypeSet(pos: Pos, ityp: Interface): void;
    parseUnion(uexpr: ast.Expr): Type;
    funcType(sig: Signature, recvPar: ast.Field | null, tparams: ast.Field[] | null, ftyp: ast.FuncType): void;
    collectParams(scope: Scope, list: ast.Field[], variadicOk: boolean, scopePos: Pos): { params: Var[]; variadic: boolean };
  }
}

function isGeneric(t: Type): boolean {
  const n = unalias(t);
  return n.kind === TypeKind.Named && n.tparams.length > 0 && n.targs.length === 0;
}

Checker.prototype.lookup = function (this: Checker, name: string): Obj | null {
  return this.env.scope!.lookupParent(name, this.env.pos)[1];
};

Checker.prototype.ident = function (this: Checker, x: Operand, e: ast.Name, def: TypeName | null, wantType: boolean): void {
  x.mode = Mode.Invalid;
  x.expr = e;
  // Scope.lookupParent without its result pair (this is the hottest lookup);
  // env.pos is always 0 as in types2, so declaration order is not consulted.
  const name = e.value;
  let scope = this.env.scope;
  let found: Obj | undefined;
  for (; scope !== null; scope = scope.parent) {
    found = scope.elems.get(name);
    if (found !== undefined) break;
  }
  const obj = found ?? null;
  if (obj === null) {
    if (e.value === "_") {
      const tpar = this.recvTParamMap?.get(e);
      if (tpar !== undefined) {
        x.mode = Mode.TypExpr;
        x.type = tpar;
      } else {
        this.error(e, "cannot use _ as value or type");
      }
    } else {
      this.error(e, `undefined: ${e.value}`);
    }
    return;
  }
  if (obj.pkg === null && (obj.type === comparableType || obj.name === "any") && obj.kind === ObjKind.TypeName && !this.allowVersion(18)) {
    this.versionError(e, "go1.18", `predeclared ${e.value}`);
    return;
  }
  this.recordUse(e, obj);

  const gotType = obj.kind === ObjKind.TypeName;
  if (!gotType && wantType) {
    this.error(e, `${obj.name} is not a type`);
    if (obj.kind === ObjKind.Var && obj.pkg === this.pkg) obj.used = true;
    return;
  }
  let typ = obj.type;
  if ((typ === null && obj.kind !== ObjKind.PkgName) || (gotType && wantType)) {
    this.objDecl(obj, def);
    typ = obj.type;
  }
  if (scope !== null && this.dotImports !== undefined) {
    const pkgName = this.dotImports.get(scope)?.get(obj.name);
    if (pkgName !== undefined) pkgName.used = true;
  }
  switch (obj.kind) {
    case ObjKind.PkgName:
      this.error(e, `use of package ${obj.name} not in selector`);
      return;
    case ObjKind.Const:
      this.addDeclDep(obj);
      if (!isValid(typ)) return;
      if (obj === universeIota) {
        if (this.env.iota === null) {
          this.error(e, "cannot use iota outside constant declaration");
          return;
        }
        x.val = this.env.iota;
      } else {
        x.val = obj.val;
      }
      x.mode = Mode.Constant;
      break;
    case ObjKind.TypeName:
      x.mode = Mode.TypExpr;
      break;
    case ObjKind.Var:
      if (obj.pkg === this.pkg) obj.used = true;
      this.addDeclDep(obj);
      if (!isValid(typ)) return;
      x.mode = Mode.Variable;
      break;
    case ObjKind.Func:
      this.addDeclDep(obj);
      x.mode = Mode.Value;
      break;
    case ObjKind.Builtin:
      x.id = obj.builtinId;
      x.mode = Mode.Builtin;
      break;
    case ObjKind.Nil:
      x.mode = Mode.NilValue;
      break;
    default:
      return;
  }
  x.type = typ ?? invalidType;
};

Checker.prototype.typ = function (this: Checker, e: ast.Expr): Type {
  return this.definedType(e, null);
};

Checker.prototype.varType = function (this: Checker, e: ast.Expr): Type {
  const typ = this.definedType(e, null);
  this.validVarType(e, typ);
  return typ;
};

Checker.prototype.validVarType = function (this: Checker, e: ast.Expr, typ: Type): void {
  if (isTypeParam(typ)) return;
  // Only interfaces can be constraint interfaces; avoid queueing work for other types.
  const u0 = unalias(typ);
  if (u0.kind !== TypeKind.Interface && u0.kind !== TypeKind.Named) return;
  this.later(() => {
    const t = under(typ);
    if (t.kind !== TypeKind.Interface) return;
    const pos = ast.startPos(e);
    this.computeInterfaceTypeSet(pos, t);
    const tset = typeSetOf(t);
    if (tset.terms !== null || tset.comparable) {
      if (tset.comparable && tset.terms === null) {
        this.softError(pos, `cannot use type ${this.typeStr(typ)} outside a type constraint: interface is (or embeds) comparable`);
      } else {
        this.softError(pos, `cannot use type ${this.typeStr(typ)} outside a type constraint: interface contains type constraints`);
      }
    }
  });
};

Checker.prototype.definedType = function (this: Checker, e: ast.Expr, def: TypeName | null): Type {
  let typ = this.typInternal(e, def);
  if (isGeneric(typ)) {
    this.error(e, `cannot use generic type ${this.typeStr(typ)} without instantiation`);
    typ = invalidType;
  }
  this.recordTypeAndValue(e, Mode.TypExpr, typ, null);
  return typ;
};

Checker.prototype.genericType = function (this: Checker, e: ast.Expr, cause: { msg: string } | null): Type {
  let typ = this.typInternal(e, null);
  if (isValid(typ) && !isGeneric(typ)) {
    if (cause !== null) cause.msg = `${this.typeStr(typ)} is not a generic type`;
    typ = invalidType;
  }
  this.recordTypeAndValue(e, Mode.TypExpr, typ, null);
  return typ;
};

Checker.prototype.typInternal = function (this: Checker, e0: ast.Expr, def: TypeName | null): Type {
  const e = e0;
  switch (e.kind) {
    case "BadExpr":
      break;
    case "Name":
    case "SelectorExpr": {
      const x = new Operand();
      if (e.kind === "Name") this.ident(x, e, def, true);
      else this.selector(x, e, def, true);
      switch (x.mode) {
        case Mode.TypExpr:
          setDefType(def, x.type);
          return x.type;
        case Mode.Invalid:
          break;
        case Mode.NoValue:
          this.error(x, `${operandString(x, this.qualifier)} used as type`);
          break;
        default:
          this.error(x, `${operandString(x, this.qualifier)} is not a type`);
      }
      break;
    }
    case "IndexExpr":
      if (!this.allowVersion(18)) this.versionError(e, "go1.18", "type instantiation");
      return this.instantiatedType(e.x, ast.unpackList(e.index), def);
    case "ParenExpr":
      return this.definedType(e.x, def);
    case "ArrayType": {
      const arr = new ArrayT(invalidType, -1);
      setDefType(def, arr);
      let len: number;
      if (e.len !== null) {
        len = this.arrayLength(e.len);
      } else {
        this.error(e, "invalid use of [...] array (outside a composite literal)");
        len = -1;
      }
      const elem = this.varType(e.elem);
      (arr as { len: number }).len = len;
      (arr as { elem: Type }).elem = elem;
      if (len >= 0) return arr;
      break;
    }
    case "SliceType": {
      const sl = new Slice(invalidType);
      setDefType(def, sl);
      (sl as { elem: Type }).elem = this.varType(e.elem);
      return sl;
    }
    case "DotsType":
      this.error(e, "invalid use of '...'");
      this.use(e.elem);
      break;
    case "StructType": {
      const st = new Struct([], []);
      setDefType(def, st);
      return this.structType(st, e);
    }
    case "Operation":
      if (e.op === ast.Operator.Mul && e.y === null) {
        const p = new Pointer(invalidType);
        setDefType(def, p);
        const base = this.varType(e.x);
        (p as { base: Type }).base = base;
        if (!isValid(base)) return invalidType;
        return p;
      }
      this.error(e0, `${nodeString(e0)} is not a type`);
      this.use(e0);
      break;
    case "FuncType": {
      const sig = new Signature(null, new Tuple([]), new Tuple([]), false);
      setDefType(def, sig);
      this.funcType(sig, null, null, e);
      return sig;
    }
    case "InterfaceType": {
      const it = new Interface([], []);
      setDefType(def, it);
      const depth = this.ifaceDepth ?? 0;
      if (depth === 0) (this.ifaceNodes ??= []).push([e, it]);
      this.ifaceDepth = depth + 1;
      try {
        this.interfaceType(it, e, def);
      } finally {
        this.ifaceDepth = depth;
      }
      return it;
    }
    case "MapType": {
      const m = new MapType(invalidType, invalidType);
      setDefType(def, m);
      const key = this.varType(e.key);
      const elem = this.varType(e.value);
      (m as { key: Type }).key = key;
      (m as { elem: Type }).elem = elem;
      this.later(() => {
        if (!comparable(key, true)) {
          const why = isTypeParam(key) ? " (missing comparable constraint)" : "";
          this.error(e.key, `invalid map key type ${this.typeStr(key)}${why}`);
        }
      });
      return m;
    }
    case "ChanType": {
      const dir = e.dir === ast.ChanDir.SendOnly ? ChanDirection.SendOnly : e.dir === ast.ChanDir.RecvOnly ? ChanDirection.RecvOnly : ChanDirection.SendRecv;
      const ch = new Chan(dir, invalidType);
      setDefType(def, ch);
      (ch as { elem: Type }).elem = this.varType(e.elem);
      return ch;
    }
    default:
      this.error(e0, `${nodeString(e0)} is not a type`);
      this.use(e0);
  }
  setDefType(def, invalidType);
  return invalidType;
};

Checker.prototype.instantiatedType = function (this: Checker, x: ast.Expr, xlist: ast.Expr[], def: TypeName | null): Type {
  const cause = { msg: "" };
  const gtyp = this.genericType(x, cause);
  if (cause.msg !== "") {
    this.error(x, `invalid operation: ${nodeString(x)}[${xlist.map((e) => nodeString(e)).join(", ")}] (${cause.msg})`);
  }
  let res: Type = invalidType;
  if (isValid(gtyp)) {
    const targs = this.typeList(xlist);
    const orig = asNamed(gtyp);
    if (targs !== null && orig !== null) {
      const own = orig.tparams;
      const want = own.length;
      const got = targs.length;
      if (got !== want) {
        const qual = got < want ? "not enough" : "too many";
        this.error(x.pos, `${qual} type arguments for type ${orig.obj.name}: have ${got}, want ${want}`);
      } else {
        const inst = instantiateNamed(orig, targs, x.pos);
        this.later(() => {
          this.verifyInstance(x.pos, orig.tparams, targs, xlist);
          this.validType(inst);
        });
        res = inst;
      }
    }
  }
  setDefType(def, res);
  return res;
};

Checker.prototype.arrayLength = function (this: Checker, e: ast.Expr): number {
  if (e.kind === "Name") {
    const obj = this.lookup(e.value);
    if (obj === null) {
      this.error(e, `undefined array length ${e.value} or missing type constraint`);
      return -1;
    }
    if (obj.kind !== ObjKind.Const) {
      this.error(e, `invalid array length ${e.value}`);
      return -1;
    }
  }
  const x = new Operand();
  this.expr(x, e);
  if (x.mode !== Mode.Constant) {
    if (x.mode !== Mode.Invalid) this.error(x, `array length ${operandString(x, this.qualifier)} must be constant`);
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    const val = constant.toInt(x.val!);
    if (constant.kind(val) === constant.Kind.Int) {
      const [n, exact] = constant.int64Val(val);
      if (exact && n >= 0n) return Number(n);
    }
  }
  if (isInteger(x.type)) this.error(x, `invalid array length ${operandString(x, this.qualifier)}`);
  else this.error(x, `array length ${operandString(x, this.qualifier)} must be integer`);
  return -1;
};

Checker.prototype.typeList = function (this: Checker, list: ast.Expr[]): Type[] | null {
  let res: Type[] | null = [];
  for (const x of list) {
    const t = this.varType(x);
    if (!isValid(t)) res = null;
    if (res !== null) res.push(t);
  }
  return res;
};

// ---------------------------------------------------------------------------
// Structs.

function embeddedFieldIdent(e: ast.Expr): ast.Name | null {
  switch (e.kind) {
    case "Name":
      return e;
    case "Operation":
      if (e.op === ast.Operator.Mul && e.y === null) {
        const base = e.x;
        if (!(base.kind === "Operation" && base.op === ast.Operator.Mul && base.y === null)) return embeddedFieldIdent(e.x);
      }
      return null;
    case "SelectorExpr":
      return e.sel;
    case "IndexExpr":
      return embeddedFieldIdent(e.x);
  }
  return null;
}

Checker.prototype.structType = function (this: Checker, styp: Struct, e: ast.StructType): Struct {
  const fields = styp.fields;
  let tags: string[] | null = null;
  const fset = new Map<string, Var>();
  let typ: Type = invalidType;
  let tag = "";
  const add = (ident: ast.Name, embedded: boolean, pos: Pos) => {
    if (tag !== "" && tags === null) tags = new Array<string>(fields.length).fill("");
    const name = ident.value;
    const fld = new Var(pos, this.pkg, name, typ);
    fld.isField = true;
    fld.embedded = embedded;
    if (name !== "_") {
      const alt = fset.get(fld.id());
      if (alt !== undefined) {
        this.errorParts([[pos, `${name} redeclared`], ...this.altDecl(alt)]);
        return;
      }
      fset.set(fld.id(), fld);
    }
    if (tags !== null) tags.push(tag);
    fields.push(fld);
    this.recordDef(ident, fld);
  };
  let prev: ast.Expr | null = null;
  for (let i = 0; i < e.fieldList.length; i++) {
    const f = e.fieldList[i];
    if (i === 0 || f.type !== prev) {
      typ = this.varType(f.type);
      prev = f.type;
    }
    tag = "";
    if (i < e.tagList.length) tag = this.tag(e.tagList[i] ?? null);
    if (f.name !== null) {
      add(f.name, false, f.name.pos);
      continue;
    }
    const pos = ast.startPos(f.type);
    const name = embeddedFieldIdent(f.type);
    if (name === null) {
      this.error(pos, `invalid syntax tree: invalid embedded field type ${nodeString(f.type)}`);
      typ = invalidType;
      tag = "";
      add({ kind: "Name", pos, value: "_" }, true, pos);
      continue;
    }
    add(name, true, name.pos);
    const embeddedTyp = typ;
    this.later(() => {
      const [t, isPtr] = deref(embeddedTyp);
      if (isTypeParam(t)) {
        this.error(pos, "embedded field type cannot be a (pointer to a) type parameter");
        return;
      }
      const u = under(t);
      switch (u.kind) {
        case TypeKind.Basic:
          if (!isValid(t)) return;
          if (u.basicKind === BasicKind.UnsafePointer) this.error(pos, "embedded field type cannot be unsafe.Pointer");
          break;
        case TypeKind.Pointer:
          this.error(pos, "embedded field type cannot be a pointer");
          break;
        case TypeKind.Interface:
          if (isPtr) this.error(pos, "embedded field type cannot be a pointer to an interface");
          break;
      }
    });
  }
  if (tags !== null) (styp as { tags: string[] }).tags = tags;
  return styp;
};

Checker.prototype.tag = function (this: Checker, t: ast.BasicLit | null): string {
  if (t !== null && !t.bad) {
    if (t.litKind === ast.LitKind.String) {
      const v = constant.makeFromLiteral(t.value, ast.LitKind.String);
      if (constant.kind(v) === constant.Kind.String) return constant.stringVal(v);
    }
    this.error(t, `invalid syntax tree: incorrect tag syntax: ${JSON.stringify(t.value)}`);
  }
  return "";
};

// ---------------------------------------------------------------------------
// Interfaces and unions.

Checker.prototype.interfaceType = function (this: Checker, ityp: Interface, iface: ast.InterfaceType, def: TypeName | null): void {
  for (const f of iface.methodList) {
    if (f.name === null) {
      ityp.embeddeds.push(this.parseUnion(f.type));
      ityp.embedPos.push(ast.startPos(f.type));
      continue;
    }
    const name = f.name.value;
    if (name === "_") {
      this.error(f.name, "methods must have a unique non-blank name");
      continue;
    }
    const typ = this.typ(f.type);
    if (typ.kind !== TypeKind.Signature) {
      if (isValid(typ)) this.error(f.type, `invalid syntax tree: ${this.typeStr(typ)} is not a method signature`);
      continue;
    }
    const sig = typ;
    let recvTyp: Type = ityp;
    if (def !== null && def.type !== null) {
      const named = asNamed(def.type);
      if (named !== null) recvTyp = named;
    }
    sig.recv = new Var(f.name.pos, this.pkg, "", recvTyp);
    const m = new Func(f.name.pos, this.pkg, name, sig);
    this.recordDef(f.name, m);
    ityp.methods.push(m);
  }
  if (ityp.methods.length === 0 && ityp.embeddeds.length === 0) {
    ityp.tset = { methods: [], terms: null, comparable: false };
    return;
  }
  if (ityp.methods.length > 1) ityp.methods.sort(methodLess);
  this.later(() => this.computeInterfaceTypeSet(iface.pos, ityp));
};

/**
 * Computes an interface's type set (typeset.ts) after reporting what
 * types2's computeInterfaceTypeSet reports: duplicate methods, explicit or
 * through embedding with a different signature.
 */
Checker.prototype.computeInterfaceTypeSet = function (this: Checker, _pos: Pos, ityp: Interface): void {
  if (ityp.tset !== null) return;
  const seen = new Map<string, { m: Func; pos: Pos }>();
  const dup = (pos: Pos, m: Func, other: { pos: Pos }) => {
    this.errorParts([
      [pos, `duplicate method ${m.name}`],
      [other.pos, `other declaration of method ${m.name}`],
    ]);
  };
  const explicit: Func[] = [];
  const skip: number[] = [];
  for (const m of ityp.methods) {
    const other = seen.get(m.id());
    if (other !== undefined) {
      dup(m.pos, m, other);
      continue;
    }
    seen.set(m.id(), { m, pos: m.pos });
    explicit.push(m);
  }
  if (explicit.length !== ityp.methods.length) (ityp as { methods: Func[] }).methods = explicit;
  for (let i = 0; i < ityp.embeddeds.length; i++) {
    const typ = ityp.embeddeds[i];
    const u = under(typ);
    const pos = ityp.embedPos[i] ?? 0;
    if (u.kind === TypeKind.Union) {
      if (pos > 0 && !this.allowVersion(18, pos)) {
        this.versionError(pos, "go1.18", `embedding interface element ${this.typeStr(u)}`);
        skip.push(i);
      }
      continue;
    }
    if (u.kind !== TypeKind.Interface) {
      if (isValid(u) && pos > 0 && !this.allowVersion(18, pos)) {
        this.versionError(pos, "go1.18", `embedding non-interface type ${this.typeStr(typ)}`);
        skip.push(i);
      }
      continue;
    }
    this.computeInterfaceTypeSet(pos, u);
    const tset = typeSetOf(u);
    if (pos > 0 && isImportedConstraint(this, typ, tset) && !this.allowVersion(18, pos)) {
      this.versionError(pos, "go1.18", `embedding constraint interface ${this.typeStr(typ)}`);
      skip.push(i);
      continue;
    }
    for (const m of tset.methods) {
      const other = seen.get(m.id());
      if (other === undefined) {
        seen.set(m.id(), { m, pos });
        continue;
      }
      // Before go1.14, embedding the same method twice was an error even with identical signatures.
      if ((pos > 0 && !this.allowVersion(14, pos)) || !identical(m.type!, other.m.type!)) dup(pos, m, other);
    }
  }
  if (skip.length > 0) {
    // Elements rejected for the language version do not count, as in types2.
    const kept = new Interface(ityp.methods, ityp.embeddeds.filter((_, i) => !skip.includes(i)));
    kept.embedPos = ityp.embedPos.filter((_, i) => !skip.includes(i));
    ityp.tset = typeSetOf(kept);
    return;
  }
  typeSetOf(ityp);
};

/** types2's object order for methods: exported names first, then by name, then by package path. */
function methodLess(a: Func, b: Func): number {
  const ea = isExported(a.name);
  const eb = isExported(b.name);
  if (ea !== eb) return ea ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (!ea) {
    const pa = a.pkg?.path ?? "";
    const pb = b.pkg?.path ?? "";
    if (pa !== pb) return pa < pb ? -1 : 1;
  }
  return 0;
}

/** types2's isImportedConstraint: a constraint interface declared in another package. */
function isImportedConstraint(check: Checker, typ: Type, tset: { terms: unknown; comparable: boolean }): boolean {
  const named = asNamed(typ);
  if (named === null || named.obj.pkg === check.pkg || named.obj.pkg === null) return false;
  return tset.terms !== null || tset.comparable;
}

function flattenUnion(x: ast.Expr, blist: ast.Expr[], tlist: ast.Expr[]): void {
  if (x.kind === "Operation" && x.op === ast.Operator.Or && x.y !== null) {
    flattenUnion(x.x, blist, tlist);
    blist.push(x);
    x = x.y;
  }
  tlist.push(x);
}

const maxTermCount = 100;

Checker.prototype.parseUnion = function (this: Checker, uexpr: ast.Expr): Type {
  const blist: ast.Expr[] = [];
  const tlist: ast.Expr[] = [];
  flattenUnion(uexpr, blist, tlist);
  const terms: Term[] = [];
  let u: Type | null = null;
  for (let i = 0; i < tlist.length; i++) {
    const x = tlist[i];
    const term = parseTilde(this, x);
    if (tlist.length === 1 && !term.tilde) return term.type;
    if (terms.length >= maxTermCount) {
      if (u !== null && isValid(u)) {
        this.error(x, `cannot handle more than ${maxTermCount} union terms (implementation limitation)`);
        u = invalidType;
      }
    } else {
      terms.push(term);
      u = new Union(terms);
    }
    if (i > 0) this.recordTypeAndValue(blist[i - 1], Mode.TypExpr, u!, null);
  }
  if (u === null || !isValid(u)) return u ?? invalidType;
  this.later(() => {
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      if (!isValid(t.type)) continue;
      const ut = under(t.type);
      const f = ut.kind === TypeKind.Interface ? ut : null;
      if (t.tilde) {
        if (f !== null) {
          this.error(tlist[i], `invalid use of ~ (${this.typeStr(t.type)} is an interface)`);
          continue;
        }
        if (!identical(ut, t.type)) {
          this.error(tlist[i], `invalid use of ~ (underlying type of ${this.typeStr(t.type)} is ${this.typeStr(ut)})`);
          continue;
        }
      }
      if (f !== null) {
        const tset = typeSetOf(f);
        const ts = termString(this, t);
        if (tset.methods.length !== 0) this.error(tlist[i], `cannot use ${ts} in union (${ts} contains methods)`);
        else if (t.type === comparableType) this.error(tlist[i], "cannot use comparable in union");
        else if (tset.comparable) this.error(tlist[i], `cannot use ${ts} in union (${ts} embeds comparable)`);
        continue;
      }
      for (let j = 0; j < i; j++) {
        const x = terms[j];
        if (isInterface(x.type)) continue;
        let ux = x.type;
        if (t.tilde) ux = under(ux);
        let uy = t.type;
        if (x.tilde) uy = under(uy);
        if (identical(ux, uy)) {
          this.softError(tlist[i], `overlapping terms ${termString(this, t)} and ${termString(this, x)}`);
          break;
        }
      }
    }
  });
  return u;
};

function termString(check: Checker, t: Term): string {
  return (t.tilde ? "~" : "") + check.typeStr(t.type);
}

function parseTilde(check: Checker, tx: ast.Expr): Term {
  let x = tx;
  let tilde = false;
  if (x.kind === "Operation" && x.op === ast.Operator.Tilde && x.y === null) {
    x = x.x;
    tilde = true;
  }
  let typ = check.typ(x);
  if (isTypeParam(typ)) {
    if (tilde) check.error(x, `type in term ${nodeString(tx)} cannot be a type parameter`);
    else check.error(x, "term cannot be a type parameter");
    typ = invalidType;
  }
  const term = new Term(tilde, typ);
  if (tilde) check.recordTypeAndValue(tx, Mode.TypExpr, new Union([term]), null);
  return term;
}

// ---------------------------------------------------------------------------
// Signatures.

Checker.prototype.funcType = function (this: Checker, sig: Signature, recvPar: ast.Field | null, tparams: ast.Field[] | null, ftyp: ast.FuncType): void {
  this.openScope(ftyp, "function");
  const fscope = this.env.scope!;
  fscope.isFunc = true;
  this.recordScope(ftyp, fscope);
  sig.scope = fscope;
  try {
    if (recvPar !== null) {
      const { rname, tparams: rparams } = this.unpackRecv(recvPar.type, true);
      if (rparams.length > 0) {
        let recvTParams: TypeParam[] = [];
        if (rname !== null) {
          const recv = asNamed(this.genericType(rname, null));
          if (recv !== null) recvTParams = recv.tparams;
        }
        if (rparams.length === recvTParams.length) {
          // Without substitution, the receiver's type parameters are the
          // base type's own, under the names the receiver gives them.
          const scopePos = ftyp.pos;
          for (let i = 0; i < rparams.length; i++) {
            const p = rparams[i];
            if (p.value === "_") (this.recvTParamMap ??= new Map()).set(p, recvTParams[i]);
            this.declare(fscope, p, new TypeName(p.pos, this.pkg, p.value, recvTParams[i]), scopePos);
          }
          sig.rparams = recvTParams;
        } else {
          const scopePos = ftyp.pos;
          const tps = rparams.map((p) => this.declareTypeParam(p, scopePos));
          sig.rparams = tps;
          if (tps.length < recvTParams.length) {
            const got = tps.length === 1 ? "1 type parameter" : `${tps.length} type parameters`;
            this.error(recvPar, `got ${got}, but receiver base type declares ${recvTParams.length}`);
          }
        }
      }
    }
    if (tparams !== null) this.collectTypeParams(tparams, sig);

    // Parameters go to a temporary scope that is then merged into the
    // function scope (reporting clashes with type parameters), so that the
    // parameter types never see the parameters: func(time int, d time.Duration).
    const scope = new ScopeClass(fscope, 0, 0, "function body (temp. scope)");
    const scopePos = endPos(ftyp);
    let recvList: Var[] = [];
    if (recvPar !== null) recvList = this.collectParams(scope, [recvPar], false, scopePos).params;
    const { params, variadic } = this.collectParams(scope, ftyp.paramList, true, scopePos);
    const results = this.collectParams(scope, ftyp.resultList, false, scopePos).params;
    squash(this, scope);

    if (recvPar !== null) {
      let recv: Var;
      if (recvList.length === 0) {
        recv = new Var(0, null, "", invalidType);
        recv.isParam = true;
        recv.used = true;
      } else {
        if (recvList.length > 1) this.error(recvList[recvList.length - 1].pos, "method must have exactly one receiver");
        recv = recvList[0];
      }
      sig.recv = recv;
      this.later(() => validRecv(this, recv, sig));
    }
    sig.params = new Tuple(params);
    sig.results = new Tuple(results);
    sig.variadic = variadic;
  } finally {
    this.closeScope();
  }
};

function validRecv(check: Checker, recv: Var, sig: Signature): void {
  const [rtyp] = deref(recv.type!);
  const atyp = unalias(rtyp);
  if (!isValid(atyp)) return;
  switch (atyp.kind) {
    case TypeKind.Named: {
      if (atyp.targs.length > 0 && sig.rparams.length === 0) {
        check.error(recv.pos, `cannot define new methods on instantiated type ${check.typeStr(rtyp)}`);
        break;
      }
      if (atyp.obj.pkg !== check.pkg) {
        check.error(recv.pos, `cannot define new methods on non-local type ${check.typeStr(rtyp)}`);
        break;
      }
      let cause = "";
      const u = atyp.underlying;
      if (u !== null) {
        if (u.kind === TypeKind.Basic && u.basicKind === BasicKind.UnsafePointer) cause = "unsafe.Pointer";
        else if (u.kind === TypeKind.Pointer || u.kind === TypeKind.Interface) cause = "pointer or interface type";
      }
      if (cause !== "") check.error(recv.pos, `invalid receiver type ${check.typeStr(rtyp)} (${cause})`);
      break;
    }
    case TypeKind.Basic:
      check.error(recv.pos, `cannot define new methods on non-local type ${check.typeStr(rtyp)}`);
      break;
    default:
      check.error(recv.pos, `invalid receiver type ${check.typeStr(recv.type!)}`);
  }
}

/** types2's Scope.Squash: moves the temporary parameter scope's objects into its parent. */
function squash(check: Checker, s: Scope): void {
  const p = s.parent!;
  for (const obj of s.elems.values()) {
    obj.parent = null;
    const alt = p.insert(obj);
    if (alt !== null) check.errorParts([[obj.pos, `${obj.name} redeclared in this block`], ...check.altDecl(alt)] as ErrorPart[]);
  }
  const i = p.children.indexOf(s);
  if (i >= 0) {
    p.children[i] = p.children[p.children.length - 1];
    p.children.pop();
  }
  for (const c of s.children) p.children.push(c);
  s.children.length = 0;
  s.elems.clear();
}

Checker.prototype.collectParams = function (this: Checker, scope: Scope, list: ast.Field[], variadicOk: boolean, scopePos: Pos) {
  const params: Var[] = [];
  let variadic = false;
  let named = false;
  let anonymous = false;
  let typ: Type = invalidType;
  let prev: ast.Expr | null = null;
  for (let i = 0; i < list.length; i++) {
    const field = list[i];
    let ftype = field.type;
    if (ftype !== prev) {
      prev = ftype;
      if (ftype.kind === "DotsType") {
        const t = ftype;
        ftype = t.elem;
        if (variadicOk && i === list.length - 1) variadic = true;
        else this.softError(t, "can only use ... with final parameter in list");
      }
      typ = this.varType(ftype);
    }
    if (field.name !== null) {
      const name = field.name.value;
      if (name === "") this.error(field.name, "invalid syntax tree: anonymous parameter");
      const par = new Var(field.name.pos, this.pkg, name, typ);
      par.isParam = true;
      par.used = true;
      this.declare(scope, field.name, par, scopePos);
      params.push(par);
      named = true;
    } else {
      const par = new Var(field.pos, this.pkg, "", typ);
      par.isParam = true;
      par.used = true;
      this.recordImplicit(field, par);
      params.push(par);
      anonymous = true;
    }
  }
  if (named && anonymous) this.error(list[0], "invalid syntax tree: list contains both named and anonymous parameters");
  if (variadic) {
    const last = params[params.length - 1];
    last.type = new Slice(last.type!);
    this.recordTypeAndValue(list[list.length - 1].type, Mode.TypExpr, last.type, null);
  }
  return { params, variadic };
};

