// Goroutine stack memory (Go's stackalloc/stackfree in stack.go). Stacks are
// powers of two from 2 KiB and live in the arena like everything else, in
// spans marked as stack spans, outside the GC'd heap (mSpanManual).
//
//   - Small stacks (2, 4, 8 and 16 KiB: the four "orders") come from the
//     current P's mcache: a free list per order. An empty list is refilled
//     with half a cache's worth (16 KiB) from the global stack pool; a list
//     holding a full cache's worth (32 KiB) gives half back first
//     (stackcacherefill, stackcacherelease).
//   - The pool keeps, per order, the stack spans that have free stacks. A
//     pool span is 32 KiB carved into stacks of its order, threaded on the
//     span's own free list (manualFreeList); when its last stack comes back
//     the span goes back to the page heap (stackpoolalloc, stackpoolfree).
//   - Stacks of 32 KiB and more get a span of their own from the page heap,
//     and return to it when freed. (Go keeps them on a free list during a GC
//     cycle, since the collector may be looking at them; without a collector
//     they are freed at once.)
//
// A free stack's first word links it into its list and its second word says
// whether its memory may be dirty (it has been used, or came from reused
// pages), so that allocStack only clears stacks that need it.

import { MCache, MCaches } from "./mcache.js";
import { HeapState } from "./mheap.js";
import { Span, SpanList, SpanState } from "./mspan.js";
import { pageShift } from "./sizeclasses.js";

/** The smallest stack (fixedStack on Linux: stackMin = 2 KiB). */
export const fixedStack = 2048;
/** Orders served by the caches: 2, 4, 8 and 16 KiB (_NumStackOrders). */
export const numStackOrders = 4;
/** Bytes per order an mcache holds at most, and the size of a pool span (_StackCacheSize). */
export const stackCacheSize = 32 << 10;

export class Stacks extends MCaches {
  /** Like stackpoolalloc: a stack of the given order from the pool, carving a new span if needed. */
  private stackpoolalloc(order: number): number {
    const head = HeapState.StackPool + order;
    let u32 = this.u32;
    let s = u32[this.hw + head];
    if (s === 0) {
      s = this.allocSpan(stackCacheSize >>> pageShift, SpanState.Stack, 0);
      u32 = this.u32;
      const sw = s >>> 2;
      const size = fixedStack << order;
      const base = u32[sw + Span.Start];
      const dirty = u32[sw + Span.NeedZero];
      let list = 0;
      for (let off = 0; off < stackCacheSize; off += size) {
        const x = base + off;
        u32[x >>> 2] = list;
        u32[(x >>> 2) + 1] = dirty;
        list = x;
      }
      u32[sw + Span.ElemSize] = size;
      u32[sw + Span.ManualFreeList] = list;
      this.listPush(head, s, SpanList.StackPool);
    }
    const sw = s >>> 2;
    const x = u32[sw + Span.ManualFreeList];
    const next = u32[x >>> 2];
    u32[sw + Span.ManualFreeList] = next;
    u32[sw + Span.AllocCount]++;
    if (next === 0) this.listRemove(head, s);
    return x;
  }

  /** Like stackpoolfree: gives a dirty stack back to its span; an unused span goes back to the heap. */
  private stackpoolfree(x: number, order: number): void {
    const s = this.spanOfAny(x);
    const u32 = this.u32;
    const sw = s >>> 2;
    const head = HeapState.StackPool + order;
    if (u32[sw + Span.ManualFreeList] === 0) this.listPush(head, s, SpanList.StackPool);
    u32[x >>> 2] = u32[sw + Span.ManualFreeList];
    u32[(x >>> 2) + 1] = 1;
    u32[sw + Span.ManualFreeList] = x;
    if (--u32[sw + Span.AllocCount] === 0) {
      this.listRemove(head, s);
      this.freeSpanPages(s);
    }
  }

  /** Like stackcacherefill: moves half a cache's worth of stacks from the pool to the mcache. */
  private stackcacherefill(cw: number, order: number): void {
    const size = fixedStack << order;
    let list = this.u32[cw + MCache.StackCache + order * 2];
    let bytes = this.u32[cw + MCache.StackCache + order * 2 + 1];
    while (bytes < stackCacheSize / 2) {
      const x = this.stackpoolalloc(order);
      this.u32[x >>> 2] = list;
      list = x;
      bytes += size;
    }
    this.u32[cw + MCache.StackCache + order * 2] = list;
    this.u32[cw + MCache.StackCache + order * 2 + 1] = bytes;
  }

  /** Like stackcacherelease: gives stacks back to the pool until the mcache holds half a cache's worth. */
  private stackcacherelease(cw: number, order: number, keep: number): void {
    const size = fixedStack << order;
    const u32 = this.u32;
    let list = u32[cw + MCache.StackCache + order * 2];
    let bytes = u32[cw + MCache.StackCache + order * 2 + 1];
    while (bytes > keep) {
      const x = list;
      list = u32[x >>> 2];
      this.stackpoolfree(x, order);
      bytes -= size;
    }
    u32[cw + MCache.StackCache + order * 2] = list;
    u32[cw + MCache.StackCache + order * 2 + 1] = bytes;
  }

  /** Like stackcache_clear: gives all of an mcache's stacks back to the pool. */
  stackcacheClear(c: number): void {
    for (let order = 0; order < numStackOrders; order++) this.stackcacherelease(c >>> 2, order, 0);
  }

  /**
   * Like stackalloc: a stack of n bytes (a power of two, at least 2 KiB),
   * cleared unless zero is false. Its address is n-aligned up to 8 KiB.
   */
  allocStack(n: number, zero = true): number {
    const order = stackOrder(n);
    if (order < numStackOrders) {
      const cw = this.cw;
      const c = cw + MCache.StackCache + order * 2;
      if (this.u32[c] === 0) this.stackcacherefill(cw, order);
      const u32 = this.u32;
      const x = u32[c];
      const xw = x >>> 2;
      u32[c] = u32[xw];
      u32[c + 1] -= n;
      if (zero) {
        if (u32[xw + 1] !== 0) this.u8.fill(0, x, x + n);
        else u32[xw] = 0;
      }
      return x;
    }
    const s = this.allocSpan(n >>> pageShift, SpanState.Stack, 0);
    const u32 = this.u32;
    const sw = s >>> 2;
    u32[sw + Span.ElemSize] = n;
    u32[sw + Span.AllocCount] = 1;
    const x = u32[sw + Span.Start];
    if (zero && u32[sw + Span.NeedZero] !== 0) this.u8.fill(0, x, x + n);
    return x;
  }

  /** Like stackfree: returns a stack from allocStack(n). */
  freeStack(x: number, n: number): void {
    const order = stackOrder(n);
    const s = this.spanOfAny(x);
    const u32 = this.u32;
    const sw = s >>> 2;
    if (s === 0 || u32[sw + Span.State] !== SpanState.Stack || u32[sw + Span.ElemSize] !== n || (x - u32[sw + Span.Start]) % n !== 0) {
      throw new Error(`runtime: freeStack(${x}, ${n}): not a stack of that size`);
    }
    if (order < numStackOrders) {
      const cw = this.cw;
      const c = cw + MCache.StackCache + order * 2;
      if (u32[c + 1] >= stackCacheSize) this.stackcacherelease(cw, order, stackCacheSize / 2);
      const w = this.u32;
      w[x >>> 2] = w[c];
      w[(x >>> 2) + 1] = 1;
      w[c] = x;
      w[c + 1] += n;
      return;
    }
    this.freeSpanPages(s);
  }
}

/** The order of a stack size: log2(n / 2 KiB). Throws unless n is a power of two of at least 2 KiB. */
function stackOrder(n: number): number {
  if (!(n >= fixedStack && n <= 2 ** 31 && (n & (n - 1)) === 0)) {
    throw new Error(`runtime: stack size ${n} is not a power of 2 of at least ${fixedStack}`);
  }
  return 31 - Math.clz32(n / fixedStack);
}
