// Type argument inference for generic function calls and generic function
// values (types2's infer.go and unify.go): unification of parameter and
// argument types, then of type parameters with the core types of their
// constraints, then default types for untyped constant arguments, and the
// final simplification of inferred types that mention other type
// parameters. Type parameters are renamed first so that recursive calls
// of a generic function do not confuse the unifier.

import type { Pos } from "../syntax/source.js";
import { Checker } from "./check.js";
import {
  type Type,
  TypeKind,
  Tuple,
  Interface,
  TypeParam,
  Term,
  ChanDirection,
  under,
  unalias,
  asNamed,
} from "./types.js";
import { TypeName, ObjKind, newTypeParam, sameId, type Func } from "./objects.js";
import { identical, isTyped, isUntypedNumeric, defaultType } from "./predicates.js";
import { typeSetOf } from "./typeset.js";
import { lookupFieldOrMethod } from "./lookup.js";
import { subst, SubstMap } from "./subst.js";
import type { Operand } from "./operand.js";
import { exprString } from "./exprstring.js";
import { isParameterized } from "./call.js";
import { coreType, tparamIs } from "./under.js";

/** Where and why inference failed (types2's error_ with one part). */
export interface InferError {
  pos: Pos;
  msg: string;
}

declare module "./check.js" {
  interface Checker {
    infer(
      pos: Pos,
      tparams: TypeParam[],
      targs: (Type | null)[],
      params: Tuple,
      args: Operand[],
      reverse: boolean,
      err: InferError,
    ): Type[] | null;
    renameTParams(tparams: TypeParam[], typ: Type): [TypeParam[], Type];
  }
}

const enum UnifyMode {
  Inexact = 0,
  Assign = 1 << 0,
  Exact = 1 << 1,
}

interface Handle {
  t: Type | null;
}

interface IfacePair {
  x: Interface;
  y: Interface;
  prev: IfacePair | null;
}

const unificationDepthLimit = 50;

/** The interface of x, unless x is a type parameter (types2's asInterface). */
function asInterface(x: Type): Interface | null {
  const u0 = unalias(x);
  if (u0.kind === TypeKind.TypeParam) return null;
  const u = under(u0);
  return u.kind === TypeKind.Interface ? u : null;
}

function isTypeLit(t: Type): boolean {
  const u = unalias(t);
  return u.kind !== TypeKind.Named && u.kind !== TypeKind.TypeParam;
}

function termsEqual(a: Term[] | null, b: Term[] | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  const has = (set: Term[], t: Term) => set.some((u) => u.tilde === t.tilde && identical(u.type, t.type));
  return a.every((t) => has(b, t)) && b.every((t) => has(a, t));
}

class Unifier {
  readonly handles = new Map<TypeParam, Handle>();
  depth = 0;
  constructor(
    tparams: TypeParam[],
    targs: (Type | null)[],
    readonly enableInterfaceInference: boolean,
  ) {
    for (let i = 0; i < tparams.length; i++) {
      this.handles.set(tparams[i], { t: i < targs.length ? targs[i] : null });
    }
  }

  unify(x: Type, y: Type, mode: UnifyMode): boolean {
    return this.nify(x, y, mode, null);
  }

  join(x: TypeParam, y: TypeParam): boolean {
    const hx = this.handles.get(x)!;
    const hy = this.handles.get(y)!;
    if (hx === hy) return true;
    if (hx.t !== null && hy.t !== null) return false;
    if (hx.t !== null) this.setHandle(y, hx);
    else this.setHandle(x, hy);
    return true;
  }

  asBoundTypeParam(x: Type): TypeParam | null {
    const u = unalias(x);
    if (u.kind === TypeKind.TypeParam && this.handles.has(u)) return u;
    return null;
  }

  setHandle(x: TypeParam, h: Handle): void {
    const hx = this.handles.get(x)!;
    for (const [y, hy] of this.handles) if (hy === hx) this.handles.set(y, h);
  }

  at(x: TypeParam): Type | null {
    return this.handles.get(x)!.t;
  }

  set(x: TypeParam, t: Type): void {
    this.handles.get(x)!.t = t;
  }

  unknowns(): number {
    let n = 0;
    for (const h of new Set(this.handles.values())) if (h.t === null) n++;
    return n;
  }

  inferred(tparams: TypeParam[]): (Type | null)[] {
    return tparams.map((x) => this.at(x));
  }

  nify(x: Type, y: Type, mode: UnifyMode, p: IfacePair | null): boolean {
    this.depth++;
    try {
      return this.nify1(x, y, mode, p);
    } finally {
      this.depth--;
    }
  }

  private nify1(x: Type, y: Type, mode: UnifyMode, p: IfacePair | null): boolean {
    if (x === y || unalias(x) === unalias(y)) return true;
    if (this.depth > unificationDepthLimit) return false;

    if (asNamed(x) !== null || this.asBoundTypeParam(y) !== null) [x, y] = [y, x];

    const ny = asNamed(y);
    if ((mode & UnifyMode.Exact) === 0 && ny !== null && isTypeLit(x) && !(this.enableInterfaceInference && asInterface(x) !== null)) {
      y = ny.underlying ?? y;
      if (x === y || unalias(x) === unalias(y)) return true;
    }

    const px = this.asBoundTypeParam(x);
    const py = this.asBoundTypeParam(y);
    if (px !== null && py !== null) {
      if (this.join(px, py)) return true;
      return this.nify(this.at(px)!, this.at(py)!, mode, p);
    }
    if (px !== null) {
      const xt = this.at(px);
      if (xt !== null) {
        if (this.nify(xt, y, mode, p)) {
          const xi = asInterface(xt);
          const yi = asInterface(y);
          const xn = asNamed(xt) !== null;
          const yn = asNamed(y) !== null;
          if (xi !== null && yi !== null) {
            if (xn && yn) return identical(xt, y);
            if (typeSetOf(xi).methods.length !== typeSetOf(yi).methods.length) return false;
          } else if (xi !== null || yi !== null) {
            return false;
          }
          if ((mode & UnifyMode.Exact) === 0) {
            if (xn) {
              // keep the named type
            } else if (yn) {
              this.set(px, y);
            } else {
              const yc = under(y);
              if (yc.kind === TypeKind.Chan && yc.dir !== ChanDirection.SendRecv) this.set(px, y);
            }
          }
          return true;
        }
        return false;
      }
      this.set(px, y);
      return true;
    }

    if (this.enableInterfaceInference && (mode & UnifyMode.Exact) === 0) {
      let xi = asInterface(x);
      const yi = asInterface(y);
      if (xi !== null && yi !== null) {
        const xset = typeSetOf(xi);
        const yset = typeSetOf(yi);
        if (xset.comparable !== yset.comparable) return false;
        if (!termsEqual(xset.terms, yset.terms)) return false;
        const q: IfacePair = { x: xi, y: yi, prev: p };
        for (let r = p; r !== null; r = r.prev) {
          if ((r.x === xi && r.y === yi) || (r.x === yi && r.y === xi)) return true;
        }
        let xm = xset.methods;
        let ym = yset.methods;
        if (xm.length > ym.length) [xm, ym] = [ym, xm];
        const ymap = new Map<string, Func>();
        for (const m of ym) ymap.set(m.id(), m);
        for (const m of xm) {
          const o = ymap.get(m.id());
          if (o === undefined || !this.nify(m.type!, o.type!, UnifyMode.Exact, q)) return false;
        }
        return true;
      }
      if (yi !== null) {
        xi = yi;
        y = x;
      }
      if (xi !== null) {
        for (const m of typeSetOf(xi).methods) {
          const obj = lookupFieldOrMethod(y, false, m.pkg, m.name).obj;
          if (obj === null || obj.kind !== ObjKind.Func || !this.nify(m.type!, obj.type!, UnifyMode.Exact, p)) return false;
        }
        return true;
      }
    }

    if (unalias(y).kind === TypeKind.TypeParam) [x, y] = [y, x];

    let emode = mode;
    if ((mode & UnifyMode.Assign) !== 0) emode |= UnifyMode.Exact;

    const yorig = y;
    const xu = unalias(x);
    const yu = unalias(y);
    switch (xu.kind) {
      case TypeKind.Basic:
        return yu.kind === TypeKind.Basic && xu.basicKind === yu.basicKind;
      case TypeKind.Array:
        return yu.kind === TypeKind.Array && (xu.len < 0 || yu.len < 0 || xu.len === yu.len) && this.nify(xu.elem, yu.elem, emode, p);
      case TypeKind.Slice:
        return yu.kind === TypeKind.Slice && this.nify(xu.elem, yu.elem, emode, p);
      case TypeKind.Struct: {
        if (yu.kind !== TypeKind.Struct || xu.fields.length !== yu.fields.length) return false;
        for (let i = 0; i < xu.fields.length; i++) {
          const f = xu.fields[i];
          const g = yu.fields[i];
          if (f.embedded !== g.embedded || xu.tag(i) !== yu.tag(i) || !sameId(f.pkg, f.name, g.pkg, g.name) || !this.nify(f.type!, g.type!, emode, p)) {
            return false;
          }
        }
        return true;
      }
      case TypeKind.Pointer:
        return yu.kind === TypeKind.Pointer && this.nify(xu.base, yu.base, emode, p);
      case TypeKind.Tuple: {
        if (yu.kind !== TypeKind.Tuple || xu.vars.length !== yu.vars.length) return false;
        for (let i = 0; i < xu.vars.length; i++) if (!this.nify(xu.vars[i].type!, yu.vars[i].type!, mode, p)) return false;
        return true;
      }
      case TypeKind.Signature:
        return (
          yu.kind === TypeKind.Signature &&
          xu.variadic === yu.variadic &&
          this.nify(xu.params, yu.params, emode, p) &&
          this.nify(xu.results, yu.results, emode, p)
        );
      case TypeKind.Interface: {
        if (yu.kind !== TypeKind.Interface) return false;
        const xset = typeSetOf(xu);
        const yset = typeSetOf(yu);
        if (xset.comparable !== yset.comparable) return false;
        if (!termsEqual(xset.terms, yset.terms)) return false;
        const a = xset.methods;
        const b = yset.methods;
        if (a.length !== b.length) return false;
        const q: IfacePair = { x: xu, y: yu, prev: p };
        for (let r = p; r !== null; r = r.prev) {
          if ((r.x === xu && r.y === yu) || (r.x === yu && r.y === xu)) return true;
        }
        for (let i = 0; i < a.length; i++) {
          if (a[i].id() !== b[i].id() || !this.nify(a[i].type!, b[i].type!, UnifyMode.Exact, q)) return false;
        }
        return true;
      }
      case TypeKind.Map:
        return yu.kind === TypeKind.Map && this.nify(xu.key, yu.key, emode, p) && this.nify(xu.elem, yu.elem, emode, p);
      case TypeKind.Chan:
        return yu.kind === TypeKind.Chan && ((mode & UnifyMode.Exact) === 0 || xu.dir === yu.dir) && this.nify(xu.elem, yu.elem, emode, p);
      case TypeKind.Named: {
        const yn = asNamed(yu);
        if (yn === null) return false;
        const xargs = xu.targs;
        const yargs = yn.targs;
        if (xargs.length !== yargs.length) return false;
        for (let i = 0; i < xargs.length; i++) if (!this.nify(xargs[i], yargs[i], mode, p)) return false;
        return xu.orig === yn.orig;
      }
      case TypeKind.TypeParam: {
        const cx = coreType(xu);
        if (cx !== null) return this.nify(cx, yorig, UnifyMode.Assign, p);
        return false;
      }
    }
    return false;
  }
}

/** The single term of tpar's constraint, or a term for its core type (types2's coreTerm). */
function coreTerm(tpar: TypeParam): [Term | null, boolean] {
  let n = 0;
  let single: Term | null = null;
  let tilde = false;
  tparamIs(tpar, (t) => {
    if (t === null) return false;
    n++;
    single = t;
    if (t.tilde) tilde = true;
    return true;
  });
  if (n === 1) return [single, true];
  const typ = coreType(tpar);
  if (typ !== null) return [new Term(tilde, typ), false];
  return [null, false];
}

function maxType(x: Type, y: Type): Type | null {
  if (x === y) return x;
  if (isUntypedNumeric(x) && isUntypedNumeric(y)) {
    return (unalias(x) as { basicKind: number }).basicKind > (unalias(y) as { basicKind: number }).basicKind ? x : y;
  }
  return null;
}

function typeParamsString(list: TypeParam[]): string {
  const n = list.length;
  switch (n) {
    case 0:
      return "";
    case 1:
      return list[0].obj.name;
    case 2:
      return list[0].obj.name + " and " + list[1].obj.name;
  }
  return list
    .slice(0, n - 1)
    .map((t) => t.obj.name)
    .join(", ") + ", and " + list[n - 1].obj.name;
}

/** Removes inferred types that lead back to their own type parameter (types2's killCycles). */
function killCycles(tparams: TypeParam[], inferred: (Type | null)[]): void {
  const seen = new Set<Type>();
  const typ = (t0: Type): void => {
    const t = unalias(t0);
    if (seen.has(t)) {
      if (t.kind === TypeKind.TypeParam) {
        const i = tparams.indexOf(t);
        if (i >= 0) inferred[i] = null;
      }
      return;
    }
    seen.add(t);
    try {
      switch (t.kind) {
        case TypeKind.Array:
        case TypeKind.Slice:
        case TypeKind.Chan:
          typ(t.elem);
          break;
        case TypeKind.Pointer:
          typ(t.base);
          break;
        case TypeKind.Struct:
          for (const f of t.fields) typ(f.type!);
          break;
        case TypeKind.Signature:
          for (const v of t.params.vars) typ(v.type!);
          for (const v of t.results.vars) typ(v.type!);
          break;
        case TypeKind.Union:
          for (const term of t.terms) typ(term.type);
          break;
        case TypeKind.Interface:
          for (const m of t.methods) typ(m.type!);
          for (const e of t.embeddeds) typ(e);
          break;
        case TypeKind.Map:
          typ(t.key);
          typ(t.elem);
          break;
        case TypeKind.Named:
          for (const a of t.targs) typ(a);
          break;
        case TypeKind.TypeParam: {
          const i = tparams.indexOf(t);
          if (i >= 0 && inferred[i] !== null) typ(inferred[i]!);
          break;
        }
      }
    } finally {
      seen.delete(t);
    }
  };
  for (const t of tparams) typ(t);
}

Checker.prototype.renameTParams = function (this: Checker, tparams: TypeParam[], typ: Type): [TypeParam[], Type] {
  if (tparams.length === 0) return [[], typ];
  const tparams2 = tparams.map((tp) => newTypeParam(new TypeName(tp.obj.pos, tp.obj.pkg, tp.obj.name, null), tp.index, tp.bound));
  const renameMap = new SubstMap(tparams, tparams2);
  for (let i = 0; i < tparams.length; i++) tparams2[i].bound = subst(tparams[i].bound, renameMap);
  return [tparams2, subst(typ, renameMap)];
};

Checker.prototype.infer = function (
  this: Checker,
  pos: Pos,
  tparams: TypeParam[],
  targs: (Type | null)[],
  params: Tuple,
  args: Operand[],
  reverse: boolean,
  err: InferError,
): Type[] | null {
  const n = tparams.length;
  if (targs.length === n && !targs.includes(null)) return targs as Type[];

  for (const arg of args) if (arg.mode === 0) return null;

  if (targs.length < n) {
    const t2: (Type | null)[] = targs.slice();
    while (t2.length < n) t2.push(null);
    targs = t2;
  }

  if (params.length > 0) params = subst(params, new SubstMap(tparams, targs as Type[])) as Tuple;

  const u = new Unifier(tparams, targs, this.allowVersion(21, pos));

  const addf = (at: Operand | Pos, msg: string) => {
    err.pos = typeof at === "number" ? at : this.atPos(at);
    err.msg = msg;
  };

  const errorf = (tpar: Type, targ: Type, arg: Operand) => {
    const inferredNow = u.inferred(tparams);
    if (inferredNow[0] === null) {
      if (inferredNow.every((t) => t === null)) {
        addf(arg, `type ${this.typeStr(targ)} of ${exprString(arg.expr!)} does not match ${this.typeStr(tpar)} (cannot infer ${typeParamsString(tparams)})`);
        return;
      }
    }
    const smap = new SubstMap(tparams, inferredNow as Type[]);
    const inferred = subst(tpar, smap);
    if (inferred !== tpar) {
      if (reverse) {
        addf(arg, `inferred type ${this.typeStr(inferred)} for ${this.typeStr(tpar)} does not match type ${this.typeStr(targ)} of ${exprString(arg.expr!)}`);
      } else {
        addf(arg, `type ${this.typeStr(targ)} of ${exprString(arg.expr!)} does not match inferred type ${this.typeStr(inferred)} for ${this.typeStr(tpar)}`);
      }
    } else {
      addf(arg, `type ${this.typeStr(targ)} of ${exprString(arg.expr!)} does not match ${this.typeStr(tpar)}`);
    }
  };

  const untyped: number[] = [];

  // 1: function arguments.
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.mode === 0) continue;
    const par = params.vars[i];
    if (isParameterized(tparams, par.type!) || isParameterized(tparams, arg.type)) {
      if (isTyped(arg.type)) {
        if (!u.unify(par.type!, arg.type, UnifyMode.Assign)) {
          errorf(par.type!, arg.type, arg);
          return null;
        }
      } else if (par.type!.kind === TypeKind.TypeParam && !arg.isNil()) {
        untyped.push(i);
      }
    }
  }

  // 2: type parameter constraints.
  for (;;) {
    const nn = u.unknowns();
    for (const tpar of tparams) {
      const tx = u.at(tpar);
      const [core, single] = coreTerm(tpar);
      if (core !== null) {
        if (tx !== null) {
          if (!u.unify(tx, core.type, UnifyMode.Inexact)) {
            addf(pos, `${this.typeStr(tpar)} (type ${this.typeStr(tx)}) does not satisfy ${this.typeStr(tpar.bound)}`);
            return null;
          }
        } else if (single && !core.tilde) {
          u.set(tpar, core.type);
        }
      } else if (tx !== null) {
        const cause = { msg: "" };
        const b = under(tpar.bound);
        if (b.kind === TypeKind.Interface) {
          const r = this.missingMethod(tx, b, true, cause, (a, c) => u.unify(a, c, UnifyMode.Exact));
          if (r.method !== null) {
            addf(pos, `${this.typeStr(tpar)} (type ${this.typeStr(tx)}) does not satisfy ${this.typeStr(tpar.bound)} ${cause.msg}`);
            return null;
          }
        }
      }
    }
    if (u.unknowns() === nn) break;
  }

  // 3: untyped constant arguments.
  const maxUntyped = new Map<TypeParam, Type>();
  for (const index of untyped) {
    const tpar = params.vars[index].type as TypeParam;
    if (u.at(tpar) === null) {
      const arg = args[index];
      let max = maxUntyped.get(tpar);
      if (max === undefined) {
        max = arg.type;
      } else {
        const m = maxType(max, arg.type);
        if (m === null) {
          addf(arg, `mismatched types ${this.typeStr(max)} and ${this.typeStr(arg.type)} (cannot infer ${this.typeStr(tpar)})`);
          return null;
        }
        max = m;
      }
      maxUntyped.set(tpar, max);
    }
  }
  for (const [tpar, typ] of maxUntyped) u.set(tpar, defaultType(typ));

  // Simplify.
  const inferred = u.inferred(tparams);
  killCycles(tparams, inferred);
  let dirty: number[] = [];
  for (let i = 0; i < inferred.length; i++) {
    if (inferred[i] !== null && (i >= targs.length || targs[i] === null)) dirty.push(i);
  }
  while (dirty.length > 0) {
    const smap = new SubstMap(tparams, inferred as Type[]);
    const next: number[] = [];
    for (const index of dirty) {
      const t0 = inferred[index]!;
      const t1 = subst(t0, smap);
      if (t1 !== t0) {
        if (t1.kind === TypeKind.Signature && t1.tparams.length > 0 && !isParameterized(tparams, t1)) t1.tparams = [];
        inferred[index] = t1;
        next.push(index);
      }
    }
    dirty = next;
  }

  for (let i = 0; i < inferred.length; i++) {
    const typ = inferred[i];
    if (typ === null || isParameterized(tparams, typ)) {
      const obj = tparams[i].obj;
      addf(pos, `cannot infer ${obj.name} (${this.errors.fset.posString(obj.pos)})`);
      return null;
    }
  }
  return inferred as Type[];
};

