// Span descriptors (Go's mspan), stored in the arena. A span is a run of
// 8 KiB pages that is either free (then it has no descriptor: the page
// bitmap of mheap.ts records free pages), in use by the heap (small objects
// of one span class, or one large object), or a stack span handed out
// "manually" (mSpanManual in Go).
//
// A descriptor is spanWords 32-bit words at an 8-aligned address; its fields
// are the word offsets below, read as u32[(s >>> 2) + Span.Field]. All
// addresses stored in it are byte addresses into the arena.
//
// Allocation state of a heap span, as in Go:
//   - objects below freeindex are allocated; from freeindex on, object i is
//     allocated iff bit i of allocBits is set (allocBits is the mark bitmap of
//     the last GC that swept the span, all zero for a new span). Allocating
//     never writes allocBits, it only moves freeindex.
//   - allocCache holds the complement of the allocBits word that contains
//     freeindex, shifted so that bit 0 stands for object freeindex: the fast
//     path finds the next free object with one count-trailing-zeros. Go's
//     cache is 64 bits; ours is 32, the width of JS bit operations, so it is
//     refilled every 32 objects instead of every 64.

/** Layout of a span descriptor, in 32-bit words. */
export const enum Span {
  /** Address of the first page. */
  Start = 0,
  NPages = 1,
  /** Links of the list the span is on (mcentral partial/full, stack pool). */
  Next = 2,
  Prev = 3,
  /** A SpanState. */
  State = 4,
  /** sizeclass<<1 | noscan; 0 or 1 for a large object. */
  SpanClass = 5,
  /** Object size (for stack spans: the stack size carved from it). */
  ElemSize = 6,
  NElems = 7,
  FreeIndex = 8,
  AllocCount = 9,
  /** Complement of allocBits from freeindex on (see above). */
  AllocCache = 10,
  /** Address of the allocation bitmap: one bit per object. */
  AllocBits = 11,
  /** Address of the mark bitmap the GC fills; becomes allocBits when the span is swept. */
  GCMarkBits = 12,
  /** 1 if the span's memory may be dirty: objects must be cleared when handed out (span.needzero). */
  NeedZero = 13,
  /** allocCount when an mcache took the span, to count its allocations when it gives it back. */
  AllocCountBeforeCache = 14,
  /** Which SpanList the span is on. */
  List = 15,
  /** Stack spans: the list of free stacks carved from the span (manualFreeList). */
  ManualFreeList = 16,
  /** Large objects with pointers: address of the type descriptor (span.largeType). */
  LargeType = 17,
  /** For the collector: the sweep generation (span.sweepgen). */
  SweepGen = 18,
  /** End of the object area, start + nelems*elemsize (span.limit): heap bits or tail waste follow. */
  Limit = 19,
}
export const spanWords = 20;
export const spanBytes = spanWords * 4;

/** Span states (mSpanState). */
export const enum SpanState {
  /** Descriptor on the free list, describes nothing. */
  Dead = 0,
  /** Heap span: small objects of one class, or one large object (mSpanInUse). */
  InUse = 1,
  /** Allocated outside the GC'd heap, here always for goroutine stacks (mSpanManual). */
  Stack = 2,
}

/** Which list a span is on; it is on at most one. */
export const enum SpanList {
  None = 0,
  /** mcentral: has free objects. */
  Partial = 1,
  /** mcentral: no free object until the next sweep. */
  Full = 2,
  /** Owned by an mcache: only its P allocates from it. */
  Cached = 3,
  /** Stack span in the stack pool with free stacks. */
  StackPool = 4,
}

/** Count of trailing zero bits of a 32-bit word; 32 for 0. */
export function ctz32(x: number): number {
  return x === 0 ? 32 : 31 - Math.clz32(x & -x);
}

/** Number of set bits of a 32-bit word. */
export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Like refillAllocCache: loads the complement of the allocBits word holding
 * object freeindex into allocCache, shifted so that bit 0 is freeindex.
 */
export function refillAllocCache(u32: Uint32Array, sw: number): void {
  const fi = u32[sw + Span.FreeIndex];
  const bits = u32[(u32[sw + Span.AllocBits] >>> 2) + (fi >> 5)];
  u32[sw + Span.AllocCache] = ~bits >>> (fi & 31);
}

/**
 * Like mspan.nextFreeIndex: the index of the next free object at or after
 * freeindex, or nelems if there is none. Moves freeindex past it and keeps
 * allocCache in step. The caller counts the allocation (allocCount).
 */
export function nextFreeIndex(u32: Uint32Array, sw: number): number {
  const nelems = u32[sw + Span.NElems];
  let fi = u32[sw + Span.FreeIndex];
  if (fi >= nelems) return nelems;
  let cache = u32[sw + Span.AllocCache];
  let bit = ctz32(cache);
  while (bit === 32) {
    // Nothing free in the rest of this word: move on to the next one.
    fi = (fi + 32) & ~31;
    if (fi >= nelems) {
      u32[sw + Span.FreeIndex] = nelems;
      return nelems;
    }
    cache = ~u32[(u32[sw + Span.AllocBits] >>> 2) + (fi >> 5)] >>> 0;
    bit = ctz32(cache);
  }
  const result = fi + bit;
  if (result >= nelems) {
    u32[sw + Span.FreeIndex] = nelems;
    return nelems;
  }
  const next = result + 1;
  u32[sw + Span.FreeIndex] = next;
  // Two shifts: a JS shift count of 32 would shift by 0.
  u32[sw + Span.AllocCache] = (cache >>> bit) >>> 1;
  if ((next & 31) === 0 && next !== nelems) refillAllocCache(u32, sw);
  return result;
}

/** Whether object i of a heap span is allocated (the complement of mspan.isFree). */
export function isAllocated(u32: Uint32Array, sw: number, i: number): boolean {
  if (i < u32[sw + Span.FreeIndex]) return true;
  return ((u32[(u32[sw + Span.AllocBits] >>> 2) + (i >> 5)] >>> (i & 31)) & 1) !== 0;
}
