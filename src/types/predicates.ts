// Predicates on types, named after the spec's terms (types2's predicates.go):
// type identity, comparability, the basic-type classes, nil-ability and the
// default type of untyped constants.

import {
  type Type,
  TypeKind,
  BasicInfo,
  BasicKind,
  Typ,
  Interface,
  Tuple,
  Signature,
  under,
  unalias,
  Term,
} from "./types.js";
import { sameId } from "./objects.js";
import { typeSetOf } from "./typeset.js";

// ---------------------------------------------------------------------------
// Basic classes. For type parameters, every type in the type set must qualify
// (types2's allBoolean, allInteger, ...).

function basicInfoOf(t: Type): number {
  const u = under(t);
  return u.kind === TypeKind.Basic ? u.info : 0;
}

/** All types in t's type set satisfy info mask (for non-type-params: t's underlying basic does). */
function allBasic(t: Type, mask: number): boolean {
  const u = unalias(t);
  if (u.kind === TypeKind.TypeParam) {
    const b = under(u.bound);
    if (b.kind !== TypeKind.Interface) return false; // invalid constraint (reported)
    const terms = typeSetOf(b).terms;
    if (terms === null || terms.length === 0) return false;
    return terms.every((term) => (basicInfoOf(term.type) & mask) !== 0);
  }
  return (basicInfoOf(u) & mask) !== 0;
}

export const isBoolean = (t: Type) => (basicInfoOf(t) & BasicInfo.IsBoolean) !== 0;
export const isInteger = (t: Type) => (basicInfoOf(t) & BasicInfo.IsInteger) !== 0;
export const isUnsigned = (t: Type) => (basicInfoOf(t) & BasicInfo.IsUnsigned) !== 0;
export const isFloat = (t: Type) => (basicInfoOf(t) & BasicInfo.IsFloat) !== 0;
export const isComplex = (t: Type) => (basicInfoOf(t) & BasicInfo.IsComplex) !== 0;
export const isNumeric = (t: Type) => (basicInfoOf(t) & BasicInfo.IsNumeric) !== 0;
export const isString = (t: Type) => (basicInfoOf(t) & BasicInfo.IsString) !== 0;
export const isIntegerOrFloat = (t: Type) => (basicInfoOf(t) & (BasicInfo.IsInteger | BasicInfo.IsFloat)) !== 0;
export const isConstType = (t: Type) => (basicInfoOf(t) & BasicInfo.IsConstType) !== 0;

export const allBoolean = (t: Type) => allBasic(t, BasicInfo.IsBoolean);
export const allInteger = (t: Type) => allBasic(t, BasicInfo.IsInteger);
export const allUnsigned = (t: Type) => allBasic(t, BasicInfo.IsUnsigned);
export const allNumeric = (t: Type) => allBasic(t, BasicInfo.IsNumeric);
export const allString = (t: Type) => allBasic(t, BasicInfo.IsString);
export const allOrdered = (t: Type) => allBasic(t, BasicInfo.IsOrdered);
export const allNumericOrString = (t: Type) => allBasic(t, BasicInfo.IsNumeric | BasicInfo.IsString);

/** Untyped basic type (untyped bool, int, ..., nil). Type parameters are typed. */
export function isUntyped(t: Type): boolean {
  const u = unalias(t);
  return u.kind === TypeKind.Basic && (u.info & BasicInfo.IsUntyped) !== 0;
}

export function isTyped(t: Type): boolean {
  return !isUntyped(t);
}

/** An untyped numeric type (not bool, string or nil). */
export function isUntypedNumeric(t: Type): boolean {
  const u = unalias(t);
  return u.kind === TypeKind.Basic && (u.info & BasicInfo.IsUntyped) !== 0 && (u.info & BasicInfo.IsNumeric) !== 0;
}

export function isInterface(t: Type): boolean {
  const u = unalias(t);
  return u.kind !== TypeKind.TypeParam && under(u).kind === TypeKind.Interface;
}

export function isNonTypeParamInterface(t: Type): boolean {
  return isInterface(t);
}

export function isTypeParam(t: Type): boolean {
  return unalias(t).kind === TypeKind.TypeParam;
}

/** A type with a name: Basic, Named or TypeParam (the spec's "named type"). */
export function hasName(t: Type): boolean {
  const u = unalias(t);
  return u.kind === TypeKind.Basic || u.kind === TypeKind.Named || u.kind === TypeKind.TypeParam;
}

export function isUntypedNil(t: Type): boolean {
  const u = unalias(t);
  return u.kind === TypeKind.Basic && u.basicKind === BasicKind.UntypedNil;
}

/** Types that have nil as a value (types2's hasNil). */
export function hasNil(t: Type): boolean {
  const u0 = unalias(t);
  if (u0.kind === TypeKind.TypeParam) {
    const b = under(u0.bound);
    if (b.kind !== TypeKind.Interface) return false; // invalid constraint (reported)
    const terms = typeSetOf(b).terms;
    return terms !== null && terms.length > 0 && terms.every((term) => hasNil(term.type));
  }
  const u = under(u0);
  switch (u.kind) {
    case TypeKind.Basic:
      return u.basicKind === BasicKind.UnsafePointer;
    case TypeKind.Slice:
    case TypeKind.Pointer:
    case TypeKind.Signature:
    case TypeKind.Map:
    case TypeKind.Chan:
    case TypeKind.Interface:
      return true;
  }
  return false;
}

/** The default type of an untyped constant type (spec: "default type"). */
export function defaultType(t: Type): Type {
  const u = unalias(t);
  if (u.kind === TypeKind.Basic) {
    switch (u.basicKind) {
      case BasicKind.UntypedBool:
        return Typ[BasicKind.Bool];
      case BasicKind.UntypedInt:
        return Typ[BasicKind.Int];
      case BasicKind.UntypedRune:
        return runeTypeRef.t;
      case BasicKind.UntypedFloat:
        return Typ[BasicKind.Float64];
      case BasicKind.UntypedComplex:
        return Typ[BasicKind.Complex128];
      case BasicKind.UntypedString:
        return Typ[BasicKind.String];
    }
  }
  return t;
}

/** Set by universe.ts: the universe's rune type (an alias-named int32). */
export const runeTypeRef: { t: Type } = { t: Typ[BasicKind.Int32] };

// ---------------------------------------------------------------------------
// Comparability.

/**
 * Whether values of type t can be compared with ==. If dynamic is set,
 * interfaces count as comparable (spec: "comparable", vs. "strictly
 * comparable" for constraint satisfaction). reportf, if given, receives
 * the reason for a failure (e.g. "struct containing []int cannot be compared").
 */
export function comparable(t: Type, dynamic: boolean, seen: Set<Type> | null = null, reportf?: (msg: string) => void): boolean {
  seen ??= new Set();
  if (seen.has(t)) return true;
  seen.add(t);
  const tp = unalias(t);
  if (tp.kind === TypeKind.TypeParam) {
    // A type parameter is comparable if every type in its constraint's type set is.
    const b = under(tp.bound);
    if (b.kind !== TypeKind.Interface) return false;
    const ts = typeSetOf(b);
    if (ts.terms === null) return ts.comparable;
    return ts.terms.length > 0 && ts.terms.every((term) => comparable(term.type, false, seen));
  }
  const u = under(t);
  switch (u.kind) {
    case TypeKind.Basic:
      return u.basicKind !== BasicKind.UntypedNil;
    case TypeKind.Pointer:
    case TypeKind.Chan:
      return true;
    case TypeKind.Interface:
      if (dynamic && !isTypeParam(t)) return true;
      return typeSetOf(u).comparable || (isTypeParam(t) && typeSetIsComparable(u, seen));
    case TypeKind.Struct:
      for (const f of u.fields) {
        if (!comparable(f.type!, dynamic, seen)) {
          reportf?.(`struct containing ${typeStringRef.fn(f.type!)} cannot be compared`);
          return false;
        }
      }
      return true;
    case TypeKind.Array:
      if (!comparable(u.elem, dynamic, seen)) {
        reportf?.(`${typeStringRef.fn(t)} cannot be compared`);
        return false;
      }
      return true;
  }
  return false;
}

function typeSetIsComparable(iface: Interface, seen: Set<Type>): boolean {
  const terms = typeSetOf(iface).terms;
  if (terms === null) return false;
  return terms.length > 0 && terms.every((term) => comparable(term.type, false, seen));
}

/** Set by typestring.ts to avoid an import cycle. */
export const typeStringRef: { fn: (t: Type) => string } = { fn: () => "?" };

// ---------------------------------------------------------------------------
// Type identity (spec: "Type identity").

export function identical(x: Type, y: Type): boolean {
  return identicalImpl(x, y, true, null);
}

/** Identity ignoring struct tags (for conversions). */
export function identicalIgnoreTags(x: Type, y: Type): boolean {
  return identicalImpl(x, y, false, null);
}

interface IfacePair {
  x: Interface;
  y: Interface;
  prev: IfacePair | null;
}

function identicalImpl(x: Type, y: Type, cmpTags: boolean, p: IfacePair | null): boolean {
  x = unalias(x);
  y = unalias(y);
  if (x === y) return true;
  if (x.kind !== y.kind) return false;
  switch (x.kind) {
    case TypeKind.Basic:
      // byte/uint8 and rune/int32 are distinct objects but the same type.
      return x.basicKind === (y as typeof x).basicKind;
    case TypeKind.Array: {
      const b = y as typeof x;
      return x.len === b.len && identicalImpl(x.elem, b.elem, cmpTags, p);
    }
    case TypeKind.Slice:
      return identicalImpl(x.elem, (y as typeof x).elem, cmpTags, p);
    case TypeKind.Struct: {
      const b = y as typeof x;
      if (x.fields.length !== b.fields.length) return false;
      for (let i = 0; i < x.fields.length; i++) {
        const f = x.fields[i];
        const g = b.fields[i];
        if (f.embedded !== g.embedded) return false;
        if (cmpTags && x.tag(i) !== b.tag(i)) return false;
        if (!sameId(f.pkg, f.name, g.pkg, g.name)) return false;
        if (!identicalImpl(f.type!, g.type!, cmpTags, p)) return false;
      }
      return true;
    }
    case TypeKind.Pointer:
      return identicalImpl(x.base, (y as typeof x).base, cmpTags, p);
    case TypeKind.Tuple:
      return identicalTuples(x, y as Tuple, cmpTags, p);
    case TypeKind.Signature: {
      const b = y as Signature;
      if (x.tparams.length !== b.tparams.length) return false;
      // Generic signatures are compared after renaming type parameters; gots
      // compares them structurally with parameters matched by index.
      return (
        x.variadic === b.variadic &&
        identicalTuples(x.params, b.params, cmpTags, p) &&
        identicalTuples(x.results, b.results, cmpTags, p)
      );
    }
    case TypeKind.Union: {
      const b = y as typeof x;
      return identicalTermSets(x.terms, b.terms);
    }
    case TypeKind.Interface: {
      const b = y as Interface;
      const xs = typeSetOf(x);
      const ys = typeSetOf(b);
      if (xs.comparable !== ys.comparable) return false;
      if ((xs.terms === null) !== (ys.terms === null)) return false;
      if (xs.terms !== null && !identicalTermSets(xs.terms, ys.terms!)) return false;
      const a = xs.methods;
      const c = ys.methods;
      if (a.length !== c.length) return false;
      for (let q = p; q !== null; q = q.prev) {
        if ((q.x === x && q.y === b) || (q.x === b && q.y === x)) return true;
      }
      const np: IfacePair = { x, y: b, prev: p };
      for (let i = 0; i < a.length; i++) {
        const f = a[i];
        const g = c[i];
        if (f.id() !== g.id() || !identicalImpl(f.type!, g.type!, cmpTags, np)) return false;
      }
      return true;
    }
    case TypeKind.Map: {
      const b = y as typeof x;
      return identicalImpl(x.key, b.key, cmpTags, p) && identicalImpl(x.elem, b.elem, cmpTags, p);
    }
    case TypeKind.Chan: {
      const b = y as typeof x;
      return x.dir === b.dir && identicalImpl(x.elem, b.elem, cmpTags, p);
    }
    case TypeKind.Named: {
      const b = y as typeof x;
      // Instances of the same generic type with identical arguments are identical.
      if (x.orig !== b.orig || x.orig === x || b.orig === b) return false;
      if (x.targs.length !== b.targs.length) return false;
      return x.targs.every((t, i) => identicalImpl(t, b.targs[i], cmpTags, p));
    }
    case TypeKind.TypeParam:
      return false;
  }
  return false;
}

function identicalTuples(x: Tuple, y: Tuple, cmpTags: boolean, p: IfacePair | null): boolean {
  if (x.vars.length !== y.vars.length) return false;
  for (let i = 0; i < x.vars.length; i++) {
    if (!identicalImpl(x.vars[i].type!, y.vars[i].type!, cmpTags, p)) return false;
  }
  return true;
}

function identicalTermSets(a: Term[], b: Term[]): boolean {
  if (a.length !== b.length) return false;
  const has = (set: Term[], t: Term) => set.some((u) => u.tilde === t.tilde && identical(u.type, t.type));
  return a.every((t) => has(b, t)) && b.every((t) => has(a, t));
}
