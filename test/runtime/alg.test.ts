// Equality and hashing over arena memory (src/runtime/alg.ts), with Go's
// rules: ±0 and NaN, strings by content, interfaces by dynamic type then
// value (panicking for uncomparable types with gc's messages), arrays and
// structs in order skipping blank fields and padding.

import { test } from "node:test";
import assert from "node:assert/strict";
import { Algs } from "../../src/runtime/alg.js";
import { GoPanic } from "../../src/vm/panic.js";
import { checkGo, newDescs, typeOf } from "./helpers.js";

const pkg = checkGo(`package main
type I interface{ M() }
type V int
func (V) M() {}
type Blank struct {
	a int32
	_ int32
	b int64
}
type Padded struct {
	a int8
	b int64
}
type FS struct {
	f float64
	s string
}
type First struct {
	a int
	b any
}
type Last struct {
	b any
	a int
}
type Fn func()
var (
	i8 int8
	i16 int16
	i32 int32
	i64 int64
	f32 float32
	f64 float64
	c64 complex64
	c128 complex128
	str string
	ptr *int
	e any
	i I
	v V
	blank Blank
	padded Padded
	fs FS
	first First
	last Last
	arr [2]any
	b3 [3]byte
	sl []int
	fn Fn
	nested [2]struct{ x FS; y [2]float32 }
)
`);

function setup() {
  const { arena, descs } = newDescs(1 << 22);
  const algs = new Algs(arena);
  const d = (n: string) => descs.desc(typeOf(pkg, n));
  const a = arena;
  const mem = (n: number) => arena.alloc(n);
  const str = (s: string): number => {
    const h = mem(16);
    const p = mem(s.length + 1) + 1; // odd addresses too
    for (let i = 0; i < s.length; i++) a.u8[p + i] = s.charCodeAt(i);
    a.u32[h >>> 2] = s.length === 0 ? 0 : p;
    a.u32[(h + 8) >>> 2] = s.length;
    return h;
  };
  const f64 = (x: number) => {
    const p = mem(8);
    a.f64[p >>> 3] = x;
    return p;
  };
  /** An eface at a fresh address: (type, data). */
  const eface = (t: number, data: number) => {
    const p = mem(16);
    a.u32[p >>> 2] = t;
    a.u32[(p + 8) >>> 2] = data;
    return p;
  };
  return { arena, descs, algs, d, a, mem, str, f64, eface };
}

function panics(fn: () => unknown, text: string): void {
  assert.throws(fn, (e: unknown) => e instanceof GoPanic && e.text === text && e.runtimeError);
}

test("integers and floats", () => {
  const { algs, d, a, mem, f64 } = setup();
  const p = mem(8);
  const q = mem(8);
  a.u32[p >>> 2] = 0xdeadbeef;
  a.u32[(p >>> 2) + 1] = 7;
  a.u32[q >>> 2] = 0xdeadbeef;
  a.u32[(q >>> 2) + 1] = 7;
  assert.ok(algs.equal(d("i64"), p, q));
  assert.equal(algs.hash(d("i64"), p, 1), algs.hash(d("i64"), q, 1));
  assert.notEqual(algs.hash(d("i64"), p, 1), algs.hash(d("i64"), p, 2));
  a.u32[(q >>> 2) + 1] = 8;
  assert.ok(!algs.equal(d("i64"), p, q));
  assert.ok(algs.equal(d("i32"), p, q)); // only the low 4 bytes
  assert.ok(algs.equal(d("i16"), p, q));
  assert.ok(algs.equal(d("i8"), p, q));

  const pz = f64(0);
  const nz = f64(-0);
  assert.ok(algs.equal(d("f64"), pz, nz));
  assert.equal(algs.hash(d("f64"), pz, 9), algs.hash(d("f64"), nz, 9));
  const nan = f64(NaN);
  assert.ok(!algs.equal(d("f64"), nan, nan));
  const hs = new Set<number>();
  for (let i = 0; i < 20; i++) hs.add(algs.hash(d("f64"), nan, 9));
  assert.ok(hs.size > 15, "NaN hashes are random");
  const x = f64(1.5);
  const y = f64(1.5);
  assert.ok(algs.equal(d("f64"), x, y));
  assert.equal(algs.hash(d("f64"), x, 3), algs.hash(d("f64"), y, 3));

  const f = mem(8);
  const g = mem(8);
  a.f32[f >>> 2] = -0;
  a.f32[g >>> 2] = 0;
  assert.ok(algs.equal(d("f32"), f, g));
  assert.equal(algs.hash(d("f32"), f, 3), algs.hash(d("f32"), g, 3));
  // complex64: (0, -0) == (-0, 0)
  a.f32[(f >>> 2) + 1] = 0;
  a.f32[(g >>> 2) + 1] = -0;
  assert.ok(algs.equal(d("c64"), f, g));
  assert.equal(algs.hash(d("c64"), f, 3), algs.hash(d("c64"), g, 3));
  a.f32[(g >>> 2) + 1] = NaN;
  assert.ok(!algs.equal(d("c64"), g, g));
  const c = mem(16);
  const c2 = mem(16);
  a.f64[c >>> 3] = 1;
  a.f64[(c >>> 3) + 1] = -0;
  a.f64[c2 >>> 3] = 1;
  a.f64[(c2 >>> 3) + 1] = 0;
  assert.ok(algs.equal(d("c128"), c, c2));
  assert.equal(algs.hash(d("c128"), c, 3), algs.hash(d("c128"), c2, 3));
});

test("strings", () => {
  const { algs, d, str } = setup();
  const t = d("str");
  const words = ["", "a", "ab", "abc", "abcd", "abcde", "hello, world", "x".repeat(1000), "\xff\x00\x01"];
  for (const w of words) {
    const p = str(w);
    const q = str(w);
    assert.ok(algs.equal(t, p, q), JSON.stringify(w));
    assert.equal(algs.hash(t, p, 77), algs.hash(t, q, 77));
    for (const w2 of words) if (w2 !== w) assert.ok(!algs.equal(t, p, str(w2)));
  }
  // Different hashes for different short strings (no trivial collisions).
  const hs = new Set(Array.from({ length: 1000 }, (_, i) => algs.hash(t, str("k" + i), 0)));
  assert.equal(hs.size, 1000);
});

test("interfaces: dynamic type, then value; uncomparable types panic", () => {
  const { algs, d, a, mem, str, eface, descs } = setup();
  const e = d("e");
  const tInt = d("i64");
  const box = (lo: number) => {
    const p = mem(8);
    a.u32[p >>> 2] = lo;
    return p;
  };
  assert.ok(algs.equal(e, eface(tInt, box(5)), eface(tInt, box(5))));
  assert.equal(algs.hash(e, eface(tInt, box(5)), 1), algs.hash(e, eface(tInt, box(5)), 1));
  assert.ok(!algs.equal(e, eface(tInt, box(5)), eface(tInt, box(6))));
  assert.ok(!algs.equal(e, eface(tInt, box(5)), eface(d("v"), box(5))));
  assert.ok(algs.equal(e, eface(0, 0), eface(0, 0)));
  assert.ok(!algs.equal(e, eface(0, 0), eface(tInt, box(0))));
  assert.ok(algs.equal(e, eface(d("str"), str("hi")), eface(d("str"), str("hi"))));
  // Pointer-shaped: the data word is the value.
  assert.ok(algs.equal(e, eface(d("ptr"), 1234), eface(d("ptr"), 1234)));
  assert.ok(!algs.equal(e, eface(d("ptr"), 1234), eface(d("ptr"), 1240)));
  // Uncomparable dynamic types panic when the types are equal, not before.
  const sl = d("sl");
  assert.ok(!algs.equal(e, eface(sl, mem(24)), eface(tInt, box(1))));
  panics(() => algs.equal(e, eface(sl, mem(24)), eface(sl, mem(24))), "runtime error: comparing uncomparable type []int");
  panics(() => algs.hash(e, eface(sl, mem(24)), 0), "runtime error: hash of unhashable type []int");
  panics(() => algs.equal(e, eface(d("fn"), 8), eface(d("fn"), 8)), "runtime error: comparing uncomparable type main.Fn");
  panics(() => algs.hash(e, eface(d("fn"), 8), 0), "runtime error: hash of unhashable type main.Fn");
  // Non-empty interfaces compare itabs.
  const tab = descs.itab(typeOf(pkg, "i"), typeOf(pkg, "v"));
  assert.ok(algs.equal(d("i"), eface(tab, box(3)), eface(tab, box(3))));
  assert.ok(!algs.equal(d("i"), eface(tab, box(3)), eface(tab, box(4))));
  assert.equal(algs.hash(d("i"), eface(tab, box(3)), 5), algs.hash(d("i"), eface(tab, box(3)), 5));
  assert.ok(algs.ifaceeq(tab, box(3), box(3)));
  assert.ok(algs.efaceeq(tInt, box(3), box(3)));
});

test("structs and arrays: blank fields and padding ignored, order of panics", () => {
  const { algs, d, a, mem, str, eface, f64 } = setup();
  const bl = d("blank");
  const p = mem(16);
  const q = mem(16);
  a.u32[p >>> 2] = 1;
  a.u32[q >>> 2] = 1;
  a.u32[(p + 4) >>> 2] = 111; // the blank field
  a.u32[(q + 4) >>> 2] = 222;
  assert.ok(algs.equal(bl, p, q));
  assert.equal(algs.hash(bl, p, 0), algs.hash(bl, q, 0));
  a.u32[(q + 8) >>> 2] = 1;
  assert.ok(!algs.equal(bl, p, q));

  const pd = d("padded");
  const r = mem(16);
  const s = mem(16);
  a.u8[r] = 7;
  a.u8[s] = 7;
  a.u8[r + 3] = 1; // padding
  assert.ok(algs.equal(pd, r, s));
  assert.equal(algs.hash(pd, r, 0), algs.hash(pd, s, 0));

  const fs = d("fs");
  const x = mem(24);
  const y = mem(24);
  a.f64[x >>> 3] = -0;
  a.f64[y >>> 3] = 0;
  const hx = str("same");
  const hy = str("same");
  a.u8.copyWithin(x + 8, hx, hx + 16);
  a.u8.copyWithin(y + 8, hy, hy + 16);
  assert.ok(algs.equal(fs, x, y));
  assert.equal(algs.hash(fs, x, 0), algs.hash(fs, y, 0));

  // An earlier unequal field decides before a later field can panic, and not the other way round.
  const sl = d("sl");
  const first = d("first");
  const u = mem(24);
  const w = mem(24);
  a.u32[u >>> 2] = 1;
  a.u32[w >>> 2] = 2;
  for (const z of [u, w]) {
    a.u32[(z + 8) >>> 2] = sl;
    a.u32[(z + 16) >>> 2] = mem(24);
  }
  assert.ok(!algs.equal(first, u, w));
  const last = d("last");
  const u2 = mem(24);
  const w2 = mem(24);
  for (const z of [u2, w2]) {
    a.u32[z >>> 2] = sl;
    a.u32[(z + 8) >>> 2] = mem(24);
  }
  a.u32[(u2 + 16) >>> 2] = 1;
  panics(() => algs.equal(last, u2, w2), "runtime error: comparing uncomparable type []int");

  // [2]any: element by element, as gc's generated code.
  const arr = d("arr");
  const a1 = mem(32);
  const a2 = mem(32);
  const e1 = eface(sl, mem(24));
  a.u8.copyWithin(a1, e1, e1 + 16);
  a.u8.copyWithin(a2, e1, e1 + 16);
  const n1 = eface(d("f64"), f64(1));
  const n2 = eface(d("str"), str("x"));
  a.u8.copyWithin(a1 + 16, n1, n1 + 16);
  a.u8.copyWithin(a2 + 16, n2, n2 + 16);
  panics(() => algs.equal(arr, a1, a2), "runtime error: comparing uncomparable type []int");

  // Unaligned regular memory.
  const b = mem(16) + 1;
  const c = mem(16) + 3;
  a.u8.set([1, 2, 3], b);
  a.u8.set([1, 2, 3], c);
  assert.ok(algs.equal(d("b3"), b, c));
  assert.equal(algs.hash(d("b3"), b, 42), algs.hash(d("b3"), c, 42));
  a.u8[c + 2] = 4;
  assert.ok(!algs.equal(d("b3"), b, c));
});

test("equal values hash alike (randomized, nested composite)", () => {
  const { algs, d, a, mem } = setup();
  const t = d("nested");
  // [2]struct{ x FS; y [2]float32 }: FS is {f float64; s string}: 32+8 = 40 bytes per element.
  const size = 80;
  let seed = 12345;
  const rnd = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  const pool = ["", "a", "bb", "ccc", "dddd"].map((s) => {
    const p = mem(8);
    for (let i = 0; i < s.length; i++) a.u8[p + i] = s.charCodeAt(i);
    return [p, s.length];
  });
  const floats = [0, -0, 1, -1, 0.5, NaN];
  const fill = (p: number, r: number[]) => {
    for (let e = 0; e < 2; e++) {
      const b = p + e * 40;
      a.f64[b >>> 3] = floats[r[e * 4] % floats.length];
      const [sp, sl] = pool[r[e * 4 + 1] % pool.length];
      a.u32[(b + 8) >>> 2] = sp;
      a.u32[(b + 16) >>> 2] = sl;
      a.f32[(b + 24) >>> 2] = floats[r[e * 4 + 2] % floats.length];
      a.f32[(b + 28) >>> 2] = floats[r[e * 4 + 3] % floats.length];
    }
  };
  const p = mem(size);
  const q = mem(size);
  let equalPairs = 0;
  for (let k = 0; k < 3000; k++) {
    const r1 = Array.from({ length: 8 }, () => rnd() % 3);
    const r2 = Array.from({ length: 8 }, () => rnd() % 3);
    fill(p, r1);
    fill(q, r2);
    if (algs.equal(t, p, q)) {
      equalPairs++;
      assert.equal(algs.hash(t, p, 7), algs.hash(t, q, 7));
    }
    const hasNaN = r1.some((v, i) => i % 4 !== 1 && floats[v % floats.length] !== floats[v % floats.length]);
    assert.equal(algs.equal(t, p, p), !hasNaN);
  }
  assert.ok(equalPairs > 10);
});
