// Per-P allocation caches (Go's mcache). Each P owns one: for every span
// class, the span it allocates small objects from without taking any lock,
// the tiny allocator's current 16-byte block, and per-order free lists of
// goroutine stacks (stack.ts). An mcache is a block of words in the arena
// (layout MCache); the heap's `mcache` names the one of the P the running M
// holds (getMCache), and there can be as many as there are Ps.
//
// Allocation counts are not updated per object: like Go, a span remembers
// its allocCount when an mcache takes it, and the difference is added to the
// heap's per-class counts when the mcache gives it back (refill, releaseAll).
// Reading the statistics adds what cached spans hold so far.

import { MHeap, Stat } from "./mheap.js";
import { Span, SpanList, nextFreeIndex } from "./mspan.js";
import { numSpanClasses, tinySpanClass } from "./sizeclasses.js";

/** Layout of an mcache, in 32-bit words. */
export const enum MCache {
  /** Per span class (numSpanClasses = 136), the span being allocated from (emptySpan if none). */
  Alloc = 0,
  /** The tiny block being filled, and the offset of its first free byte. */
  Tiny = 136,
  TinyOffset = 137,
  /** Objects the tiny allocator placed in existing blocks, not yet added to the heap's count. */
  TinyAllocs = 138,
  /** Per stack order: free list head and bytes on it (stackcache). */
  StackCache = 140,
  Words = 148,
}

export class MCaches extends MHeap {
  /** Addresses of the mcaches in use (like the Ps' mcache fields). */
  readonly mcaches: number[] = [];
  private readonly freeMCaches: number[] = [];
  /** Word index of the current mcache: the fast path allocates from it. */
  protected cw = 0;

  /** Like allocmcache: a new mcache with no spans. */
  allocMCache(): number {
    const c = this.freeMCaches.pop() ?? this.arena.alloc(MCache.Words * 4);
    const cw = c >>> 2;
    this.u32.fill(0, cw, cw + MCache.Words);
    this.u32.fill(this.emptySpan, cw + MCache.Alloc, cw + MCache.Alloc + numSpanClasses);
    this.mcaches.push(c);
    return c;
  }

  /** Forgets an mcache that has given everything back; its block is reused by allocMCache. */
  protected dropMCache(c: number): void {
    const i = this.mcaches.indexOf(c);
    if (i >= 0) this.mcaches.splice(i, 1);
    this.freeMCaches.push(c);
    if (this.cw === c >>> 2) this.cw = 0;
  }

  /** The mcache malloc and allocStack use: that of the P the running M holds. */
  get mcache(): number {
    return this.cw << 2;
  }
  set mcache(c: number) {
    this.cw = c >>> 2;
  }

  /** Adds what the mcache allocated from span s since it took it to the heap's counts. */
  private flushSpanStats(sw: number): void {
    const u32 = this.u32;
    const used = u32[sw + Span.AllocCount] - u32[sw + Span.AllocCountBeforeCache];
    this.f64[this.st + Stat.SmallAlloc + (u32[sw + Span.SpanClass] >> 1)] += used;
    u32[sw + Span.AllocCountBeforeCache] = 0;
  }

  /** Like mcache.refill: swaps the full span of class spc for one with free objects. */
  protected refill(cw: number, spc: number): void {
    let u32 = this.u32;
    const s = u32[cw + MCache.Alloc + spc];
    if (s !== this.emptySpan) {
      this.flushSpanStats(s >>> 2);
      this.uncacheSpan(s);
      if (spc === tinySpanClass) {
        this.f64[this.st + Stat.TinyAllocCount] += u32[cw + MCache.TinyAllocs];
        u32[cw + MCache.TinyAllocs] = 0;
      }
    }
    const n = this.cacheSpan(spc);
    u32 = this.u32;
    u32[cw + MCache.Alloc + spc] = n;
  }

  /**
   * Like mcache.nextFree: the address of a free object of class spc, from
   * the cached span or, when it is full, from a fresh one. Counts it, and
   * clears it if the span's memory may be dirty.
   */
  protected nextFree(cw: number, spc: number): number {
    let u32 = this.u32;
    let s = u32[cw + MCache.Alloc + spc];
    let idx = nextFreeIndex(u32, s >>> 2);
    if (idx === u32[(s >>> 2) + Span.NElems]) {
      this.refill(cw, spc);
      u32 = this.u32;
      s = u32[cw + MCache.Alloc + spc];
      idx = nextFreeIndex(u32, s >>> 2);
    }
    const sw = s >>> 2;
    u32[sw + Span.AllocCount]++;
    const size = u32[sw + Span.ElemSize];
    const x = u32[sw + Span.Start] + idx * size;
    if (u32[sw + Span.NeedZero] !== 0) this.zero(x, size);
    return x;
  }

  /** Clears n bytes at x (n a multiple of 8), like memclrNoHeapPointers. */
  protected zero(x: number, n: number): void {
    if (n <= 256) {
      const f64 = this.f64;
      for (let i = x >>> 3, e = i + (n >>> 3); i < e; i++) f64[i] = 0;
    } else {
      this.u8.fill(0, x, x + n);
    }
  }

  /** Like mcache.releaseAll: gives every cached span back to mcentral and drops the tiny block. */
  releaseAll(c: number): void {
    const cw = c >>> 2;
    for (let spc = 0; spc < numSpanClasses; spc++) {
      const s = this.u32[cw + MCache.Alloc + spc];
      if (s === this.emptySpan) continue;
      this.flushSpanStats(s >>> 2);
      this.uncacheSpan(s);
      this.u32[cw + MCache.Alloc + spc] = this.emptySpan;
    }
    const u32 = this.u32;
    this.f64[this.st + Stat.TinyAllocCount] += u32[cw + MCache.TinyAllocs];
    u32[cw + MCache.TinyAllocs] = 0;
    u32[cw + MCache.Tiny] = 0;
    u32[cw + MCache.TinyOffset] = 0;
  }

  /**
   * What the mcaches allocated and have not yet added to the heap's counts:
   * adds each size class's objects to perClass, returns the tiny allocations.
   */
  protected inflight(perClass: Float64Array): number {
    const u32 = this.u32;
    let tiny = 0;
    for (const c of this.mcaches) {
      const cw = c >>> 2;
      for (let spc = 0; spc < numSpanClasses; spc++) {
        const s = u32[cw + MCache.Alloc + spc];
        if (s === this.emptySpan) continue;
        const sw = s >>> 2;
        if (u32[sw + Span.List] !== SpanList.Cached) continue;
        perClass[spc >> 1] += u32[sw + Span.AllocCount] - u32[sw + Span.AllocCountBeforeCache];
      }
      tiny += u32[cw + MCache.TinyAllocs];
    }
    return tiny;
  }
}
