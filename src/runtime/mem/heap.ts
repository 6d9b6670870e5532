// The Go heap: mallocgc and what the collector needs to find objects.
//
// A request is served one of three ways, as in Go's malloc.go:
//   - tiny: pointer-free objects under 16 bytes share 16-byte blocks, placed
//     at the next offset aligned for their size (8, 4 or 2 bytes when the
//     size is a multiple of it). A block is only freed when all its objects
//     are dead, so at worst half of it is wasted.
//   - small (up to 32 KiB): rounded up to a size class and taken from the
//     current mcache's span for that class and for scan/noscan (like
//     nextFreeFast: count trailing zeros in allocCache, bump freeindex);
//     when that span is full, the mcache swaps it for one from mcentral,
//     which takes fresh pages from the page heap when it has none.
//   - large: a span of its own straight from the page heap.
// Memory comes back zeroed: pages the heap never handed out are zero
// already, so only objects in spans marked needzero are cleared.
//
// Objects with pointers are laid out as in Go 1.22+: above 512 bytes they
// start with an 8-byte header holding their type's address (malloc returns
// the address just past it); smaller ones leave room for one pointer bit per
// word at the end of their span, which the collector will fill. Large ones
// record their type in the span (largeType).
//
// Until the collector exists nothing is freed but stacks. It will use
// spanOf/objectBase to find objects, markObject to mark them, and sweepSpan
// to turn the marks into the next allocation bitmap, freeing empty spans.
//
// The file layering follows Go's: mheap.ts (page heap, mcentral) ←
// mcache.ts (per-P caches) ← stack.ts (stacks) ← this file (Heap).

import type { Arena } from "./arena.js";
import { OutOfMemory } from "./arena.js";
import { MCache } from "./mcache.js";
import { HeapState, Stat } from "./mheap.js";
import { Span, SpanList, SpanState, isAllocated, popcount32, refillAllocCache } from "./mspan.js";
import {
  classToSize,
  mallocHeaderSize,
  maxSmallSize,
  maxTinySize,
  minSizeForMallocHeader,
  numSizeClasses,
  pageSize,
  sizeToClass,
  sizeToClass8,
  tinySpanClass,
} from "./sizeclasses.js";
import { Stacks } from "./stack.js";

/** Memory statistics, with the meaning of the runtime.MemStats fields of the same name. */
export interface HeapStats {
  /** Bytes of allocated heap objects (= HeapAlloc). */
  Alloc: number;
  /** Cumulative bytes allocated for heap objects. */
  TotalAlloc: number;
  /** Bytes obtained from the arena: HeapSys + StackSys + MSpanSys + OtherSys. */
  Sys: number;
  /** Cumulative count of heap objects allocated (tiny allocations included). */
  Mallocs: number;
  /** Cumulative count of heap objects freed. */
  Frees: number;
  HeapAlloc: number;
  /** Bytes of heap pages obtained from the arena, less those used for stacks. */
  HeapSys: number;
  /** Bytes in free heap pages. */
  HeapIdle: number;
  /** Bytes in in-use heap spans. */
  HeapInuse: number;
  /** Always 0: arena memory is never given back. */
  HeapReleased: number;
  /** Live heap objects: Mallocs - Frees. */
  HeapObjects: number;
  /** Bytes in stack spans. */
  StackInuse: number;
  StackSys: number;
  /** Bytes of live span descriptors, and of memory set aside for them. */
  MSpanInuse: number;
  MSpanSys: number;
  /** The rest of Sys: the heap's other metadata, mcaches, and runtime data from Arena.alloc. */
  OtherSys: number;
}

/** Where an object lies: the result of objectOf. */
export interface ObjectInfo {
  /** Address of the object's slot (for objects with a malloc header, the header). */
  base: number;
  /** Size of the slot: the class size, or the span size for a large object. */
  size: number;
  /** The size class; 0 for a large object. */
  sizeClass: number;
  /** Whether the span holds no pointers. */
  noscan: boolean;
  /** The span descriptor and the object's index in the span. */
  span: number;
  index: number;
  /** Whether the slot is allocated (not free for reuse). */
  allocated: boolean;
}

/** Requests above this cannot be met by any arena (addresses are 32-bit). */
const maxAlloc = 2 ** 32;

export class Heap extends Stacks {
  /** The address malloc returns for zero-sized objects (Go's zerobase); not in any span. */
  readonly zerobase: number;

  constructor(arena: Arena) {
    super(arena);
    this.zerobase = arena.alloc(8);
    this.mcache = this.allocMCache();
  }

  /**
   * Like mallocgc: size bytes of zeroed memory, 8-byte aligned (tiny objects
   * are aligned as their size requires). noscan says the object holds no
   * pointers. typ, for objects with pointers, is their type descriptor's
   * address, kept in the malloc header or the span for the collector.
   *
   * Kept small so that V8 inlines it into callers: the common cases (tiny,
   * and up to 512 bytes) are here, the rest in mallocOther.
   */
  malloc(size: number, noscan: boolean, typ = 0): number {
    if (noscan && size < 16 /* maxTinySize */ && size > 0) return this.mallocTiny(size);
    if (size <= 512 /* minSizeForMallocHeader */ && size > 0) {
      const spc = noscan ? (sizeToClass8[(size + 7) >>> 3] << 1) | 1 : sizeToClass8[(size + 7) >>> 3] << 1;
      return this.allocSmall(this.cw, spc);
    }
    return this.mallocOther(size, noscan, typ);
  }

  /**
   * An object of span class spc from the mcache at word cw: like
   * nextFreeFast, then nextFree. Go leaves refilling allocCache (every 64
   * objects) to the slow path; we refill it here (every 32), so only a full
   * span, or a sparse one after a sweep, takes the slow path.
   */
  private allocSmall(cw: number, spc: number): number {
    const u32 = this.u32;
    const sw = u32[cw + MCache.Alloc + spc] >>> 2;
    const cache = u32[sw + Span.AllocCache];
    if (cache !== 0) {
      const bit = 31 - Math.clz32(cache & -cache);
      const idx = u32[sw + Span.FreeIndex] + bit;
      const nelems = u32[sw + Span.NElems];
      if (idx < nelems) {
        const next = idx + 1;
        if ((next & 31) !== 0) u32[sw + Span.AllocCache] = (cache >>> bit) >>> 1;
        else if (next < nelems) u32[sw + Span.AllocCache] = ~u32[(u32[sw + Span.AllocBits] >>> 2) + (next >>> 5)];
        else u32[sw + Span.AllocCache] = 0;
        u32[sw + Span.FreeIndex] = next;
        u32[sw + Span.AllocCount]++;
        const elemsize = u32[sw + Span.ElemSize];
        const x = u32[sw + Span.Start] + idx * elemsize;
        if (u32[sw + Span.NeedZero] !== 0) this.zero(x, elemsize);
        return x;
      }
    }
    return this.nextFree(cw, spc);
  }

  /**
   * The tiny allocator: fits a pointer-free object under 16 bytes into the
   * current 16-byte block at the next offset aligned for its size, or starts
   * a new block.
   */
  private mallocTiny(size: number): number {
    const cw = this.cw;
    const u32 = this.u32;
    let off = u32[cw + MCache.TinyOffset];
    if ((size & 7) === 0) off = (off + 7) & ~7;
    else if ((size & 3) === 0) off = (off + 3) & ~3;
    else if ((size & 1) === 0) off = (off + 1) & ~1;
    const tiny = u32[cw + MCache.Tiny];
    if (off + size <= maxTinySize && tiny !== 0) {
      u32[cw + MCache.TinyOffset] = off + size;
      u32[cw + MCache.TinyAllocs]++;
      return tiny + off;
    }
    const x = this.allocSmall(cw, tinySpanClass);
    // New blocks are cleared whatever the span says (as Go does).
    const f64 = this.f64;
    f64[x >>> 3] = 0;
    f64[(x >>> 3) + 1] = 0;
    // Keep whichever block has more room left.
    const w = this.u32;
    if (size < w[cw + MCache.TinyOffset] || w[cw + MCache.Tiny] === 0) {
      w[cw + MCache.Tiny] = x;
      w[cw + MCache.TinyOffset] = size;
    }
    return x;
  }

  /** malloc for everything but tiny objects and small ones up to 512 bytes. */
  private mallocOther(size: number, noscan: boolean, typ: number): number {
    if (size === 0) return this.zerobase;
    if (!(size > 0 && size <= maxSmallSize - mallocHeaderSize)) return this.mallocLarge(size, noscan, typ);
    // Objects with pointers above 512 bytes get a header (heapBitsInSpan is false for them).
    const header = noscan || size <= minSizeForMallocHeader ? 0 : mallocHeaderSize;
    const sizeclass = sizeToClass(size + header);
    const x = this.allocSmall(this.cw, noscan ? (sizeclass << 1) | 1 : sizeclass << 1);
    if (header === 0) return x;
    if (typ !== 0) this.u32[x >>> 2] = typ;
    return x + header;
  }

  /** Like mcache.allocLarge: a span of its own for an object over 32 KiB. */
  private mallocLarge(size: number, noscan: boolean, typ: number): number {
    if (!(size > 0 && size <= maxAlloc && size <= this.arena.maxBytes)) {
      // Negative sizes are huge ones to Go, which takes sizes as uintptr.
      const n = size < 0 ? BigInt.asUintN(64, BigInt(Math.trunc(size))) : size;
      const inUse = this.f64[this.st + Stat.HeapMapped];
      throw new OutOfMemory([`runtime: out of memory: cannot allocate ${n}-byte block (${inUse} in use)`]);
    }
    const npages = Math.ceil(size / pageSize);
    const s = this.allocSpan(npages, SpanState.InUse, noscan ? 1 : 0);
    const u32 = this.u32;
    const sw = s >>> 2;
    u32[sw + Span.FreeIndex] = 1;
    u32[sw + Span.AllocCount] = 1;
    u32[sw + Span.AllocCache] = 0;
    u32[sw + Span.LargeType] = typ;
    const x = u32[sw + Span.Start];
    const bytes = npages * pageSize;
    this.f64[this.st + Stat.LargeAlloc] += bytes;
    this.f64[this.st + Stat.LargeAllocCount]++;
    if (u32[sw + Span.NeedZero] !== 0) this.u8.fill(0, x, x + bytes);
    return x;
  }

  // ---- finding objects ----

  /** The descriptor of the in-use heap span holding addr, or 0 (like spanOfHeap). Stacks are not heap spans. */
  spanOf(addr: number): number {
    const s = this.spanOfAny(addr);
    if (s === 0 || this.u32[(s >>> 2) + Span.State] !== SpanState.InUse) return 0;
    return s;
  }

  /** Like findObject: the base of the heap object slot holding addr, or 0. */
  objectBase(addr: number): number {
    const s = this.spanOf(addr);
    if (s === 0) return 0;
    const u32 = this.u32;
    const sw = s >>> 2;
    const start = u32[sw + Span.Start];
    const size = u32[sw + Span.ElemSize];
    const base = start + Math.floor((addr - start) / size) * size;
    return base < u32[sw + Span.Limit] ? base : 0;
  }

  /** Where the object holding addr lies, or null if addr is not in a heap object slot. */
  objectOf(addr: number): ObjectInfo | null {
    const base = this.objectBase(addr);
    if (base === 0) return null;
    const s = this.spanOf(base);
    const u32 = this.u32;
    const sw = s >>> 2;
    const spc = u32[sw + Span.SpanClass];
    const size = u32[sw + Span.ElemSize];
    const index = (base - u32[sw + Span.Start]) / size;
    return {
      base,
      size,
      sizeClass: spc >> 1,
      noscan: (spc & 1) === 1,
      span: s,
      index,
      allocated: isAllocated(u32, sw, index),
    };
  }

  // ---- hooks for the collector ----

  /**
   * Sets the mark bit of the heap object holding addr (in gcmarkBits).
   * Returns false if it was set already or addr is in no heap object.
   */
  markObject(addr: number): boolean {
    const base = this.objectBase(addr);
    if (base === 0) return false;
    const u32 = this.u32;
    const sw = this.spanOf(base) >>> 2;
    const i = (base - u32[sw + Span.Start]) / u32[sw + Span.ElemSize];
    const w = (u32[sw + Span.GCMarkBits] >>> 2) + (i >> 5);
    const bit = 1 << (i & 31);
    if ((u32[w] & bit) !== 0) return false;
    u32[w] |= bit;
    return true;
  }

  /** Like freemcache (when a P is destroyed): gives back everything the mcache holds, and the mcache. */
  freeMCache(c: number): void {
    this.releaseAll(c);
    this.stackcacheClear(c);
    this.dropMCache(c);
  }

  /** Like flushallmcaches: every mcache gives back its spans, tiny block and stacks. */
  flushCaches(): void {
    for (const c of this.mcaches) {
      this.releaseAll(c);
      this.stackcacheClear(c);
    }
  }

  /**
   * Like mspan.sweep: the span's mark bits become its allocation bits, the
   * unmarked objects are counted as freed, and a span left with no objects
   * goes back to the page heap. The span must not be in an mcache (call
   * flushCaches first). Returns the number of objects freed.
   */
  sweepSpan(s: number): number {
    const u32 = this.u32;
    const sw = s >>> 2;
    if (u32[sw + Span.State] !== SpanState.InUse) throw new Error("runtime: sweep of a span not in use");
    if (u32[sw + Span.List] === SpanList.Cached) throw new Error("runtime: sweep of a cached span");
    const sizeclass = u32[sw + Span.SpanClass] >> 1;
    const nelems = u32[sw + Span.NElems];
    const nwords = (nelems + 31) >> 5;
    const mb = u32[sw + Span.GCMarkBits];
    let live = 0;
    for (let i = 0; i < nwords; i++) live += popcount32(u32[(mb >>> 2) + i]);
    const freed = u32[sw + Span.AllocCount] - live;
    if (sizeclass === 0) {
      if (freed > 0) {
        this.f64[this.st + Stat.LargeFree] += u32[sw + Span.NPages] * pageSize;
        this.f64[this.st + Stat.LargeFreeCount] += freed;
        this.freeSpanPages(s);
      } else {
        u32[mb >>> 2] = 0;
      }
      return freed;
    }
    this.f64[this.st + Stat.SmallFree + sizeclass] += freed;
    if (live === 0) {
      this.uncentral(s);
      this.freeSpanPages(s);
      return freed;
    }
    // The marks become the allocation bits; the old allocation bits, cleared, the next marks.
    const ab = u32[sw + Span.AllocBits];
    u32[sw + Span.AllocBits] = mb;
    u32.fill(0, ab >>> 2, (ab >>> 2) + nwords);
    u32[sw + Span.GCMarkBits] = ab;
    u32[sw + Span.FreeIndex] = 0;
    u32[sw + Span.AllocCount] = live;
    refillAllocCache(u32, sw);
    if (freed > 0) u32[sw + Span.NeedZero] = 1;
    if (u32[sw + Span.List] === SpanList.Full && live < nelems) {
      this.uncentral(s);
      this.uncacheSpan(s);
    }
    return freed;
  }

  /**
   * Like mheap.freeSpan: gives a whole heap span back to the page heap, its
   * objects with it, counted as freed (sweepSpan does this for empty spans).
   */
  freeSpan(s: number): void {
    const u32 = this.u32;
    const sw = s >>> 2;
    if (u32[sw + Span.State] !== SpanState.InUse) throw new Error("runtime: freeSpan of a span not in use");
    if (u32[sw + Span.List] === SpanList.Cached) throw new Error("runtime: freeSpan of a cached span");
    const sizeclass = u32[sw + Span.SpanClass] >> 1;
    const n = u32[sw + Span.AllocCount];
    if (sizeclass !== 0) {
      this.f64[this.st + Stat.SmallFree + sizeclass] += n;
    } else if (n !== 0) {
      this.f64[this.st + Stat.LargeFree] += u32[sw + Span.NPages] * pageSize;
      this.f64[this.st + Stat.LargeFreeCount] += n;
    }
    this.uncentral(s);
    this.freeSpanPages(s);
  }

  /** Every span of the heap in use, small and large, not stacks (for the sweeper and for debugging). */
  *spans(): Generator<number> {
    const end = this.u32[this.hw + HeapState.HeapPages] * pageSize;
    for (let a = pageSize; a < end; a += pageSize) {
      const s = this.spanOf(a);
      if (s !== 0 && this.u32[(s >>> 2) + Span.Start] === a) yield s;
    }
  }

  // ---- statistics ----

  /** The memory statistics now (like ReadMemStats, without stopping anything). */
  get stats(): HeapStats {
    const f64 = this.f64;
    const st = this.st;
    const alloc = new Float64Array(numSizeClasses);
    const tinyInflight = this.inflight(alloc);
    let mallocs = f64[st + Stat.LargeAllocCount] + f64[st + Stat.TinyAllocCount] + tinyInflight;
    let frees = f64[st + Stat.LargeFreeCount] + f64[st + Stat.TinyAllocCount] + tinyInflight;
    let total = f64[st + Stat.LargeAlloc];
    let freed = f64[st + Stat.LargeFree];
    for (let c = 1; c < numSizeClasses; c++) {
      const a = alloc[c] + f64[st + Stat.SmallAlloc + c];
      const f = f64[st + Stat.SmallFree + c];
      mallocs += a;
      frees += f;
      total += a * classToSize[c];
      freed += f * classToSize[c];
    }
    const inStacks = f64[st + Stat.InStacks];
    const heapSys = f64[st + Stat.HeapMapped] - inStacks;
    const heapInuse = f64[st + Stat.HeapInUse];
    const sys = this.arena.sys;
    const spanSys = f64[st + Stat.SpanSys];
    return {
      Alloc: total - freed,
      TotalAlloc: total,
      Sys: sys,
      Mallocs: mallocs,
      Frees: frees,
      HeapAlloc: total - freed,
      HeapSys: heapSys,
      HeapIdle: heapSys - heapInuse,
      HeapInuse: heapInuse,
      HeapReleased: 0,
      HeapObjects: mallocs - frees,
      StackInuse: inStacks,
      StackSys: inStacks,
      MSpanInuse: f64[st + Stat.SpanInUse],
      MSpanSys: spanSys,
      OtherSys: sys - heapSys - inStacks - spanSys,
    };
  }
}
