// Type substitution and instantiation of generic types (types2's subst.go
// and the type half of instantiate.go/named.go): replaces type parameters
// by type arguments throughout a type, and creates instances of generic
// defined types whose underlying type and methods are substituted on
// demand. Constraint satisfaction is not verified yet.

import {
  type Type,
  TypeKind,
  Named,
  Pointer,
  Array as ArrayT,
  Slice,
  Struct,
  Tuple,
  Signature,
  Interface,
  MapType,
  Chan,
  Union,
  Term,
  TypeParam,
  unalias,
} from "./types.js";
import { Var, Func, TypeName } from "./objects.js";
import { identical } from "./predicates.js";

/** A substitution: type parameters and the types that replace them, pairwise. */
export class SubstMap {
  constructor(
    readonly tparams: TypeParam[],
    readonly targs: Type[],
  ) {}
  lookup(tp: TypeParam): Type | null {
    const i = this.tparams.indexOf(tp);
    return i >= 0 && i < this.targs.length ? this.targs[i] : null;
  }
  get empty(): boolean {
    return this.tparams.length === 0;
  }
}

/** typ with the type parameters of smap replaced; typ itself if nothing changes. */
export function subst(typ: Type, smap: SubstMap): Type {
  if (smap.empty) return typ;
  return new Subster(smap).typ(typ);
}

class Subster {
  /** Interfaces being substituted (for recursive method signatures). */
  private readonly ifaces = new Map<Interface, Interface>();
  constructor(readonly smap: SubstMap) {}

  typ(t: Type): Type {
    switch (t.kind) {
      case TypeKind.Basic:
        return t;
      case TypeKind.Alias: {
        const r = unalias(t);
        const s = this.typ(r);
        return s === r ? t : s;
      }
      case TypeKind.TypeParam:
        return this.smap.lookup(t) ?? t;
      case TypeKind.Pointer: {
        const b = this.typ(t.base);
        return b === t.base ? t : new Pointer(b);
      }
      case TypeKind.Array: {
        const e = this.typ(t.elem);
        return e === t.elem ? t : new ArrayT(e, t.len);
      }
      case TypeKind.Slice: {
        const e = this.typ(t.elem);
        return e === t.elem ? t : new Slice(e);
      }
      case TypeKind.Map: {
        const k = this.typ(t.key);
        const e = this.typ(t.elem);
        return k === t.key && e === t.elem ? t : new MapType(k, e);
      }
      case TypeKind.Chan: {
        const e = this.typ(t.elem);
        return e === t.elem ? t : new Chan(t.dir, e);
      }
      case TypeKind.Struct: {
        const fields = this.vars(t.fields);
        if (fields === t.fields) return t;
        return new Struct(fields, t.tags);
      }
      case TypeKind.Tuple: {
        const vars = this.vars(t.vars);
        return vars === t.vars ? t : new Tuple(vars);
      }
      case TypeKind.Signature:
        return this.signature(t);
      case TypeKind.Union: {
        let changed = false;
        const terms = t.terms.map((term) => {
          const u = this.typ(term.type);
          if (u !== term.type) changed = true;
          return u === term.type ? term : new Term(term.tilde, u);
        });
        return changed ? new Union(terms) : t;
      }
      case TypeKind.Interface:
        return this.iface(t);
      case TypeKind.Named: {
        if (t.targs.length === 0) return t;
        let changed = false;
        const targs = t.targs.map((a) => {
          const b = this.typ(a);
          if (b !== a) changed = true;
          return b;
        });
        return changed ? instantiateNamed(t.orig, targs) : t;
      }
    }
  }

  vars(list: Var[]): Var[] {
    let out: Var[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      const t = this.typ(v.type!);
      if (t !== v.type && out === null) out = list.slice(0, i);
      if (out !== null) out.push(t === v.type ? v : substVar(v, t));
    }
    return out ?? list;
  }

  signature(t: Signature): Signature {
    const params = this.typ(t.params) as Tuple;
    const results = this.typ(t.results) as Tuple;
    if (params === t.params && results === t.results) return t;
    const s = new Signature(t.recv, params, results, t.variadic);
    s.scope = t.scope;
    s.tparams = t.tparams;
    return s;
  }

  iface(t: Interface): Interface {
    const done = this.ifaces.get(t);
    if (done !== undefined) return done;
    const methods: Func[] = [];
    const embeddeds: Type[] = [];
    const n = new Interface(methods, embeddeds);
    n.implicit = t.implicit;
    n.embedPos = t.embedPos;
    this.ifaces.set(t, n);
    let changed = false;
    for (const m of t.methods) {
      const sig = this.signature(m.type as Signature);
      if (sig !== m.type) {
        changed = true;
        const f = new Func(m.pos, m.pkg, m.name, sig);
        f.origin = m.origin;
        methods.push(f);
      } else methods.push(m);
    }
    for (const e of t.embeddeds) {
      const s = this.typ(e);
      if (s !== e) changed = true;
      embeddeds.push(s);
    }
    this.ifaces.delete(t);
    return changed ? n : t;
  }
}

function substVar(v: Var, t: Type): Var {
  const n = new Var(v.pos, v.pkg, v.name, t);
  n.isField = v.isField;
  n.embedded = v.embedded;
  n.isParam = v.isParam;
  n.used = v.used;
  n.origin = v.origin;
  return n;
}

// ---------------------------------------------------------------------------
// Instances of generic defined types.

const instances = new WeakMap<Named, Named[]>();

/**
 * The instance orig[targs], shared by all equal argument lists. Its
 * underlying type is substituted on first use (orig may still be being
 * declared when the instance is created).
 */
export function instantiateNamed(orig: Named, targs: Type[], pos = 0): Named {
  orig = orig.orig;
  let list = instances.get(orig);
  if (list === undefined) instances.set(orig, (list = []));
  for (const inst of list) {
    if (inst.targs.every((a, i) => a === targs[i] || identical(a, targs[i]))) return inst;
  }
  // As in types2, an instance has its own type name, positioned where it
  // was first written (cycle errors through instances point there).
  const inst = new Named(new TypeName(pos > 0 ? pos : orig.obj.pos, orig.obj.pkg, orig.obj.name, null));
  inst.obj.type = inst;
  inst.orig = orig;
  inst.targs = targs;
  let under: Type | null = null;
  let rhs: Type | null = null;
  const smap = new SubstMap(orig.tparams, targs);
  Object.defineProperty(inst, "underlying", {
    get: () => {
      if (under === null && orig.underlying !== null) under = subst(orig.underlying, smap);
      return under;
    },
    set: (t: Type | null) => {
      under = t;
    },
    configurable: true,
  });
  Object.defineProperty(inst, "fromRHS", {
    get: () => {
      if (rhs === null && orig.fromRHS !== null) rhs = subst(orig.fromRHS, smap);
      return rhs;
    },
    set: (t: Type | null) => {
      rhs = t;
    },
    configurable: true,
  });
  inst.methods = orig.methods;
  list.push(inst);
  return inst;
}

/**
 * The type of method m (declared on a generic type, found through an
 * instance) with the instance's type arguments in place of the receiver's
 * type parameters.
 */
export function instanceMethodType(inst: Named, m: Func): Signature {
  const sig = m.type as Signature;
  if (inst.targs.length === 0 || sig.rparams.length === 0) return sig;
  const smap = new SubstMap(sig.rparams, inst.targs);
  const s = new Subster(smap);
  const out = s.signature(sig);
  const recv = sig.recv;
  if (recv !== null) {
    const rt = s.typ(recv.type!);
    const r = rt === recv.type ? recv : substVar(recv, rt);
    if (out === sig) {
      const copy = new Signature(r, sig.params, sig.results, sig.variadic);
      copy.scope = sig.scope;
      return copy;
    }
    out.recv = r;
  }
  return out;
}

/** A generic function's signature with its type parameters replaced by targs (no longer generic). */
export function instantiateSignature(sig: Signature, targs: Type[]): Signature {
  const s = new Subster(new SubstMap(sig.tparams, targs)).signature(sig);
  const out = s === sig ? new Signature(sig.recv, sig.params, sig.results, sig.variadic) : s;
  out.scope = sig.scope;
  out.tparams = [];
  return out;
}

const instanceMethods = new WeakMap<Named, (Func | undefined)[]>();

/**
 * Method i of an instance of a generic type, with the instance's type
 * arguments substituted in its signature (types2's Named.expandMethod).
 * The method of the generic type itself is returned for non-instances.
 */
export function instanceMethod(inst: Named, i: number): Func {
  const m = inst.orig.methods[i];
  if (inst.targs.length === 0 || inst === inst.orig || m.type === null) return m;
  let list = instanceMethods.get(inst);
  if (list === undefined) instanceMethods.set(inst, (list = []));
  let f = list[i];
  if (f === undefined) {
    f = new Func(m.pos, m.pkg, m.name, instanceMethodType(inst, m));
    f.hasPtrRecv = m.hasPtrRecv;
    f.origin = m.origin;
    f.noBody = m.noBody;
    list[i] = f;
  }
  return f;
}
