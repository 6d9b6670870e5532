// Fast views of the arena for the runtime's hot paths (maps, equality,
// hashing). The Arena's own views are length-tracking views of a growable
// SharedArrayBuffer, which V8 (Node 20) does not optimise: measured, an
// indexed load or store through one costs 5-8 times as much as through a
// fixed-length view, and even asking such a view or buffer its length is a
// 20-40 ns runtime call. So hot code uses fixed-length views of the bytes
// the buffer has now, re-made after it grows. Growth is detected without
// asking the buffer: a SharedArrayBuffer only grows through its grow
// method, so the first Views of an arena wraps that method on the buffer
// object to count growths, and sync() compares the count with the one its
// views were made at (two loads and a compare).
//
// Rule for users: call sync() at the start of every operation and after
// every allocation (the allocator may grow the buffer), and re-read the view
// fields after a sync rather than keeping them in locals across it.

import type { Arena } from "./mem/arena.js";

interface GrowthCount {
  n: number;
}

const counts = new WeakMap<SharedArrayBuffer, GrowthCount>();

/** The growth counter of buf, installing the counting wrapper around buf.grow once. */
function growthCount(buf: SharedArrayBuffer): GrowthCount {
  let c = counts.get(buf);
  if (c === undefined) {
    const count: GrowthCount = { n: 0 };
    c = count;
    const grow = buf.grow;
    Object.defineProperty(buf, "grow", {
      value(newLength: number): void {
        grow.call(buf, newLength);
        count.n++;
      },
      configurable: true,
      writable: true,
    });
    counts.set(buf, c);
  }
  return c;
}

const shared = new WeakMap<Arena, Views>();

export class Views {
  u8!: Uint8Array;
  i8!: Int8Array;
  u16!: Uint16Array;
  i16!: Int16Array;
  u32!: Uint32Array;
  i32!: Int32Array;
  f32!: Float32Array;
  f64!: Float64Array;
  /** Bytes the views cover. */
  bytes = 0;
  private made = -1;
  private readonly growth: GrowthCount;

  private constructor(readonly arena: Arena) {
    this.growth = growthCount(arena.buf);
    this.refresh();
  }

  /** The views of arena, shared by everyone who asks. */
  static of(arena: Arena): Views {
    let v = shared.get(arena);
    if (v === undefined) {
      v = new Views(arena);
      shared.set(arena, v);
    }
    return v;
  }

  /** Re-makes the views if the buffer grew since they were made. */
  sync(): void {
    if (this.made !== this.growth.n) this.refresh();
  }

  private refresh(): void {
    const buf = this.arena.buf;
    const n = buf.byteLength;
    this.made = this.growth.n;
    this.bytes = n;
    this.u8 = new Uint8Array(buf, 0, n);
    this.i8 = new Int8Array(buf, 0, n);
    this.u16 = new Uint16Array(buf, 0, n >>> 1);
    this.i16 = new Int16Array(buf, 0, n >>> 1);
    this.u32 = new Uint32Array(buf, 0, n >>> 2);
    this.i32 = new Int32Array(buf, 0, n >>> 2);
    this.f32 = new Float32Array(buf, 0, n >>> 2);
    this.f64 = new Float64Array(buf, 0, n >>> 3);
  }
}
