// The runtime helpers generated code calls: memory views, 64-bit integer
// arithmetic, strings and slices over the arena, bounds checks with gc's
// panic messages, and the builtins print/println (runtime/print.go).
//
// Helpers that produce two or three words return the first and leave the
// others in `rv` (a small Float64Array), so nothing is allocated per call.

import type { Arena } from "./mem/arena.js";
import * as i64 from "./int64.js";
import * as abi from "./abi.js";
import { writeOut } from "./output.js";
import { formatRuntimeFloat } from "./print.js";
import { GoExit, GoFatal, GoPanic } from "../vm/panic.js";

/** gc's size classes (runtime/sizeclasses.go), for append's capacity rounding. */
const classSizes = [
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
  2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];

/** Like roundupsize: the size the allocator really hands out for a request of n bytes. */
export function roundupsize(n: number, noscan: boolean): number {
  if (n <= 32768) {
    // Objects with pointers above the smallest size get a malloc header in Go 1.22+ (8 bytes).
    const need = !noscan && n > 512 ? n + 8 : n;
    if (need <= 32768) {
      for (const c of classSizes) if (c >= need) return !noscan && n > 512 ? c - 8 : c;
    }
  }
  // Large objects: whole pages.
  return Math.ceil(n / 8192) * 8192;
}

/**
 * Fixed-length views of the whole arena. The VM reserves the arena's full
 * size up front (the OS commits pages only when touched, as with Go's
 * address-space reservation), so these never go stale; V8 accesses them
 * about 6x faster than length-tracking views of a growable buffer
 * (measured on Node 20).
 */
export interface Views {
  u8: Uint8Array;
  i8: Int8Array;
  u16: Uint16Array;
  i16: Int16Array;
  u32: Uint32Array;
  i32: Int32Array;
  f32: Float32Array;
  f64: Float64Array;
  i64: BigInt64Array;
}

export function fixedViews(buf: SharedArrayBuffer): Views {
  const n = buf.byteLength;
  return {
    u8: new Uint8Array(buf, 0, n),
    i8: new Int8Array(buf, 0, n),
    u16: new Uint16Array(buf, 0, n >>> 1),
    i16: new Int16Array(buf, 0, n >>> 1),
    u32: new Uint32Array(buf, 0, n >>> 2),
    i32: new Int32Array(buf, 0, n >>> 2),
    f32: new Float32Array(buf, 0, n >>> 2),
    f64: new Float64Array(buf, 0, n >>> 3),
    i64: new BigInt64Array(buf, 0, n >>> 3),
  };
}

/**
 * The closure word of a deferred-call record that is a range-over-func
 * token (see deferrangefunc): not an address. Such a record has a fifth
 * word, the head of the list of calls deferred through it.
 */
export const RANGE_DEFER = -1;
const RANGE_DEFER_SIZE = 40;

/** The messages of panicrangestate by loop state (runtime/panic.go). */
const rangeStateErrors: Record<number, string> = {
  0: "range function continued iteration after function for loop body returned false",
  2: "range function continued iteration after loop body panic",
  3: "range function continued iteration after whole loop exit",
  4: "range function recovered a loop body panic and did not resume panicking",
};

/** A panic in progress (like runtime._panic). */
export interface PanicRec {
  err: import("../vm/panic.js").GoPanic;
  typ: number;
  data: number;
  recovered: boolean;
  link: PanicRec | null;
  /** The frame of the deferred call this panic is running (0 before the first). */
  callFp: number;
  /** The frame whose deferred call is running, and where that frame resumes (deferreturn) if recovered. */
  deferFp: number;
  deferCode: number;
  /** The frame that was running when the panic started (deferred calls run above it). */
  atCur: number;
  atFp: number;
}

/** The goroutine state the runtime helpers need (the rest of G arrives with the scheduler). */
export interface GState {
  /** Address of the newest _defer record (link, fp, closure, code id), 0 if none. */
  defer: number;
  panic: PanicRec | null;
}

/** Frame facts the runtime needs from the VM (recover's caller check, stack walks). */
export interface FrameInfo {
  outs: number[];
  wrappers: Set<number>;
  /** The program's functions by code id: names and pc tables (runtime.Caller, FuncForPC). */
  funcs: readonly { name: string; file: string; lines: Map<number, number>; files?: Map<number, string>; argSize: number }[];
  /** Code id of the entry (runtime.main). */
  entry: number;
  /** The pc offset in function code where panic err was raised (0 if unknown). Set by the VM. */
  panicSite: (err: GoPanic, code: number) => number;
}

export interface Allocator {
  malloc(size: number, noscan: boolean): number;
}

/** The interface and map operations the runtime needs (type descriptors, algorithms, maps). */
export interface TypeOps {
  assertE2I(inter: number, typ: number): number;
  missingMethod(inter: number, typ: number): string;
  typeString(t: number): string;
  equal(t: number, p: number, q: number): boolean;
  isDirect(t: number): boolean;
  maps: {
    makemap(t: number, hint: number): number;
    access1(t: number, m: number, key: number): number;
    access2(t: number, m: number, key: number): number;
    assign(t: number, m: number, key: number): number;
    delete(t: number, m: number, key: number): void;
    clear(t: number, m: number): void;
    len(m: number): number;
    iterInit(t: number, m: number, it: number): void;
    iterNext(it: number): void;
  };
}

export class Runtime {
  readonly rv = new Float64Array(4);
  private pending = "";
  /** Natives: bodiless library functions, called with the address of their argument area. */
  readonly natives = new Map<string, (argp: number) => void>();

  readonly v: Views;
  types: TypeOps | null = null;
  /** The type descriptors, equality/hash algorithms and maps, for natives (reflect's internal/rtype). */
  typeSystem: {
    descs: import("../codegen/typedesc.js").TypeDescs;
    algs: import("./alg.js").Algs;
    maps: import("./map/hashmap.js").Maps;
  } | null = null;
  chans: import("./chan/chan.js").Chans | null = null;
  /** The program's arguments (os.Args), set before it runs. */
  args: string[] = [];
  g: GState = { defer: 0, panic: null };
  /**
   * The scheduler's request to the running goroutine: non-zero asks it to
   * stop at its next loop back edge (see codegen/jsgen.ts generate); like
   * gp.preempt. stress keeps the request up, so that every back edge stops
   * (GOTSDEBUG=preemptstress=1, for testing the resume paths).
   */
  readonly sched = { preempt: 0, stress: false, preemptions: 0 };
  frames: FrameInfo = { outs: [], wrappers: new Set(), funcs: [], entry: -1, panicSite: () => 0 };
  /** Where the running stack-walking native was called: the calling frame, its code id and pc offset (callsite). */
  site = { fp: 0, code: -1, off: 0 };
  /**
   * Calls Go code from a native (reflect.Call, MakeFunc's stub): runs code
   * with closure context ctx on a stack of its own until it returns;
   * `setup` writes the arguments (argSize bytes) at the frame pointer it
   * is given; with `panicked` the callee continues a deferred call made by
   * the running panic (it may recover it). Returns that frame pointer: the
   * results can be read there until the next call. Set by the VM.
   */
  callGo: (code: number, ctx: number, argSize: number, setup: (fp: number) => void, panicked: boolean) => number = () => {
    throw new Error("gots: no VM to call Go code from a native");
  };
  /**
   * Whether the Go frame making a native call with argument area argp (or,
   * with `own`, the frame at argp) is a deferred call made by a panic,
   * directly or through wrappers. Set by the VM.
   */
  deferredByPanic: (argp: number, own: boolean) => boolean = () => false;
  /** Builds the Go value of a runtime error (a runtime.Error) for recover: [type, data]. */
  runtimeErrorValue: ((p: GoPanic) => [number, number]) | null = null;

  constructor(
    readonly arena: Arena,
    readonly heap: Allocator,
  ) {
    this.v = fixedViews(arena.buf);
  }

  /** Interface equality (efaceeq/ifaceeq): same dynamic type, then that type's equality on the data words. */
  dataEqual(typ: number, d1: number, d2: number): boolean {
    if (this.types === null) return d1 === d2;
    // Maps and funcs are pointer-shaped but not comparable: their equality
    // algorithm panics (comparing uncomparable type).
    if (this.types.isDirect(typ) && abi.typeAlg(this.v, typ) !== abi.Alg.NoEq) return d1 === d2;
    return this.types.equal(typ, d1, d2);
  }

  /** How a panic value prints after "panic: " (printpanicval); refined once type descriptors are known. */
  panicValueText: (typ: number, data: number) => string = (typ, data) => `(0x${typ.toString(16)},0x${data.toString(16)})`;

  /**
   * If the newest deferred-call record is a range-over-func token
   * (deferrangefunc), replaces it with the calls deferred through it, for
   * its frame, newest first (like the runtime's deferconvert); repeats
   * while the newest is such a token.
   */
  expandRangeDefers(): void {
    const f64 = this.v.f64;
    for (;;) {
      const tok = this.g.defer;
      if (tok === 0 || f64[(tok >> 3) + 2] !== RANGE_DEFER) return;
      const fp = f64[(tok >> 3) + 1];
      const code = f64[(tok >> 3) + 3];
      let head = f64[tok >> 3];
      // The list is newest first: relink it in reverse onto the chain.
      const calls: number[] = [];
      for (let rec = f64[(tok >> 3) + 4]; rec !== 0; rec = f64[rec >> 3]) calls.push(rec);
      for (let i = calls.length - 1; i >= 0; i--) {
        const rec = calls[i];
        f64[rec >> 3] = head;
        f64[(rec >> 3) + 1] = fp;
        f64[(rec >> 3) + 3] = code;
        head = rec;
      }
      f64[(tok >> 3) + 4] = 0;
      this.g.defer = head;
    }
  }

  /** The record the generated code destructures. */
  helpers(): Record<string, unknown> {
    const a = this.arena;
    const { u8, i8, u16, i16, u32, i32, f32, f64 } = this.v;
    const rv = this.rv;
    const heap = this.heap;
    const mem = i64.makeMem64(u32, i32, this.v.i64);
    const st64 = mem.st64;
    const stp = (p: number, v: number): void => {
      u32[p >> 2] = v;
      u32[(p >> 2) + 1] = 0;
    };
    const mcopy = (dst: number, src: number, n: number): void => {
      if (n > 0 && dst !== src) u8.copyWithin(dst, src, src + n);
    };
    const mzero = (p: number, n: number): void => {
      if (n > 0) u8.fill(0, p, p + n);
    };
    const newobj = (size: number, noscan: number): number => heap.malloc(size, noscan === 1);
    const newarray = (es: number, n: number, noscan: number): number => heap.malloc(es * n, noscan === 1);

    const idxpanic = (i: i64.I64, n: i64.I64): never => {
      throw GoPanic.bounds(i < 0 ? `index out of range [${i}]` : `index out of range [${i}] with length ${n}`);
    };
    const idx = (i: i64.I64, n: number): number => {
      if (typeof i === "number" && i >= 0 && i < n) return i;
      return idxpanic(i, n);
    };
    const nilpanic = (): never => {
      throw new GoPanic("runtime error: invalid memory address or nil pointer dereference", true, true);
    };
    // Bounds failures word their messages as gc's boundsError: a negative
    // operand is reported alone (boundsNegErrorFmts).
    const slicecheck = (lo: i64.I64, hi: i64.I64, cap: number, isStr: number): void => {
      if (hi < 0) throw GoPanic.bounds(`slice bounds out of range [:${hi}]`);
      if (hi > cap) throw GoPanic.bounds(`slice bounds out of range [:${hi}] with ${isStr ? "length" : "capacity"} ${cap}`);
      if (lo < 0) throw GoPanic.bounds(`slice bounds out of range [${lo}:]`);
      if (lo > hi) throw GoPanic.bounds(`slice bounds out of range [${lo}:${hi}]`);
    };
    const slicecheck3 = (lo: i64.I64, hi: i64.I64, max: i64.I64, cap: number, byLen: number): void => {
      if (max < 0) throw GoPanic.bounds(`slice bounds out of range [::${max}]`);
      if (max > cap) throw GoPanic.bounds(`slice bounds out of range [::${max}] with ${byLen ? "length" : "capacity"} ${cap}`);
      if (hi < 0) throw GoPanic.bounds(`slice bounds out of range [:${hi}:]`);
      if (hi > max) throw GoPanic.bounds(`slice bounds out of range [:${hi}:${max}]`);
      if (lo < 0) throw GoPanic.bounds(`slice bounds out of range [${lo}::]`);
      if (lo > hi) throw GoPanic.bounds(`slice bounds out of range [${lo}:${hi}:]`);
    };
    const slice2arrpanic = (len: number, n: number): never => {
      throw GoPanic.bounds(`cannot convert slice with length ${len} to array or pointer to array with length ${n}`);
    };
    // unsafe.Slice and unsafe.String, as the runtime's unsafeslice and
    // unsafestring check them: the length is not negative and the bytes
    // end inside the address space. A pointer near its top is not exact as
    // a double (2^64 - 1 rounds up to 2^64): it leaves the least room its
    // true value could, one byte.
    const unsafemem = (what: string, ptr: number, len: number, size: number): void => {
      len = Number(len);
      if (len < 0) throw GoPanic.runtimeError(`${what}: len out of range`);
      if (size === 0 && !(ptr === 0 && len > 0)) return;
      const room = ptr === 0 ? 2 ** 64 : Math.max(2 ** 64 - ptr, 1);
      if (len * size > room || (ptr === 0 && len > 0)) {
        throw GoPanic.runtimeError(ptr === 0 ? `${what}: ptr is nil and len is not zero` : `${what}: len out of range`);
      }
    };
    const unsafeslice = (ptr: number, len: number, size: number): void => unsafemem("unsafe.Slice", ptr, len, size);
    const unsafestring = (ptr: number, len: number): void => unsafemem("unsafe.String", ptr, len, 1);
    const callsite = (fp: number, code: number, off: number): void => {
      self.site.fp = fp;
      self.site.code = code;
      self.site.off = off;
    };
    /** A value method called through a nil pointer by its *T wrapper (runtime.panicwrap). */
    const panicwrap = (pkg: string, typ: string, meth: string): never => {
      throw GoPanic.plain(`value method ${pkg}.${typ}.${meth} called using nil *${typ} pointer`);
    };
    const shcount = (n: i64.I64): number => {
      if (n < 0) throw GoPanic.runtimeError("negative shift amount");
      return n > 64 ? 64 : Number(n);
    };
    const div32 = (a: number, b: number): number => {
      if (b === 0) throw i64.divideError();
      return (a / b) | 0;
    };
    const rem32 = (a: number, b: number): number => {
      if (b === 0) throw i64.divideError();
      return a % b | 0;
    };
    const divu32 = (a: number, b: number): number => {
      if (b === 0) throw i64.divideError();
      return Math.floor(a / b);
    };
    const remu32 = (a: number, b: number): number => {
      if (b === 0) throw i64.divideError();
      return a % b;
    };
    const fmin = (a: number, b: number): number => (a !== a || b !== b ? NaN : a === 0 && b === 0 ? (Object.is(a, -0) ? a : b) : Math.min(a, b));
    const fmax = (a: number, b: number): number => (a !== a || b !== b ? NaN : a === 0 && b === 0 ? (Object.is(a, 0) ? a : b) : Math.max(a, b));
    // Complex division as runtime/complex.go does it (with its inf/nan rules).
    const isInf = (x: number): boolean => x === Infinity || x === -Infinity;
    const cdiv = (a: number, b: number, c: number, d: number): number => {
      let e: number, f: number;
      if (Math.abs(c) >= Math.abs(d)) {
        const ratio = d / c;
        const denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
      } else {
        const ratio = c / d;
        const denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
      }
      if (e !== e && f !== f) {
        // Correct final result to infinities and zeros if applicable (C99 G.5.1).
        let [aa, bb, cc, dd] = [a, b, c, d];
        if (cc === 0 && dd === 0 && (!isNaN(aa) || !isNaN(bb))) {
          e = copysign(Infinity, cc) * aa;
          f = copysign(Infinity, cc) * bb;
        } else if ((isInf(aa) || isInf(bb)) && isFinite(cc) && isFinite(dd)) {
          aa = copysign(isInf(aa) ? 1 : 0, aa);
          bb = copysign(isInf(bb) ? 1 : 0, bb);
          e = Infinity * (aa * cc + bb * dd);
          f = Infinity * (bb * cc - aa * dd);
        } else if ((isInf(cc) || isInf(dd)) && isFinite(aa) && isFinite(bb)) {
          // A NaN is not infinite (inf2one): a NaN divisor leaves the result NaN.
          cc = copysign(isInf(cc) ? 1 : 0, cc);
          dd = copysign(isInf(dd) ? 1 : 0, dd);
          e = 0 * (aa * cc + bb * dd);
          f = 0 * (bb * cc - aa * dd);
        }
      }
      rv[0] = f;
      return e;
    };

    // Strings ------------------------------------------------------------
    const concat = (p1: number, l1: number, p2: number, l2: number): number => {
      const n = l1 + l2;
      rv[0] = n;
      if (l2 === 0) return p1;
      if (l1 === 0) return p2;
      const p = heap.malloc(n, true);
      u8.copyWithin(p, p1, p1 + l1);
      u8.copyWithin(p + l1, p2, p2 + l2);
      return p;
    };
    const streq = (p1: number, l1: number, p2: number, l2: number): boolean => {
      if (l1 !== l2) return false;
      if (p1 === p2) return true;
      for (let i = 0; i < l1; i++) if (u8[p1 + i] !== u8[p2 + i]) return false;
      return true;
    };
    const strcmp = (p1: number, l1: number, p2: number, l2: number): number => {
      const n = Math.min(l1, l2);
      for (let i = 0; i < n; i++) {
        const d = u8[p1 + i] - u8[p2 + i];
        if (d !== 0) return d;
      }
      return l1 - l2;
    };
    /** utf8.DecodeRune on string bytes at p[i:l]: returns the rune, width in rv[0]. */
    const decoderune = (p: number, l: number, i: number): number => {
      const c0 = u8[p + i];
      if (c0 < 0x80) {
        rv[0] = 1;
        return c0;
      }
      const n = l - i;
      rv[0] = 1;
      if (c0 < 0xc2 || c0 > 0xf4) return 0xfffd;
      const c1 = n > 1 ? u8[p + i + 1] : 0;
      if (c0 < 0xe0) {
        if (n < 2 || (c1 & 0xc0) !== 0x80) return 0xfffd;
        rv[0] = 2;
        return ((c0 & 0x1f) << 6) | (c1 & 0x3f);
      }
      const lo = c0 === 0xe0 ? 0xa0 : c0 === 0xf0 ? 0x90 : 0x80;
      const hi = c0 === 0xed ? 0x9f : c0 === 0xf4 ? 0x8f : 0xbf;
      if (n < 2 || c1 < lo || c1 > hi) return 0xfffd;
      const c2 = n > 2 ? u8[p + i + 2] : 0;
      if (n < 3 || (c2 & 0xc0) !== 0x80) return 0xfffd;
      if (c0 < 0xf0) {
        rv[0] = 3;
        return ((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      }
      const c3 = n > 3 ? u8[p + i + 3] : 0;
      if (n < 4 || (c3 & 0xc0) !== 0x80) return 0xfffd;
      rv[0] = 4;
      return ((c0 & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
    };
    const encoderune = (r: number, out: number[]): void => {
      if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
      if (r < 0x80) out.push(r);
      else if (r < 0x800) out.push(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
      else if (r < 0x10000) out.push(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
      else out.push(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
    };
    const fromBytes = (bytes: number[]): number => {
      rv[0] = bytes.length;
      if (bytes.length === 0) return 0;
      const p = heap.malloc(bytes.length, true);
      u8.set(bytes, p);
      return p;
    };
    const runestr = (r: i64.I64): number => {
      const out: number[] = [];
      encoderune(typeof r === "number" && r >= -2147483648 && r <= 0x7fffffff ? r : -1, out);
      return fromBytes(out);
    };
    const bytes2str = (p: number, l: number): number => {
      rv[0] = l;
      if (l === 0) return 0;
      const q = heap.malloc(l, true);
      u8.copyWithin(q, p, p + l);
      return q;
    };
    const str2bytes = (p: number, l: number): number => {
      const cap = l === 0 ? 0 : roundupsize(l, true);
      rv[0] = l;
      rv[1] = cap;
      if (l === 0) return heap.malloc(0, true);
      const q = heap.malloc(cap, true);
      u8.copyWithin(q, p, p + l);
      return q;
    };
    const runes2str = (p: number, n: number): number => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) encoderune(i32[(p >> 2) + i], out);
      return fromBytes(out);
    };
    const str2runes = (p: number, l: number): number => {
      const rs: number[] = [];
      for (let i = 0; i < l; ) {
        rs.push(decoderune(p, l, i));
        i += rv[0];
      }
      const cap = rs.length === 0 ? 0 : roundupsize(rs.length * 4, true) / 4;
      const q = heap.malloc(cap * 4, true);
      for (let i = 0; i < rs.length; i++) i32[(q >> 2) + i] = rs[i];
      rv[0] = rs.length;
      rv[1] = cap;
      return q;
    };

    // Slices -------------------------------------------------------------
    const makeslice = (es: number, len: i64.I64, cap: i64.I64, noscan: number): number => {
      if (es === 0) {
        // Zero-size elements take no memory: any int length is in range.
        if (len < 0) throw GoPanic.runtimeError("makeslice: len out of range");
        if (cap < len) throw GoPanic.runtimeError("makeslice: cap out of range");
        return heap.malloc(0, noscan === 1);
      }
      if (typeof len !== "number" || len < 0 || len * es > a.maxBytes) throw GoPanic.runtimeError("makeslice: len out of range");
      if (typeof cap !== "number" || cap < len || cap * es > a.maxBytes) throw GoPanic.runtimeError("makeslice: cap out of range");
      return heap.malloc(es * cap, noscan === 1);
    };
    /** Like growslice: the new capacity for appending to reach newLen (nextslicecap, then size-class rounding). */
    const growcap = (oldCap: number, newLen: number, es: number, noscan: boolean): number => {
      let newcap = oldCap;
      const doublecap = newcap + newcap;
      if (newLen > doublecap) newcap = newLen;
      else {
        const threshold = 256;
        if (oldCap < threshold) newcap = doublecap;
        else {
          while (newcap < newLen) newcap += (newcap + 3 * threshold) >> 2;
        }
      }
      if (es === 0) return newcap;
      const mem = roundupsize(newcap * es, noscan);
      return Math.floor(mem / es);
    };
    /** Ensures room for k more elements: returns the (maybe new) base, the capacity in rv[0]. */
    const growto = (p: number, len: i64.I64, cap: i64.I64, k: number, es: number, noscan: number): number => {
      if (typeof len !== "number" || typeof cap !== "number") {
        // Lengths past 2^53 only exist for zero-size elements: growslice
        // reports a new length that overflows int.
        if (BigInt(len) + BigInt(k) > 0x7fffffffffffffffn) throw GoPanic.runtimeError("growslice: len out of range");
        throw new Error("gots: slices longer than 2^53 elements are not supported");
      }
      const newLen = len + k;
      if (newLen <= cap) {
        rv[0] = cap;
        return p;
      }
      const nc = growcap(cap, newLen, es, noscan === 1);
      const q = heap.malloc(nc * es, noscan === 1);
      if (len > 0) u8.copyWithin(q, p, p + len * es);
      rv[0] = nc;
      return q;
    };
    const appendslice = (p: number, len: number, cap: number, sp: number, sl: number, es: number, noscan: number): number => {
      const q = growto(p, len, cap, sl, es, noscan);
      const nc = rv[0];
      if (sl > 0) u8.copyWithin(q + len * es, sp, sp + sl * es);
      rv[0] = len + sl;
      rv[1] = nc;
      return q;
    };
    const slicecopy = (dp: number, dl: number, sp: number, sl: number, es: number): number => {
      const n = Math.min(dl, sl);
      if (n > 0 && dp !== sp) u8.copyWithin(dp, sp, sp + n * es);
      return n;
    };

    // print/println (runtime/print.go) ----------------------------------
    const self = this;
    const emit = (s: string) => {
      self.pending += s;
    };
    const printflush = () => {
      if (self.pending !== "") {
        writeOut(2, self.pending);
        self.pending = "";
      }
    };
    const printint = (v: i64.I64) => emit(String(v));
    const printuint = (v: i64.I64) => emit(String(v));
    const printbool = (v: boolean) => emit(v ? "true" : "false");
    const printfloat = (v: number) => emit(formatRuntimeFloat(v));
    const printcomplex = (re: number, im: number) => emit(`(${formatRuntimeFloat(re)}${formatRuntimeFloat(im)}i)`);
    const printpointer = (p: number) => emit(`0x${p.toString(16)}`);
    const printstring = (p: number, l: number) => emit(a.readBytes(p, l));
    const printslice = (p: number, l: number, c: number) => emit(`[${l}/${c}]0x${p.toString(16)}`);
    const printeface = (t: number, d: number) => emit(`(0x${t.toString(16)},0x${d.toString(16)})`);
    const printsp = () => emit(" ");
    const printnl = () => emit("\n");

    const exit = (code: number): never => {
      throw new GoExit(code);
    };
    const unreachable = (): never => {
      throw new Error("gots: reached an unreachable block");
    };
    const natives = this.natives;
    const native = (name: string, argp: number): void => {
      const f = natives.get(name);
      if (f === undefined) throw new GoPanic(`gots: native ${name} is not implemented`, false);
      f(argp);
    };
    const gopanic = (t: number, d: number, site = 0): never => {
      // Go 1.21+: panic(nil) panics with a *runtime.PanicNilError.
      if (t === 0) {
        const p = new GoPanic("panic called with nil argument", true);
        p.errType = "PanicNilError";
        p.site = site;
        throw p;
      }
      const p = GoPanic.value(t, d);
      p.site = site;
      throw p;
    };
    // defer and recover (runtime/panic.go): records are heap objects of
    // 4 words: link, the deferring frame's fp, the closure, its code id.
    const types = (): TypeOps => {
      if (self.types === null) throw new Error("gots: runtime type operations are not set up");
      return self.types;
    };
    const itype = (tab: number): number => (tab === 0 ? 0 : u32[(tab + 8) >> 2]);
    const assertE2I = (inter: number, typ: number): number => types().assertE2I(inter, typ);
    const convI2I = assertE2I;
    const tname = (t: number) => types().typeString(t);
    const panicdottype = (have: number, want: number, iface: number): never => {
      const samePkgs = have !== 0 && abi.pkgPath(self.v, have) === abi.pkgPath(self.v, want);
      throw GoPanic.assertion(have === 0 ? "" : tname(iface), have === 0 ? "" : tname(have), tname(want), "", samePkgs);
    };
    const panicassertI = (have: number, want: number, iface: number): never => {
      void iface;
      if (have === 0) throw GoPanic.assertion("", "", tname(want), "");
      throw GoPanic.assertion("", tname(have), tname(want), types().missingMethod(want, have));
    };
    const memequal = (t: number, p: number, q: number): boolean => types().equal(t, p, q);
    const makemap = (t: number, hint: i64.I64): number => types().maps.makemap(t, Number(hint));
    const mapaccess1 = (t: number, m: number, k: number): number => types().maps.access1(t, m, k);
    const mapaccess2 = (t: number, m: number, k: number): number => types().maps.access2(t, m, k);
    const mapassign = (t: number, m: number, k: number): number => types().maps.assign(t, m, k);
    const mapdelete = (t: number, m: number, k: number): void => types().maps.delete(t, m, k);
    const mapclear = (t: number, m: number): void => types().maps.clear(t, m);
    const maplen = (m: number): number => (m === 0 ? 0 : types().maps.len(m));
    const mapiterinit = (t: number, m: number, it: number): void => types().maps.iterInit(t, m, it);
    const mapiternext = (it: number): void => types().maps.iterNext(it);
    const ifaceeq = (t1: number, d1: number, t2: number, d2: number): boolean => t1 === t2 && (t1 === 0 || self.dataEqual(u32[(t1 + 8) >> 2], d1, d2));
    const chans = () => self.chans!;
    const makechan = (t: number, n: i64.I64): number => chans().make(t, typeof n === "number" ? n : -1);
    const chansend = (c: number, ep: number): void => chans().send(c, ep);
    const chanrecv = (c: number, ep: number): boolean => chans().recv(c, ep);
    const closechan = (c: number): void => chans().close(c);
    const chanlen = (c: number): number => chans().len(c);
    const chancap = (c: number): number => chans().cap(c);
    const selectgo = (cases: number, n: number, hasDefault: boolean): number => chans().select(cases, n, hasDefault, rv);
    // No shortcut on equal data pointers: a boxed NaN is not equal to itself.
    const efaceeq = (t1: number, d1: number, t2: number, d2: number): boolean => t1 === t2 && (t1 === 0 || self.dataEqual(t1, d1, d2));
    const deferproc = (fp: number, clo: number, code: number): void => {
      const rec = heap.malloc(32, false);
      f64[rec >> 3] = self.g.defer;
      f64[(rec >> 3) + 1] = fp;
      f64[(rec >> 3) + 2] = clo;
      f64[(rec >> 3) + 3] = code;
      self.g.defer = rec;
    };
    // A defer statement in a range-over-func loop body defers the call for
    // the function the loop is in, not for the body's closure: before the
    // loop that function pushes a record for itself with an empty list of
    // calls (deferrangefunc), whose address is the token the body adds its
    // calls to (deferprocat). When the function's deferred calls run, the
    // list takes that record's place (expandRangeDefers), newest first.
    const deferrangefunc = (fp: number, code: number): number => {
      const rec = heap.malloc(RANGE_DEFER_SIZE, false);
      f64[rec >> 3] = self.g.defer;
      f64[(rec >> 3) + 1] = fp;
      f64[(rec >> 3) + 2] = RANGE_DEFER;
      f64[(rec >> 3) + 3] = code;
      self.g.defer = rec;
      return rec;
    };
    const deferprocat = (token: number, clo: number): void => {
      const rec = heap.malloc(32, false);
      f64[rec >> 3] = f64[(token >> 3) + 4];
      f64[(rec >> 3) + 2] = clo;
      f64[(token >> 3) + 4] = rec;
    };
    // A range-over-func iterator that misbehaves (the loop's #state says so).
    const panicrangestate = (state: number): never => {
      const msg = rangeStateErrors[state];
      if (msg === undefined) throw new GoFatal("unexpected state passed to panicrangestate");
      throw GoPanic.runtimeError(msg);
    };
    const deferpop = (fp: number): number => {
      self.expandRangeDefers();
      const rec = self.g.defer;
      if (rec === 0 || f64[(rec >> 3) + 1] !== fp) return 0;
      self.g.defer = f64[rec >> 3];
      const clo = f64[(rec >> 3) + 2];
      // A deferred nil func panics when it is called, not when deferred.
      if (clo === 0) return nilpanic();
      return clo;
    };
    /** The frame pointer of fp's caller, or -1 when the runtime called it (a panic running deferred calls). */
    const callerfp = (fp: number): number => {
      const caller = f64[(fp - 24) >> 3];
      return caller < 0 ? -1 : fp - 24 - self.frames.outs[caller];
    };
    const gorecover = (fp: number): number => {
      const p = self.g.panic;
      rv[0] = 0;
      if (p === null || p.recovered || fp < 0) return 0;
      // Only a deferred function called by the panic (maybe through
      // compiler wrappers: a deferred call's adapter, then a method
      // wrapper) may recover it.
      let caller = f64[(fp - 24) >> 3];
      let cfp = fp;
      while (caller >= 0 && self.frames.wrappers.has(caller)) {
        cfp = cfp - 24 - self.frames.outs[caller];
        caller = f64[(cfp - 24) >> 3];
      }
      // -2: called by the panic; -3: by a native continuing such a call (reflect).
      if (caller !== -2 && caller !== -3) return 0;
      p.recovered = true;
      if (p.typ === 0 && p.err.text !== "") {
        const v = self.runtimeErrorValue?.(p.err) ?? [1, 0];
        p.typ = v[0];
        p.data = v[1];
      }
      rv[0] = p.data;
      return p.typ;
    };

    return {
      u8, i8, u16, i16, u32, i32, f32, f64, rv, sched: this.sched,
      ...i64,
      ld64: mem.ld64, ldu64: mem.ldu64, st64, stp, mcopy, mzero, newobj, newarray,
      idx, idxpanic, nilpanic, panicwrap, callsite, slicecheck, slicecheck3, slice2arrpanic, unsafeslice, unsafestring, shcount, div32, rem32, divu32, remu32, fmin, fmax, cdiv,
      concat, streq, strcmp, decoderune, runestr, bytes2str, str2bytes, runes2str, str2runes,
      makeslice, growto, appendslice, slicecopy,
      printflush, printint, printuint, printbool, printfloat, printcomplex, printpointer, printstring, printslice, printeface, printsp, printnl,
      exit, unreachable, native, gopanic, efaceeq, ifaceeq, itype, assertE2I, convI2I, panicdottype, panicassertI, memequal,
      makechan, chansend, chanrecv, closechan, chanlen, chancap, selectgo,
      makemap, mapaccess1, mapaccess2, mapassign, mapdelete, mapclear, maplen, mapiterinit, mapiternext, deferproc, deferpop, gorecover, callerfp,
      deferrangefunc, deferprocat, panicrangestate,
    };
  }
}

function copysign(x: number, y: number): number {
  const ax = Math.abs(x);
  return y < 0 || Object.is(y, -0) ? -ax : ax;
}
