// Runtime type descriptors: what gc's reflectdata writes into a binary's
// read-only data (dcommontype, dextratype, itabs), built in the arena on
// demand. The layout is documented in src/runtime/abi.ts; this file turns
// checked Go types (src/types) into it.
//
// Canonical: identical types get one descriptor, so the VM compares types by
// address (type switches, assertions, interface equality). Unnamed types are
// keyed by structure, defined (Named) types by identity, and instances of a
// generic type by origin plus the keys of their type arguments (typeKey).
// A descriptor is registered before its parts are filled in, so recursive
// types (type T struct{ next *T }) close on themselves; everything computed
// from the Type rather than from other descriptors (size, pointer bitmap,
// equality algorithm) so a part that is still being filled is never read.
//
// Methods: a concrete type's method set (value receivers for T, all for *T,
// promoted ones through embedded fields included) goes into its uncommon
// part, sorted as gc sorts methods; the code ids are asked from the code
// generator only when an itab needs them (resolveMethod), so a type merely
// allocated or printed costs no method compilation. Like getitab, itabs are
// built once per (interface, type) pair, at compile time (itab) or when only
// descriptors are known at run time (assertE2I).
//
// Memory from `alloc` must never be freed or moved: descriptors, names and
// itabs are the runtime's read-only data (persistentalloc in Go); they are
// allocated noscan, the collector must treat pointers to them as non-heap.

import type { Arena } from "../runtime/mem/arena.js";
import * as abi from "../runtime/abi.js";
import { Alg, Kind, ChanDir as RtChanDir, MapFlag, FieldFlag } from "../runtime/abi.js";
import {
  type Type,
  TypeKind,
  BasicKind,
  type Named,
  Pointer,
  Signature,
  Tuple,
  Struct,
  Array as ArrayType,
  type MapType,
  Slice as SliceOf,
  Typ,
  unalias,
  under,
} from "../types/types.js";
import { type Func, type Package, Var, ObjKind, isExported } from "../types/objects.js";
import { sizeof, alignof, offsetsof } from "../types/sizes.js";
import { lookupFieldOrMethod } from "../types/lookup.js";
import { typeSetOf } from "../types/typeset.js";
import { quoteGo } from "../types/quote.js";

/** Allocates size zeroed bytes; noscan: the block holds no heap pointers. */
export type Alloc = (size: number, noscan: boolean) => number;
/** The code id of method m called with a receiver of type recv (the code generator's). */
export type MethodCode = (recv: Type, m: Func) => number;

interface DescInfo {
  /** The first Type seen for this descriptor (a canonical representative). */
  type: Type;
  /** The uncommon method table's methods, in table order. */
  methods: Func[];
}

/** The JS-side state of TypeDescs that an executable image saves (see exportState). */
export interface DescState {
  names: [string, number][];
  itabs: [number, [number, number | string][]][];
  funcTypes: [string, number][];
}

/**
 * A method's identity as itabInit matches it: name, package path and type
 * (canonical addresses). Method and imethod records share that layout.
 */
function methodKey(a: Arena, rec: number): string {
  return `${abi.word(a, rec + abi.METHOD_NAME)}/${abi.word(a, rec + abi.METHOD_PKGPATH)}/${abi.word(a, rec + abi.METHOD_MTYP)}`;
}

function funcKey(ins: number[], outs: number[], variadic: boolean): string {
  return `${ins.join(",")}>${outs.join(",")}${variadic ? "..." : ""}`;
}

export class TypeDescs {
  private readonly byKey = new Map<string, number>();
  private readonly infos = new Map<number, DescInfo>();
  private readonly names = new Map<string, number>();
  /** inter desc -> type desc -> itab address, or the missing method's name. */
  private readonly itabs = new Map<number, Map<number, number | string>>();
  private readonly u32: Uint32Array;

  constructor(
    readonly arena: Arena,
    private readonly alloc: Alloc,
    private readonly methodCode: MethodCode,
  ) {
    this.u32 = arena.u32;
  }

  /** The descriptor of t (built on first request). */
  desc(t: Type): number {
    const key = typeKey(t);
    const d = this.byKey.get(key);
    if (d !== undefined) return d;
    return this.build(t, key, null);
  }

  /** The Type a descriptor was built from. */
  typeOf(d: number): Type {
    const info = this.infos.get(d);
    if (info === undefined) throw new Error(`typedesc: ${d} is not a type descriptor`);
    return info.type;
  }

  /** The itab for converting concrete to the non-empty interface iface; the pair must implement. */
  itab(iface: Type, concrete: Type): number {
    const inter = this.desc(iface);
    const typ = this.desc(concrete);
    const tab = this.getitab(inter, typ);
    if (typeof tab === "string") {
      throw new Error(`typedesc: ${typeString(concrete)} does not implement ${typeString(iface)} (missing method ${tab})`);
    }
    return tab;
  }

  /**
   * The itab for interface descriptor inter and dynamic type typ, built on
   * first use, or 0 when typ lacks one of inter's methods (assertE2I2; the
   * panicking form uses missingMethod for gc's message).
   */
  assertE2I(inter: number, typ: number): number {
    const tab = this.getitab(inter, typ);
    return typeof tab === "number" ? tab : 0;
  }

  /** The first of inter's methods that typ lacks, "" when typ implements inter. */
  missingMethod(inter: number, typ: number): string {
    const tab = this.getitab(inter, typ);
    return typeof tab === "string" ? tab : "";
  }

  /**
   * Fills in the code ids of method i of descriptor d (asking the code
   * generator) and returns its ifn: the code for calls through an interface,
   * whose receiver is the interface's data word. That is the method itself
   * when the type is pointer-shaped, else the method of *T, which receives a
   * pointer to the boxed value (like gc's (*T).M wrappers in itabs).
   */
  resolveMethod(d: number, i: number): number {
    const a = this.arena;
    const m = abi.method(a, d, i);
    let ifn = abi.word(a, m + abi.METHOD_IFN);
    if (ifn !== abi.CODE_UNRESOLVED) return ifn;
    const failed = this.failed.get(m);
    if (failed !== undefined) throw failed;
    const info = this.infos.get(d);
    // In a program run from an executable image, a method no reachable
    // code can call was not linked: its itab slot gets a code id that
    // fails if it is ever called.
    if (info === undefined) return abi.UNLINKED_CODE;
    const fn = info.methods[i];
    try {
      const tfn = this.methodCode(info.type, fn);
      ifn = abi.isDirectIface(a, d) ? tfn : this.methodCode(new Pointer(info.type), fn);
      this.put(m + abi.METHOD_TFN, tfn);
    } catch (e) {
      // Generating the method failed (a construct the interpreter does not
      // support yet): the same error again if the program ever needs it.
      this.failed.set(m, e);
      throw e;
    }
    this.put(m + abi.METHOD_IFN, ifn);
    return ifn;
  }

  /** Methods whose code could not be generated, by method record address, with the error. */
  private readonly failed = new Map<number, unknown>();

  /** The identity of method m of interface type it: its name, package path (unexported) and type descriptors, as itabInit matches them. */
  imethodKey(it: Type, m: Func): string {
    const a = this.arena;
    const d = this.desc(it);
    for (let k = 0; k < abi.interfaceMethodCount(a, d); k++) {
      const im = abi.interfaceMethod(a, d, k);
      if (abi.readName(a, abi.word(a, im + abi.IMETHOD_NAME)) !== m.name) continue;
      if (!isExported(m.name) && abi.readName(a, abi.word(a, im + abi.IMETHOD_PKGPATH)) !== pkgPathOf(m.pkg)) continue;
      return methodKey(a, im);
    }
    throw new Error(`typedesc: ${typeString(it)} has no method ${m.name}`);
  }

  /** Every resolved method of every descriptor: [method key (see imethodKey), exported, tfn, ifn]. */
  resolvedMethods(): [string, boolean, number, number][] {
    const a = this.arena;
    const out: [string, boolean, number, number][] = [];
    for (const d of this.infos.keys()) {
      if (abi.typeKind(a, d) === Kind.Interface) continue;
      for (let i = 0; i < abi.methodCount(a, d); i++) {
        const m = abi.method(a, d, i);
        const ifn = abi.word(a, m + abi.METHOD_IFN);
        if (ifn === abi.CODE_UNRESOLVED) continue;
        const pkg = abi.word(a, m + abi.METHOD_PKGPATH);
        out.push([methodKey(a, m), pkg === 0, abi.word(a, m + abi.METHOD_TFN), ifn]);
      }
    }
    return out;
  }

  /**
   * Like the linker's dead-code pass keeping the methods that interface
   * calls can reach: resolves (generating their code) every method that
   * reach says reachable code may call through an interface (by key), or
   * every exported one when reach says reflect calls methods, repeating
   * while that generates more code. After this, building an itab while the
   * program runs needs no code generation for the methods it can call; the
   * others get UNLINKED_CODE in an executable image. Returns false if a
   * method's code could not be generated.
   */
  linkMethods(reach: () => { keys: Set<string>; reflect: boolean }): boolean {
    const a = this.arena;
    let ok = true;
    for (;;) {
      const { keys, reflect } = reach();
      let more = false;
      for (const d of [...this.infos.keys()]) {
        if (abi.typeKind(a, d) === Kind.Interface) continue;
        for (let i = 0; i < abi.methodCount(a, d); i++) {
          const m = abi.method(a, d, i);
          if (abi.word(a, m + abi.METHOD_IFN) !== abi.CODE_UNRESOLVED || this.failed.has(m)) continue;
          const pkg = abi.word(a, m + abi.METHOD_PKGPATH);
          if (!(reflect && pkg === 0) && !keys.has(methodKey(a, m))) continue;
          more = true;
          try {
            this.resolveMethod(d, i);
          } catch {
            ok = false;
          }
        }
      }
      if (!more) return ok;
    }
  }

  /**
   * What an executable image must carry besides the arena's bytes for the
   * descriptors to work without the type checker's Types: the interned
   * names and the itabs built so far. A program restored from an image can
   * build itabs and look up names, but not make descriptors from Types.
   */
  exportState(): DescState {
    const itabs: [number, [number, number | string][]][] = [];
    for (const [inter, m] of this.itabs) itabs.push([inter, [...m]]);
    return { names: [...this.names], itabs, funcTypes: [...this.funcTypes] };
  }

  importState(s: DescState): void {
    for (const [k, v] of s.funcTypes) this.funcTypes.set(k, v);
    for (const [k, v] of s.names) this.names.set(k, v);
    for (const [inter, l] of s.itabs) this.itabs.set(inter, new Map(l));
  }

  /** Unnamed func type descriptors by funcKey of their parameter and result descriptors. */
  private readonly funcTypes = new Map<string, number>();

  /**
   * Like reflect.FuncOf: the descriptor of the unnamed func type with these
   * parameter and result descriptors, made from descriptors alone when no
   * identical one exists yet (so it also works in a restored image).
   */
  funcOf(ins: number[], outs: number[], variadic: boolean): number {
    const key = funcKey(ins, outs, variadic);
    const found = this.funcTypes.get(key);
    if (found !== undefined) return found;
    // With the Types at hand (not in a restored image), the descriptor is
    // made as the compiler's are, so later Type-based requests find it.
    const infos = [...ins, ...outs].map((t) => this.infos.get(t));
    if (infos.every((i) => i !== undefined)) {
      const param = (i: DescInfo | undefined) => {
        const p = new Var(0, null, "", i!.type);
        p.isParam = true;
        return p;
      };
      return this.desc(new Signature(null, new Tuple(infos.slice(0, ins.length).map(param)), new Tuple(infos.slice(ins.length).map(param)), variadic));
    }
    const a = this.arena;
    const str = (t: number) => abi.typeString(a, t);
    const params = ins.map((t, i) => (variadic && i === ins.length - 1 ? "..." + str(abi.typeElem(a, t)) : str(t)));
    const results = outs.map(str);
    let s = `func(${params.join(", ")})`;
    if (results.length === 1) s += " " + results[0];
    else if (results.length > 1) s += ` (${results.join(", ")})`;
    const d = this.alloc(abi.kindPartEnd(Kind.Func), true);
    this.funcTypes.set(key, d);
    this.put(d + abi.TYPE_SIZE, 8);
    this.put(d + abi.TYPE_PTRBYTES, 8);
    a.u8[d + abi.TYPE_ALIGN] = 8;
    a.u8[d + abi.TYPE_FIELDALIGN] = 8;
    a.u8[d + abi.TYPE_KIND] = Kind.Func | abi.KIND_DIRECT_IFACE;
    this.put(d + abi.TYPE_EQUAL, Alg.NoEq);
    const g = this.alloc(1, true);
    a.u8[g] = 1;
    this.put(d + abi.TYPE_GCDATA, g);
    this.put(d + abi.TYPE_STR, this.name(s));
    this.u32[(d + abi.TYPE_HASH) >>> 2] = fnv32(s);
    a.u16[(d + abi.FUNC_INCOUNT) >>> 1] = ins.length;
    a.u16[(d + abi.FUNC_OUTCOUNT) >>> 1] = outs.length | (variadic ? abi.FUNC_VARIADIC : 0);
    const all = [...ins, ...outs];
    if (all.length > 0) {
      const ps = this.alloc(8 * all.length, true);
      this.put(d + abi.FUNC_PARAMS, ps);
      all.forEach((t, i) => this.put(ps + 8 * i, t));
    }
    return d;
  }

  /** The interned name (Go string header) for s; 0 for "" when empty is null. */
  name(s: string): number {
    let n = this.names.get(s);
    if (n === undefined) {
      n = this.alloc(16 + s.length, true);
      const u8 = this.arena.u8;
      for (let i = 0; i < s.length; i++) u8[n + 16 + i] = s.charCodeAt(i);
      this.put(n, s.length === 0 ? 0 : n + 16);
      this.put(n + 8, s.length);
      this.names.set(s, n);
    }
    return n;
  }

  // -------------------------------------------------------------------------

  private put(addr: number, v: number): void {
    this.u32[addr >>> 2] = v >>> 0;
    this.u32[(addr >>> 2) + 1] = Math.floor(v / 4294967296) >>> 0;
  }

  private optName(s: string): number {
    return s === "" ? 0 : this.name(s);
  }

  private getitab(inter: number, typ: number): number | string {
    let byType = this.itabs.get(inter);
    if (byType === undefined) {
      byType = new Map();
      this.itabs.set(inter, byType);
    }
    let tab = byType.get(typ);
    if (tab === undefined) tab = this.itabInit(inter, typ, byType);
    return tab;
  }

  /**
   * Like itabInit: walks the interface's and the type's sorted method lists
   * together, matching name, package path (unexported names) and method
   * type, all canonical addresses. Returns the itab or the missing name.
   */
  private itabInit(inter: number, typ: number, cache: Map<number, number | string>): number | string {
    const a = this.arena;
    if (abi.typeKind(a, inter) !== Kind.Interface) throw new Error(`typedesc: ${abi.typeString(a, inter)} is not an interface`);
    const ni = abi.interfaceMethodCount(a, inter);
    if (ni === 0) throw new Error("typedesc: itab for an empty interface");
    const nt = abi.methodCount(a, typ);
    const found: number[] = [];
    let j = 0;
    for (let k = 0; k < ni; k++) {
      const im = abi.interfaceMethod(a, inter, k);
      const iname = abi.word(a, im + abi.IMETHOD_NAME);
      const ipkg = abi.word(a, im + abi.IMETHOD_PKGPATH);
      const ityp = abi.word(a, im + abi.IMETHOD_TYPE);
      for (; j < nt; j++) {
        const m = abi.method(a, typ, j);
        if (abi.word(a, m + abi.METHOD_NAME) === iname && abi.word(a, m + abi.METHOD_MTYP) === ityp && abi.word(a, m + abi.METHOD_PKGPATH) === ipkg) {
          break;
        }
      }
      if (j === nt) {
        const missing = abi.readName(a, iname);
        cache.set(typ, missing);
        return missing;
      }
      found.push(j);
    }
    const tab = this.alloc(abi.ITAB_FUN + 8 * ni, true);
    this.put(tab + abi.ITAB_INTER, inter);
    this.put(tab + abi.ITAB_TYPE, typ);
    this.u32[(tab + abi.ITAB_HASH) >>> 2] = abi.typeHash(a, typ);
    // Cached before the methods are resolved: resolving one may compile
    // code that needs this same itab, which must not be built twice.
    cache.set(typ, tab);
    for (let k = 0; k < ni; k++) this.put(tab + abi.ITAB_FUN + 8 * k, this.resolveMethod(typ, found[k]));
    return tab;
  }

  /**
   * Allocates, registers and fills the descriptor of t. special: for
   * runtime-internal types (map buckets), their string and no equality.
   */
  private build(t: Type, key: string, special: { str: string } | null): number {
    const u = under(t);
    const kind = kindOf(u);
    const ut = unalias(t);
    const named = ut.kind === TypeKind.Named || ut.kind === TypeKind.Basic;
    const methods = u.kind === TypeKind.Interface ? [] : methodSet(t);
    const hasUncommon = named || methods.length > 0;
    const end = abi.kindPartEnd(kind);
    const d = this.alloc(end + (hasUncommon ? abi.UNCOMMON_SIZE : 0), true);
    this.byKey.set(key, d);
    this.infos.set(d, { type: t, methods });

    const a = this.arena;
    const size = sizeof(t);
    const align = alignof(t);
    const pd = ptrdata(t);
    this.put(d + abi.TYPE_SIZE, size);
    this.put(d + abi.TYPE_PTRBYTES, pd);
    const alg = special !== null ? Alg.NoEq : algOf(t);
    let tflag = 0;
    if (hasUncommon) tflag |= abi.TFLAG_UNCOMMON;
    if (named) tflag |= abi.TFLAG_NAMED;
    if (alg === Alg.Mem) tflag |= abi.TFLAG_REGULAR_MEMORY;
    a.u8[d + abi.TYPE_TFLAG] = tflag;
    a.u8[d + abi.TYPE_ALIGN] = align;
    a.u8[d + abi.TYPE_FIELDALIGN] = align;
    a.u8[d + abi.TYPE_KIND] = kind | (isDirectIface(t) ? abi.KIND_DIRECT_IFACE : 0);
    this.put(d + abi.TYPE_EQUAL, alg);
    if (pd > 0) {
      const bits = new Uint8Array(Math.ceil(pd / 64));
      markPointers(t, bits, 0);
      const g = this.alloc(bits.length, true);
      a.u8.set(bits, g);
      this.put(d + abi.TYPE_GCDATA, g);
    }
    const str = special !== null ? special.str : typeString(t);
    this.put(d + abi.TYPE_STR, this.name(str));
    this.u32[(d + abi.TYPE_HASH) >>> 2] = fnv32(special !== null ? str : linkString(t));

    switch (u.kind) {
      case TypeKind.Array:
        this.put(d + abi.ARRAY_ELEM, this.desc(u.elem));
        this.put(d + abi.ARRAY_SLICE, this.desc(new SliceOf(u.elem)));
        this.put(d + abi.ARRAY_LEN, u.len);
        break;
      case TypeKind.Chan:
        this.put(d + abi.CHAN_ELEM, this.desc(u.elem));
        this.put(d + abi.CHAN_DIR, u.dir === 0 ? RtChanDir.Both : u.dir === 1 ? RtChanDir.Send : RtChanDir.Recv);
        break;
      case TypeKind.Signature: {
        const n = u.params.length + u.results.length;
        if (ut.kind === TypeKind.Signature) {
          this.funcTypes.set(funcKey(u.params.vars.map((p) => this.desc(p.type!)), u.results.vars.map((p) => this.desc(p.type!)), u.variadic), d);
        }
        a.u16[(d + abi.FUNC_INCOUNT) >>> 1] = u.params.length;
        a.u16[(d + abi.FUNC_OUTCOUNT) >>> 1] = u.results.length | (u.variadic ? abi.FUNC_VARIADIC : 0);
        if (n > 0) {
          const ps = this.alloc(8 * n, true);
          this.put(d + abi.FUNC_PARAMS, ps);
          const all = [...u.params.vars, ...u.results.vars];
          for (let i = 0; i < n; i++) this.put(ps + 8 * i, this.desc(all[i].type!));
        }
        break;
      }
      case TypeKind.Interface: {
        const ms = interfaceMethods(u);
        this.put(d + abi.INTERFACE_PKGPATH, this.optName(interfacePkgPath(t, ms)));
        this.put(d + abi.INTERFACE_NMETHODS, ms.length);
        if (ms.length > 0) {
          const list = this.alloc(abi.IMETHOD_SIZE * ms.length, true);
          this.put(d + abi.INTERFACE_METHODS, list);
          ms.forEach((m, i) => {
            const r = list + i * abi.IMETHOD_SIZE;
            this.put(r + abi.IMETHOD_NAME, this.name(m.name));
            this.put(r + abi.IMETHOD_PKGPATH, isExported(m.name) ? 0 : this.name(pkgPathOf(m.pkg)));
            this.put(r + abi.IMETHOD_TYPE, this.desc(methodType(m)));
          });
        }
        break;
      }
      case TypeKind.Map:
        this.fillMap(d, u);
        break;
      case TypeKind.Pointer: {
        const e = this.desc(u.base);
        this.put(d + abi.PTR_ELEM, e);
        // The unnamed *T is T's PtrToThis (a named pointer type is not).
        if (ut.kind === TypeKind.Pointer) this.put(e + abi.TYPE_PTRTOTHIS, d);
        break;
      }
      case TypeKind.Slice:
        this.put(d + abi.SLICE_ELEM, this.desc(u.elem));
        break;
      case TypeKind.Struct: {
        const fs = u.fields;
        const offs = offsetsof(fs);
        const firstUnexported = fs.find((f) => !isExported(f.name));
        this.put(d + abi.STRUCT_PKGPATH, this.optName(firstUnexported ? pkgPathOf(firstUnexported.pkg) : ""));
        this.put(d + abi.STRUCT_NFIELDS, fs.length);
        if (fs.length > 0) {
          const list = this.alloc(abi.FIELD_SIZE * fs.length, true);
          this.put(d + abi.STRUCT_FIELDS, list);
          fs.forEach((f, i) => {
            const r = list + i * abi.FIELD_SIZE;
            this.put(r + abi.FIELD_NAME, this.name(f.name));
            this.put(r + abi.FIELD_TYPE, this.desc(f.type!));
            this.put(r + abi.FIELD_OFFSET, offs[i]);
            this.put(r + abi.FIELD_TAG, this.optName(u.tag(i)));
            let flags = 0;
            if (f.embedded) flags |= FieldFlag.Embedded;
            if (isExported(f.name)) flags |= FieldFlag.Exported;
            if (f.name === "_") flags |= FieldFlag.Blank;
            this.put(r + abi.FIELD_FLAGS, flags);
          });
        }
        break;
      }
      case TypeKind.Basic:
        break;
      default:
        throw new Error(`typedesc: no descriptor for ${typeString(t)}`);
    }

    if (hasUncommon) {
      const x = d + end;
      this.put(x + abi.UNCOMMON_PKGPATH, this.optName(typePkgPath(t)));
      a.u16[(x + abi.UNCOMMON_MCOUNT) >>> 1] = methods.length;
      a.u16[(x + abi.UNCOMMON_XCOUNT) >>> 1] = methods.filter((m) => isExported(m.name)).length;
      if (methods.length > 0) {
        const list = this.alloc(abi.METHOD_SIZE * methods.length, true);
        this.put(x + abi.UNCOMMON_METHODS, list);
        methods.forEach((m, i) => {
          const r = list + i * abi.METHOD_SIZE;
          this.put(r + abi.METHOD_NAME, this.name(m.name));
          this.put(r + abi.METHOD_PKGPATH, isExported(m.name) ? 0 : this.name(pkgPathOf(m.pkg)));
          this.put(r + abi.METHOD_MTYP, this.desc(methodType(m)));
          this.put(r + abi.METHOD_IFN, abi.CODE_UNRESOLVED);
          this.put(r + abi.METHOD_TFN, abi.CODE_UNRESOLVED);
        });
      }
    }
    return d;
  }

  /** The map-specific part, with the bucket type as gc's MapBucketType lays it out. */
  private fillMap(d: number, m: MapType): void {
    const keySize = sizeof(m.key);
    const elemSize = sizeof(m.elem);
    const indirectKey = keySize > abi.MAP_MAX_KEY_BYTES;
    const indirectElem = elemSize > abi.MAP_MAX_ELEM_BYTES;
    const kt = indirectKey ? new Pointer(m.key) : m.key;
    const et = indirectElem ? new Pointer(m.elem) : m.elem;
    const uint8 = Typ[BasicKind.Uint8];
    const overflow = ptrdata(kt) === 0 && ptrdata(et) === 0 ? Typ[BasicKind.Uintptr] : Typ[BasicKind.UnsafePointer];
    const field = (name: string, type: Type) => {
      const v = new Var(0, null, name, type);
      v.isField = true;
      return v;
    };
    const bucket = new Struct(
      [
        field("topbits", new ArrayType(uint8, abi.MAP_BUCKET_COUNT)),
        field("keys", new ArrayType(kt, abi.MAP_BUCKET_COUNT)),
        field("elems", new ArrayType(et, abi.MAP_BUCKET_COUNT)),
        field("overflow", overflow),
      ],
      [],
    );
    const bkey = "bucket(" + typeKey(m) + ")";
    const b = this.byKey.get(bkey) ?? this.build(bucket, bkey, { str: `map.bucket[${typeString(m.key)}]${typeString(m.elem)}` });
    let flags = 0;
    if (indirectKey) flags |= MapFlag.IndirectKey;
    if (indirectElem) flags |= MapFlag.IndirectElem;
    if (isReflexive(m.key)) flags |= MapFlag.ReflexiveKey;
    if (needKeyUpdate(m.key)) flags |= MapFlag.NeedKeyUpdate;
    if (hashMightPanic(m.key)) flags |= MapFlag.HashMightPanic;
    const a = this.arena;
    this.put(d + abi.MAP_KEY, this.desc(m.key));
    this.put(d + abi.MAP_ELEM, this.desc(m.elem));
    this.put(d + abi.MAP_BUCKET, b);
    a.u8[d + abi.MAP_KEYSIZE] = indirectKey ? 8 : keySize;
    a.u8[d + abi.MAP_VALUESIZE] = indirectElem ? 8 : elemSize;
    a.u16[(d + abi.MAP_BUCKETSIZE) >>> 1] = sizeof(bucket);
    a.u32[(d + abi.MAP_FLAGS) >>> 2] = flags;
  }
}

// ---------------------------------------------------------------------------
// Canonical keys: equal keys <=> identical types (types2's identical).

const namedIds = new WeakMap<Named, number>();
let nextNamedId = 1;
const keyCache = new WeakMap<Type, string>();

function namedId(n: Named): number {
  let id = namedIds.get(n);
  if (id === undefined) {
    id = nextNamedId++;
    namedIds.set(n, id);
  }
  return id;
}

/** A string that two types share exactly when they are identical. */
export function typeKey(t: Type): string {
  t = unalias(t);
  switch (t.kind) {
    case TypeKind.Basic:
      if (t.basicKind === BasicKind.Invalid || t.basicKind >= BasicKind.UntypedBool) throw new Error(`typedesc: no descriptor for ${t.name}`);
      return "b" + t.basicKind;
    case TypeKind.Named: {
      const base = "n" + namedId(t.orig);
      return t.targs.length === 0 ? base : base + "[" + t.targs.map(typeKey).join(",") + "]";
    }
    case TypeKind.TypeParam:
      throw new Error(`typedesc: type parameter ${t.obj.name} has no runtime descriptor`);
  }
  let k = keyCache.get(t);
  if (k === undefined) {
    k = compositeKey(t);
    keyCache.set(t, k);
  }
  return k;
}

function idKey(pkg: Package | null, name: string): string {
  return JSON.stringify(isExported(name) ? name : pkgPathOf(pkg) + "." + name);
}

function tupleKey(t: Tuple): string {
  return t.vars.map((v) => typeKey(v.type!)).join(",");
}

function compositeKey(t: Type): string {
  switch (t.kind) {
    case TypeKind.Pointer:
      return "*" + typeKey(t.base);
    case TypeKind.Slice:
      return "[]" + typeKey(t.elem);
    case TypeKind.Array:
      return "[" + t.len + "]" + typeKey(t.elem);
    case TypeKind.Map:
      return "map(" + typeKey(t.key) + ";" + typeKey(t.elem) + ")";
    case TypeKind.Chan:
      return "chan" + t.dir + "(" + typeKey(t.elem) + ")";
    case TypeKind.Signature:
      return "func(" + tupleKey(t.params) + ";" + tupleKey(t.results) + (t.variadic ? ";...)" : ")");
    case TypeKind.Struct:
      return (
        "struct(" +
        t.fields
          .map((f, i) => (f.embedded ? "E" : "F") + idKey(f.pkg, f.name) + JSON.stringify(t.tag(i)) + typeKey(f.type!))
          .join(";") +
        ")"
      );
    case TypeKind.Interface: {
      const ts = typeSetOf(t);
      if (ts.terms !== null || ts.comparable) throw new Error("typedesc: constraint interfaces have no runtime descriptor");
      return "iface(" + ts.methods.map((m) => idKey(m.pkg, m.name) + typeKey(methodType(m))).join(";") + ")";
    }
  }
  throw new Error(`typedesc: no descriptor for ${typeString(t)}`);
}

// ---------------------------------------------------------------------------
// Kinds, layout facts and algorithms, computed from the Type.

function kindOf(u: Type): Kind {
  switch (u.kind) {
    case TypeKind.Basic:
      switch (u.basicKind) {
        case BasicKind.Bool:
          return Kind.Bool;
        case BasicKind.Int:
          return Kind.Int;
        case BasicKind.Int8:
          return Kind.Int8;
        case BasicKind.Int16:
          return Kind.Int16;
        case BasicKind.Int32:
          return Kind.Int32;
        case BasicKind.Int64:
          return Kind.Int64;
        case BasicKind.Uint:
          return Kind.Uint;
        case BasicKind.Uint8:
          return Kind.Uint8;
        case BasicKind.Uint16:
          return Kind.Uint16;
        case BasicKind.Uint32:
          return Kind.Uint32;
        case BasicKind.Uint64:
          return Kind.Uint64;
        case BasicKind.Uintptr:
          return Kind.Uintptr;
        case BasicKind.Float32:
          return Kind.Float32;
        case BasicKind.Float64:
          return Kind.Float64;
        case BasicKind.Complex64:
          return Kind.Complex64;
        case BasicKind.Complex128:
          return Kind.Complex128;
        case BasicKind.String:
          return Kind.String;
        case BasicKind.UnsafePointer:
          return Kind.UnsafePointer;
      }
      break;
    case TypeKind.Array:
      return Kind.Array;
    case TypeKind.Chan:
      return Kind.Chan;
    case TypeKind.Signature:
      return Kind.Func;
    case TypeKind.Interface:
      return Kind.Interface;
    case TypeKind.Map:
      return Kind.Map;
    case TypeKind.Pointer:
      return Kind.Pointer;
    case TypeKind.Slice:
      return Kind.Slice;
    case TypeKind.Struct:
      return Kind.Struct;
  }
  throw new Error(`typedesc: no runtime kind for ${typeString(u)}`);
}

/** Values kept in an interface's data word itself (gc's types.IsDirectIface). */
export function isDirectIface(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case TypeKind.Pointer:
    case TypeKind.Chan:
    case TypeKind.Map:
    case TypeKind.Signature:
      return true;
    case TypeKind.Basic:
      return u.basicKind === BasicKind.UnsafePointer;
    case TypeKind.Array:
      return u.len === 1 && isDirectIface(u.elem);
    case TypeKind.Struct:
      return u.fields.length === 1 && isDirectIface(u.fields[0].type!);
  }
  return false;
}

/** The number of leading bytes of a value that can hold pointers (types.PtrDataSize). */
export function ptrdata(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case TypeKind.Basic:
      return u.basicKind === BasicKind.String || u.basicKind === BasicKind.UnsafePointer ? 8 : 0;
    case TypeKind.Pointer:
    case TypeKind.Chan:
    case TypeKind.Map:
    case TypeKind.Signature:
    case TypeKind.Slice:
      return 8;
    case TypeKind.Interface:
      return 16;
    case TypeKind.Array: {
      if (u.len <= 0) return 0;
      const e = ptrdata(u.elem);
      return e === 0 ? 0 : (u.len - 1) * sizeof(u.elem) + e;
    }
    case TypeKind.Struct: {
      const offs = offsetsof(u.fields);
      for (let i = u.fields.length - 1; i >= 0; i--) {
        const p = ptrdata(u.fields[i].type!);
        if (p > 0) return offs[i] + p;
      }
      return 0;
    }
  }
  return 0;
}

/** Sets the bitmap bits of the pointer words of a t at byte offset off. */
function markPointers(t: Type, bits: Uint8Array, off: number): void {
  const set = (o: number) => {
    const w = o / 8;
    bits[w >>> 3] |= 1 << (w & 7);
  };
  const u = under(t);
  switch (u.kind) {
    case TypeKind.Basic:
      if (u.basicKind === BasicKind.String || u.basicKind === BasicKind.UnsafePointer) set(off);
      return;
    case TypeKind.Pointer:
    case TypeKind.Chan:
    case TypeKind.Map:
    case TypeKind.Signature:
    case TypeKind.Slice:
      set(off);
      return;
    case TypeKind.Interface:
      // Only the data word: the type or itab word points to descriptors,
      // which are never in the collected heap (gc marks it the same way).
      set(off + 8);
      return;
    case TypeKind.Array: {
      if (ptrdata(u.elem) === 0) return;
      const es = sizeof(u.elem);
      for (let i = 0; i < u.len; i++) markPointers(u.elem, bits, off + i * es);
      return;
    }
    case TypeKind.Struct: {
      const offs = offsetsof(u.fields);
      u.fields.forEach((f, i) => {
        if (ptrdata(f.type!) > 0) markPointers(f.type!, bits, off + offs[i]);
      });
      return;
    }
  }
}

/** The equality algorithm of t (the compiler's AlgType, with ASPECIAL split into Array and Struct). */
export function algOf(t: Type): Alg {
  const u = under(t);
  switch (u.kind) {
    case TypeKind.Basic:
      switch (u.basicKind) {
        case BasicKind.Float32:
          return Alg.F32;
        case BasicKind.Float64:
          return Alg.F64;
        case BasicKind.Complex64:
          return Alg.C64;
        case BasicKind.Complex128:
          return Alg.C128;
        case BasicKind.String:
          return Alg.String;
      }
      return Alg.Mem;
    case TypeKind.Pointer:
    case TypeKind.Chan:
      return Alg.Mem;
    case TypeKind.Interface:
      return typeSetOf(u).methods.length === 0 ? Alg.NilInter : Alg.Inter;
    case TypeKind.Array: {
      const e = algOf(u.elem);
      if (e === Alg.NoEq) return Alg.NoEq;
      if (e === Alg.Mem || u.len === 0) return Alg.Mem;
      return Alg.Array;
    }
    case TypeKind.Struct: {
      const fs = u.fields;
      const offs = offsetsof(fs);
      const size = sizeof(u);
      let alg = Alg.Mem;
      for (let i = 0; i < fs.length; i++) {
        const a = algOf(fs[i].type!);
        if (a === Alg.NoEq) return Alg.NoEq;
        const end = i + 1 < fs.length ? offs[i + 1] : size;
        if (a !== Alg.Mem || fs[i].name === "_" || offs[i] + sizeof(fs[i].type!) !== end) alg = Alg.Struct;
      }
      return alg;
    }
  }
  return Alg.NoEq;
}

/** k == k for every key k (no floats or interfaces inside). */
function isReflexive(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case TypeKind.Basic:
      return algOf(u) === Alg.Mem || u.basicKind === BasicKind.String;
    case TypeKind.Interface:
      return false;
    case TypeKind.Array:
      return isReflexive(u.elem);
    case TypeKind.Struct:
      return u.fields.every((f) => isReflexive(f.type!));
  }
  return true;
}

/** An overwrite must store the new key (±0, strings that may pin less memory, interfaces). */
function needKeyUpdate(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case TypeKind.Basic:
      return algOf(u) !== Alg.Mem;
    case TypeKind.Interface:
      return true;
    case TypeKind.Array:
      return needKeyUpdate(u.elem);
    case TypeKind.Struct:
      return u.fields.some((f) => needKeyUpdate(f.type!));
  }
  return false;
}

function hashMightPanic(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case TypeKind.Interface:
      return true;
    case TypeKind.Array:
      return hashMightPanic(u.elem);
    case TypeKind.Struct:
      return u.fields.some((f) => hashMightPanic(f.type!));
  }
  return false;
}

// ---------------------------------------------------------------------------
// Methods.

/** gc's method order (types.Sym.Less): exported first, then by name, then by package path. */
function compareMethods(a: Func, b: Func): number {
  const ea = isExported(a.name);
  const eb = isExported(b.name);
  if (ea !== eb) return ea ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (ea) return 0;
  const pa = pkgPathOf(a.pkg);
  const pb = pkgPathOf(b.pkg);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/**
 * An interface's methods in the order of its descriptor and of every itab's
 * fun[] array: the code generator indexes itabs with positions in this list.
 */
export function interfaceMethods(t: Type): Func[] {
  const u = under(t);
  if (u.kind !== TypeKind.Interface) throw new Error(`typedesc: ${typeString(t)} is not an interface`);
  return [...typeSetOf(u).methods].sort(compareMethods);
}

/**
 * The method set of a non-interface type, in gc's order: for T the methods
 * with value receivers, for *T all, including methods promoted through
 * embedded fields (by the selector rules of lookupFieldOrMethod, so
 * shadowed and ambiguous names drop out). Each entry is the method as
 * declared (on the embedded type, for a promoted one).
 */
export function methodSet(t: Type): Func[] {
  const u = under(t);
  if (u.kind === TypeKind.Interface) return [];
  const t0 = unalias(t);
  if (t0.kind === TypeKind.Named && u.kind === TypeKind.Pointer) return [];
  const cands = new Map<string, Func>();
  const seen = new Set<string>();
  const walk = (typ: Type, top: boolean) => {
    let x = unalias(typ);
    if (x.kind === TypeKind.Pointer) x = unalias(x.base);
    if (x.kind === TypeKind.Named) {
      const k = typeKey(x);
      if (seen.has(k)) return;
      seen.add(k);
      for (const m of x.orig.methods) cands.set(m.id(), m);
    }
    const xu = under(x);
    if (xu.kind === TypeKind.Struct) {
      for (const f of xu.fields) if (f.embedded) walk(f.type!, false);
    } else if (xu.kind === TypeKind.Interface && !top) {
      for (const m of typeSetOf(xu).methods) cands.set(m.id(), m);
    }
  };
  walk(t, true);
  const out: Func[] = [];
  for (const c of cands.values()) {
    const r = lookupFieldOrMethod(t, false, c.pkg, c.name);
    if (r.obj !== null && r.obj.kind === ObjKind.Func) out.push(r.obj);
  }
  return out.sort(compareMethods);
}

/** A method's type as its descriptor records it: the signature without receiver. */
function methodType(m: Func): Signature {
  const sig = m.type as Signature;
  if (sig.recv === null) return sig;
  return new Signature(null, sig.params, sig.results, sig.variadic);
}

// ---------------------------------------------------------------------------
// Names and strings.

function pkgPathOf(pkg: Package | null): string {
  return pkg === null ? "" : pkg.path;
}

/** The package a type belongs to for reflect's PkgPath (gc's typePkg). */
function typePkgPath(t: Type): string {
  let x = unalias(t);
  if (x.kind === TypeKind.Pointer || x.kind === TypeKind.Slice || x.kind === TypeKind.Array || x.kind === TypeKind.Chan) {
    const e = unalias(x.kind === TypeKind.Pointer ? x.base : x.elem);
    if (e.kind !== TypeKind.Named) return "";
    x = e;
  }
  if (x.kind === TypeKind.Basic && x.basicKind === BasicKind.UnsafePointer) return "unsafe"; // gc declares it in package unsafe
  return x.kind === TypeKind.Named ? pkgPathOf(x.obj.pkg) : "";
}

function interfacePkgPath(t: Type, ms: Func[]): string {
  const x = unalias(t);
  if (x.kind === TypeKind.Named) return pkgPathOf(x.obj.pkg);
  const m = ms.find((f) => !isExported(f.name));
  return m ? pkgPathOf(m.pkg) : "";
}

/** The type's string as %T, reflect and runtime panics print it: main.T, []int, struct { X int }. */
export function typeString(t: Type): string {
  return new RuntimeTypeWriter(false).typ(t);
}

/**
 * The type's link string (gc's LinkString, fmtTypeID): package paths
 * instead of names, unexported names qualified. Type arguments of generic
 * types are written this way inside typeString too, and the type hash is a
 * hash of it.
 */
export function linkString(t: Type): string {
  return new RuntimeTypeWriter(true).typ(t);
}

/**
 * gc's tconv in fmtTypeIDName mode (the string in a descriptor) and, with
 * link set, fmtTypeID mode. Differences from types2's typeString: byte and
 * rune print as uint8 and int32, any as interface {}, struct and interface
 * bodies are spaced ("struct { X int }"), parameters are unnamed, and
 * unexported interface methods are qualified.
 */
class RuntimeTypeWriter {
  constructor(readonly link: boolean) {}

  qualifier(pkg: Package | null): string {
    if (pkg === null) return "";
    if (!this.link) return pkg.name + ".";
    return (pkg.name === "main" ? "main" : pkg.path) + ".";
  }

  typ(t: Type): string {
    t = unalias(t);
    switch (t.kind) {
      case TypeKind.Basic:
        return t.basicKind === BasicKind.UnsafePointer ? "unsafe.Pointer" : Typ[t.basicKind].name;
      case TypeKind.Named: {
        let s = this.qualifier(t.obj.pkg) + t.obj.name;
        if (t.targs.length > 0) {
          const w = new RuntimeTypeWriter(true);
          s += "[" + t.targs.map((a) => w.typ(a)).join(",") + "]";
        }
        return s;
      }
      case TypeKind.Pointer:
        return "*" + this.typ(t.base);
      case TypeKind.Array:
        return `[${t.len}]` + this.typ(t.elem);
      case TypeKind.Slice:
        return "[]" + this.typ(t.elem);
      case TypeKind.Map:
        return "map[" + this.typ(t.key) + "]" + this.typ(t.elem);
      case TypeKind.Chan:
        if (t.dir === 2) return "<-chan " + this.typ(t.elem);
        if (t.dir === 1) return "chan<- " + this.typ(t.elem);
        {
          const e = unalias(t.elem);
          if (e.kind === TypeKind.Chan && e.dir === 2) return "chan (" + this.typ(e) + ")";
        }
        return "chan " + this.typ(t.elem);
      case TypeKind.Signature:
        return "func" + this.signature(t);
      case TypeKind.Interface: {
        const ms = interfaceMethods(t);
        if (ms.length === 0) return "interface {}";
        const parts = ms.map((m) => {
          const name = isExported(m.name) ? m.name : this.qualifier(m.pkg) + m.name;
          return " " + name + this.signature(m.type as Signature);
        });
        return "interface {" + parts.join(";") + " }";
      }
      case TypeKind.Struct: {
        if (t.fields.length === 0) return "struct {}";
        const parts = t.fields.map((f, i) => {
          let s = " ";
          if (!f.embedded) s += (isExported(f.name) || !this.link ? f.name : this.qualifier(f.pkg) + f.name) + " ";
          s += this.typ(f.type!);
          const tag = t.tag(i);
          if (tag !== "") s += " " + quoteGo(tag);
          return s;
        });
        return "struct {" + parts.join(";") + " }";
      }
    }
    throw new Error(`typedesc: no runtime string for type kind ${t.kind}`);
  }

  /** "(int, ...string) (int, error)": the signature after "func" or a method name. */
  signature(sig: Signature): string {
    const n = sig.params.length;
    const params = sig.params.vars.map((v, i) => {
      if (sig.variadic && i === n - 1) {
        const st = unalias(v.type!);
        if (st.kind === TypeKind.Slice) return "..." + this.typ(st.elem);
      }
      return this.typ(v.type!);
    });
    let s = "(" + params.join(", ") + ")";
    const rs = sig.results.vars;
    if (rs.length === 1) s += " " + this.typ(rs[0].type!);
    else if (rs.length > 1) s += " (" + rs.map((v) => this.typ(v.type!)).join(", ") + ")";
    return s;
  }
}

/** FNV-1a over a byte string, finalized (the descriptor's hash; gc uses a prefix of a SHA-256). */
function fnv32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
