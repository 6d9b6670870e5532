// Equality and hashing of Go values in arena memory (runtime/alg.go and
// hash64.go). Every comparable type has an algorithm recorded in its
// descriptor's equal word (abi.ts Alg); from it, and from the element and
// field descriptors, this module builds one JS closure per type on first use
// and caches it by descriptor address, the way gc generates one .eq and one
// .hash function per type. Regular-memory types (no floats, strings,
// interfaces, padding or blank fields) compare and hash as plain bytes.
//
// Hashes are 32 bits (as int32 numbers), seeded per map (hmap.hash0), built from murmur3's
// block mix and finalizer over Math.imul: cheap in V8 and good in every bit,
// which the map needs (low bits pick the bucket, the top byte is the
// tophash). Rules carried over from Go:
//   - floats: +0 and -0 are equal and hash alike; NaN is unequal to itself
//     and hashes randomly, so each NaN key is a new map entry (f64hash);
//   - strings compare length first, then bytes;
//   - interfaces compare dynamic types first; equal types with no equality
//     panic "comparing uncomparable type T", and hashing one panics "hash of
//     unhashable type T" (efaceeq, interhash);
//   - arrays and structs go element by element and field by field in order,
//     skipping blank fields, so a panic happens where gc's code would panic.

import type { Arena } from "./mem/arena.js";
import { GoPanic } from "../vm/panic.js";
import { Views } from "./views.js";
import {
  Alg,
  ARRAY_ELEM,
  ARRAY_LEN,
  FIELD_FLAGS,
  FIELD_OFFSET,
  FIELD_TYPE,
  FieldFlag,
  ITAB_TYPE,
  structField,
  structFieldCount,
  typeAlg,
  typeHash,
  typeAlign,
  typeSize,
  typeString,
  isDirectIface,
  word,
  word64,
} from "./abi.js";

export type EqualFn = (p: number, q: number) => boolean;
export type HashFn = (p: number, seed: number) => number;

// ---------------------------------------------------------------------------
// Random numbers (runtime.rand's role): seeds, NaN hashes, iteration starts.

let rs0 = (Math.random() * 4294967296) | 0 || 1;
let rs1 = (Math.random() * 4294967296) | 0 || 2;

/** 32 random bits as an int32 (xorshift64 over two 32-bit halves, scrambled). */
export function fastrand(): number {
  let s1 = rs0;
  const s0 = rs1;
  rs0 = s0;
  s1 ^= s1 << 23;
  s1 ^= s1 >>> 17;
  s1 ^= s0;
  s1 ^= s0 >>> 26;
  rs1 = s1;
  return (rs0 + rs1) | 0;
}

// ---------------------------------------------------------------------------
// Hash primitives (murmur3_32 block mix and finalizer).

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** Mixes one 32-bit block k into the running hash h. */
function mix(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, C2);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/**
 * Final avalanche: every input bit affects every output bit. Hashes are
 * int32s (only the bits matter): V8 keeps them unboxed, where a uint32 at
 * or above 2^31 returned from a call would be a heap number.
 */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Hash of a 4-byte value (memhash32): one multiply, then the avalanche. */
export function hash32(v: number, seed: number): number {
  return fmix(Math.imul(v ^ seed, C1) ^ 4);
}

/**
 * Hash of an 8-byte value given as its two little-endian halves
 * (memhash64): each half multiplied with the seed mixed in, then the
 * avalanche. Half the multiplies of two murmur blocks, which matters for
 * map[int]: for a fixed high half the map from low half to hash is a
 * bijection, so small integers never collide fully.
 */
export function hash64(lo: number, hi: number, seed: number): number {
  return fmix(Math.imul(lo ^ seed, C1) ^ Math.imul(hi ^ ((seed << 16) | (seed >>> 16)), C2) ^ 8);
}

/** The runtime error a Go program sees: GoPanic carrying a runtime.Error. */
function runtimeError(msg: string): GoPanic {
  return GoPanic.runtimeError(msg);
}

// ---------------------------------------------------------------------------

export class Algs {
  /** Fast views of the arena; every public method syncs them first. */
  readonly v: Views;
  private readonly eqCache = new Map<number, EqualFn>();
  private readonly hashCache = new Map<number, HashFn>();

  constructor(readonly arena: Arena) {
    this.v = Views.of(arena);
  }

  /** Whether the values of type t at p and q are equal (t.Equal(p, q)). */
  equal(t: number, p: number, q: number): boolean {
    this.v.sync();
    return this.equalFn(t)(p, q);
  }

  /** Hash of the value of type t at p (typehash). */
  hash(t: number, p: number, seed: number): number {
    this.v.sync();
    return this.hashFn(t)(p, seed);
  }

  /**
   * The equality function of type t; for a type without equality, one that
   * panics as efaceeq does. It reads memory through this.v: call v.sync()
   * before using it if the arena may have grown since the last sync.
   */
  equalFn(t: number): EqualFn {
    let f = this.eqCache.get(t);
    if (f === undefined) {
      f = this.makeEqual(t);
      this.eqCache.set(t, f);
    }
    return f;
  }

  /** The hash function of type t; for a type without equality, one that panics as interhash does (same rule as equalFn). */
  hashFn(t: number): HashFn {
    let f = this.hashCache.get(t);
    if (f === undefined) {
      f = this.makeHash(t);
      this.hashCache.set(t, f);
    }
    return f;
  }

  /** Bytes [p, p+n) equal [q, q+n) (memequal). */
  memequal(p: number, q: number, n: number): boolean {
    if (p === q) return true;
    const v = this.v;
    v.sync();
    const u8 = v.u8;
    let i = 0;
    if (((p | q) & 3) === 0) {
      const u32 = v.u32;
      const pw = p >>> 2;
      const qw = q >>> 2;
      const w = n >>> 2;
      for (; i < w; i++) if (u32[pw + i] !== u32[qw + i]) return false;
      i = w << 2;
    }
    for (; i < n; i++) if (u8[p + i] !== u8[q + i]) return false;
    return true;
  }

  /** Hash of bytes [p, p+n) (memhash); the same for any alignment of p. */
  memhash(p: number, n: number, seed: number): number {
    const v = this.v;
    v.sync();
    let h = seed | 0;
    let i = 0;
    const end4 = n & ~3;
    if ((p & 3) === 0) {
      const u32 = v.u32;
      const pw = p >>> 2;
      for (; i < end4; i += 4) h = mix(h, u32[pw + (i >>> 2)]);
    } else {
      const u8 = v.u8;
      for (; i < end4; i += 4) h = mix(h, u8[p + i] | (u8[p + i + 1] << 8) | (u8[p + i + 2] << 16) | (u8[p + i + 3] << 24));
    }
    if (i < n) {
      const u8 = v.u8;
      let k = u8[p + i];
      if (i + 1 < n) k |= u8[p + i + 1] << 8;
      if (i + 2 < n) k |= u8[p + i + 2] << 16;
      k = Math.imul(k, C1);
      k = (k << 15) | (k >>> 17);
      h ^= Math.imul(k, C2);
    }
    return fmix(h ^ n);
  }

  /** Strings (headers at p and q) are equal: lengths, then bytes. */
  strequal(p: number, q: number): boolean {
    this.v.sync();
    const u32 = this.v.u32;
    const n = u32[(p + 8) >>> 2];
    if (n !== u32[(q + 8) >>> 2]) return false;
    return this.memequal(u32[p >>> 2], u32[q >>> 2], n);
  }

  /** Hash of the string whose header is at p (strhash). */
  strhash(p: number, seed: number): number {
    this.v.sync();
    const u32 = this.v.u32;
    return this.memhash(u32[p >>> 2], u32[(p + 8) >>> 2], seed);
  }

  /** Hash of a float64 at p (f64hash): ±0 alike, NaN random. */
  f64hash(p: number, seed: number): number {
    const u32 = this.v.u32;
    const lo = u32[p >>> 2];
    const hi = u32[(p >>> 2) + 1];
    if (lo === 0 && (hi & 0x7fffffff) === 0) return hash64(0, 0, seed);
    if ((hi & 0x7ff00000) === 0x7ff00000 && ((hi & 0xfffff) | lo) !== 0) return hash64(fastrand(), fastrand(), seed);
    return hash64(lo, hi, seed);
  }

  /** Hash of a float32 at p (f32hash). */
  f32hash(p: number, seed: number): number {
    const b = this.v.u32[p >>> 2];
    if ((b & 0x7fffffff) === 0) return hash32(0, seed);
    if ((b & 0x7f800000) === 0x7f800000 && (b & 0x7fffff) !== 0) return hash32(fastrand(), seed);
    return hash32(b, seed);
  }

  /**
   * Equality of two interface values with the same dynamic type t and data
   * words x and y (efaceeq; ifaceeq after comparing itabs).
   */
  efaceeq(t: number, x: number, y: number): boolean {
    if (t === 0) return true;
    const a = this.v;
    a.sync();
    if (typeAlg(a, t) === Alg.NoEq) throw runtimeError(`comparing uncomparable type ${typeString(a, t)}`);
    if (isDirectIface(a, t)) return x === y;
    return this.equalFn(t)(x, y);
  }

  /** ifaceeq: tab is the shared itab of both operands (0 for nil). */
  ifaceeq(tab: number, x: number, y: number): boolean {
    if (tab === 0) return true;
    this.v.sync();
    return this.efaceeq(this.v.u32[(tab + ITAB_TYPE) >>> 2], x, y);
  }

  /** Hash of an interface value with dynamic type t whose data word is at p (interhash/nilinterhash). */
  private ifacehash(t: number, p: number, seed: number): number {
    if (t === 0) return fmix(seed ^ 0x9e3779b9);
    const a = this.v;
    if (typeAlg(a, t) === Alg.NoEq) throw runtimeError(`hash of unhashable type ${typeString(a, t)}`);
    const s = seed ^ typeHash(a, t);
    if (isDirectIface(a, t)) return this.hashFn(t)(p, s);
    return this.hashFn(t)(this.v.u32[p >>> 2], s);
  }

  // -------------------------------------------------------------------------
  // Building the per-type closures.

  private makeEqual(t: number): EqualFn {
    const a = this.arena;
    const v = this.v;
    const size = typeSize(a, t);
    switch (typeAlg(a, t)) {
      case Alg.NoEq: {
        const msg = `comparing uncomparable type ${typeString(a, t)}`;
        return () => {
          throw runtimeError(msg);
        };
      }
      case Alg.Mem:
        switch (size) {
          case 0:
            return () => true;
          case 1:
            return (p, q) => v.u8[p] === v.u8[q];
          case 2:
            if (typeAlign(a, t) >= 2) return (p, q) => v.u16[p >>> 1] === v.u16[q >>> 1];
            break;
          case 4:
            if (typeAlign(a, t) >= 4) return (p, q) => v.u32[p >>> 2] === v.u32[q >>> 2];
            break;
          case 8:
            if (typeAlign(a, t) >= 4) return (p, q) => v.u32[p >>> 2] === v.u32[q >>> 2] && v.u32[(p >>> 2) + 1] === v.u32[(q >>> 2) + 1];
        }
        return (p, q) => this.memequal(p, q, size);
      case Alg.F32:
        return (p, q) => v.f32[p >>> 2] === v.f32[q >>> 2];
      case Alg.F64:
        return (p, q) => v.f64[p >>> 3] === v.f64[q >>> 3];
      case Alg.C64:
        return (p, q) => v.f32[p >>> 2] === v.f32[q >>> 2] && v.f32[(p >>> 2) + 1] === v.f32[(q >>> 2) + 1];
      case Alg.C128:
        return (p, q) => v.f64[p >>> 3] === v.f64[q >>> 3] && v.f64[(p >>> 3) + 1] === v.f64[(q >>> 3) + 1];
      case Alg.String:
        return (p, q) => this.strequal(p, q);
      case Alg.NilInter:
        return (p, q) => {
          const tp = v.u32[p >>> 2];
          if (tp !== v.u32[q >>> 2]) return false;
          return this.efaceeq(tp, v.u32[(p + 8) >>> 2], v.u32[(q + 8) >>> 2]);
        };
      case Alg.Inter:
        return (p, q) => {
          const tab = v.u32[p >>> 2];
          if (tab !== v.u32[q >>> 2]) return false;
          return this.ifaceeq(tab, v.u32[(p + 8) >>> 2], v.u32[(q + 8) >>> 2]);
        };
      case Alg.Array: {
        const elem = word(a, t + ARRAY_ELEM);
        const n = word64(a, t + ARRAY_LEN);
        const es = typeSize(a, elem);
        let ef: EqualFn | null = null;
        return (p, q) => {
          ef ??= this.equalFn(elem);
          for (let i = 0; i < n; i++) if (!ef(p + i * es, q + i * es)) return false;
          return true;
        };
      }
      case Alg.Struct: {
        const { offs, types } = this.comparedFields(t);
        const fns: EqualFn[] = [];
        return (p, q) => {
          if (fns.length !== types.length) for (const ft of types) fns.push(this.equalFn(ft));
          for (let i = 0; i < fns.length; i++) if (!fns[i](p + offs[i], q + offs[i])) return false;
          return true;
        };
      }
    }
    throw new Error(`alg: bad equality algorithm for ${typeString(a, t)}`);
  }

  private makeHash(t: number): HashFn {
    const a = this.arena;
    const v = this.v;
    const size = typeSize(a, t);
    switch (typeAlg(a, t)) {
      case Alg.NoEq: {
        const msg = `hash of unhashable type ${typeString(a, t)}`;
        return () => {
          throw runtimeError(msg);
        };
      }
      case Alg.Mem:
        switch (size) {
          case 0:
            return (_p, seed) => fmix(seed);
          case 1:
            return (p, seed) => hash32(v.u8[p], seed);
          case 2:
            if (typeAlign(a, t) >= 2) return (p, seed) => hash32(v.u16[p >>> 1], seed);
            break;
          case 4:
            if (typeAlign(a, t) >= 4) return (p, seed) => hash32(v.u32[p >>> 2], seed);
            break;
          case 8:
            if (typeAlign(a, t) >= 4) return (p, seed) => hash64(v.u32[p >>> 2], v.u32[(p >>> 2) + 1], seed);
        }
        return (p, seed) => this.memhash(p, size, seed);
      case Alg.F32:
        return (p, seed) => this.f32hash(p, seed);
      case Alg.F64:
        return (p, seed) => this.f64hash(p, seed);
      case Alg.C64:
        return (p, seed) => this.f32hash(p + 4, this.f32hash(p, seed));
      case Alg.C128:
        return (p, seed) => this.f64hash(p + 8, this.f64hash(p, seed));
      case Alg.String:
        return (p, seed) => this.strhash(p, seed);
      case Alg.NilInter:
        return (p, seed) => this.ifacehash(v.u32[p >>> 2], p + 8, seed);
      case Alg.Inter:
        return (p, seed) => {
          const tab = v.u32[p >>> 2];
          return this.ifacehash(tab === 0 ? 0 : v.u32[(tab + ITAB_TYPE) >>> 2], p + 8, seed);
        };
      case Alg.Array: {
        const elem = word(a, t + ARRAY_ELEM);
        const n = word64(a, t + ARRAY_LEN);
        const es = typeSize(a, elem);
        let hf: HashFn | null = null;
        return (p, seed) => {
          hf ??= this.hashFn(elem);
          let h = seed;
          for (let i = 0; i < n; i++) h = hf(p + i * es, h);
          return h;
        };
      }
      case Alg.Struct: {
        const { offs, types } = this.comparedFields(t);
        const fns: HashFn[] = [];
        return (p, seed) => {
          if (fns.length !== types.length) for (const ft of types) fns.push(this.hashFn(ft));
          let h = seed;
          for (let i = 0; i < fns.length; i++) h = fns[i](p + offs[i], h);
          return h;
        };
      }
    }
    throw new Error(`alg: bad hash algorithm for ${typeString(a, t)}`);
  }

  /** Offsets and types of a struct's non-blank fields, in order. */
  private comparedFields(t: number): { offs: number[]; types: number[] } {
    const a = this.arena;
    const offs: number[] = [];
    const types: number[] = [];
    const n = structFieldCount(a, t);
    for (let i = 0; i < n; i++) {
      const f = structField(a, t, i);
      if ((word(a, f + FIELD_FLAGS) & FieldFlag.Blank) !== 0) continue;
      const ft = word(a, f + FIELD_TYPE);
      if (typeSize(a, ft) === 0) continue; // always equal (the struct would be NoEq if the field were)
      offs.push(word64(a, f + FIELD_OFFSET));
      types.push(ft);
    }
    return { offs, types };
  }
}
