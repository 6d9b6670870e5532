// The allocator: placement (no overlap, alignment, size classes as Go
// rounds them), finding objects back (spanOf/objectOf), zeroing of reused
// memory, stacks of every order, out of memory, several mcaches, the sweep
// hook, and the statistics.

import assert from "node:assert/strict";
import { test } from "node:test";
import { Arena, OutOfMemory } from "../../../src/runtime/mem/arena.js";
import { Heap } from "../../../src/runtime/mem/heap.js";
import { MCache } from "../../../src/runtime/mem/mcache.js";
import { HeapState, Stat } from "../../../src/runtime/mem/mheap.js";
import { Span } from "../../../src/runtime/mem/mspan.js";
import {
  classToSize,
  numSizeClasses,
  numSpanClasses,
  pageSize,
  sizeToClass,
} from "../../../src/runtime/mem/sizeclasses.js";

/** A small deterministic generator (xorshift32). */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}

/** The size malloc really sets aside for a request, as gc would. */
function goSize(size: number, noscan: boolean): number {
  if (noscan && size < 16) return size;
  if (size > 32760) return Math.ceil(size / pageSize) * pageSize;
  const header = !noscan && size > 512 ? 8 : 0;
  return classToSize[sizeToClass(size + header)] - header;
}

/** A fixed-length view of n bytes at addr: fast, unlike the arena's length-tracking ones. */
function bytes(h: Heap, addr: number, n: number): Uint8Array {
  return new Uint8Array(h.arena.buf, addr, n);
}

/** Whether the n bytes at addr all hold v. */
function allAre(h: Heap, addr: number, n: number, v: number): boolean {
  const b = bytes(h, addr, n);
  for (let i = 0; i < n; i++) if (b[i] !== v) return false;
  return true;
}

function isZero(h: Heap, addr: number, n: number): boolean {
  return allAre(h, addr, n, 0);
}

function newHeap(initial = 1 << 16, max = 1 << 30): Heap {
  return new Heap(new Arena(initial, max));
}

test("layout constants agree with the tables they were derived from", () => {
  assert.equal(MCache.Tiny, numSpanClasses);
  assert.equal(MCache.StackCache + 8, MCache.Words);
  assert.equal(HeapState.Central, HeapState.BitsFree + 33);
  assert.equal(HeapState.StackPool, HeapState.Central + numSpanClasses * 2);
  assert.equal(HeapState.Words, HeapState.StackPool + 4);
  assert.equal(Stat.SmallFree, numSizeClasses);
  assert.equal(Stat.LargeAlloc, numSizeClasses * 2);
  assert.equal(Stat.Words, Stat.SpanInUse + 1);
});

test("objects never overlap, are aligned, and hold their contents", () => {
  const h = newHeap();
  const next = rng(1);
  const objs: { addr: number; size: number; noscan: boolean; tag: number }[] = [];
  for (let i = 0; i < 4000; i++) {
    const r = next();
    const size =
      r < 0.4 ? 1 + Math.floor(next() * 15) : r < 0.8 ? 1 + Math.floor(next() * 600) : r < 0.98 ? 1 + Math.floor(next() * 32768) : 32769 + Math.floor(next() * 200000);
    const noscan = next() < 0.5;
    const addr = h.malloc(size, noscan);
    const tag = (i % 251) + 1;
    // Fresh memory reads as zero, then gets the object's tag.
    assert.ok(isZero(h, addr, size), `object ${i} (${size} bytes at ${addr}) not zeroed`);
    bytes(h, addr, size).fill(tag);
    objs.push({ addr, size, noscan, tag });
  }
  for (const o of objs) {
    if (o.noscan && o.size < 16) {
      const align = o.size % 8 === 0 ? 8 : o.size % 4 === 0 ? 4 : o.size % 2 === 0 ? 2 : 1;
      assert.equal(o.addr % align, 0, `tiny ${o.size} at ${o.addr}`);
      // A tiny object stays inside its 16-byte block.
      assert.equal(Math.floor(o.addr / 16), Math.floor((o.addr + o.size - 1) / 16));
    } else {
      assert.equal(o.addr % 8, 0, `${o.size} bytes at ${o.addr}`);
    }
    assert.ok(allAre(h, o.addr, o.size, o.tag), `object at ${o.addr} overwritten`);
  }
  const sorted = [...objs].sort((a, b) => a.addr - b.addr);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i - 1].addr + sorted[i - 1].size <= sorted[i].addr, "overlap");
});

test("malloc rounds sizes as gc does", () => {
  const h = newHeap();
  for (const noscan of [true, false]) {
    for (let size = 1; size <= 40000; size += size < 1100 ? 1 : 97) {
      if (noscan && size < 16) continue;
      const addr = h.malloc(size, noscan);
      const o = h.objectOf(addr);
      assert.ok(o, `no object for ${size}`);
      const header = addr - o.base;
      assert.equal(header, !noscan && size > 512 && size <= 32760 ? 8 : 0);
      assert.equal(o.size - header, goSize(size, noscan), `size ${size} noscan=${noscan}`);
      assert.equal(o.noscan, noscan);
    }
  }
});

test("spanOf and objectOf find small, tiny and large objects", () => {
  const h = newHeap();
  const u32 = () => h.arena.u32;
  // Small.
  const a = h.malloc(100, false);
  const sa = h.spanOf(a);
  assert.ok(sa !== 0);
  for (let k = 0; k < 112; k++) {
    const o = h.objectOf(a + k);
    assert.ok(o);
    assert.deepEqual([o.base, o.size, o.sizeClass, o.noscan, o.span, o.allocated], [a, 112, sizeToClass(112), false, sa, true]);
  }
  assert.equal(h.objectBase(a + 111), a);
  assert.equal(u32()[(sa >>> 2) + Span.Start] <= a, true);
  // Tiny: the object is its 16-byte block.
  const t1 = h.malloc(4, true);
  const t2 = h.malloc(4, true);
  assert.equal(t2, t1 + 4);
  const ot = h.objectOf(t2);
  assert.ok(ot);
  assert.equal(ot.base, t1 - (t1 % 16));
  assert.equal(ot.size, 16);
  assert.equal(ot.sizeClass, 2);
  assert.equal(ot.noscan, true);
  // Large: its own span, every page of which maps back to it.
  const big = h.malloc(100000, true);
  const sb = h.spanOf(big);
  assert.equal(big % pageSize, 0);
  for (let k = 0; k < 13 * pageSize; k += 4096) {
    assert.equal(h.spanOf(big + k), sb);
    const o = h.objectOf(big + k);
    assert.ok(o);
    assert.deepEqual([o.base, o.size, o.sizeClass, o.noscan], [big, 13 * pageSize, 0, true]);
  }
  // With pointers, above 512 bytes: the type address sits in the header just before the object.
  const typ = h.arena.alloc(64);
  const w = h.malloc(1000, false, typ);
  const ow = h.objectOf(w);
  assert.ok(ow);
  assert.equal(ow.base, w - 8);
  assert.equal(u32()[ow.base >>> 2], typ);
  const lw = h.malloc(50000, false, typ);
  assert.equal(u32()[(h.spanOf(lw) >>> 2) + Span.LargeType], typ);
  // Not heap objects.
  const stack = h.allocStack(4096);
  assert.equal(h.spanOf(stack), 0);
  assert.equal(h.objectOf(stack), null);
  assert.notEqual(h.spanOfAny(stack), 0);
  assert.equal(h.malloc(0, false), h.zerobase);
  assert.equal(h.malloc(0, true), h.zerobase);
  assert.equal(h.spanOf(h.zerobase), 0);
  for (const addr of [0, -8, 8, typ, 2 ** 31, 2 ** 40, NaN]) assert.equal(h.objectOf(addr), null, `objectOf(${addr})`);
  // A free slot is found but not allocated.
  const o = h.objectOf(a + 112);
  assert.ok(o);
  assert.equal(o.allocated, false);
});

test("objectOf ignores the tail of a span and its pointer bitmap", () => {
  const h = newHeap();
  // 24-byte objects with pointers: 8192 - 128 bytes of bitmap leave room for 336 objects.
  const first = h.malloc(24, false);
  const s = h.spanOf(first);
  const sw = s >>> 2;
  const u32 = h.arena.u32;
  assert.equal(u32[sw + Span.NElems], 336);
  const start = u32[sw + Span.Start];
  assert.notEqual(h.objectOf(start + 336 * 24 - 1), null);
  assert.equal(h.objectOf(start + 336 * 24), null);
  assert.equal(h.objectOf(start + pageSize - 1), null);
  assert.equal(h.spanOf(start + pageSize - 1), s);
  // Without pointers the whole span holds objects: 341 of them, 8 bytes of tail.
  const n = h.malloc(24, true);
  assert.equal(u32[(h.spanOf(n) >>> 2) + Span.NElems], 341);
});

test("reused stack memory comes back zeroed", () => {
  const h = newHeap();
  for (const n of [2048, 4096, 8192, 16384, 32768, 65536, 1 << 20]) {
    const x = h.allocStack(n);
    assert.ok(isZero(h, x, n), `fresh ${n}-byte stack not zero`);
    bytes(h, x, n).fill(0xa5);
    h.freeStack(x, n);
    const y = h.allocStack(n);
    if (n < 32768) assert.equal(y, x, "the per-P cache hands back the last stack freed");
    assert.ok(isZero(h, y, n), `reused ${n}-byte stack not zero`);
    h.freeStack(y, n);
  }
  // Pages of a freed large stack, reused for a large object.
  const s = h.allocStack(1 << 16);
  bytes(h, s, 1 << 16).fill(0x5a);
  h.freeStack(s, 1 << 16);
  const o = h.malloc(1 << 16, true);
  assert.equal(o, s, "the lowest free pages are reused");
  assert.ok(isZero(h, o, 1 << 16), "reused pages not zero");
  // A stack the caller does not need cleared.
  const d = h.allocStack(2048);
  bytes(h, d, 2048).fill(1);
  h.freeStack(d, 2048);
  assert.equal(h.allocStack(2048, false), d);
});

test("stacks of each order", () => {
  const h = newHeap();
  for (const n of [2048, 4096, 8192, 16384, 32768, 65536, 262144]) {
    const xs: number[] = [];
    for (let i = 0; i < 40; i++) {
      const x = h.allocStack(n);
      assert.equal(x % Math.min(n, pageSize), 0);
      const s = h.spanOfAny(x);
      assert.notEqual(s, 0);
      assert.equal(h.arena.u32[(s >>> 2) + Span.ElemSize], n);
      xs.push(x);
    }
    xs.sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) assert.ok(xs[i - 1] + n <= xs[i]);
    const inuse = h.stats.StackInuse;
    assert.ok(inuse >= 40 * n, `${inuse} bytes of stack spans for 40 stacks of ${n}`);
    for (const x of xs) h.freeStack(x, n);
  }
  h.flushCaches();
  assert.equal(h.stats.StackInuse, 0);
  assert.throws(() => h.allocStack(3000), /power of 2/);
  assert.throws(() => h.allocStack(1024), /power of 2/);
  const x = h.allocStack(4096);
  assert.throws(() => h.freeStack(x, 2048), /not a stack/);
  assert.throws(() => h.freeStack(h.malloc(64, true), 2048), /not a stack/);
});

test("out of memory past the arena's limit", () => {
  const h = newHeap(1 << 16, 2 << 20);
  assert.throws(() => h.malloc(4 << 20, true), OutOfMemory);
  assert.throws(() => h.malloc(2 ** 40, true), OutOfMemory);
  assert.throws(() => h.malloc(-1, false), OutOfMemory);
  assert.throws(() => h.malloc(NaN, false), OutOfMemory);
  let n = 0;
  assert.throws(() => {
    for (;;) {
      h.malloc(1000, false);
      n++;
    }
  }, OutOfMemory);
  // Most of the 2 MiB went to objects before it gave up.
  assert.ok(n * 1024 > 1.5 * (1 << 20), `${n} objects`);
  assert.throws(() => {
    for (;;) h.allocStack(2048);
  }, OutOfMemory);
  try {
    h.malloc(1 << 20, true);
    assert.fail("no OutOfMemory");
  } catch (e) {
    assert.ok(e instanceof OutOfMemory);
    assert.equal(e.message, "runtime: out of memory");
    assert.match(e.preamble[0], /^runtime: out of memory: cannot allocate 1048576-byte block/);
  }
  // The heap stays usable for what still fits.
  const st = h.stats;
  assert.ok(st.Sys <= 2 << 20);
  assert.equal(st.HeapSys, st.HeapInuse + st.HeapIdle);
});

test("several mcaches allocate from separate spans", () => {
  const h = newHeap();
  const c0 = h.mcache;
  const c1 = h.allocMCache();
  const a = h.malloc(48, true);
  h.mcache = c1;
  const b = h.malloc(48, true);
  const t = h.malloc(8, true);
  h.freeStack(h.allocStack(2048), 2048);
  assert.equal(h.stats.StackInuse, 32768);
  h.mcache = c0;
  const a2 = h.malloc(48, true);
  assert.notEqual(h.spanOf(a), h.spanOf(b));
  assert.equal(h.spanOf(a2), h.spanOf(a));
  assert.equal(a2, a + 48);
  assert.equal(h.stats.Mallocs, 4);
  h.freeMCache(c1);
  assert.equal(h.stats.Mallocs, 4);
  assert.equal(h.stats.StackInuse, 0, "the freed mcache's stacks went back");
  assert.equal(h.mcaches.length, 1);
  assert.equal(h.objectOf(t)?.sizeClass, 2);
});

test("statistics follow what was allocated", () => {
  const h = newHeap();
  const s0 = h.stats;
  assert.deepEqual([s0.Mallocs, s0.HeapAlloc, s0.HeapObjects, s0.TotalAlloc, s0.StackInuse], [0, 0, 0, 0, 0]);
  for (let i = 0; i < 1000; i++) h.malloc(24, false);
  for (let i = 0; i < 10; i++) h.malloc(100000, true);
  for (let i = 0; i < 100; i++) h.malloc(8, true); // 50 blocks of two
  for (let i = 0; i < 30; i++) h.malloc(600, false); // 608 with the header: class 640
  const stacks = [h.allocStack(2048), h.allocStack(65536)];
  const check = () => {
    const s = h.stats;
    assert.equal(s.Mallocs, 1000 + 10 + 100 + 30);
    assert.equal(s.Frees, 50, "tiny objects that shared a block count as allocated and freed (as in Go)");
    assert.equal(s.HeapObjects, 1000 + 10 + 50 + 30);
    const bytes = 1000 * 24 + 10 * 13 * pageSize + 50 * 16 + 30 * 640;
    assert.equal(s.TotalAlloc, bytes);
    assert.equal(s.HeapAlloc, bytes);
    assert.equal(s.Alloc, bytes);
    // Spans: 24-byte (3 spans of 336), 13-page large ×10, tiny (1), 640-byte (3 spans of 12).
    assert.equal(s.HeapInuse, (3 + 130 + 1 + 3) * pageSize);
    assert.equal(s.StackInuse, 32768 + 65536);
    assert.equal(s.HeapSys, s.HeapInuse + s.HeapIdle);
    assert.equal(s.Sys, s.HeapSys + s.StackSys + s.MSpanSys + s.OtherSys);
    assert.ok(s.OtherSys > 0 && s.MSpanInuse <= s.MSpanSys);
    assert.equal(s.Sys, h.arena.sys);
  };
  check();
  // Counting does not depend on whether mcaches have given their spans back.
  h.flushCaches();
  check();
  h.freeStack(stacks[1], 65536);
  assert.equal(h.stats.StackInuse, 32768);
});

test("sweeping frees unmarked objects, and their slots come back zeroed", () => {
  const h = newHeap();
  const u8 = h.arena.u8;
  const xs: number[] = [];
  // Five full spans of 168 48-byte objects (8192 bytes less 128 of pointer bitmap).
  for (let i = 0; i < 840; i++) {
    const x = h.malloc(48, false);
    u8.fill(0xee, x, x + 48);
    xs.push(x);
  }
  const big = h.malloc(50000, true);
  const big2 = h.malloc(50000, true);
  h.flushCaches();
  // Keep every third object, and the first large one.
  const kept = new Set(xs.filter((_, i) => i % 3 === 0));
  for (const x of kept) assert.equal(h.markObject(x), true);
  assert.equal(h.markObject(xs[0]), false);
  h.markObject(big);
  const before = h.stats;
  let freed = 0;
  for (const s of [...h.spans()]) freed += h.sweepSpan(s);
  assert.equal(freed, 840 - kept.size + 1);
  const after = h.stats;
  assert.equal(after.HeapObjects, before.HeapObjects - freed);
  assert.equal(after.HeapAlloc, before.HeapAlloc - (840 - kept.size) * 48 - 7 * pageSize);
  assert.equal(h.spanOf(big2), 0);
  assert.notEqual(h.spanOf(big), 0);
  // New objects fill the freed slots, lowest first, and read as zero.
  const ys: number[] = [];
  for (let i = 0; i < 840 - kept.size; i++) ys.push(h.malloc(48, false));
  const freedSlots = new Set(xs.filter((x) => !kept.has(x)));
  for (const y of ys) {
    assert.ok(freedSlots.has(y), `slot ${y} was not freed`);
    assert.ok(isZero(h, y, 48), `reused slot ${y} not zero`);
  }
  for (const x of kept) assert.equal(u8[x], 0xee);
  // A span with nothing marked goes back to the page heap.
  h.flushCaches();
  const inuse = h.stats.HeapInuse;
  for (const s of [...h.spans()]) h.sweepSpan(s);
  assert.equal(h.stats.HeapInuse, 0, `was ${inuse}`);
  assert.equal(h.stats.HeapObjects, 0);
  assert.throws(() => h.sweepSpan(h.spanOfAny(h.allocStack(2048))), /not in use/);
});

test("the arena's own allocations stay zeroed, aligned and readable across growth", () => {
  const a = new Arena(1 << 12, 64 << 20);
  const h = new Heap(a);
  const strs: [number, string][] = [];
  for (let i = 0; i < 2000; i++) {
    const s = "x".repeat(i % 50) + i;
    strs.push([a.allocBytes(s), s]);
    if (i % 100 === 0) h.malloc(20000, false);
  }
  for (const [addr, s] of strs) assert.equal(a.readBytes(addr, s.length), s);
  const p = a.alloc(100);
  assert.equal(p % 8, 0);
  for (let k = 0; k < 100; k++) assert.equal(a.u8[p + k], 0);
  const big = a.alloc(1 << 20);
  assert.equal(a.u8[big + (1 << 20) - 1], 0);
  assert.notEqual(a.alloc(0), 0);
  assert.equal(a.sysAlloc(10, pageSize) % pageSize, 0);
  assert.throws(() => a.sysAlloc(64 << 20, 8), OutOfMemory);
});

test("freeSpan gives a span and its objects back", () => {
  const h = newHeap();
  const xs = [h.malloc(32, true), h.malloc(32, true), h.malloc(40000, false)];
  assert.throws(() => h.freeSpan(h.spanOf(xs[0])), /cached/);
  h.flushCaches();
  h.freeSpan(h.spanOf(xs[0]));
  h.freeSpan(h.spanOf(xs[2]));
  const s = h.stats;
  assert.deepEqual([s.HeapObjects, s.HeapAlloc, s.HeapInuse, s.Mallocs, s.Frees], [0, 0, 0, 3, 3]);
  assert.equal(h.objectOf(xs[1]), null);
  assert.equal(h.malloc(32, true), xs[0], "the pages are reused");
});
