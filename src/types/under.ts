// Core types and type-set queries used by expressions (types2's under.go,
// plus the TypeParam.is/underIs and typeSet helpers of typeparam.go and
// typeset.go): the single underlying type of a type parameter's type set,
// iteration over the specific terms of a constraint, and small predicates
// on interfaces (empty, method set only, comparable).

import {
  type Type,
  type TypeSet,
  TypeKind,
  Interface,
  Term,
  TypeParam,
  Slice,
  ChanDirection,
  byteType,
  under,
  unalias,
} from "./types.js";
import { typeSetOf } from "./typeset.js";
import { identical, comparable, isString } from "./predicates.js";

const allTypes: TypeSet = { methods: [], terms: null, comparable: false };

/** The type set of a type parameter's constraint. */
export function tparamTypeSet(tp: TypeParam): TypeSet {
  const b = under(tp.bound);
  if (b.kind === TypeKind.Interface) return typeSetOf(b);
  return allTypes;
}

/** Whether the type set has specific terms (neither all types nor the empty set). */
export function hasTerms(ts: TypeSet): boolean {
  return ts.terms !== null && ts.terms.length > 0;
}

/**
 * types2's typeSet.is: calls f for each specific term of ts and reports
 * whether all calls returned true; without specific terms, the result is f(null).
 */
export function typeSetIs(ts: TypeSet, f: (t: Term | null) => boolean): boolean {
  const terms = ts.terms;
  if (terms === null || terms.length === 0) return f(null);
  for (const t of terms) if (!f(t)) return false;
  return true;
}

/** Like typeSetIs, with the underlying type of each term. */
export function typeSetUnderIs(ts: TypeSet, f: (u: Type | null) => boolean): boolean {
  const terms = ts.terms;
  if (terms === null || terms.length === 0) return f(null);
  for (const t of terms) if (!f(under(t.type))) return false;
  return true;
}

/** types2's TypeParam.is. */
export function tparamIs(tp: TypeParam, f: (t: Term | null) => boolean): boolean {
  return typeSetIs(tparamTypeSet(tp), f);
}

/** types2's TypeParam.underIs. */
export function tparamUnderIs(tp: TypeParam, f: (u: Type | null) => boolean): boolean {
  return typeSetUnderIs(tparamTypeSet(tp), f);
}

/** If typ is a type parameter, f over its terms' underlying types; else f(under(typ)). */
export function underIs(typ: Type, f: (u: Type | null) => boolean): boolean {
  const t = unalias(typ);
  if (t.kind === TypeKind.TypeParam) return tparamUnderIs(t, f);
  return f(under(t));
}

/** The type set of an interface is empty (no type satisfies it). */
export function typeSetIsEmpty(ts: TypeSet): boolean {
  return ts.terms !== null && ts.terms.length === 0;
}

/** The interface is the empty interface: all types, no methods. */
export function isEmptyInterface(t: Interface): boolean {
  const ts = typeSetOf(t);
  return !ts.comparable && ts.methods.length === 0 && ts.terms === null;
}

/** The interface is an ordinary (method set only) interface. */
export function isMethodSet(t: Interface): boolean {
  const ts = typeSetOf(t);
  return !ts.comparable && ts.terms === null;
}

/** types2's typeSet.IsComparable. */
export function typeSetIsComparable(ts: TypeSet): boolean {
  if (ts.terms === null) return ts.comparable;
  for (const t of ts.terms) if (!comparable(t.type, false)) return false;
  return true;
}

/**
 * The core type of t: its underlying type, or for a type parameter the
 * single underlying type of all types in its type set (channels may differ
 * in direction if one is unrestricted), or null.
 */
export function coreType(t0: Type): Type | null {
  const t = unalias(t0);
  if (t.kind !== TypeKind.TypeParam) return under(t);
  let su: Type | null = null;
  if (
    tparamUnderIs(t, (u) => {
      if (u === null) return false;
      if (su !== null) {
        u = match(su, u);
        if (u === null) return false;
      }
      su = u;
      return true;
    })
  ) {
    return su;
  }
  return null;
}

const byteSlice = new Slice(byteType);

/** Like coreType, but []byte and string count as the same; if a string was seen, the result is string. */
export function coreString(t0: Type, stringType: Type): Type | null {
  const t = unalias(t0);
  if (t.kind !== TypeKind.TypeParam) return under(t);
  let su: Type | null = null;
  let hasString = false;
  if (
    tparamUnderIs(t, (u) => {
      if (u === null) return false;
      if (isString(u)) {
        u = byteSlice;
        hasString = true;
      }
      if (su !== null) {
        u = match(su, u);
        if (u === null) return false;
      }
      su = u;
      return true;
    })
  ) {
    return hasString ? stringType : su;
  }
  return null;
}

/** x if x and y are identical; the restricted channel if they differ only in an unrestricted direction; else null. */
export function match(x: Type, y: Type): Type | null {
  if (identical(x, y)) return x;
  if (x.kind === TypeKind.Chan && y.kind === TypeKind.Chan && identical(x.elem, y.elem)) {
    if (x.dir === ChanDirection.SendRecv) return y;
    if (y.dir === ChanDirection.SendRecv) return x;
  }
  return null;
}

/** A generic defined type that is not instantiated (types2's isGeneric). */
export function isGeneric(t: Type): boolean {
  const n = unalias(t);
  return n.kind === TypeKind.Named && n.tparams.length > 0 && n.targs.length === 0;
}

/** A type parameter whose constraint has an empty type set (once computed). */
export function hasEmptyTypeset(t: Type): boolean {
  const tp = unalias(t);
  if (tp.kind !== TypeKind.TypeParam) return false;
  const b = under(tp.bound);
  return b.kind === TypeKind.Interface && b.tset !== null && typeSetIsEmpty(b.tset);
}

/** *T where T is an interface (or type parameter). */
export function isInterfacePtr(t: Type): boolean {
  const p = under(t);
  return p.kind === TypeKind.Pointer && underTP(p.base).kind === TypeKind.Interface;
}

export function isPointer(t: Type): boolean {
  return under(t).kind === TypeKind.Pointer;
}

/** The empty interface standing in for an invalid constraint (types2's emptyInterface in TypeParam.iface). */
const emptyIface = new Interface([], []);
emptyIface.tset = allTypes;

/**
 * types2's under: like under(), but the underlying type of a type
 * parameter is its constraint interface (the empty interface if the
 * constraint is invalid).
 */
export function underTP(t: Type): Type {
  const u = under(t);
  if (u.kind === TypeKind.TypeParam) {
    const b = under(u.bound);
    return b.kind === TypeKind.Interface ? b : emptyIface;
  }
  return u;
}
