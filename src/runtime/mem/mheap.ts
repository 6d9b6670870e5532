// The page heap (Go's mheap) and the central span lists (mcentral).
//
// The page heap owns every 8 KiB page the heap got from the arena and hands
// out spans: runs of pages with a descriptor (mspan.ts). Its state lives in
// the arena, in a block of words at `h` (layout HeapState below):
//
//   - a page bitmap, one bit per page of the whole address space, set when
//     the page belongs to the heap and is free. Allocation takes the lowest
//     run of free pages that fits, starting at searchPage (no free page lies
//     below it), like Go's page allocator (mpagealloc.go), which keeps the
//     same bitmap behind a radix tree of summaries; a linear scan is enough
//     at our heap sizes. Freed pages coalesce by themselves.
//   - the span table: for each page, the descriptor of the span holding it
//     (mheap.spans; Go keeps it per 64 MiB heap arena in heapArena.spans,
//     found through the arenas index). Ours is two-level the same way, so
//     spanOf is two loads, and a region's table is only made when the heap
//     first grows into it. Each region also records zeroedBase: its pages
//     at or above that address were never handed out, so they are still
//     zero (heapArena.zeroedBase, allocNeedsZero).
//   - the heap grows by taking whole 4 MiB runs from the arena (Go grows in
//     pallocChunkPages of 512 pages), or just what is needed when the arena
//     is near its limit; past the limit it throws OutOfMemory.
//   - mcentral: for each span class, a list of spans with free objects
//     (partial) and of full ones. An mcache takes a span with cacheSpan and
//     gives it back with uncacheSpan. Go splits each list into swept and
//     unswept halves by sweepgen; until the collector exists, every span is
//     swept.
//   - span descriptors come from a fixalloc-like free list carved out of
//     16 KiB chunks (mfixalloc.go); alloc and mark bitmaps from chunks too,
//     with a free list per size (Go's gcBits arenas are freed a GC cycle at
//     a time instead).
//
// Everything here is the slow path: the JS fields are constants (addresses
// of the structures) or caches (typed-array views, rebuilt when the arena
// grows). Code that may grow the arena must re-read this.u32 & co after.

import { type Arena, OutOfMemory } from "./arena.js";
import { Span, SpanList, SpanState, refillAllocCache, spanBytes, spanWords } from "./mspan.js";
import {
  classToNPages,
  classToSize,
  minSizeForMallocHeader,
  numSpanClasses,
  pageShift,
  pageSize,
} from "./sizeclasses.js";

/** Heap arenas: the span table and zeroedBase are kept per 64 MiB region (heapArenaBytes). */
export const arenaShift = 26;
const pagesPerArena = 1 << (arenaShift - pageShift);
/** The heap grows by at least this many pages at a time (pallocChunkPages: 4 MiB). */
const growPages = 512;
/** Span descriptors and bitmaps are carved from chunks of this size (_FixAllocChunk). */
const fixChunk = 16 << 10;

/** Layout of the page heap's state block, in 32-bit words from h. */
export const enum HeapState {
  /** No free page below this page number. */
  SearchPage = 0,
  /** One past the highest page the heap owns. */
  HeapPages = 1,
  /** fixalloc of span descriptors: free list, and the chunk being carved. */
  SpanFree = 2,
  SpanChunk = 3,
  SpanChunkEnd = 4,
  /** Bitmap allocator: the chunk being carved. */
  BitsChunk = 5,
  BitsChunkEnd = 6,
  /** Sweep generation, for the collector (mheap.sweepgen). */
  SweepGen = 7,
  /** Free lists of bitmaps, indexed by size in words (1..32). */
  BitsFree = 8,
  /** mcentral: per span class (numSpanClasses = 136), the partial and full list heads. */
  Central = 41,
  /** Stack pool: per stack order, the list of stack spans with free stacks (stackpool). */
  StackPool = 313,
  Words = 317,
}
// (Enum members are literals so that esbuild inlines them; the test checks the arithmetic.)

/** Heap statistics, float64 slots from the stats block (counted like mstats.go's heapStats). */
export const enum Stat {
  /** Objects allocated per size class (numSizeClasses = 68), counted when mcaches give spans back (smallAllocCount). */
  SmallAlloc = 0,
  /** Objects freed per size class by sweeping (smallFreeCount). */
  SmallFree = 68,
  LargeAlloc = 136,
  LargeAllocCount = 137,
  LargeFree = 138,
  LargeFreeCount = 139,
  TinyAllocCount = 140,
  /** Bytes in heap spans in use (heapInUse). */
  HeapInUse = 141,
  /** Bytes the heap got from the arena for pages. */
  HeapMapped = 142,
  /** Bytes in stack spans (inStacks). */
  InStacks = 143,
  /** Bytes of span descriptor chunks, and of live descriptors (MSpanSys, MSpanInuse). */
  SpanSys = 144,
  SpanInUse = 145,
  Words = 146,
}

export class MHeap {
  readonly arena: Arena;
  /** Fixed-length views of the arena, rebuilt when it grows (see arena.ts on their speed). */
  u8!: Uint8Array;
  u32!: Uint32Array;
  f64!: Float64Array;
  /** Word index of the heap state block. */
  readonly hw: number;
  /** Float64 index of the stats block. */
  readonly st: number;
  /** Word index of the heap-arena index: the address of each region's table, or 0. */
  readonly l1w: number;
  readonly l1len: number;
  /** Word index of the page bitmap. */
  readonly pbw: number;
  /** The descriptor standing for "no span" in an mcache: nothing free (emptymspan). */
  readonly emptySpan: number;
  /** Addresses at or above this are outside the arena. */
  readonly maxAddr: number;

  constructor(arena: Arena) {
    if (arena.maxBytes > 2 ** 32) throw new Error("arena larger than 4 GiB: addresses must fit in 32 bits");
    this.arena = arena;
    this.maxAddr = arena.maxBytes;
    this.views();
    arena.onGrow(() => this.views());
    const maxPages = Math.ceil(arena.maxBytes / pageSize);
    this.l1len = Math.ceil(arena.maxBytes / (1 << arenaShift));
    this.hw = arena.alloc(HeapState.Words * 4) >>> 2;
    this.st = arena.alloc(Stat.Words * 8) >>> 3;
    this.l1w = arena.alloc(this.l1len * 4) >>> 2;
    this.pbw = arena.alloc(Math.ceil(maxPages / 32) * 4) >>> 2;
    this.emptySpan = arena.alloc(spanBytes);
    this.u32[this.hw + HeapState.SearchPage] = maxPages;
  }

  private views(): void {
    const buf = this.arena.buf;
    const n = buf.byteLength;
    this.u8 = new Uint8Array(buf, 0, n);
    this.u32 = new Uint32Array(buf, 0, n >>> 2);
    this.f64 = new Float64Array(buf, 0, n >> 3);
  }

  // ---- span table ----

  /** Word index of the span table entry for the page holding addr (its region must have a table). */
  protected spanEntry(addr: number): number {
    return (this.u32[this.l1w + (addr >>> arenaShift)] >>> 2) + 1 + ((addr >>> pageShift) & (pagesPerArena - 1));
  }

  /** Records s as the span of each of its pages, or clears them (s = 0). */
  private setSpans(base: number, npages: number, s: number): void {
    for (let i = 0; i < npages; i++) this.u32[this.spanEntry(base + i * pageSize)] = s;
  }

  /** Makes the span tables of the regions covering [base, end). */
  private ensureRegions(base: number, end: number): void {
    const first = Math.floor(base / (1 << arenaShift));
    const last = Math.floor((end - 1) / (1 << arenaShift));
    for (let r = first; r <= last; r++) {
      if (this.u32[this.l1w + r] !== 0) continue;
      const regionStart = r * (1 << arenaShift);
      const pages = Math.min(pagesPerArena, Math.ceil((this.arena.maxBytes - regionStart) / pageSize));
      const t = this.arena.alloc((1 + pages) * 4);
      this.u32[t >>> 2] = regionStart; // zeroedBase
      this.u32[this.l1w + r] = t;
    }
  }

  /**
   * Like allocNeedsZero: whether [base, base+npages) may hold old data, and
   * raises each region's zeroedBase past it.
   */
  private allocNeedsZero(base: number, npages: number): boolean {
    const u32 = this.u32;
    const end = base + npages * pageSize;
    let dirty = false;
    for (let a = base; a < end; ) {
      const r = Math.floor(a / (1 << arenaShift));
      const regionEnd = (r + 1) * (1 << arenaShift);
      const zw = u32[this.l1w + r] >>> 2;
      const stop = Math.min(end, regionEnd);
      if (a < u32[zw]) dirty = true;
      if (stop > u32[zw]) u32[zw] = stop;
      a = stop;
    }
    return dirty;
  }

  // ---- page allocator ----

  /** Lowest run of npages free pages, as a page number, taken out of the bitmap; -1 if none. */
  private takePages(npages: number): number {
    const u32 = this.u32;
    const pb = this.pbw;
    const end = u32[this.hw + HeapState.HeapPages];
    let p = u32[this.hw + HeapState.SearchPage];
    let firstFree = -1;
    let runStart = 0;
    let runLen = 0;
    let found = -1;
    while (p < end) {
      const w = u32[pb + (p >> 5)];
      if ((p & 31) === 0 && (w === 0 || w === 0xffffffff)) {
        // A whole word of used or free pages.
        if (w === 0) {
          runLen = 0;
        } else {
          if (firstFree < 0) firstFree = p;
          if (runLen === 0) runStart = p;
          runLen += 32;
          if (runLen >= npages) {
            found = runStart;
            break;
          }
        }
        p += 32;
        continue;
      }
      if (((w >>> (p & 31)) & 1) !== 0) {
        if (firstFree < 0) firstFree = p;
        if (runLen === 0) runStart = p;
        if (++runLen >= npages) {
          found = runStart;
          break;
        }
      } else {
        runLen = 0;
      }
      p++;
    }
    if (found < 0) {
      u32[this.hw + HeapState.SearchPage] = firstFree < 0 ? end : firstFree;
      return -1;
    }
    u32[this.hw + HeapState.SearchPage] = found === firstFree ? found + npages : firstFree;
    for (let q = found; q < found + npages; q++) u32[pb + (q >> 5)] &= ~(1 << (q & 31));
    return found;
  }

  /** Gives pages back to the bitmap. */
  private putPages(page: number, npages: number): void {
    const u32 = this.u32;
    for (let q = page; q < page + npages; q++) u32[this.pbw + (q >> 5)] |= 1 << (q & 31);
    if (page < u32[this.hw + HeapState.SearchPage]) u32[this.hw + HeapState.SearchPage] = page;
  }

  /**
   * Like mheap.grow: gets at least npages more pages from the arena, a whole
   * 4 MiB run if the arena has room for it, else just what is needed.
   */
  private grow(npages: number): void {
    const arena = this.arena;
    const ask = Math.ceil(npages / growPages) * growPages * pageSize;
    const top = Math.ceil(arena.sys / pageSize) * pageSize;
    const size = top + ask <= arena.maxBytes ? ask : npages * pageSize;
    const base = this.sysAllocOrThrow(size);
    this.ensureRegions(base, base + size);
    const u32 = this.u32;
    const page = base / pageSize;
    const n = size / pageSize;
    if (page + n > u32[this.hw + HeapState.HeapPages]) u32[this.hw + HeapState.HeapPages] = page + n;
    this.putPages(page, n);
    this.f64[this.st + Stat.HeapMapped] += size;
  }

  private sysAllocOrThrow(n: number): number {
    try {
      return this.arena.sysAlloc(n, pageSize);
    } catch (e) {
      if (e instanceof OutOfMemory) {
        const inUse = this.f64[this.st + Stat.HeapMapped];
        throw new OutOfMemory([`runtime: out of memory: cannot allocate ${n}-byte block (${inUse} in use)`]);
      }
      throw e;
    }
  }

  // ---- spans ----

  /** A zeroed span descriptor (fixalloc.alloc). */
  private newSpanDesc(): number {
    let u32 = this.u32;
    let s = u32[this.hw + HeapState.SpanFree];
    if (s !== 0) {
      u32[this.hw + HeapState.SpanFree] = u32[(s >>> 2) + Span.Next];
      u32.fill(0, s >>> 2, (s >>> 2) + spanWords);
    } else {
      if (u32[this.hw + HeapState.SpanChunk] + spanBytes > u32[this.hw + HeapState.SpanChunkEnd]) {
        const c = this.arena.alloc(fixChunk);
        u32 = this.u32;
        u32[this.hw + HeapState.SpanChunk] = c;
        u32[this.hw + HeapState.SpanChunkEnd] = c + fixChunk;
        this.f64[this.st + Stat.SpanSys] += fixChunk;
      }
      s = u32[this.hw + HeapState.SpanChunk];
      u32[this.hw + HeapState.SpanChunk] = s + spanBytes;
    }
    this.f64[this.st + Stat.SpanInUse] += spanBytes;
    return s;
  }

  private freeSpanDesc(s: number): void {
    const u32 = this.u32;
    u32[(s >>> 2) + Span.State] = SpanState.Dead;
    u32[(s >>> 2) + Span.Next] = u32[this.hw + HeapState.SpanFree];
    u32[this.hw + HeapState.SpanFree] = s;
    this.f64[this.st + Stat.SpanInUse] -= spanBytes;
  }

  /** A zeroed bitmap of nwords words (1..32) (newAllocBits/newMarkBits). */
  private newBits(nwords: number): number {
    let u32 = this.u32;
    let b = u32[this.hw + HeapState.BitsFree + nwords];
    if (b !== 0) {
      u32[this.hw + HeapState.BitsFree + nwords] = u32[b >>> 2];
      u32.fill(0, b >>> 2, (b >>> 2) + nwords);
      return b;
    }
    if (u32[this.hw + HeapState.BitsChunk] + nwords * 4 > u32[this.hw + HeapState.BitsChunkEnd]) {
      const c = this.arena.alloc(fixChunk);
      u32 = this.u32;
      u32[this.hw + HeapState.BitsChunk] = c;
      u32[this.hw + HeapState.BitsChunkEnd] = c + fixChunk;
    }
    b = u32[this.hw + HeapState.BitsChunk];
    u32[this.hw + HeapState.BitsChunk] = b + nwords * 4;
    return b;
  }

  private freeBits(b: number, nwords: number): void {
    this.u32[b >>> 2] = this.u32[this.hw + HeapState.BitsFree + nwords];
    this.u32[this.hw + HeapState.BitsFree + nwords] = b;
  }

  /**
   * Like mheap.allocSpan: a span of npages pages, recorded in the span table.
   * Heap spans (state InUse) get their class, object count and bitmaps; stack
   * spans are left for the stack allocator to carve.
   */
  allocSpan(npages: number, state: SpanState, spanclass: number): number {
    const s = this.newSpanDesc();
    let page = this.takePages(npages);
    if (page < 0) {
      this.grow(npages);
      page = this.takePages(npages);
      if (page < 0) throw new Error("runtime: heap grew but has no room");
    }
    const base = page * pageSize;
    const nbytes = npages * pageSize;
    const needzero = this.allocNeedsZero(base, npages);
    let u32 = this.u32;
    const sw = s >>> 2;
    u32[sw + Span.Start] = base;
    u32[sw + Span.NPages] = npages;
    u32[sw + Span.State] = state;
    u32[sw + Span.SpanClass] = spanclass;
    u32[sw + Span.NeedZero] = needzero ? 1 : 0;
    if (state === SpanState.InUse) {
      // Like initSpan: small spans of pointerful objects that keep their
      // pointer bitmap in the span reserve one bit per word at its end.
      const sizeclass = spanclass >> 1;
      let elemsize = nbytes;
      let nelems = 1;
      if (sizeclass !== 0) {
        elemsize = classToSize[sizeclass];
        const heapBits = (spanclass & 1) === 0 && elemsize <= minSizeForMallocHeader ? nbytes / 64 : 0;
        nelems = Math.floor((nbytes - heapBits) / elemsize);
      }
      const nwords = (nelems + 31) >> 5;
      const ab = this.newBits(nwords);
      const mb = this.newBits(nwords);
      u32 = this.u32;
      u32[sw + Span.ElemSize] = elemsize;
      u32[sw + Span.NElems] = nelems;
      u32[sw + Span.AllocCache] = 0xffffffff;
      u32[sw + Span.AllocBits] = ab;
      u32[sw + Span.GCMarkBits] = mb;
      u32[sw + Span.Limit] = base + nelems * elemsize;
      u32[sw + Span.SweepGen] = u32[this.hw + HeapState.SweepGen];
      this.f64[this.st + Stat.HeapInUse] += nbytes;
    } else {
      u32[sw + Span.Limit] = base + nbytes;
      this.f64[this.st + Stat.InStacks] += nbytes;
    }
    this.setSpans(base, npages, s);
    return s;
  }

  /**
   * Like mheap.freeSpan / freeManual: returns a span's pages to the heap and
   * its descriptor to the free list. The span must be on no list. Its pages
   * are dirty from now on (they are below zeroedBase).
   */
  freeSpanPages(s: number): void {
    const u32 = this.u32;
    const sw = s >>> 2;
    const base = u32[sw + Span.Start];
    const npages = u32[sw + Span.NPages];
    const bytes = npages * pageSize;
    if (u32[sw + Span.State] === SpanState.InUse) {
      const nwords = (u32[sw + Span.NElems] + 31) >> 5;
      this.freeBits(u32[sw + Span.AllocBits], nwords);
      this.freeBits(u32[sw + Span.GCMarkBits], nwords);
      this.f64[this.st + Stat.HeapInUse] -= bytes;
    } else {
      this.f64[this.st + Stat.InStacks] -= bytes;
    }
    this.setSpans(base, npages, 0);
    this.putPages(base / pageSize, npages);
    this.freeSpanDesc(s);
  }

  /** The span descriptor of the page holding addr, whatever its state, or 0 (spanOfUnchecked, with bounds). */
  spanOfAny(addr: number): number {
    if (!(addr > 0 && addr < this.maxAddr)) return 0;
    const t = this.u32[this.l1w + (addr >>> arenaShift)];
    if (t === 0) return 0;
    return this.u32[(t >>> 2) + 1 + ((addr >>> pageShift) & (pagesPerArena - 1))];
  }

  // ---- span lists (mcentral, stack pool) ----

  /** Pushes s on the list whose head is word hw+head. */
  protected listPush(head: number, s: number, which: SpanList): void {
    const u32 = this.u32;
    const sw = s >>> 2;
    const first = u32[this.hw + head];
    u32[sw + Span.Next] = first;
    u32[sw + Span.Prev] = 0;
    if (first !== 0) u32[(first >>> 2) + Span.Prev] = s;
    u32[this.hw + head] = s;
    u32[sw + Span.List] = which;
  }

  /** Unlinks s from the list whose head is word hw+head. */
  protected listRemove(head: number, s: number): void {
    const u32 = this.u32;
    const sw = s >>> 2;
    const next = u32[sw + Span.Next];
    const prev = u32[sw + Span.Prev];
    if (prev !== 0) u32[(prev >>> 2) + Span.Next] = next;
    else u32[this.hw + head] = next;
    if (next !== 0) u32[(next >>> 2) + Span.Prev] = prev;
    u32[sw + Span.Next] = 0;
    u32[sw + Span.Prev] = 0;
    u32[sw + Span.List] = SpanList.None;
  }

  /** Like mcentral.cacheSpan: a span of class spc with a free object, for an mcache. */
  cacheSpan(spc: number): number {
    const head = HeapState.Central + spc * 2;
    let s = this.u32[this.hw + head];
    if (s !== 0) this.listRemove(head, s);
    else s = this.allocSpan(classToNPages[spc >> 1], SpanState.InUse, spc);
    const u32 = this.u32;
    const sw = s >>> 2;
    u32[sw + Span.List] = SpanList.Cached;
    u32[sw + Span.AllocCountBeforeCache] = u32[sw + Span.AllocCount];
    refillAllocCache(u32, sw);
    return s;
  }

  /** Like mcentral.uncacheSpan: puts a span an mcache is done with on the partial or full list. */
  uncacheSpan(s: number): void {
    const u32 = this.u32;
    const sw = s >>> 2;
    const spc = u32[sw + Span.SpanClass];
    if (u32[sw + Span.AllocCount] < u32[sw + Span.NElems]) this.listPush(HeapState.Central + spc * 2, s, SpanList.Partial);
    else this.listPush(HeapState.Central + spc * 2 + 1, s, SpanList.Full);
  }

  /** Takes s off whichever mcentral list it is on. */
  protected uncentral(s: number): void {
    const u32 = this.u32;
    const sw = s >>> 2;
    const list = u32[sw + Span.List];
    const spc = u32[sw + Span.SpanClass];
    if (list === SpanList.Partial) this.listRemove(HeapState.Central + spc * 2, s);
    else if (list === SpanList.Full) this.listRemove(HeapState.Central + spc * 2 + 1, s);
  }
}
