// The runtime's view of Go types: the layout of type descriptors and itabs
// in the arena, and readers over them. Modelled on internal/abi (type.go):
// a descriptor is an abi.Type header followed by a kind-specific part and,
// for named types and types with methods, an uncommon part. Where Go stores
// 32-bit offsets into read-only data (NameOff, TypeOff, TextOff) gots stores
// absolute arena addresses in 8-byte words (high half zero), so every
// reference is a plain pointer. Descriptors are built by the code generator
// (src/codegen/typedesc.ts) in persistent memory and never move or die;
// identical Go types share one descriptor, so type identity at run time is
// address equality (type switches, assertions, eface/iface comparison).
//
// Names. A "name" is the address of an interned 16-byte Go string header
// (ptr, len) holding the bytes; equal names in one program have equal
// addresses. 0 means "no name" (empty tag, exported method without pkgpath).
//
// Layout (byte offsets; "addr" = 8-byte word holding an arena address):
//
//   Type header (abi.Type), TYPE_HEADER_SIZE = 56 bytes
//     0  size       u64     Size_
//     8  ptrbytes   u64     PtrBytes: prefix of the value that can hold pointers
//    16  hash       u32     Hash: 32-bit hash of the type's link string
//    20  tflag      u8      TFlag (Uncommon, Named, RegularMemory)
//    21  align      u8      Align_
//    22  fieldalign u8      FieldAlign_
//    23  kind       u8      Kind_ (low 5 bits Kind, KIND_DIRECT_IFACE bit)
//    24  equal      u64     the equality algorithm (Alg); 0 = not comparable,
//                           like a nil Equal func in Go
//    32  gcdata     addr    pointer bitmap: bit i (byte i/8, bit i%8) set when
//                           word i of the value holds a pointer; covers the
//                           first ptrbytes bytes; 0 when ptrbytes is 0. As in
//                           gc, an interface's type/itab word is not marked
//                           (it points to descriptors, never to the heap)
//    40  str        name    the type's string as reflect prints it (main.T)
//    48  ptrtothis  addr    descriptor of *T if it was made, else 0
//
//   Kind-specific part, at 56:
//     Array      56 elem addr, 64 slice addr ([]elem), 72 len u64      (80)
//     Chan       56 elem addr, 64 dir u64 (ChanDir)                    (72)
//     Func       56 incount u16, 58 outcount u16 (top bit: variadic),
//                64 params addr: incount+outcount descriptor addrs     (72)
//     Interface  56 pkgpath name, 64 methods addr, 72 count u64        (80)
//                  imethod (24 bytes): 0 name, 8 pkgpath name (0 when
//                  exported), 16 type addr (a func type, no receiver);
//                  sorted as Go sorts methods (exported first, then by
//                  name, then by package path)
//     Map        56 key, 64 elem, 72 bucket (struct desc), 80 hasher
//                (unused, 0), 88 keysize u8, 89 valuesize u8,
//                90 bucketsize u16, 92 flags u32 (MapFlag)             (96)
//     Pointer    56 elem addr                                          (64)
//     Slice      56 elem addr                                          (64)
//     Struct     56 pkgpath name, 64 fields addr, 72 count u64         (80)
//                  field (40 bytes): 0 name, 8 type addr, 16 offset u64,
//                  24 tag name (0 = no tag), 32 flags u64 (FieldFlag)
//     others     nothing                                               (56)
//
//   Uncommon part (abi.UncommonType), right after the kind-specific part
//   when tflag has TFLAG_UNCOMMON, 24 bytes:
//     0 pkgpath name, 8 mcount u16, 10 xcount u16, 16 methods addr
//       method (40 bytes): 0 name, 8 pkgpath name (0 when exported),
//       16 mtyp addr (func type without receiver), 24 ifn u64, 32 tfn u64:
//       code ids of the function to call through an interface (its
//       receiver is the interface's data word) and directly; CODE_UNRESOLVED
//       until the code generator was asked (TypeDescs.resolveMethod).
//       Same order as imethods, so getitab can merge the two lists.
//
//   Itab (abi.ITab): 0 inter addr, 8 type addr, 16 hash u32 (= type's
//   hash), 24 fun[n]: ifn code ids in the interface's method order.

/**
 * The memory the readers need: the Arena itself, or the faster fixed views
 * of views.ts (synced) in hot paths.
 */
export interface Mem {
  readonly u8: Uint8Array;
  readonly u16: Uint16Array;
  readonly u32: Uint32Array;
}

/** Kinds, numbered as Go's abi.Kind (reflect.Kind). */
export const enum Kind {
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
  Array,
  Chan,
  Func,
  Interface,
  Map,
  Pointer,
  Slice,
  String,
  Struct,
  UnsafePointer,
}

/** Set in the kind byte when the value is stored directly in an interface's data word. */
export const KIND_DIRECT_IFACE = 1 << 5;
export const KIND_MASK = (1 << 5) - 1;

export const TFLAG_UNCOMMON = 1 << 0;
export const TFLAG_NAMED = 1 << 2;
/** Equality and hashing may treat the value as size plain bytes (no floats, strings, interfaces, padding or blank fields). */
export const TFLAG_REGULAR_MEMORY = 1 << 3;

/** Equality (and hashing) algorithms, like the compiler's AlgKind; stored in the equal word. */
export const enum Alg {
  NoEq = 0,
  Mem,
  F32,
  F64,
  C64,
  C128,
  String,
  Inter,
  NilInter,
  Array,
  Struct,
}

export const enum ChanDir {
  Recv = 1,
  Send = 2,
  Both = 3,
}

export const enum MapFlag {
  IndirectKey = 1,
  IndirectElem = 2,
  ReflexiveKey = 4,
  NeedKeyUpdate = 8,
  HashMightPanic = 16,
}

export const enum FieldFlag {
  Embedded = 1,
  Exported = 2,
  Blank = 4,
}

export const TYPE_SIZE = 0;
export const TYPE_PTRBYTES = 8;
export const TYPE_HASH = 16;
export const TYPE_TFLAG = 20;
export const TYPE_ALIGN = 21;
export const TYPE_FIELDALIGN = 22;
export const TYPE_KIND = 23;
export const TYPE_EQUAL = 24;
export const TYPE_GCDATA = 32;
export const TYPE_STR = 40;
export const TYPE_PTRTOTHIS = 48;
export const TYPE_HEADER_SIZE = 56;

export const ARRAY_ELEM = 56;
export const ARRAY_SLICE = 64;
export const ARRAY_LEN = 72;
export const CHAN_ELEM = 56;
export const CHAN_DIR = 64;
export const FUNC_INCOUNT = 56;
export const FUNC_OUTCOUNT = 58;
export const FUNC_VARIADIC = 0x8000;
export const FUNC_PARAMS = 64;
export const INTERFACE_PKGPATH = 56;
export const INTERFACE_METHODS = 64;
export const INTERFACE_NMETHODS = 72;
export const IMETHOD_NAME = 0;
export const IMETHOD_PKGPATH = 8;
export const IMETHOD_TYPE = 16;
export const IMETHOD_SIZE = 24;
export const MAP_KEY = 56;
export const MAP_ELEM = 64;
export const MAP_BUCKET = 72;
export const MAP_HASHER = 80;
export const MAP_KEYSIZE = 88;
export const MAP_VALUESIZE = 89;
export const MAP_BUCKETSIZE = 90;
export const MAP_FLAGS = 92;
export const PTR_ELEM = 56;
export const SLICE_ELEM = 56;
export const STRUCT_PKGPATH = 56;
export const STRUCT_FIELDS = 64;
export const STRUCT_NFIELDS = 72;
export const FIELD_NAME = 0;
export const FIELD_TYPE = 8;
export const FIELD_OFFSET = 16;
export const FIELD_TAG = 24;
export const FIELD_FLAGS = 32;
export const FIELD_SIZE = 40;

export const UNCOMMON_PKGPATH = 0;
export const UNCOMMON_MCOUNT = 8;
export const UNCOMMON_XCOUNT = 10;
export const UNCOMMON_METHODS = 16;
export const UNCOMMON_SIZE = 24;
export const METHOD_NAME = 0;
export const METHOD_PKGPATH = 8;
export const METHOD_MTYP = 16;
export const METHOD_IFN = 24;
export const METHOD_TFN = 32;
export const METHOD_SIZE = 40;
/** A method's code id before the code generator was asked for it. */
export const CODE_UNRESOLVED = 0xffffffff;
/** The code id in itabs of a method an executable image lacks (see TypeDescs.resolveMethod). */
export const UNLINKED_CODE = 0x7fffffee;
/**
 * The code id of the function every func value made by reflect.MakeFunc
 * runs (the lowerer makes it first, so it is id 0 in every program): it
 * reads the func type and the Go implementation from its closure context
 * (closure words: code id, impl func value, func type), like gc's
 * makeFuncStub reading its reflect.makeFuncImpl.
 */
export const MAKEFUNC_CODE = 0;
/**
 * Program counters (runtime.Callers, FuncForPC, reflect's Value.Pointer):
 * (code id + 1) * PC_FUNC_SPAN + an offset in the function's pc table
 * (Func.lines): 0 is its entry, returnPC(b) the return pc of a call
 * resuming at block b, NATIVE_SITE_PC + 2k a call of a runtime function
 * that walks the stack or panics. Table offsets are even, so pc - 1 (what
 * CallersFrames looks up) is in the same call.
 */
export const PC_FUNC_SPAN = 2 ** 20;
export const NATIVE_SITE_PC = 2 ** 19;
/** Offsets of runtime errors' sites: PANIC_SITE_PC + 2 * (line of the generated code). */
export const PANIC_SITE_PC = 2 ** 18;
export function funcPC(code: number, off: number): number {
  return (code + 1) * PC_FUNC_SPAN + off;
}
export function returnPC(block: number): number {
  return 2 * (block + 1);
}
/** The closure object of a func value made by reflect.MakeFunc: code id, then these. */
export const MAKEFUNC_IMPL = 8;
export const MAKEFUNC_TYPE = 16;
export const MAKEFUNC_SIZE = 24;

export const ITAB_INTER = 0;
export const ITAB_TYPE = 8;
export const ITAB_HASH = 16;
export const ITAB_FUN = 24;

/** Go's abi.MapMaxKeyBytes / MapMaxElemBytes: larger keys and elems are stored indirectly. */
export const MAP_MAX_KEY_BYTES = 128;
export const MAP_MAX_ELEM_BYTES = 128;
export const MAP_BUCKET_COUNT = 8;

/** Size of the kind-specific part plus header, i.e. where the uncommon part starts. */
export function kindPartEnd(kind: Kind): number {
  switch (kind) {
    case Kind.Array:
      return 80;
    case Kind.Chan:
    case Kind.Func:
      return 72;
    case Kind.Interface:
    case Kind.Struct:
      return 80;
    case Kind.Map:
      return 96;
    case Kind.Pointer:
    case Kind.Slice:
      return 64;
  }
  return TYPE_HEADER_SIZE;
}

// ---------------------------------------------------------------------------
// Readers. Addresses and counts are below 2^32, so their low word is enough.

/** An 8-byte word holding an address or a count. */
export function word(a: Mem, addr: number): number {
  return a.u32[addr >>> 2];
}

/** An 8-byte unsigned word as a number (exact below 2^53). */
export function word64(a: Mem, addr: number): number {
  return a.u32[addr >>> 2] + a.u32[(addr >>> 2) + 1] * 4294967296;
}

export function typeKind(a: Mem, t: number): Kind {
  return (a.u8[t + TYPE_KIND] & KIND_MASK) as Kind;
}
export function typeSize(a: Mem, t: number): number {
  return word64(a, t + TYPE_SIZE);
}
export function typePtrBytes(a: Mem, t: number): number {
  return word64(a, t + TYPE_PTRBYTES);
}
export function typeHash(a: Mem, t: number): number {
  return a.u32[(t + TYPE_HASH) >>> 2];
}
export function typeTFlag(a: Mem, t: number): number {
  return a.u8[t + TYPE_TFLAG];
}
export function typeAlign(a: Mem, t: number): number {
  return a.u8[t + TYPE_ALIGN];
}
export function typeAlg(a: Mem, t: number): Alg {
  return a.u32[(t + TYPE_EQUAL) >>> 2] as Alg;
}
export function typeGCData(a: Mem, t: number): number {
  return word(a, t + TYPE_GCDATA);
}
export function isDirectIface(a: Mem, t: number): boolean {
  return (a.u8[t + TYPE_KIND] & KIND_DIRECT_IFACE) !== 0;
}
export function ptrToThis(a: Mem, t: number): number {
  return word(a, t + TYPE_PTRTOTHIS);
}

/** Whether word i of a value of type t may hold a pointer (from the GC bitmap). */
export function isPointerWord(a: Mem, t: number, i: number): boolean {
  if (i * 8 >= typePtrBytes(a, t)) return false;
  const g = typeGCData(a, t);
  return (a.u8[g + (i >>> 3)] & (1 << (i & 7))) !== 0;
}

/** The bytes of a name (interned string header), as a byte string; "" for 0. */
export function readName(a: Mem, name: number): string {
  if (name === 0) return "";
  const len = word(a, name + 8);
  return len === 0 ? "" : Buffer.from(a.u8.buffer, word(a, name), len).toString("latin1");
}

/** The type's string as reflect and %T print it: "main.T", "[]int", "map[string]int". */
export function typeString(a: Mem, t: number): string {
  return readName(a, word(a, t + TYPE_STR));
}

/** Elem of an array, chan, map, pointer or slice type. */
export function typeElem(a: Mem, t: number): number {
  switch (typeKind(a, t)) {
    case Kind.Array:
      return word(a, t + ARRAY_ELEM);
    case Kind.Chan:
      return word(a, t + CHAN_ELEM);
    case Kind.Map:
      return word(a, t + MAP_ELEM);
    case Kind.Pointer:
      return word(a, t + PTR_ELEM);
    case Kind.Slice:
      return word(a, t + SLICE_ELEM);
  }
  return 0;
}

export function arrayLen(a: Mem, t: number): number {
  return word64(a, t + ARRAY_LEN);
}
export function chanDir(a: Mem, t: number): ChanDir {
  return word(a, t + CHAN_DIR) as ChanDir;
}
export function mapKey(a: Mem, t: number): number {
  return word(a, t + MAP_KEY);
}
export function mapBucket(a: Mem, t: number): number {
  return word(a, t + MAP_BUCKET);
}
export function mapFlags(a: Mem, t: number): number {
  return a.u32[(t + MAP_FLAGS) >>> 2];
}

export interface FieldInfo {
  name: string;
  type: number;
  offset: number;
  tag: string;
  embedded: boolean;
  exported: boolean;
  blank: boolean;
}

export function structFieldCount(a: Mem, t: number): number {
  return word(a, t + STRUCT_NFIELDS);
}
/** Address of field record i of a struct type. */
export function structField(a: Mem, t: number, i: number): number {
  return word(a, t + STRUCT_FIELDS) + i * FIELD_SIZE;
}

export function structFields(a: Mem, t: number): FieldInfo[] {
  const out: FieldInfo[] = [];
  const n = structFieldCount(a, t);
  for (let i = 0; i < n; i++) {
    const f = structField(a, t, i);
    const flags = word(a, f + FIELD_FLAGS);
    out.push({
      name: readName(a, word(a, f + FIELD_NAME)),
      type: word(a, f + FIELD_TYPE),
      offset: word64(a, f + FIELD_OFFSET),
      tag: readName(a, word(a, f + FIELD_TAG)),
      embedded: (flags & FieldFlag.Embedded) !== 0,
      exported: (flags & FieldFlag.Exported) !== 0,
      blank: (flags & FieldFlag.Blank) !== 0,
    });
  }
  return out;
}

export function funcInCount(a: Mem, t: number): number {
  return a.u16[(t + FUNC_INCOUNT) >>> 1];
}
export function funcOutCount(a: Mem, t: number): number {
  return a.u16[(t + FUNC_OUTCOUNT) >>> 1] & (FUNC_VARIADIC - 1);
}
export function funcVariadic(a: Mem, t: number): boolean {
  return (a.u16[(t + FUNC_OUTCOUNT) >>> 1] & FUNC_VARIADIC) !== 0;
}
export function funcIn(a: Mem, t: number, i: number): number {
  return word(a, word(a, t + FUNC_PARAMS) + i * 8);
}
export function funcOut(a: Mem, t: number, i: number): number {
  return word(a, word(a, t + FUNC_PARAMS) + (funcInCount(a, t) + i) * 8);
}

export function interfaceMethodCount(a: Mem, t: number): number {
  return word(a, t + INTERFACE_NMETHODS);
}
/** Address of imethod record i of an interface type. */
export function interfaceMethod(a: Mem, t: number, i: number): number {
  return word(a, t + INTERFACE_METHODS) + i * IMETHOD_SIZE;
}

/** The uncommon part's address, or 0. */
export function uncommon(a: Mem, t: number): number {
  if ((a.u8[t + TYPE_TFLAG] & TFLAG_UNCOMMON) === 0) return 0;
  return t + kindPartEnd(typeKind(a, t));
}
export function methodCount(a: Mem, t: number): number {
  const u = uncommon(a, t);
  return u === 0 ? 0 : a.u16[(u + UNCOMMON_MCOUNT) >>> 1];
}
/** Address of method record i of a type with an uncommon part. */
export function method(a: Mem, t: number, i: number): number {
  return word(a, uncommon(a, t) + UNCOMMON_METHODS) + i * METHOD_SIZE;
}

/** The package path of a named type ("" for predeclared and unnamed types). */
export function pkgPath(a: Mem, t: number): string {
  const u = uncommon(a, t);
  return u === 0 ? "" : readName(a, word(a, u + UNCOMMON_PKGPATH));
}

export function itabType(a: Mem, tab: number): number {
  return word(a, tab + ITAB_TYPE);
}
export function itabInter(a: Mem, tab: number): number {
  return word(a, tab + ITAB_INTER);
}
/** Code id of the interface's method i for the itab's dynamic type. */
export function itabFun(a: Mem, tab: number, i: number): number {
  return word(a, tab + ITAB_FUN + i * 8);
}

/**
 * The text of a failed type assertion or interface conversion, like
 * runtime.TypeAssertionError.Error. iface: the static interface type of the
 * operand (0 when unknown: printed "interface"), concrete: its dynamic type
 * (0 for nil), asserted: the wanted type, missing: the method the dynamic
 * type lacks ("" when the types just differ).
 */
export function typeAssertionMessage(a: Mem, iface: number, concrete: number, asserted: number, missing = ""): string {
  const inter = iface === 0 ? "interface" : typeString(a, iface);
  const as = typeString(a, asserted);
  if (concrete === 0) return `interface conversion: ${inter} is nil, not ${as}`;
  const cs = typeString(a, concrete);
  if (missing === "") {
    let msg = `interface conversion: ${inter} is ${cs}, not ${as}`;
    if (cs === as) {
      msg += pkgPath(a, concrete) !== pkgPath(a, asserted) ? " (types from different packages)" : " (types from different scopes)";
    }
    return msg;
  }
  return `interface conversion: ${cs} is not ${as}: missing method ${missing}`;
}
