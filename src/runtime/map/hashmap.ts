// Go maps (runtime/map.go, Go 1.23), in the arena.
//
// A map value is a pointer to an hmap header. The table is an array of 2^B
// buckets; a bucket holds 8 entries: 8 tophash bytes (the top byte of each
// key's hash, or a marker for empty and evacuated cells), then the 8 keys,
// then the 8 elems (keys and elems packed separately, so no padding between
// a key and its elem), then an overflow pointer to a chained bucket. The low
// B bits of a key's hash pick its bucket, the top 8 bits are its tophash, so
// a lookup compares whole keys only where tophashes match. Keys or elems
// larger than 128 bytes are stored indirectly (the slot holds a pointer).
//
// Growth is incremental: when the average load passes 6.5 entries per
// bucket the table doubles; when there are too many overflow buckets for
// the table (after many deletes) it is rebuilt at the same size. Either way
// the old table stays as oldbuckets and each assign or delete evacuates the
// bucket it touches plus one more in order (growWork), so no single
// operation pays for the whole copy. While growing, lookups consult the old
// bucket unless it was already evacuated.
//
// Iteration (mapiterinit/mapiternext) starts at a random bucket and a
// random offset within buckets, and copes with growth in progress: it walks
// the table size it started with, reading not-yet-evacuated old buckets and
// skipping their entries that belong to the other half; entries deleted
// before being reached are not produced, and entries added may or may not
// be. Keys that are not equal to themselves (NaN) can never be found again:
// each insert adds an entry, iteration yields them, and clear removes them.
//
// Layouts (byte offsets; addresses are 8-byte words with a zero high half):
//   hmap (48): 0 count, 8 flags u8, 9 B u8, 10 noverflow u16, 12 hash0 u32,
//     16 buckets, 24 oldbuckets, 32 nevacuate, 40 extra
//   mapextra (24): 0 overflow, 8 oldoverflow (each the address of a slice
//     header []*bmap, or 0), 16 nextOverflow (next preallocated bucket)
//   bucket (from the map type's descriptor): 0 tophash[8], 8 keys[8],
//     8+8*keysize elems[8], bucketsize-8 overflow
//   hiter (HITER_SIZE): see the HITER_* offsets; words 0-7 are pointers.
// When neither key nor elem holds pointers the bucket array is allocated
// noscan and overflow buckets are kept alive by the extra.overflow list, as
// in Go, so the collector need not scan buckets at all.
//
// As gc's map_fast64.go and map_faststr.go, lookups and assignments of
// 8-byte plain keys (ints, pointers, ...) and of strings compare keys inline
// instead of through the key type's equality function.
//
// Not modelled: the hashWriting flag and its "concurrent map writes" fatal
// error (every operation here runs to completion inside one JS call), and
// write barriers (the collector will need typedmemmove to grow them).

import type { Arena } from "../mem/arena.js";
import { GoPanic } from "../../vm/panic.js";
import { type Algs, type EqualFn, type HashFn, fastrand, hash32, hash64 } from "../alg.js";
import type { Views } from "../views.js";
import {
  Alg,
  MapFlag,
  MAP_BUCKET,
  MAP_BUCKETSIZE,
  MAP_ELEM,
  MAP_FLAGS,
  MAP_KEY,
  MAP_KEYSIZE,
  MAP_VALUESIZE,
  typeAlg,
  typeAlign,
  typePtrBytes,
  typeSize,
  word,
} from "../abi.js";

/**
 * Allocates size zeroed bytes from the garbage-collected heap (Heap.malloc);
 * noscan: holds no pointers; typ: for pointerful objects, the descriptor of
 * their type (of the element, for an array of them) when there is one.
 * Buckets pass the map type's bucket type, indirect keys and elems theirs;
 * the map's internal hmap, mapextra and overflow lists pass 0 (no
 * descriptors exist for them: their pointer words are hmap 16, 24 and 40,
 * mapextra all three, an overflow list's header word 0 and array words).
 */
export type Alloc = (size: number, noscan: boolean, typ?: number) => number;

export const HMAP_COUNT = 0;
export const HMAP_FLAGS = 8;
export const HMAP_B = 9;
export const HMAP_NOVERFLOW = 10;
export const HMAP_HASH0 = 12;
export const HMAP_BUCKETS = 16;
export const HMAP_OLDBUCKETS = 24;
export const HMAP_NEVACUATE = 32;
export const HMAP_EXTRA = 40;
export const HMAP_SIZE = 48;

const EXTRA_OVERFLOW = 0;
const EXTRA_OLDOVERFLOW = 8;
const EXTRA_NEXTOVERFLOW = 16;
const EXTRA_SIZE = 24;

/** The key being produced, or 0 when iteration is over (must stay first, like Go's hiter.key). */
export const HITER_KEY = 0;
/** The elem being produced. */
export const HITER_ELEM = 8;
export const HITER_T = 16;
export const HITER_H = 24;
export const HITER_BUCKETS = 32;
export const HITER_BPTR = 40;
export const HITER_OVERFLOW = 48;
export const HITER_OLDOVERFLOW = 56;
export const HITER_STARTBUCKET = 64;
export const HITER_OFFSET = 72;
export const HITER_WRAPPED = 73;
export const HITER_B = 74;
export const HITER_I = 75;
export const HITER_BUCKET = 80;
export const HITER_CHECKBUCKET = 88;
export const HITER_SIZE = 96;

const BUCKET_CNT = 8;
const DATA_OFFSET = 8;
// Tophash markers (map.go): a cell's tophash is one of these or >= MIN_TOPHASH.
const EMPTY_REST = 0; // empty, and so is every later cell and overflow bucket
const EMPTY_ONE = 1; // empty
const EVACUATED_X = 2; // moved to the first half of the new table
const EVACUATED_Y = 3; // moved to the second half
const EVACUATED_EMPTY = 4; // empty, and the bucket was evacuated
const MIN_TOPHASH = 5;
// hmap flags.
const ITERATOR = 1; // an iterator may be using buckets
const OLD_ITERATOR = 2; // an iterator may be using oldbuckets
const SAME_SIZE_GROW = 8; // the current growth keeps the size
const NO_CHECK = 0xffffffff;
// Load factor 6.5 = 13/2 entries per bucket.
const LOAD_FACTOR_NUM = 13;
const LOAD_FACTOR_DEN = 2;

/** How keys are hashed and compared: the common key kinds get inline code (map_fast32.go, map_fast64.go, map_faststr.go). */
const enum KeyKind {
  Generic,
  Mem32,
  Mem64,
  Str,
}

/** What the map code needs from a map type descriptor, read once per type. */
class MapTypeInfo {
  readonly key: number;
  readonly elem: number;
  /** The bucket type's descriptor. */
  readonly bucket: number;
  /** Size of a key slot and an elem slot in a bucket (8 when indirect). */
  readonly keySize: number;
  readonly elemSize: number;
  /** Size of the key and elem types themselves. */
  readonly keyTypeSize: number;
  readonly elemTypeSize: number;
  readonly bucketSize: number;
  readonly elemsOff: number;
  readonly overflowOff: number;
  readonly indirectKey: boolean;
  readonly indirectElem: boolean;
  readonly reflexiveKey: boolean;
  readonly needKeyUpdate: boolean;
  readonly hashMightPanic: boolean;
  readonly keyNoscan: boolean;
  readonly elemNoscan: boolean;
  /** The bucket type holds no pointers: buckets are noscan, overflow buckets listed in extra. */
  readonly bucketNoscan: boolean;
  readonly kind: KeyKind;
  readonly hash: HashFn;
  readonly eq: EqualFn;

  constructor(a: Arena, algs: Algs, readonly t: number) {
    this.key = word(a, t + MAP_KEY);
    this.elem = word(a, t + MAP_ELEM);
    this.bucket = word(a, t + MAP_BUCKET);
    this.keySize = a.u8[t + MAP_KEYSIZE];
    this.elemSize = a.u8[t + MAP_VALUESIZE];
    this.keyTypeSize = typeSize(a, this.key);
    this.elemTypeSize = typeSize(a, this.elem);
    this.bucketSize = a.u16[(t + MAP_BUCKETSIZE) >>> 1];
    this.elemsOff = DATA_OFFSET + BUCKET_CNT * this.keySize;
    this.overflowOff = this.bucketSize - 8;
    const flags = a.u32[(t + MAP_FLAGS) >>> 2];
    this.indirectKey = (flags & MapFlag.IndirectKey) !== 0;
    this.indirectElem = (flags & MapFlag.IndirectElem) !== 0;
    this.reflexiveKey = (flags & MapFlag.ReflexiveKey) !== 0;
    this.needKeyUpdate = (flags & MapFlag.NeedKeyUpdate) !== 0;
    this.hashMightPanic = (flags & MapFlag.HashMightPanic) !== 0;
    this.keyNoscan = typePtrBytes(a, this.key) === 0;
    this.elemNoscan = typePtrBytes(a, this.elem) === 0;
    this.bucketNoscan = typePtrBytes(a, this.bucket) === 0;
    const alg = typeAlg(a, this.key);
    let kind = KeyKind.Generic;
    if (alg === Alg.String) kind = KeyKind.Str;
    else if (alg === Alg.Mem && this.keyTypeSize === 8 && typeAlign(a, this.key) >= 4) kind = KeyKind.Mem64;
    else if (alg === Alg.Mem && this.keyTypeSize === 4 && typeAlign(a, this.key) >= 4) kind = KeyKind.Mem32;
    this.kind = kind;
    this.hash = algs.hashFn(this.key);
    this.eq = algs.equalFn(this.key);
  }
}

export class Maps {
  /**
   * Fast views of the arena (views.ts), synced at every entry point and
   * after every allocation; methods that allocate re-read them afterwards.
   */
  private readonly v: Views;
  private readonly types = new Map<number, MapTypeInfo>();
  private lastT = -1;
  private last: MapTypeInfo | null = null;
  /** A zeroed block that mapaccess1 returns for missing keys (Go's zeroVal); never written. */
  private zeroVal = 0;
  private zeroSize = 0;

  /**
   * alloc: the garbage-collected heap's allocator (zeroed memory). persistent:
   * memory that is never freed, for the zero block mapaccess1 returns (Go's
   * zeroVal is a global); defaults to alloc.
   */
  constructor(
    readonly arena: Arena,
    private readonly rawAlloc: Alloc,
    private readonly algs: Algs,
    private readonly persistent: Alloc = rawAlloc,
  ) {
    this.v = algs.v;
  }

  /** Allocates from the heap; the arena may have grown, so the views are synced. */
  private alloc(size: number, noscan: boolean, typ = 0): number {
    const p = this.rawAlloc(size, noscan, typ);
    this.v.sync();
    return p;
  }

  private info(t: number): MapTypeInfo {
    if (t === this.lastT) return this.last!;
    let mt = this.types.get(t);
    if (mt === undefined) {
      mt = new MapTypeInfo(this.arena, this.algs, t);
      this.types.set(t, mt);
    }
    this.lastT = t;
    this.last = mt;
    return mt;
  }

  // -------------------------------------------------------------------------
  // Keys.

  private hashKey(mt: MapTypeInfo, key: number, seed: number): number {
    const u32 = this.v.u32;
    switch (mt.kind) {
      case KeyKind.Mem64:
        return hash64(u32[key >>> 2], u32[(key >>> 2) + 1], seed);
      case KeyKind.Mem32:
        return hash32(u32[key >>> 2], seed);
      case KeyKind.Str:
        return this.algs.memhash(u32[key >>> 2], u32[(key + 8) >>> 2], seed);
    }
    return mt.hash(key, seed);
  }

  /** The key at key equals the stored key at k (k already indirected). */
  private keyEqual(mt: MapTypeInfo, key: number, k: number): boolean {
    const u32 = this.v.u32;
    switch (mt.kind) {
      case KeyKind.Mem64:
        return u32[key >>> 2] === u32[k >>> 2] && u32[(key >>> 2) + 1] === u32[(k >>> 2) + 1];
      case KeyKind.Mem32:
        return u32[key >>> 2] === u32[k >>> 2];
      case KeyKind.Str: {
        const n = u32[(key + 8) >>> 2];
        if (n !== u32[(k + 8) >>> 2]) return false;
        const p = u32[key >>> 2];
        const q = u32[k >>> 2];
        return p === q || this.algs.memequal(p, q, n);
      }
    }
    return mt.eq(key, k);
  }

  /** Copies a key of the map's key type (typedmemmove). */
  private copyKey(mt: MapTypeInfo, dst: number, src: number): void {
    const u32 = this.v.u32;
    switch (mt.kind) {
      case KeyKind.Mem64:
        u32[dst >>> 2] = u32[src >>> 2];
        u32[(dst >>> 2) + 1] = u32[(src >>> 2) + 1];
        return;
      case KeyKind.Mem32:
        u32[dst >>> 2] = u32[src >>> 2];
        return;
      case KeyKind.Str:
        u32[dst >>> 2] = u32[src >>> 2];
        u32[(dst + 8) >>> 2] = u32[(src + 8) >>> 2];
        return;
    }
    this.memmove(dst, src, mt.keyTypeSize);
  }

  private memmove(dst: number, src: number, n: number): void {
    if (n === 0 || dst === src) return;
    if (n <= 16 && ((dst | src | n) & 3) === 0) {
      const u32 = this.v.u32;
      for (let i = 0; i < n; i += 4) u32[(dst + i) >>> 2] = u32[(src + i) >>> 2];
      return;
    }
    this.v.u8.copyWithin(dst, src, src + n);
  }

  private memclr(p: number, n: number): void {
    if (n === 0) return;
    if (n <= 32 && ((p | n) & 3) === 0) {
      const u32 = this.v.u32;
      for (let i = 0; i < n; i += 4) u32[(p + i) >>> 2] = 0;
      return;
    }
    this.v.u8.fill(0, p, p + n);
  }

  /** mapKeyError: a nil or empty map still hashes an interface key, to panic on an unhashable one (go.dev/issue/23734). */
  private keyCheck(mt: MapTypeInfo, key: number): void {
    if (mt.hashMightPanic) mt.hash(key, 0);
  }

  // -------------------------------------------------------------------------
  // hmap fields.

  private overflow(mt: MapTypeInfo, b: number): number {
    return this.v.u32[(b + mt.overflowOff) >>> 2];
  }

  private setOverflow(mt: MapTypeInfo, b: number, ovf: number): void {
    this.v.u32[(b + mt.overflowOff) >>> 2] = ovf;
  }

  private growing(h: number): boolean {
    return this.v.u32[(h + HMAP_OLDBUCKETS) >>> 2] !== 0;
  }

  private sameSizeGrow(h: number): boolean {
    return (this.v.u8[h + HMAP_FLAGS] & SAME_SIZE_GROW) !== 0;
  }

  private noldbuckets(h: number): number {
    let oldB = this.v.u8[h + HMAP_B];
    if (!this.sameSizeGrow(h)) oldB--;
    return 1 << oldB;
  }

  // -------------------------------------------------------------------------
  // Making maps.

  /** makemap: a map with room for hint entries before it grows. */
  makemap(t: number, hint: number): number {
    this.v.sync();
    const mt = this.info(t);
    // Like makemap: a hint whose buckets could not be allocated is ignored (it is only a hint).
    if (!(hint >= 0) || hint * mt.bucketSize > this.arena.maxBytes) hint = 0;
    const h = this.alloc(HMAP_SIZE, false);
    this.v.u32[(h + HMAP_HASH0) >>> 2] = fastrand();
    let B = 0;
    while (overLoadFactor(hint, B)) B++;
    this.v.u8[h + HMAP_B] = B;
    if (B !== 0) {
      const [buckets, next] = this.makeBucketArray(mt, B, 0);
      this.v.u32[(h + HMAP_BUCKETS) >>> 2] = buckets;
      if (next !== 0) {
        const x = this.extra(h);
        this.v.u32[(x + EXTRA_NEXTOVERFLOW) >>> 2] = next;
      }
    }
    return h;
  }

  /**
   * makeBucketArray: 2^B buckets, plus 2^(B-4) preallocated overflow buckets
   * when B >= 4 (the last one's overflow pointer is set to a non-nil
   * sentinel so newoverflow knows where the free ones end). With dirty set,
   * clears and reuses that array instead.
   */
  private makeBucketArray(mt: MapTypeInfo, B: number, dirty: number): [number, number] {
    const base = 1 << B;
    let nbuckets = base;
    if (B >= 4) nbuckets += 1 << (B - 4);
    let buckets: number;
    if (dirty === 0) {
      buckets = this.alloc(nbuckets * mt.bucketSize, mt.bucketNoscan, mt.bucket);
    } else {
      buckets = dirty;
      this.memclr(buckets, nbuckets * mt.bucketSize);
    }
    let next = 0;
    if (base !== nbuckets) {
      next = buckets + base * mt.bucketSize;
      const last = buckets + (nbuckets - 1) * mt.bucketSize;
      this.setOverflow(mt, last, buckets);
    }
    return [buckets, next];
  }

  private extra(h: number): number {
    let x = this.v.u32[(h + HMAP_EXTRA) >>> 2];
    if (x === 0) {
      x = this.alloc(EXTRA_SIZE, false);
      this.v.u32[(h + HMAP_EXTRA) >>> 2] = x;
    }
    return x;
  }

  /** newoverflow: chains a fresh overflow bucket after b (a preallocated one if any are left). */
  private newoverflow(mt: MapTypeInfo, h: number, b: number): number {
    const u32 = this.v.u32; // no allocation until the last use
    const x = u32[(h + HMAP_EXTRA) >>> 2];
    let ovf = 0;
    if (x !== 0 && u32[(x + EXTRA_NEXTOVERFLOW) >>> 2] !== 0) {
      ovf = u32[(x + EXTRA_NEXTOVERFLOW) >>> 2];
      if (this.overflow(mt, ovf) === 0) {
        u32[(x + EXTRA_NEXTOVERFLOW) >>> 2] = ovf + mt.bucketSize;
      } else {
        // The last preallocated bucket: drop the sentinel.
        this.setOverflow(mt, ovf, 0);
        u32[(x + EXTRA_NEXTOVERFLOW) >>> 2] = 0;
      }
    } else {
      ovf = this.alloc(mt.bucketSize, mt.bucketNoscan, mt.bucket);
    }
    this.incrnoverflow(h);
    if (mt.bucketNoscan) this.appendOverflow(h, ovf);
    this.setOverflow(mt, b, ovf);
    return ovf;
  }

  /** incrnoverflow: exact below 2^16 buckets, then counted with probability ~2^16/2^B. */
  private incrnoverflow(h: number): void {
    const B = this.v.u8[h + HMAP_B];
    const p = (h + HMAP_NOVERFLOW) >>> 1;
    if (B < 16) {
      this.v.u16[p]++;
      return;
    }
    const mask = (1 << (B - 15)) - 1;
    if ((fastrand() & mask) === 0) this.v.u16[p]++;
  }

  /** Appends ovf to h.extra.overflow, the list that keeps noscan overflow buckets alive. */
  private appendOverflow(h: number, ovf: number): void {
    const x = this.extra(h);
    let s = this.v.u32[(x + EXTRA_OVERFLOW) >>> 2];
    if (s === 0) {
      s = this.alloc(24, false);
      this.v.u32[(x + EXTRA_OVERFLOW) >>> 2] = s;
    }
    let arr = this.v.u32[s >>> 2];
    const len = this.v.u32[(s + 8) >>> 2];
    const cap = this.v.u32[(s + 16) >>> 2];
    if (len === cap) {
      const ncap = cap === 0 ? 4 : cap * 2;
      const narr = this.alloc(ncap * 8, false);
      if (len > 0) this.v.u8.copyWithin(narr, arr, arr + len * 8);
      arr = narr;
      this.v.u32[s >>> 2] = arr;
      this.v.u32[(s + 16) >>> 2] = ncap;
    }
    const u32 = this.v.u32;
    u32[(arr + len * 8) >>> 2] = ovf;
    u32[(s + 8) >>> 2] = len + 1;
  }

  // -------------------------------------------------------------------------
  // Lookup.

  /** The bucket to search for hash: the new one, or the old one if not yet evacuated. */
  private lookupBucket(mt: MapTypeInfo, h: number, hash: number): number {
    const u32 = this.v.u32;
    let m = (1 << this.v.u8[h + HMAP_B]) - 1;
    let b = u32[(h + HMAP_BUCKETS) >>> 2] + (hash & m) * mt.bucketSize;
    const c = u32[(h + HMAP_OLDBUCKETS) >>> 2];
    if (c !== 0) {
      if (!this.sameSizeGrow(h)) m >>>= 1;
      const oldb = c + (hash & m) * mt.bucketSize;
      if (!evacuated(this.v.u8[oldb])) b = oldb;
    }
    return b;
  }

  /** mapaccessK's search: 1 + the cell index of key's entry, with its bucket in foundBucket; 0 when absent. */
  private find(mt: MapTypeInfo, h: number, key: number): number {
    const u8 = this.v.u8;
    const u32 = this.v.u32;
    const hash = this.hashKey(mt, key, u32[(h + HMAP_HASH0) >>> 2]);
    let b = this.lookupBucket(mt, h, hash);
    let top = hash >>> 24;
    if (top < MIN_TOPHASH) top += MIN_TOPHASH;
    const ks = mt.keySize;
    for (; b !== 0; b = u32[(b + mt.overflowOff) >>> 2]) {
      for (let i = 0; i < BUCKET_CNT; i++) {
        const th = u8[b + i];
        if (th !== top) {
          if (th === EMPTY_REST) return 0;
          continue;
        }
        let k = b + DATA_OFFSET + i * ks;
        if (mt.indirectKey) k = u32[k >>> 2];
        if (this.keyEqual(mt, key, k)) {
          this.foundBucket = b;
          return i + 1;
        }
      }
    }
    return 0;
  }
  private foundBucket = 0;

  /** mapaccess1: the elem for key, or the address of a zero value (read-only) when absent. */
  access1(t: number, m: number, key: number): number {
    const e = this.access2(t, m, key);
    return e !== 0 ? e : this.zero(this.last!.elemTypeSize);
  }

  /** mapaccess2: the elem for key, or 0 when absent. */
  access2(t: number, m: number, key: number): number {
    this.v.sync();
    const mt = this.info(t);
    if (m === 0 || this.v.u32[m >>> 2] === 0) {
      this.keyCheck(mt, key);
      return 0;
    }
    if (mt.kind === KeyKind.Mem64) return this.access64(mt, m, key);
    if (mt.kind === KeyKind.Str) return this.accessStr(mt, m, key);
    const i1 = this.find(mt, m, key);
    if (i1 === 0) return 0;
    const e = this.foundBucket + mt.elemsOff + (i1 - 1) * mt.elemSize;
    return mt.indirectElem ? this.v.u32[e >>> 2] : e;
  }

  /** mapaccess2_fast64: 8-byte plain keys (ints, pointers, ...), compared as two words. */
  private access64(mt: MapTypeInfo, h: number, key: number): number {
    const u8 = this.v.u8;
    const u32 = this.v.u32;
    const lo = u32[key >>> 2];
    const hi = u32[(key >>> 2) + 1];
    const hash = hash64(lo, hi, u32[(h + HMAP_HASH0) >>> 2]);
    let top = hash >>> 24;
    if (top < MIN_TOPHASH) top += MIN_TOPHASH;
    const ovf = mt.overflowOff;
    for (let b = this.lookupBucket(mt, h, hash); b !== 0; b = u32[(b + ovf) >>> 2]) {
      for (let i = 0; i < BUCKET_CNT; i++) {
        const th = u8[b + i];
        if (th !== top) {
          if (th === EMPTY_REST) return 0;
          continue;
        }
        const kw = ((b + DATA_OFFSET) >>> 2) + 2 * i;
        if (u32[kw] === lo && u32[kw + 1] === hi) {
          const e = b + mt.elemsOff + i * mt.elemSize;
          return mt.indirectElem ? u32[e >>> 2] : e;
        }
      }
    }
    return 0;
  }

  /** mapaccess2_faststr: string keys, compared by length, then data pointer, then bytes. */
  private accessStr(mt: MapTypeInfo, h: number, key: number): number {
    const u8 = this.v.u8;
    const u32 = this.v.u32;
    const p = u32[key >>> 2];
    const n = u32[(key + 8) >>> 2];
    const hash = this.algs.memhash(p, n, u32[(h + HMAP_HASH0) >>> 2]);
    let top = hash >>> 24;
    if (top < MIN_TOPHASH) top += MIN_TOPHASH;
    const ovf = mt.overflowOff;
    for (let b = this.lookupBucket(mt, h, hash); b !== 0; b = u32[(b + ovf) >>> 2]) {
      for (let i = 0; i < BUCKET_CNT; i++) {
        const th = u8[b + i];
        if (th !== top) {
          if (th === EMPTY_REST) return 0;
          continue;
        }
        const kw = ((b + DATA_OFFSET) >>> 2) + 4 * i;
        if (u32[kw + 2] !== n) continue;
        const q = u32[kw];
        if (q === p || this.algs.memequal(p, q, n)) {
          const e = b + mt.elemsOff + i * mt.elemSize;
          return mt.indirectElem ? u32[e >>> 2] : e;
        }
      }
    }
    return 0;
  }

  /** The zero block, at least size bytes. */
  private zero(size: number): number {
    if (size > this.zeroSize || this.zeroVal === 0) {
      this.zeroSize = Math.max(1024, size);
      this.zeroVal = this.persistent(this.zeroSize, true);
      this.v.sync();
    }
    return this.zeroVal;
  }

  /** len(m). */
  len(m: number): number {
    this.v.sync();
    return m === 0 ? 0 : this.v.u32[m >>> 2];
  }

  // -------------------------------------------------------------------------
  // Assignment and deletion.

  /** mapassign: the elem slot for key, inserting the key if absent; the caller stores the elem. */
  assign(t: number, m: number, key: number): number {
    if (m === 0) throw GoPanic.plain("assignment to entry in nil map");
    this.v.sync();
    const mt = this.info(t);
    const hash = this.hashKey(mt, key, this.v.u32[(m + HMAP_HASH0) >>> 2]);
    if (this.v.u32[(m + HMAP_BUCKETS) >>> 2] === 0) {
      const b0 = this.alloc(mt.bucketSize, mt.bucketNoscan, mt.bucket);
      this.v.u32[(m + HMAP_BUCKETS) >>> 2] = b0;
    }
    let top = hash >>> 24;
    if (top < MIN_TOPHASH) top += MIN_TOPHASH;
    const ks = mt.keySize;
    // The key's words for the inline comparisons of 8-byte and string keys
    // (mapassign_fast64, mapassign_faststr): value, or data pointer and length.
    const kind = mt.kind;
    const klo = this.v.u32[key >>> 2];
    const khi = this.v.u32[(key + (kind === KeyKind.Str ? 8 : 4)) >>> 2];
    for (;;) {
      const bucket = hash & ((1 << this.v.u8[m + HMAP_B]) - 1);
      if (this.growing(m)) this.growWork(mt, m, bucket);
      // No allocation from here until the insertion below.
      const u8 = this.v.u8;
      const u32 = this.v.u32;
      let b = u32[(m + HMAP_BUCKETS) >>> 2] + bucket * mt.bucketSize;
      let insertb = 0;
      let inserti = 0;
      search: for (;;) {
        for (let i = 0; i < BUCKET_CNT; i++) {
          const th = u8[b + i];
          if (th !== top) {
            if (th <= EMPTY_ONE && insertb === 0) {
              insertb = b;
              inserti = i;
            }
            if (th === EMPTY_REST) break search;
            continue;
          }
          let k = b + DATA_OFFSET + i * ks;
          if (kind === KeyKind.Mem64) {
            if (u32[k >>> 2] !== klo || u32[(k >>> 2) + 1] !== khi) continue;
          } else if (kind === KeyKind.Str) {
            if (u32[(k + 8) >>> 2] !== khi) continue;
            const q = u32[k >>> 2];
            if (q !== klo && !this.algs.memequal(klo, q, khi)) continue;
          } else {
            if (mt.indirectKey) k = u32[k >>> 2];
            if (!this.keyEqual(mt, key, k)) continue;
          }
          // Already present: the key may need replacing (+0 by -0, a string by an equal one).
          if (mt.needKeyUpdate) this.copyKey(mt, k, key);
          const e = b + mt.elemsOff + i * mt.elemSize;
          return mt.indirectElem ? u32[e >>> 2] : e;
        }
        const ovf = u32[(b + mt.overflowOff) >>> 2];
        if (ovf === 0) break;
        b = ovf;
      }
      // Not found. Grow first if the table is too full (then search again: everything moved).
      const count = u32[m >>> 2];
      if (!this.growing(m) && (overLoadFactor(count + 1, u8[m + HMAP_B]) || tooManyOverflowBuckets(this.v.u16[(m + HMAP_NOVERFLOW) >>> 1], u8[m + HMAP_B]))) {
        this.hashGrow(mt, m);
        continue;
      }
      if (insertb === 0) {
        insertb = this.newoverflow(mt, m, b);
        inserti = 0;
      }
      let k = insertb + DATA_OFFSET + inserti * ks;
      let e = insertb + mt.elemsOff + inserti * mt.elemSize;
      if (mt.indirectKey) {
        const kmem = this.alloc(mt.keyTypeSize, mt.keyNoscan, mt.key);
        this.v.u32[k >>> 2] = kmem;
        k = kmem;
      }
      if (mt.indirectElem) {
        const vmem = this.alloc(mt.elemTypeSize, mt.elemNoscan, mt.elem);
        this.v.u32[e >>> 2] = vmem;
        e = vmem;
      }
      this.copyKey(mt, k, key);
      this.v.u8[insertb + inserti] = top;
      this.v.u32[m >>> 2] = count + 1;
      return e;
    }
  }

  /** mapdelete: removes key if present, keeping the emptyRest markers exact. */
  delete(t: number, m: number, key: number): void {
    this.v.sync();
    const mt = this.info(t);
    if (m === 0 || this.v.u32[m >>> 2] === 0) {
      this.keyCheck(mt, key);
      return;
    }
    const hash = this.hashKey(mt, key, this.v.u32[(m + HMAP_HASH0) >>> 2]);
    const bucket = hash & ((1 << this.v.u8[m + HMAP_B]) - 1);
    if (this.growing(m)) this.growWork(mt, m, bucket);
    const u8 = this.v.u8; // no allocation from here on
    const u32 = this.v.u32;
    const bOrig = u32[(m + HMAP_BUCKETS) >>> 2] + bucket * mt.bucketSize;
    let top = hash >>> 24;
    if (top < MIN_TOPHASH) top += MIN_TOPHASH;
    const ks = mt.keySize;
    for (let b = bOrig; b !== 0; b = u32[(b + mt.overflowOff) >>> 2]) {
      for (let i = 0; i < BUCKET_CNT; i++) {
        const th = u8[b + i];
        if (th !== top) {
          if (th === EMPTY_REST) return;
          continue;
        }
        const k = b + DATA_OFFSET + i * ks;
        const k2 = mt.indirectKey ? u32[k >>> 2] : k;
        if (!this.keyEqual(mt, key, k2)) continue;
        // Clear the key and elem (pointers only matter to the collector, but
        // indirect slots and pointerful values must not keep garbage alive).
        if (mt.indirectKey) u32[k >>> 2] = 0;
        else if (!mt.keyNoscan) this.memclr(k, mt.keyTypeSize);
        const e = b + mt.elemsOff + i * mt.elemSize;
        if (mt.indirectElem) u32[e >>> 2] = 0;
        else this.memclr(e, mt.elemTypeSize);
        u8[b + i] = EMPTY_ONE;
        // If the bucket now ends in a run of empty cells, turn them into emptyRest.
        let notLast = false;
        if (i === BUCKET_CNT - 1) {
          const ovf = this.overflow(mt, b);
          if (ovf !== 0 && u8[ovf] !== EMPTY_REST) notLast = true;
        } else if (u8[b + i + 1] !== EMPTY_REST) {
          notLast = true;
        }
        if (!notLast) {
          let bb = b;
          let j = i;
          for (;;) {
            u8[bb + j] = EMPTY_REST;
            if (j === 0) {
              if (bb === bOrig) break;
              // Find the previous bucket of the chain.
              const c = bb;
              for (bb = bOrig; this.overflow(mt, bb) !== c; bb = this.overflow(mt, bb));
              j = BUCKET_CNT - 1;
            } else {
              j--;
            }
            if (u8[bb + j] !== EMPTY_ONE) break;
          }
        }
        const count = u32[m >>> 2] - 1;
        u32[m >>> 2] = count;
        // Reset the seed when the map empties, to make repeated collision attacks harder.
        if (count === 0) u32[(m + HMAP_HASH0) >>> 2] = fastrand();
        return;
      }
    }
  }

  /** mapclear: empties the map, keeping its table (iterators in progress see nothing more). */
  clear(t: number, m: number): void {
    this.v.sync();
    const u8 = this.v.u8;
    const u32 = this.v.u32;
    if (m === 0 || u32[m >>> 2] === 0) return;
    const mt = this.info(t);
    const markEmpty = (buckets: number, n: number) => {
      for (let i = 0; i < n; i++) {
        for (let b = buckets + i * mt.bucketSize; b !== 0; b = this.overflow(mt, b)) u8.fill(EMPTY_REST, b, b + BUCKET_CNT);
      }
    };
    const B = u8[m + HMAP_B];
    markEmpty(u32[(m + HMAP_BUCKETS) >>> 2], 1 << B);
    const old = u32[(m + HMAP_OLDBUCKETS) >>> 2];
    if (old !== 0) markEmpty(old, this.noldbuckets(m));
    u8[m + HMAP_FLAGS] &= ~SAME_SIZE_GROW;
    u32[(m + HMAP_OLDBUCKETS) >>> 2] = 0;
    u32[(m + HMAP_NEVACUATE) >>> 2] = 0;
    this.v.u16[(m + HMAP_NOVERFLOW) >>> 1] = 0;
    u32[m >>> 2] = 0;
    u32[(m + HMAP_HASH0) >>> 2] = fastrand();
    const x = u32[(m + HMAP_EXTRA) >>> 2];
    if (x !== 0) this.memclr(x, EXTRA_SIZE);
    const [, next] = this.makeBucketArray(mt, B, u32[(m + HMAP_BUCKETS) >>> 2]);
    if (next !== 0) {
      const x2 = this.extra(m);
      this.v.u32[(x2 + EXTRA_NEXTOVERFLOW) >>> 2] = next;
    }
  }

  // -------------------------------------------------------------------------
  // Growth.

  /** hashGrow: starts doubling (or a same-size rebuild); the moving happens in growWork. */
  private hashGrow(mt: MapTypeInfo, h: number): void {
    let bigger = 1;
    if (!overLoadFactor(this.v.u32[h >>> 2] + 1, this.v.u8[h + HMAP_B])) {
      bigger = 0;
      this.v.u8[h + HMAP_FLAGS] |= SAME_SIZE_GROW;
    }
    const oldbuckets = this.v.u32[(h + HMAP_BUCKETS) >>> 2];
    const [newbuckets, next] = this.makeBucketArray(mt, this.v.u8[h + HMAP_B] + bigger, 0);
    const u8 = this.v.u8;
    const u32 = this.v.u32;
    const f = u8[h + HMAP_FLAGS];
    let flags = f & ~(ITERATOR | OLD_ITERATOR);
    if ((f & ITERATOR) !== 0) flags |= OLD_ITERATOR;
    u8[h + HMAP_B] += bigger;
    u8[h + HMAP_FLAGS] = flags;
    u32[(h + HMAP_OLDBUCKETS) >>> 2] = oldbuckets;
    u32[(h + HMAP_BUCKETS) >>> 2] = newbuckets;
    u32[(h + HMAP_NEVACUATE) >>> 2] = 0;
    this.v.u16[(h + HMAP_NOVERFLOW) >>> 1] = 0;
    const x = u32[(h + HMAP_EXTRA) >>> 2];
    if (x !== 0 && u32[(x + EXTRA_OVERFLOW) >>> 2] !== 0) {
      if (u32[(x + EXTRA_OLDOVERFLOW) >>> 2] !== 0) throw new Error("map: oldoverflow is not nil");
      u32[(x + EXTRA_OLDOVERFLOW) >>> 2] = u32[(x + EXTRA_OVERFLOW) >>> 2];
      u32[(x + EXTRA_OVERFLOW) >>> 2] = 0;
    }
    if (next !== 0) {
      const x2 = this.extra(h);
      this.v.u32[(x2 + EXTRA_NEXTOVERFLOW) >>> 2] = next;
    }
  }

  /** growWork: evacuates the old bucket the caller is about to use, and one more to make progress. */
  private growWork(mt: MapTypeInfo, h: number, bucket: number): void {
    this.evacuate(mt, h, bucket & (this.noldbuckets(h) - 1));
    if (this.growing(h)) this.evacuate(mt, h, this.v.u32[(h + HMAP_NEVACUATE) >>> 2]);
  }

  /**
   * evacuate: moves old bucket oldbucket's entries to the new table: when
   * doubling, to bucket x = oldbucket or y = oldbucket + newbit depending on
   * the hash's new bit. NaN keys hash randomly, so while an iterator may be
   * running they follow their tophash's low bit instead, which the iterator
   * can check, and get a fresh random tophash.
   */
  private evacuate(mt: MapTypeInfo, h: number, oldbucket: number): void {
    // Re-read after newoverflow, which may allocate.
    let u8 = this.v.u8;
    let u32 = this.v.u32;
    const bs = mt.bucketSize;
    const ks = mt.keySize;
    const es = mt.elemSize;
    const oldbuckets = u32[(h + HMAP_OLDBUCKETS) >>> 2];
    let b = oldbuckets + oldbucket * bs;
    const newbit = this.noldbuckets(h);
    if (!evacuated(u8[b])) {
      const same = this.sameSizeGrow(h);
      const newbuckets = u32[(h + HMAP_BUCKETS) >>> 2];
      // Destinations x and y: bucket, next cell index.
      let xb = newbuckets + oldbucket * bs;
      let xi = 0;
      let yb = same ? 0 : newbuckets + (oldbucket + newbit) * bs;
      let yi = 0;
      const seed = u32[(h + HMAP_HASH0) >>> 2];
      for (; b !== 0; b = this.overflow(mt, b)) {
        for (let i = 0; i < BUCKET_CNT; i++) {
          let top = u8[b + i];
          if (top <= EMPTY_ONE) {
            u8[b + i] = EVACUATED_EMPTY;
            continue;
          }
          if (top < MIN_TOPHASH) throw new Error("map: bad map state");
          const k = b + DATA_OFFSET + i * ks;
          const k2 = mt.indirectKey ? u32[k >>> 2] : k;
          let useY = 0;
          if (!same) {
            const hash = this.hashKey(mt, k2, seed);
            if ((u8[h + HMAP_FLAGS] & ITERATOR) !== 0 && !mt.reflexiveKey && !mt.eq(k2, k2)) {
              useY = top & 1;
              top = hash >>> 24;
              if (top < MIN_TOPHASH) top += MIN_TOPHASH;
            } else if ((hash & newbit) !== 0) {
              useY = 1;
            }
          }
          u8[b + i] = EVACUATED_X + useY;
          let db: number;
          let di: number;
          if (useY === 0) {
            if (xi === BUCKET_CNT) {
              xb = this.newoverflow(mt, h, xb);
              xi = 0;
              u8 = this.v.u8;
              u32 = this.v.u32;
            }
            db = xb;
            di = xi++;
          } else {
            if (yi === BUCKET_CNT) {
              yb = this.newoverflow(mt, h, yb);
              yi = 0;
              u8 = this.v.u8;
              u32 = this.v.u32;
            }
            db = yb;
            di = yi++;
          }
          u8[db + di] = top;
          const dk = db + DATA_OFFSET + di * ks;
          if (mt.indirectKey) u32[dk >>> 2] = k2;
          else this.copyKey(mt, dk, k);
          const e = b + mt.elemsOff + i * es;
          const de = db + mt.elemsOff + di * es;
          if (mt.indirectElem) u32[de >>> 2] = u32[e >>> 2];
          else this.memmove(de, e, mt.elemTypeSize);
        }
      }
      // Unless an old iterator may still read them, drop the old bucket's
      // keys and elems so the collector does not keep what they point to.
      if ((u8[h + HMAP_FLAGS] & OLD_ITERATOR) === 0 && !mt.bucketNoscan) {
        const ob = oldbuckets + oldbucket * bs;
        this.memclr(ob + DATA_OFFSET, bs - DATA_OFFSET);
      }
    }
    if (oldbucket === u32[(h + HMAP_NEVACUATE) >>> 2]) this.advanceEvacuationMark(mt, h, newbit);
  }

  /** advanceEvacuationMark: moves nevacuate past evacuated buckets; ends the growth when all are. */
  private advanceEvacuationMark(mt: MapTypeInfo, h: number, newbit: number): void {
    const u8 = this.v.u8;
    const u32 = this.v.u32;
    let n = u32[(h + HMAP_NEVACUATE) >>> 2] + 1;
    const stop = Math.min(n + 1024, newbit);
    const oldbuckets = u32[(h + HMAP_OLDBUCKETS) >>> 2];
    while (n !== stop && evacuated(u8[oldbuckets + n * mt.bucketSize])) n++;
    u32[(h + HMAP_NEVACUATE) >>> 2] = n;
    if (n === newbit) {
      u32[(h + HMAP_OLDBUCKETS) >>> 2] = 0;
      const x = u32[(h + HMAP_EXTRA) >>> 2];
      if (x !== 0) u32[(x + EXTRA_OLDOVERFLOW) >>> 2] = 0;
      u8[h + HMAP_FLAGS] &= ~SAME_SIZE_GROW;
    }
  }

  // -------------------------------------------------------------------------
  // Iteration.

  /**
   * mapiterinit: it is HITER_SIZE bytes of the caller's memory; afterwards
   * (and after each iterNext) it holds the current key and elem addresses at
   * HITER_KEY and HITER_ELEM, with key 0 once iteration is over.
   */
  iterInit(t: number, m: number, it: number): void {
    this.v.sync();
    this.memclr(it, HITER_SIZE);
    let u8 = this.v.u8;
    let u32 = this.v.u32;
    u32[(it + HITER_T) >>> 2] = t;
    if (m === 0 || u32[m >>> 2] === 0) return;
    const mt = this.info(t);
    u32[(it + HITER_H) >>> 2] = m;
    const B = u8[m + HMAP_B];
    u8[it + HITER_B] = B;
    u32[(it + HITER_BUCKETS) >>> 2] = u32[(m + HMAP_BUCKETS) >>> 2];
    if (mt.bucketNoscan) {
      // Keep the overflow buckets alive while iterating (they are only referenced from the lists).
      const x = this.extra(m);
      if (this.v.u32[(x + EXTRA_OVERFLOW) >>> 2] === 0) {
        const s = this.alloc(24, false);
        this.v.u32[(x + EXTRA_OVERFLOW) >>> 2] = s;
      }
      u8 = this.v.u8;
      u32 = this.v.u32;
      u32[(it + HITER_OVERFLOW) >>> 2] = u32[(x + EXTRA_OVERFLOW) >>> 2];
      u32[(it + HITER_OLDOVERFLOW) >>> 2] = u32[(x + EXTRA_OLDOVERFLOW) >>> 2];
    }
    // Random start: bucket and offset within buckets.
    const start = fastrand() & ((1 << B) - 1);
    u32[(it + HITER_STARTBUCKET) >>> 2] = start;
    u8[it + HITER_OFFSET] = fastrand() & (BUCKET_CNT - 1);
    u32[(it + HITER_BUCKET) >>> 2] = start;
    u8[m + HMAP_FLAGS] |= ITERATOR | OLD_ITERATOR;
    this.iterNext(it);
  }

  /** mapiternext: advances to the next entry (key 0 at the end). */
  iterNext(it: number): void {
    this.v.sync();
    const u8 = this.v.u8;
    const u32 = this.v.u32;
    const h = u32[(it + HITER_H) >>> 2];
    if (h === 0) {
      u32[(it + HITER_KEY) >>> 2] = 0;
      u32[(it + HITER_ELEM) >>> 2] = 0;
      return;
    }
    const mt = this.info(u32[(it + HITER_T) >>> 2]);
    const itB = u8[it + HITER_B];
    const offset = u8[it + HITER_OFFSET];
    const startBucket = u32[(it + HITER_STARTBUCKET) >>> 2];
    const itBuckets = u32[(it + HITER_BUCKETS) >>> 2];
    let bucket = u32[(it + HITER_BUCKET) >>> 2];
    let b = u32[(it + HITER_BPTR) >>> 2];
    let i = u8[it + HITER_I];
    let checkBucket = u32[(it + HITER_CHECKBUCKET) >>> 2];
    const ks = mt.keySize;
    for (;;) {
      if (b === 0) {
        if (bucket === startBucket && u8[it + HITER_WRAPPED] !== 0) {
          u32[(it + HITER_KEY) >>> 2] = 0;
          u32[(it + HITER_ELEM) >>> 2] = 0;
          return;
        }
        if (this.growing(h) && itB === u8[h + HMAP_B]) {
          // The map grew since iteration began (to this size), and this
          // bucket's old bucket may not be evacuated yet: iterate that one,
          // taking only the entries that will move to this bucket.
          const oldbucket = bucket & (this.noldbuckets(h) - 1);
          b = u32[(h + HMAP_OLDBUCKETS) >>> 2] + oldbucket * mt.bucketSize;
          if (!evacuated(u8[b])) {
            checkBucket = bucket;
          } else {
            b = itBuckets + bucket * mt.bucketSize;
            checkBucket = NO_CHECK;
          }
        } else {
          b = itBuckets + bucket * mt.bucketSize;
          checkBucket = NO_CHECK;
        }
        bucket++;
        if (bucket === 1 << itB) {
          bucket = 0;
          u8[it + HITER_WRAPPED] = 1;
        }
        i = 0;
      }
      for (; i < BUCKET_CNT; i++) {
        const offi = (i + offset) & (BUCKET_CNT - 1);
        const th = u8[b + offi];
        if (th <= EMPTY_ONE || th === EVACUATED_EMPTY) continue;
        let k = b + DATA_OFFSET + offi * ks;
        if (mt.indirectKey) k = u32[k >>> 2];
        let e = b + mt.elemsOff + offi * mt.elemSize;
        if (checkBucket !== NO_CHECK && !this.sameSizeGrow(h)) {
          // Only entries of the old bucket that go to checkBucket.
          if (mt.reflexiveKey || mt.eq(k, k)) {
            const hash = this.hashKey(mt, k, u32[(h + HMAP_HASH0) >>> 2]);
            if ((hash & ((1 << itB) - 1)) !== checkBucket) continue;
          } else if (checkBucket >>> (itB - 1) !== (th & 1)) {
            // NaN-like keys: the tophash's low bit decides, as in evacuate.
            continue;
          }
        }
        if ((th !== EVACUATED_X && th !== EVACUATED_Y) || !(mt.reflexiveKey || mt.eq(k, k))) {
          // Still here (or cannot be looked up): produce it as is.
          if (mt.indirectElem) e = u32[e >>> 2];
          u32[(it + HITER_KEY) >>> 2] = k;
          u32[(it + HITER_ELEM) >>> 2] = e;
        } else {
          // Moved by a growth since: its current elem (or absence) is in the map.
          const j1 = this.find(mt, h, k);
          if (j1 === 0) continue; // deleted
          const fb = this.foundBucket;
          let rk = fb + DATA_OFFSET + (j1 - 1) * ks;
          if (mt.indirectKey) rk = u32[rk >>> 2];
          let re = fb + mt.elemsOff + (j1 - 1) * mt.elemSize;
          if (mt.indirectElem) re = u32[re >>> 2];
          u32[(it + HITER_KEY) >>> 2] = rk;
          u32[(it + HITER_ELEM) >>> 2] = re;
        }
        u32[(it + HITER_BUCKET) >>> 2] = bucket;
        u32[(it + HITER_BPTR) >>> 2] = b;
        u8[it + HITER_I] = i + 1;
        u32[(it + HITER_CHECKBUCKET) >>> 2] = checkBucket;
        return;
      }
      b = this.overflow(mt, b);
      i = 0;
    }
  }
}

function evacuated(top: number): boolean {
  return top > EMPTY_ONE && top < MIN_TOPHASH;
}

/** More than 6.5 entries per bucket on average (and more than one bucket's worth). */
function overLoadFactor(count: number, B: number): boolean {
  return count > BUCKET_CNT && count > LOAD_FACTOR_NUM * ((1 << B) / LOAD_FACTOR_DEN >>> 0);
}

/** As many overflow buckets as regular ones (capped at 2^15): time for a same-size rebuild. */
function tooManyOverflowBuckets(noverflow: number, B: number): boolean {
  if (B > 15) B = 15;
  return noverflow >= 1 << B;
}
