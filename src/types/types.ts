// The Go type model: one class per kind of type, as in gc's type checker
// (cmd/compile/internal/types2: basic.go, pointer.go, array.go, slice.go,
// struct.go, tuple.go, signature.go, interface.go, map.go, chan.go, named.go,
// typeparam.go, union.go, alias.go).
//
// Every type has a numeric `kind` so that hot code can switch on it, and TS
// narrows the Type union on it. Types are compared with identical()
// (predicates.ts), never with ===, except Basic types and Named types which
// are canonical (one object each).
//
// Underlying types: under(t) gives the underlying type; Named types record
// theirs once their declaration is checked (during checking of a cyclic
// declaration it may still be null, which under() reports as Invalid).

import type { Func, TypeName, Var } from "./objects.js";

export const enum TypeKind {
  Basic,
  Pointer,
  Array,
  Slice,
  Struct,
  Tuple,
  Signature,
  Interface,
  Map,
  Chan,
  Named,
  TypeParam,
  Union,
  Alias,
}

// ---------------------------------------------------------------------------
// Basic types.

export const enum BasicKind {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
}

/** Properties of basic types (types2's BasicInfo). */
export const enum BasicInfo {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsComplex = 1 << 4,
  IsString = 1 << 5,
  IsUntyped = 1 << 6,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
}

export class Basic {
  readonly kind = TypeKind.Basic as const;
  constructor(
    readonly basicKind: BasicKind,
    readonly info: number,
    readonly name: string,
  ) {}
}

export class Pointer {
  readonly kind = TypeKind.Pointer as const;
  constructor(readonly base: Type) {}
}

export class Array {
  readonly kind = TypeKind.Array as const;
  /** len < 0 means unknown (after an error). */
  constructor(
    readonly elem: Type,
    readonly len: number,
  ) {}
}

export class Slice {
  readonly kind = TypeKind.Slice as const;
  constructor(readonly elem: Type) {}
}

export class Struct {
  readonly kind = TypeKind.Struct as const;
  constructor(
    readonly fields: Var[],
    /** tags[i] is the tag of fields[i] (byte string, "" for none); may be shorter. */
    readonly tags: string[],
  ) {}
  tag(i: number): string {
    return i < this.tags.length ? this.tags[i] : "";
  }
}

/** An ordered list of variables: parameters, results, or multiple values. */
export class Tuple {
  readonly kind = TypeKind.Tuple as const;
  constructor(readonly vars: Var[]) {}
  get length(): number {
    return this.vars.length;
  }
  at(i: number): Var {
    return this.vars[i];
  }
}

export const emptyTuple = new Tuple([]);

export class Signature {
  readonly kind = TypeKind.Signature as const;
  /** Scope of the function's parameters (null for signatures not from source). */
  scope: import("./objects.js").Scope | null = null;
  /** Receiver type parameters (for methods of generic types). */
  rparams: TypeParam[] = [];
  /** Type parameters of a generic function. */
  tparams: TypeParam[] = [];
  constructor(
    public recv: Var | null,
    public params: Tuple,
    public results: Tuple,
    public variadic: boolean,
  ) {}
}

/** A single term of a union: ~T (tilde) or T. */
export class Term {
  constructor(
    readonly tilde: boolean,
    readonly type: Type,
  ) {}
}

export class Union {
  readonly kind = TypeKind.Union as const;
  constructor(readonly terms: Term[]) {}
}

/**
 * The computed type set of an interface: its full method set (sorted by
 * Id, embedded interfaces merged) and its type terms (null means all types).
 */
export interface TypeSet {
  methods: Func[];
  /** null: every type (no type restrictions). [] : the empty set. */
  terms: Term[] | null;
  comparable: boolean;
}

export class Interface {
  readonly kind = TypeKind.Interface as const;
  /** Set once the interface is complete (see typeset.ts). */
  tset: TypeSet | null = null;
  /** Positions of embedded elements, parallel to embeddeds (for errors). */
  embedPos: number[] = [];
  /** Implicit interface of a constraint written as a type term: [T ~int]. */
  implicit = false;
  constructor(
    /** Explicitly declared methods, in source order. */
    readonly methods: Func[],
    /** Embedded elements: interfaces, types, or unions. */
    readonly embeddeds: Type[],
  ) {}
}

export class MapType {
  readonly kind = TypeKind.Map as const;
  constructor(
    readonly key: Type,
    readonly elem: Type,
  ) {}
}

export const enum ChanDirection {
  SendRecv = 0,
  SendOnly = 1,
  RecvOnly = 2,
}

export class Chan {
  readonly kind = TypeKind.Chan as const;
  constructor(
    readonly dir: ChanDirection,
    readonly elem: Type,
  ) {}
}

/** A defined (named) type: type T U, or a predeclared named type like error. */
export class Named {
  readonly kind = TypeKind.Named as const;
  /** The underlying type; null while the declaration is being checked. */
  underlying: Type | null = null;
  /** The right-hand side as written (may be another Named), for cycle checks. */
  fromRHS: Type | null = null;
  /** Methods declared with this receiver base type, in source order. */
  methods: Func[] = [];
  tparams: TypeParam[] = [];
  /** For an instantiated type: the generic type and the type arguments. */
  orig: Named = this;
  targs: Type[] = [];
  constructor(public obj: TypeName) {}
}

export class TypeParam {
  readonly kind = TypeKind.TypeParam as const;
  private rawBound: Type;
  constructor(
    public obj: TypeName,
    public index: number,
    bound: Type,
  ) {
    this.rawBound = bound;
  }

  /**
   * The constraint, an Interface: a constraint written as a non-interface
   * type ([T int], [S []E]) is wrapped into an implicit interface when
   * first asked for, once its underlying type is known (types2's
   * TypeParam.iface).
   */
  get bound(): Type {
    const b = this.rawBound;
    const u = under(b);
    if (u.kind === TypeKind.Interface) return b;
    if (u.kind === TypeKind.Basic && u.basicKind === BasicKind.Invalid) return b;
    if (u.kind === TypeKind.TypeParam) return b;
    const it = new Interface([], [b]);
    it.implicit = true;
    it.embedPos = [0];
    this.rawBound = it;
    return it;
  }

  set bound(t: Type) {
    this.rawBound = t;
  }
}

/** A type alias created with EnableAlias semantics (type A = T, any). */
export class Alias {
  readonly kind = TypeKind.Alias as const;
  /** The aliased type; may itself be an Alias. */
  fromRHS: Type | null = null;
  constructor(public obj: TypeName) {}
}

export type Type =
  | Basic
  | Pointer
  | Array
  | Slice
  | Struct
  | Tuple
  | Signature
  | Interface
  | MapType
  | Chan
  | Named
  | TypeParam
  | Union
  | Alias;

// ---------------------------------------------------------------------------
// The basic types, indexed by BasicKind (types2's Typ), plus byte and rune.

function basic(k: BasicKind, info: number, name: string): Basic {
  return new Basic(k, info, name);
}

export const Typ: readonly Basic[] = [
  basic(BasicKind.Invalid, 0, "invalid type"),
  basic(BasicKind.Bool, BasicInfo.IsBoolean, "bool"),
  basic(BasicKind.Int, BasicInfo.IsInteger, "int"),
  basic(BasicKind.Int8, BasicInfo.IsInteger, "int8"),
  basic(BasicKind.Int16, BasicInfo.IsInteger, "int16"),
  basic(BasicKind.Int32, BasicInfo.IsInteger, "int32"),
  basic(BasicKind.Int64, BasicInfo.IsInteger, "int64"),
  basic(BasicKind.Uint, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint"),
  basic(BasicKind.Uint8, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint8"),
  basic(BasicKind.Uint16, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint16"),
  basic(BasicKind.Uint32, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint32"),
  basic(BasicKind.Uint64, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint64"),
  basic(BasicKind.Uintptr, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uintptr"),
  basic(BasicKind.Float32, BasicInfo.IsFloat, "float32"),
  basic(BasicKind.Float64, BasicInfo.IsFloat, "float64"),
  basic(BasicKind.Complex64, BasicInfo.IsComplex, "complex64"),
  basic(BasicKind.Complex128, BasicInfo.IsComplex, "complex128"),
  basic(BasicKind.String, BasicInfo.IsString, "string"),
  basic(BasicKind.UnsafePointer, 0, "Pointer"),
  basic(BasicKind.UntypedBool, BasicInfo.IsBoolean | BasicInfo.IsUntyped, "untyped bool"),
  basic(BasicKind.UntypedInt, BasicInfo.IsInteger | BasicInfo.IsUntyped, "untyped int"),
  basic(BasicKind.UntypedRune, BasicInfo.IsInteger | BasicInfo.IsUntyped, "untyped rune"),
  basic(BasicKind.UntypedFloat, BasicInfo.IsFloat | BasicInfo.IsUntyped, "untyped float"),
  basic(BasicKind.UntypedComplex, BasicInfo.IsComplex | BasicInfo.IsUntyped, "untyped complex"),
  basic(BasicKind.UntypedString, BasicInfo.IsString | BasicInfo.IsUntyped, "untyped string"),
  basic(BasicKind.UntypedNil, BasicInfo.IsUntyped, "untyped nil"),
];

/** byte and rune are aliases of uint8 and int32 with their own names for printing. */
export const byteType = basic(BasicKind.Uint8, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "byte");
export const runeType = basic(BasicKind.Int32, BasicInfo.IsInteger, "rune");

export const invalidType = Typ[BasicKind.Invalid];

// ---------------------------------------------------------------------------
// Underlying types.

/** Follows a chain of aliases to the aliased type (types2's Unalias). */
export function unalias(t: Type): Type {
  while (t.kind === TypeKind.Alias) {
    const r: Type | null = t.fromRHS;
    if (r === null) return invalidType;
    t = r;
  }
  return t;
}

/** The underlying type (never a Named, Alias, or null). */
export function under(t: Type): Type {
  if (t.kind === TypeKind.Alias) t = unalias(t);
  if (t.kind === TypeKind.Named) return t.underlying ?? invalidType;
  return t;
}

/** Named or Alias type's name object, else null. */
export function asNamed(t: Type): Named | null {
  const u = unalias(t);
  return u.kind === TypeKind.Named ? u : null;
}

export function isValid(t: Type | null): boolean {
  return t !== null && unalias(t) !== invalidType;
}
