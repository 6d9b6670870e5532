// internal/rtype natives: reflection's bridge to the runtime (see
// src/lib/internal/rtype/rtype.go and ../NATIVES.md). Types are descriptor
// addresses (src/runtime/abi.ts); values are addresses of memory holding
// them. Types made at run time (PointerTo, SliceOf, ...) go through the
// checker's Type constructors and TypeDescs.desc, so they are the same
// canonical descriptors the compiled code uses. Assignability, conversion
// and interface satisfaction follow reflect's own rules over descriptors
// (reflect/type.go directlyAssignable, implements; value.go convertOp),
// which is what a Go program observes at run time, with the checker's
// identity predicate for "identical underlying types".
//
// Names and type strings are returned as the interned Go strings of the
// descriptors' persistent memory (TypeDescs.name), so asking for them
// allocates nothing on the heap.

import type { Runtime } from "../../runtime/rt.js";
import * as abi from "../../runtime/abi.js";
import { Kind, Alg, ChanDir as RtChanDir } from "../../runtime/abi.js";
import { HITER_ELEM, HITER_KEY, HITER_SIZE } from "../../runtime/map/hashmap.js";
import { GoPanic } from "../../vm/panic.js";
import { def, type Args } from "./args.js";
import {
  type Type,
  BasicKind,
  ChanDirection,
  Pointer,
  Slice,
  Array as ArrayType,
  MapType,
  Chan,
  Signature,
  Tuple,
  Struct,
  Typ,
  under,
} from "../../types/types.js";
import { Var, isExported } from "../../types/objects.js";
import { identical, identicalIgnoreTags } from "../../types/predicates.js";
import { sizeof } from "../../types/sizes.js";

/**
 * The natives that need the type checker's Types while the program runs
 * (to make new descriptors): a program
 * that can call them is not saved as an executable image, which carries
 * only the descriptors.
 */
export const typeBuildingNatives: ReadonlySet<string> = new Set(
  ["PointerTo", "SliceOf", "ArrayOf", "MapOf", "ChanOf", "StructOf"].map((n) => `internal/rtype.${n}`),
);

export function registerRtype(rt: Runtime): void {
  const v = rt.v;
  const u8 = v.u8;
  const u32 = v.u32;
  const ts = () => {
    const s = rt.typeSystem;
    if (s === null) throw new Error("gots: internal/rtype: the runtime's type system is not set up");
    return s;
  };

  // Helpers -------------------------------------------------------------

  /** Writes the interned Go string (header address) name as a string result. */
  const setName = (a: Args, name: number): void => {
    if (name === 0) {
      a.setPtr(0).setInt(0);
      return;
    }
    a.setPtr(u32[name >>> 2]).setInt(u32[(name + 8) >>> 2]);
  };
  /** Writes s (latin1 bytes) as an interned Go string result. */
  const setInterned = (a: Args, s: string): void => setName(a, s === "" ? 0 : ts().descs.name(s));
  const typeOf = (t: number): Type => ts().descs.typeOf(t);
  const desc = (t: Type): number => ts().descs.desc(t);
  const kind = (t: number): Kind => abi.typeKind(v, t);
  const isNamed = (t: number): boolean => (abi.typeTFlag(v, t) & abi.TFLAG_NAMED) !== 0;
  const loadWord = (p: number): number => u32[p >>> 2];
  const storeWord = (p: number, x: number): void => {
    u32[p >>> 2] = x;
    u32[(p >>> 2) + 1] = 0;
  };
  const copyMem = (dst: number, src: number, n: number): void => {
    if (n > 0 && dst !== src) u8.copyWithin(dst, src, src + n);
  };
  const noscan = (t: number): boolean => abi.typePtrBytes(v, t) === 0;
  /** panic(s) with s a Go string, as reflect's own panics are. */
  const panicString = (s: string): never => {
    const hdr = rt.heap.malloc(16, false);
    const p = s.length === 0 ? 0 : rt.heap.malloc(s.length, true);
    for (let i = 0; i < s.length; i++) u8[p + i] = s.charCodeAt(i);
    storeWord(hdr, p);
    storeWord(hdr + 8, s.length);
    throw GoPanic.value(desc(Typ[BasicKind.String]), hdr);
  };
  /** The elements of a []unsafe.Pointer argument. */
  const ptrSlice = (a: Args): number[] => {
    const [p, n] = a.slice();
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(u32[(p >>> 2) + 2 * i]);
    return out;
  };
  const strSlice = (a: Args): string[] => {
    const [p, n] = a.slice();
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const h = p + 16 * i;
      const sp = u32[h >>> 2];
      const sl = u32[(h + 8) >>> 2];
      out.push(sl === 0 ? "" : Buffer.from(u8.buffer, sp, sl).toString("latin1"));
    }
    return out;
  };
  const boolSlice = (a: Args): boolean[] => {
    const [p, n] = a.slice();
    const out: boolean[] = [];
    for (let i = 0; i < n; i++) out.push(u8[p + i] !== 0);
    return out;
  };

  // Interfaces ------------------------------------------------------------

  def(rt, "internal/rtype.Unpack", (a) => {
    const [t, d] = a.iface();
    a.results();
    if (t === 0) {
      a.setPtr(0).setPtr(0);
      return;
    }
    if (abi.isDirectIface(v, t)) {
      // The value is the data word itself: give it a word of memory.
      const w = rt.heap.malloc(8, false);
      storeWord(w, d);
      a.setPtr(t).setPtr(w);
      return;
    }
    a.setPtr(t).setPtr(d);
  });

  def(rt, "internal/rtype.Pack", (a) => {
    const t = a.ptr();
    const p = a.ptr();
    a.results();
    if (t === 0) {
      a.setIface(0, 0);
      return;
    }
    if (abi.isDirectIface(v, t)) {
      a.setIface(t, loadWord(p));
      return;
    }
    const size = abi.typeSize(v, t);
    const box = rt.heap.malloc(size, noscan(t));
    copyMem(box, p, size);
    a.setIface(t, box);
  });

  def(rt, "internal/rtype.LoadInterface", (a) => {
    const t = a.ptr();
    const p = a.ptr();
    a.results();
    const tab = loadWord(p);
    const d = loadWord(p + 8);
    if (tab === 0) {
      a.setIface(0, 0);
      return;
    }
    const typ = abi.interfaceMethodCount(v, t) === 0 ? tab : abi.itabType(v, tab);
    a.setIface(typ, d);
  });

  def(rt, "internal/rtype.StoreInterface", (a) => {
    const t = a.ptr();
    const p = a.ptr();
    const [typ, d] = a.iface();
    if (typ === 0) {
      storeWord(p, 0);
      storeWord(p + 8, 0);
      return;
    }
    let first = typ;
    if (abi.interfaceMethodCount(v, t) !== 0) {
      first = ts().descs.assertE2I(t, typ);
      if (first === 0) {
        throw new Error(`gots: internal/rtype.StoreInterface: ${abi.typeString(v, typ)} does not implement ${abi.typeString(v, t)}`);
      }
    }
    storeWord(p, first);
    storeWord(p + 8, d);
  });

  // Type descriptors ------------------------------------------------------

  def(rt, "internal/rtype.KindOf", (a) => {
    const t = a.ptr();
    a.results().setInt(t === 0 ? 0 : kind(t));
  });
  def(rt, "internal/rtype.String", (a) => {
    const t = a.ptr();
    setName(a.results(), abi.word(v, t + abi.TYPE_STR));
  });
  def(rt, "internal/rtype.Name", (a) => {
    const t = a.ptr();
    a.results();
    if (!isNamed(t)) {
      setName(a, 0);
      return;
    }
    // Like reflect's rtype.Name: the part after the last dot outside the type arguments' brackets.
    const s = abi.typeString(v, t);
    let i = s.length - 1;
    let depth = 0;
    for (; i >= 0 && (s[i] !== "." || depth !== 0); i--) {
      if (s[i] === "]") depth++;
      else if (s[i] === "[") depth--;
    }
    setInterned(a, s.slice(i + 1));
  });
  def(rt, "internal/rtype.PkgPath", (a) => {
    const t = a.ptr();
    a.results();
    const u = isNamed(t) ? abi.uncommon(v, t) : 0;
    setName(a, u === 0 ? 0 : abi.word(v, u + abi.UNCOMMON_PKGPATH));
  });
  def(rt, "internal/rtype.Size", (a) => {
    const t = a.ptr();
    a.results().setInt(abi.typeSize(v, t));
  });
  def(rt, "internal/rtype.Align", (a) => {
    const t = a.ptr();
    a.results().setInt(abi.typeAlign(v, t));
  });
  def(rt, "internal/rtype.FieldAlign", (a) => {
    const t = a.ptr();
    a.results().setInt(u8[t + abi.TYPE_FIELDALIGN]);
  });
  def(rt, "internal/rtype.Comparable", (a) => {
    const t = a.ptr();
    a.results().setBool(abi.typeAlg(v, t) !== Alg.NoEq);
  });
  def(rt, "internal/rtype.Elem", (a) => {
    const t = a.ptr();
    a.results().setPtr(abi.typeElem(v, t));
  });
  def(rt, "internal/rtype.Key", (a) => {
    const t = a.ptr();
    a.results().setPtr(kind(t) === Kind.Map ? abi.mapKey(v, t) : 0);
  });
  def(rt, "internal/rtype.Len", (a) => {
    const t = a.ptr();
    a.results().setInt(kind(t) === Kind.Array ? abi.arrayLen(v, t) : 0);
  });
  def(rt, "internal/rtype.ChanDir", (a) => {
    const t = a.ptr();
    a.results().setInt(kind(t) === Kind.Chan ? abi.chanDir(v, t) : 0);
  });
  def(rt, "internal/rtype.NumField", (a) => {
    const t = a.ptr();
    a.results().setInt(kind(t) === Kind.Struct ? abi.structFieldCount(v, t) : 0);
  });
  def(rt, "internal/rtype.Field", (a) => {
    const t = a.ptr();
    const i = a.num();
    a.results();
    const f = abi.structField(v, t, i);
    const flags = abi.word(v, f + abi.FIELD_FLAGS);
    setName(a, abi.word(v, f + abi.FIELD_NAME));
    setName(a, (flags & abi.FieldFlag.Exported) !== 0 ? 0 : abi.word(v, t + abi.STRUCT_PKGPATH));
    a.setPtr(abi.word(v, f + abi.FIELD_TYPE));
    setName(a, abi.word(v, f + abi.FIELD_TAG));
    a.setInt(abi.word64(v, f + abi.FIELD_OFFSET));
    a.setBool((flags & abi.FieldFlag.Embedded) !== 0);
  });
  def(rt, "internal/rtype.NumIn", (a) => {
    const t = a.ptr();
    a.results().setInt(abi.funcInCount(v, t));
  });
  def(rt, "internal/rtype.In", (a) => {
    const t = a.ptr();
    const i = a.num();
    a.results().setPtr(abi.funcIn(v, t, i));
  });
  def(rt, "internal/rtype.NumOut", (a) => {
    const t = a.ptr();
    a.results().setInt(abi.funcOutCount(v, t));
  });
  def(rt, "internal/rtype.Out", (a) => {
    const t = a.ptr();
    const i = a.num();
    a.results().setPtr(abi.funcOut(v, t, i));
  });
  def(rt, "internal/rtype.IsVariadic", (a) => {
    const t = a.ptr();
    a.results().setBool(abi.funcVariadic(v, t));
  });

  /** reflect's NumMethod: all of an interface's methods, else the exported methods of the method set. */
  const numMethod = (t: number): number => {
    if (kind(t) === Kind.Interface) return abi.interfaceMethodCount(v, t);
    const u = abi.uncommon(v, t);
    return u === 0 ? 0 : v.u16[(u + abi.UNCOMMON_XCOUNT) >>> 1];
  };
  def(rt, "internal/rtype.NumMethod", (a) => {
    const t = a.ptr();
    a.results().setInt(numMethod(t));
  });
  def(rt, "internal/rtype.Method", (a) => {
    const t = a.ptr();
    const i = a.num();
    a.results();
    if (kind(t) === Kind.Interface) {
      const m = abi.interfaceMethod(v, t, i);
      setName(a, abi.word(v, m + abi.IMETHOD_NAME));
      setName(a, abi.word(v, m + abi.IMETHOD_PKGPATH));
      a.setPtr(abi.word(v, m + abi.IMETHOD_TYPE));
      return;
    }
    // Exported methods sort first, so method i of NumMethod's count is entry i.
    const m = abi.method(v, t, i);
    setName(a, abi.word(v, m + abi.METHOD_NAME));
    setName(a, abi.word(v, m + abi.METHOD_PKGPATH));
    a.setPtr(abi.word(v, m + abi.METHOD_MTYP));
  });

  /**
   * reflect's implements(T, V): whether V's methods include all of the
   * interface T's (same name, package path of unexported names and type).
   * Both lists are sorted the same way, so one walk suffices.
   */
  const implementsIface = (T: number, V: number): boolean => {
    if (kind(T) !== Kind.Interface) return false;
    const ni = abi.interfaceMethodCount(v, T);
    if (ni === 0) return true;
    const vi = kind(V) === Kind.Interface;
    const nv = vi ? abi.interfaceMethodCount(v, V) : abi.methodCount(v, V);
    let j = 0;
    for (let k = 0; k < ni; k++) {
      const im = abi.interfaceMethod(v, T, k);
      const name = abi.word(v, im + abi.IMETHOD_NAME);
      const pkg = abi.word(v, im + abi.IMETHOD_PKGPATH);
      const typ = abi.word(v, im + abi.IMETHOD_TYPE);
      for (; j < nv; j++) {
        if (vi) {
          const m = abi.interfaceMethod(v, V, j);
          if (abi.word(v, m + abi.IMETHOD_NAME) === name && abi.word(v, m + abi.IMETHOD_PKGPATH) === pkg && abi.word(v, m + abi.IMETHOD_TYPE) === typ) break;
        } else {
          const m = abi.method(v, V, j);
          if (abi.word(v, m + abi.METHOD_NAME) === name && abi.word(v, m + abi.METHOD_PKGPATH) === pkg && abi.word(v, m + abi.METHOD_MTYP) === typ) break;
        }
      }
      if (j === nv) return false;
      j++;
    }
    return true;
  };

  /**
   * reflect's haveIdenticalType: T and V are the same type, or (ignoring
   * struct tags) have the same name, kind and package and identical
   * underlying types. Descriptors are canonical, so equal types are equal
   * addresses.
   */
  const identicalType = (T: number, V: number, cmpTags: boolean): boolean => {
    if (cmpTags) return T === V;
    if (isNamed(T) !== isNamed(V) || (isNamed(T) && abi.typeString(v, T) !== abi.typeString(v, V)) || kind(T) !== kind(V) || abi.pkgPath(v, T) !== abi.pkgPath(v, V)) {
      return false;
    }
    return identicalUnder(T, V, false);
  };
  /** reflect's haveIdenticalUnderlyingType, over descriptors. */
  const identicalUnder = (T: number, V: number, cmpTags: boolean): boolean => {
    if (T === V) return true;
    const k = kind(T);
    if (k !== kind(V)) return false;
    if ((k >= Kind.Bool && k <= Kind.Complex128) || k === Kind.String || k === Kind.UnsafePointer) return true;
    switch (k) {
      case Kind.Array:
        return abi.arrayLen(v, T) === abi.arrayLen(v, V) && identicalType(abi.typeElem(v, T), abi.typeElem(v, V), cmpTags);
      case Kind.Chan:
        return abi.chanDir(v, T) === abi.chanDir(v, V) && identicalType(abi.typeElem(v, T), abi.typeElem(v, V), cmpTags);
      case Kind.Func: {
        const n = abi.funcInCount(v, T);
        const m = abi.funcOutCount(v, T);
        if (n !== abi.funcInCount(v, V) || m !== abi.funcOutCount(v, V) || abi.funcVariadic(v, T) !== abi.funcVariadic(v, V)) return false;
        for (let i = 0; i < n; i++) if (!identicalType(abi.funcIn(v, T, i), abi.funcIn(v, V, i), cmpTags)) return false;
        for (let i = 0; i < m; i++) if (!identicalType(abi.funcOut(v, T, i), abi.funcOut(v, V, i), cmpTags)) return false;
        return true;
      }
      case Kind.Interface:
        // Like reflect: only two empty interfaces are identical this way
        // (non-empty identical ones share a descriptor).
        return abi.interfaceMethodCount(v, T) === 0 && abi.interfaceMethodCount(v, V) === 0;
      case Kind.Map:
        return identicalType(abi.mapKey(v, T), abi.mapKey(v, V), cmpTags) && identicalType(abi.typeElem(v, T), abi.typeElem(v, V), cmpTags);
      case Kind.Pointer:
      case Kind.Slice:
        return identicalType(abi.typeElem(v, T), abi.typeElem(v, V), cmpTags);
      case Kind.Struct: {
        const tf = abi.structFields(v, T);
        const vf = abi.structFields(v, V);
        if (tf.length !== vf.length) return false;
        if (abi.word(v, T + abi.STRUCT_PKGPATH) !== abi.word(v, V + abi.STRUCT_PKGPATH)) return false;
        for (let i = 0; i < tf.length; i++) {
          const x = tf[i];
          const y = vf[i];
          if (x.name !== y.name || !identicalType(x.type, y.type, cmpTags) || (cmpTags && x.tag !== y.tag) || x.offset !== y.offset || x.embedded !== y.embedded) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  };
  const nameOf = (t: number): boolean => isNamed(t);
  /** reflect's specialChannelAssignability: a bidirectional V to T with identical elements, one unnamed. */
  const specialChan = (T: number, V: number): boolean =>
    abi.chanDir(v, V) === RtChanDir.Both && (!nameOf(T) || !nameOf(V)) && abi.typeElem(v, T) === abi.typeElem(v, V);
  /** reflect's directlyAssignable(T, V). */
  const directlyAssignable = (T: number, V: number): boolean => {
    if (T === V) return true;
    if ((nameOf(T) && nameOf(V)) || kind(T) !== kind(V)) return false;
    if (kind(T) === Kind.Chan && specialChan(T, V)) return true;
    return identicalUnder(T, V, true);
  };
  const assignable = (V: number, T: number): boolean => directlyAssignable(T, V) || implementsIface(T, V);

  const isIntKind = (k: Kind) => k >= Kind.Int && k <= Kind.Int64;
  const isUintKind = (k: Kind) => k >= Kind.Uint && k <= Kind.Uintptr;
  const isFloatKind = (k: Kind) => k === Kind.Float32 || k === Kind.Float64;
  const isComplexKind = (k: Kind) => k === Kind.Complex64 || k === Kind.Complex128;
  /** reflect's convertOp(dst, src) != nil. */
  const convertible = (src: number, dst: number): boolean => {
    const sk = kind(src);
    const dk = kind(dst);
    /** A []byte or []rune of the predeclared element types (reflect requires an empty PkgPath). */
    const bytesOrRunes = (s: number): boolean => {
      const e = abi.typeElem(v, s);
      const ek = kind(e);
      return (ek === Kind.Uint8 || ek === Kind.Int32) && abi.pkgPath(v, e) === "";
    };
    if (isIntKind(sk) || isUintKind(sk)) {
      if (isIntKind(dk) || isUintKind(dk) || isFloatKind(dk) || dk === Kind.String) return true;
    } else if (isFloatKind(sk)) {
      if (isIntKind(dk) || isUintKind(dk) || isFloatKind(dk)) return true;
    } else if (isComplexKind(sk)) {
      if (isComplexKind(dk)) return true;
    } else if (sk === Kind.String) {
      if (dk === Kind.Slice && bytesOrRunes(dst)) return true;
    } else if (sk === Kind.Slice) {
      if (dk === Kind.String && bytesOrRunes(src)) return true;
      // Slice to array pointer or array with the same element type.
      if (dk === Kind.Pointer) {
        const e = abi.typeElem(v, dst);
        if (kind(e) === Kind.Array && abi.typeElem(v, e) === abi.typeElem(v, src)) return true;
      }
      if (dk === Kind.Array && abi.typeElem(v, dst) === abi.typeElem(v, src)) return true;
    } else if (sk === Kind.Chan) {
      if (dk === Kind.Chan && specialChan(dst, src)) return true;
    }
    if (identicalUnder(dst, src, false)) return true;
    if (dk === Kind.Pointer && !nameOf(dst) && sk === Kind.Pointer && !nameOf(src)) {
      if (identicalUnder(abi.typeElem(v, dst), abi.typeElem(v, src), false)) return true;
    }
    return implementsIface(dst, src);
  };

  def(rt, "internal/rtype.Implements", (a) => {
    const t = a.ptr();
    const iface = a.ptr();
    a.results().setBool(implementsIface(iface, t));
  });
  def(rt, "internal/rtype.AssignableTo", (a) => {
    const t = a.ptr();
    const u = a.ptr();
    a.results().setBool(assignable(t, u));
  });
  def(rt, "internal/rtype.ConvertibleTo", (a) => {
    const t = a.ptr();
    const u = a.ptr();
    a.results().setBool(convertible(t, u));
  });

  // Types made at run time -----------------------------------------------

  const maxBytes = rt.arena.maxBytes;
  def(rt, "internal/rtype.PointerTo", (a) => {
    const t = a.ptr();
    const p = abi.ptrToThis(v, t);
    a.results().setPtr(p !== 0 ? p : desc(new Pointer(typeOf(t))));
  });
  def(rt, "internal/rtype.SliceOf", (a) => {
    const t = a.ptr();
    a.results().setPtr(desc(new Slice(typeOf(t))));
  });
  def(rt, "internal/rtype.ArrayOf", (a) => {
    const n = a.int();
    const t = a.ptr();
    a.results();
    const es = abi.typeSize(v, t);
    if (typeof n !== "number" || n < 0 || (es > 0 && n * es > maxBytes)) panicString("reflect.ArrayOf: array size would exceed virtual address space");
    a.setPtr(desc(new ArrayType(typeOf(t), Number(n))));
  });
  def(rt, "internal/rtype.MapOf", (a) => {
    const k = a.ptr();
    const e = a.ptr();
    a.results().setPtr(desc(new MapType(typeOf(k), typeOf(e))));
  });
  def(rt, "internal/rtype.ChanOf", (a) => {
    const dir = a.num();
    const t = a.ptr();
    const d = dir === RtChanDir.Recv ? ChanDirection.RecvOnly : dir === RtChanDir.Send ? ChanDirection.SendOnly : ChanDirection.SendRecv;
    a.results().setPtr(desc(new Chan(d, typeOf(t))));
  });
  def(rt, "internal/rtype.FuncOf", (a) => {
    const ins = ptrSlice(a);
    const outs = ptrSlice(a);
    const variadic = a.bool();
    a.results().setPtr(ts().descs.funcOf(ins, outs, variadic));
  });
  def(rt, "internal/rtype.StructOf", (a) => {
    const names = strSlice(a);
    const types = ptrSlice(a);
    const tags = strSlice(a);
    const embedded = boolSlice(a);
    const fields = names.map((name, i) => {
      // reflect.StructField.PkgPath does not reach the native, so as in Go
      // without it, unexported names (and "_") are refused.
      if (!isExported(name)) panicString(`reflect.StructOf: field "${name}" is unexported but missing PkgPath`);
      const f = new Var(0, null, name, typeOf(types[i]));
      f.isField = true;
      f.embedded = embedded[i];
      return f;
    });
    const st = new Struct(fields, tags);
    if (sizeof(st) < 0 || sizeof(st) > maxBytes) panicString("reflect.StructOf: struct size would exceed virtual address space");
    a.results().setPtr(desc(st));
  });

  // Memory ------------------------------------------------------------------

  def(rt, "internal/rtype.New", (a) => {
    const t = a.ptr();
    a.results().setPtr(rt.heap.malloc(abi.typeSize(v, t), noscan(t)));
  });
  def(rt, "internal/rtype.NewArray", (a) => {
    const t = a.ptr();
    const n = a.int();
    const size = abi.typeSize(v, t);
    if (typeof n !== "number" || n < 0 || (size > 0 && n * size > maxBytes)) {
      throw GoPanic.runtimeError("makeslice: len out of range");
    }
    a.results().setPtr(rt.heap.malloc(size * n, noscan(t)));
  });
  def(rt, "internal/rtype.Copy", (a) => {
    const t = a.ptr();
    const dst = a.ptr();
    const src = a.ptr();
    copyMem(dst, src, abi.typeSize(v, t));
  });
  def(rt, "internal/rtype.Equal", (a) => {
    const t = a.ptr();
    const p = a.ptr();
    const q = a.ptr();
    a.results().setBool(ts().algs.equal(t, p, q));
  });

  // Maps ----------------------------------------------------------------------

  def(rt, "internal/rtype.MakeMap", (a) => {
    const t = a.ptr();
    const hint = a.int();
    a.results().setPtr(ts().maps.makemap(t, typeof hint === "number" ? hint : 0));
  });
  def(rt, "internal/rtype.MapLen", (a) => {
    const m = a.ptr();
    a.results().setInt(m === 0 ? 0 : ts().maps.len(m));
  });
  def(rt, "internal/rtype.MapAccess", (a) => {
    const t = a.ptr();
    const m = a.ptr();
    const key = a.ptr();
    a.results().setPtr(ts().maps.access2(t, m, key));
  });
  def(rt, "internal/rtype.MapAssign", (a) => {
    const t = a.ptr();
    const m = a.ptr();
    const key = a.ptr();
    const elem = a.ptr();
    const slot = ts().maps.assign(t, m, key);
    copyMem(slot, elem, abi.typeSize(v, abi.typeElem(v, t)));
  });
  def(rt, "internal/rtype.MapDelete", (a) => {
    const t = a.ptr();
    const m = a.ptr();
    const key = a.ptr();
    ts().maps.delete(t, m, key);
  });
  def(rt, "internal/rtype.MapClear", (a) => {
    const t = a.ptr();
    const m = a.ptr();
    if (m !== 0) ts().maps.clear(t, m);
  });
  def(rt, "internal/rtype.MapIterStart", (a) => {
    const t = a.ptr();
    const m = a.ptr();
    const it = rt.heap.malloc(HITER_SIZE, false);
    ts().maps.iterInit(t, m, it);
    a.results().setPtr(it);
  });
  def(rt, "internal/rtype.MapIterKey", (a) => {
    const it = a.ptr();
    a.results().setPtr(loadWord(it + HITER_KEY));
  });
  def(rt, "internal/rtype.MapIterElem", (a) => {
    const it = a.ptr();
    a.results().setPtr(loadWord(it + HITER_ELEM));
  });
  def(rt, "internal/rtype.MapIterNext", (a) => {
    const it = a.ptr();
    ts().maps.iterNext(it);
  });

  // Channels: over the runtime's channels (src/runtime/chan). Until there
  // are goroutines, an operation that would block is gc's deadlock.

  const chans = () => {
    const c = rt.chans;
    if (c === null) throw new Error("gots: channels are not supported yet");
    return c;
  };
  const recvOK = new Float64Array(4);
  /** selectgo over cases [dir (1 send, 2 recv), chan, elem address]; -1: the default was taken. */
  const select = (cases: [number, number, number][], hasDefault: boolean): number => {
    const n = cases.length;
    const arr = rt.heap.malloc(Math.max(24 * n, 8), false);
    cases.forEach(([dir, c, p], i) => {
      storeWord(arr + 24 * i, dir);
      storeWord(arr + 24 * i + 8, c);
      storeWord(arr + 24 * i + 16, p);
    });
    recvOK[0] = 0;
    return chans().select(arr, n, hasDefault, recvOK);
  };
  def(rt, "internal/rtype.MakeChan", (a) => {
    const t = a.ptr();
    const size = a.int();
    a.results().setPtr(chans().make(abi.typeElem(v, t), typeof size === "number" ? size : -1));
  });
  def(rt, "internal/rtype.ChanLen", (a) => {
    const c = a.ptr();
    a.results().setInt(chans().len(c));
  });
  def(rt, "internal/rtype.ChanCap", (a) => {
    const c = a.ptr();
    a.results().setInt(chans().cap(c));
  });
  def(rt, "internal/rtype.ChanClose", (a) => {
    chans().close(a.ptr());
  });
  def(rt, "internal/rtype.ChanSend", (a) => {
    a.ptr();
    const c = a.ptr();
    const p = a.ptr();
    const nb = a.bool();
    if (!nb) {
      chans().send(c, p);
      a.results().setBool(true);
      return;
    }
    a.results().setBool(select([[1, c, p]], true) === 0);
  });
  def(rt, "internal/rtype.ChanRecv", (a) => {
    a.ptr();
    const c = a.ptr();
    const p = a.ptr();
    const nb = a.bool();
    if (!nb) {
      const ok = chans().recv(c, p);
      a.results().setBool(true).setBool(ok);
      return;
    }
    const i = select([[2, c, p]], true);
    a.results().setBool(i === 0).setBool(i === 0 && recvOK[0] !== 0);
  });
  def(rt, "internal/rtype.Select", (a) => {
    const [dp, n] = a.slice();
    const cs = ptrSlice(a);
    ptrSlice(a);
    const vals = ptrSlice(a);
    const cases: [number, number, number][] = [];
    const index: number[] = [];
    let dflt = -1;
    for (let i = 0; i < n; i++) {
      const dir = u32[(dp >>> 2) + 2 * i];
      if (dir === 3) {
        dflt = i;
        continue;
      }
      cases.push([dir, cs[i], vals[i]]);
      index.push(i);
    }
    const k = select(cases, dflt >= 0);
    const chosen = k < 0 ? dflt : index[k];
    a.results().setInt(chosen).setBool(k >= 0 && cases[k][0] === 2 && recvOK[0] !== 0);
  });

  // Functions -----------------------------------------------------------------

  // Call, CallMethod and MakeFunc are in reflectcall.ts.

  def(rt, "internal/rtype.FuncEntry", (a) => {
    const fn = a.ptr();
    a.results().setInt(fn === 0 ? 0 : funcEntryPC(v.f64[fn >>> 3]));
  });
}

/** The code id of func values made by reflect.MakeFunc (their common stub). */
export const MAKEFUNC_CODE = abi.MAKEFUNC_CODE;

/**
 * The "code address" reflect reports for a function (Value.Pointer): its
 * entry pc, which runtime.FuncForPC maps back to it.
 */
export function funcEntryPC(code: number): number {
  return abi.funcPC(code, 0);
}
