// Go maps in the arena (src/runtime/map/hashmap.ts), differentially against
// a JS Map model: random inserts, lookups, deletes, clears and iterations
// with inserts and deletes during iteration, for keys of every kind (the
// fast int and string paths, floats with ±0 and NaN, padded structs,
// interfaces, indirect keys and elems, zero-size keys). GOTS_MAP_OPS scales
// the number of operations per key type (default 150000).

import { test } from "node:test";
import assert from "node:assert/strict";
import { Algs } from "../../src/runtime/alg.js";
import { Maps, HITER_SIZE, HITER_KEY, HITER_ELEM, HMAP_B, HMAP_OLDBUCKETS } from "../../src/runtime/map/hashmap.js";
import { GoPanic } from "../../src/vm/panic.js";
import { Arena } from "../../src/runtime/mem/arena.js";
import { TypeDescs } from "../../src/codegen/typedesc.js";
import { checkGo, typeOf, bumpAlloc } from "./helpers.js";

const OPS = Number(process.env.GOTS_MAP_OPS ?? 150000);

const pkg = checkGo(`package main
type K struct {
	a int8
	s string
	f float32
}
var (
	mInt map[int]int
	mStr map[string]int
	mI32 map[int32]int8
	mF64 map[float64]int
	mK map[K]int
	mAny map[any]int
	mBigK map[[200]byte]int
	mBigE map[int][129]byte
	mZero map[struct{}]struct{}
	mHuge map[int][2000]byte
	mI8 map[int8]int8
	sl []int
	str string
	i64 int
	f64 float64
	emp struct{}
	ptr *int
)
`);

/** A deterministic PRNG for the operation mix (iteration order still comes from the map's own randomness). */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function setup() {
  const arena = new Arena(1 << 24, 1 << 30);
  const alloc = bumpAlloc(arena);
  const descs = new TypeDescs(arena, alloc, () => 0);
  const algs = new Algs(arena);
  const maps = new Maps(arena, alloc, algs);
  const d = (n: string) => descs.desc(typeOf(pkg, n));
  return { arena, descs, algs, maps, d };
}

type Env = ReturnType<typeof setup>;

/** How a key type is generated, written, read back and identified in the model. */
interface Codec<K> {
  map: string;
  /** A random key; small ranges make hits and deletes likely. */
  gen(r: () => number, range: number): K;
  write(env: Env, k: K, p: number): void;
  read(env: Env, p: number): K;
  /** The model key; null for keys never equal to themselves (NaN). */
  canon(k: K): string | null;
  keySize: number;
  /** Writes and reads an elem (a counter value, reduced to what the elem type holds). */
  setElem(env: Env, e: number, v: number): void;
  getElem(env: Env, e: number): number;
  elemMod: number;
}

const I64Elem = {
  setElem: (env: Env, e: number, v: number) => {
    env.arena.u32[e >>> 2] = v;
    env.arena.u32[(e >>> 2) + 1] = 0;
  },
  getElem: (env: Env, e: number) => env.arena.u32[e >>> 2],
  elemMod: 2 ** 32,
};

const intCodec: Codec<[number, number]> = {
  map: "mInt",
  gen: (r, range) => [Math.floor(r() * range) >>> 0, r() < 0.1 ? Math.floor(r() * 4) : 0],
  write: (env, [lo, hi], p) => {
    env.arena.u32[p >>> 2] = lo;
    env.arena.u32[(p >>> 2) + 1] = hi;
  },
  read: (env, p) => [env.arena.u32[p >>> 2], env.arena.u32[(p >>> 2) + 1]],
  canon: ([lo, hi]) => `${lo}:${hi}`,
  keySize: 8,
  ...I64Elem,
};

/** Strings are written with fresh data each time (equal keys at different addresses). */
const strCodec: Codec<string> = {
  map: "mStr",
  gen: (r, range) => {
    const n = Math.floor(r() * range);
    return n % 7 === 0 ? "" : "k" + n.toString(36) + (n % 3 === 0 ? "-long-suffix-to-make-it-longer" : "");
  },
  write: (env, s, p) => {
    const a = env.arena;
    const data = s.length === 0 ? 0 : a.allocBytes(s);
    a.u32[p >>> 2] = data;
    a.u32[(p >>> 2) + 1] = 0;
    a.u32[(p + 8) >>> 2] = s.length;
    a.u32[(p + 12) >>> 2] = 0;
  },
  read: (env, p) => env.arena.readBytes(env.arena.u32[p >>> 2], env.arena.u32[(p + 8) >>> 2]),
  canon: (s) => s,
  keySize: 16,
  ...I64Elem,
};

const i32Codec: Codec<number> = {
  map: "mI32",
  gen: (r, range) => Math.floor(r() * range) | 0,
  write: (env, k, p) => {
    env.arena.i32[p >>> 2] = k;
  },
  read: (env, p) => env.arena.i32[p >>> 2],
  canon: (k) => String(k),
  keySize: 4,
  setElem: (env, e, v) => {
    env.arena.u8[e] = v & 0xff;
  },
  getElem: (env, e) => env.arena.u8[e],
  elemMod: 256,
};

const f64Codec: Codec<number> = {
  map: "mF64",
  gen: (r, range) => {
    const x = r();
    if (x < 0.02) return NaN;
    if (x < 0.04) return 0;
    if (x < 0.06) return -0;
    return Math.floor(r() * range) / 4;
  },
  write: (env, k, p) => {
    env.arena.f64[p >>> 3] = k;
  },
  read: (env, p) => env.arena.f64[p >>> 3],
  canon: (k) => (Number.isNaN(k) ? null : String(k === 0 ? 0 : k)),
  keySize: 8,
  ...I64Elem,
};

/** struct{ a int8; s string; f float32 }: padding after a, a float that may be ±0. */
const structCodec: Codec<[number, string, number]> = {
  map: "mK",
  gen: (r, range) => {
    const n = Math.floor(r() * range);
    return [(n % 5) - 2, "s" + (n >> 3), n % 11 === 0 ? -0 : n % 4];
  },
  write: (env, [a, s, f], p) => {
    const m = env.arena;
    m.u8.fill(0xee, p, p + 32); // junk in the padding
    m.i8[p] = a;
    const data = m.allocBytes(s);
    m.u32[(p + 8) >>> 2] = data;
    m.u32[(p + 12) >>> 2] = 0;
    m.u32[(p + 16) >>> 2] = s.length;
    m.u32[(p + 20) >>> 2] = 0;
    m.f32[(p + 24) >>> 2] = f;
  },
  read: (env, p) => {
    const m = env.arena;
    return [m.i8[p], m.readBytes(m.u32[(p + 8) >>> 2], m.u32[(p + 16) >>> 2]), m.f32[(p + 24) >>> 2]];
  },
  canon: ([a, s, f]) => `${a}|${s}|${f === 0 ? 0 : f}`,
  keySize: 32,
  ...I64Elem,
};

/** Interface keys: int, string, float64 (with NaN) and *int dynamic values. */
type AnyKey = { t: "int" | "str" | "f64" | "ptr"; v: number | string };
function anyCodec(env: Env): Codec<AnyKey> {
  const types = { int: env.d("i64"), str: env.d("str"), f64: env.d("f64"), ptr: env.d("ptr") };
  const byDesc = new Map(Object.entries(types).map(([k, v]) => [v, k as AnyKey["t"]]));
  return {
    map: "mAny",
    gen: (r, range) => {
      const n = Math.floor(r() * range);
      switch (n % 4) {
        case 0:
          return { t: "int", v: n };
        case 1:
          return { t: "str", v: "s" + n };
        case 2:
          return { t: "f64", v: r() < 0.03 ? NaN : n };
      }
      return { t: "ptr", v: 8 * (n + 1) };
    },
    write: (e, k, p) => {
      const a = e.arena;
      a.u32[p >>> 2] = types[k.t];
      a.u32[(p >>> 2) + 1] = 0;
      let data: number;
      if (k.t === "ptr") data = k.v as number;
      else if (k.t === "int") {
        data = a.alloc(8);
        a.u32[data >>> 2] = k.v as number;
      } else if (k.t === "f64") {
        data = a.alloc(8);
        a.f64[data >>> 3] = k.v as number;
      } else {
        data = a.alloc(16);
        a.u32[data >>> 2] = a.allocBytes(k.v as string);
        a.u32[(data + 8) >>> 2] = (k.v as string).length;
      }
      a.u32[(p + 8) >>> 2] = data;
      a.u32[(p + 12) >>> 2] = 0;
    },
    read: (e, p) => {
      const a = e.arena;
      const t = byDesc.get(a.u32[p >>> 2])!;
      const data = a.u32[(p + 8) >>> 2];
      switch (t) {
        case "ptr":
          return { t, v: data };
        case "int":
          return { t, v: a.u32[data >>> 2] };
        case "f64":
          return { t, v: a.f64[data >>> 3] };
      }
      return { t, v: a.readBytes(a.u32[data >>> 2], a.u32[(data + 8) >>> 2]) };
    },
    canon: (k) => (k.t === "f64" && Number.isNaN(k.v) ? null : `${k.t}:${k.v}`),
    keySize: 16,
    ...I64Elem,
  };
}

/** [200]byte keys are stored indirectly. */
const bigKeyCodec: Codec<number> = {
  map: "mBigK",
  gen: (r, range) => Math.floor(r() * range),
  write: (env, k, p) => {
    env.arena.u8.fill(0, p, p + 200);
    env.arena.u32[p >>> 2] = k;
    env.arena.u8[p + 199] = k & 0xff;
  },
  read: (env, p) => env.arena.u32[p >>> 2],
  canon: (k) => String(k),
  keySize: 200,
  ...I64Elem,
};

/** [129]byte elems are stored indirectly. */
const bigElemCodec: Codec<number> = {
  map: "mBigE",
  gen: (r, range) => Math.floor(r() * range),
  write: (env, k, p) => {
    env.arena.u32[p >>> 2] = k;
    env.arena.u32[(p >>> 2) + 1] = 0;
  },
  read: (env, p) => env.arena.u32[p >>> 2],
  canon: (k) => String(k),
  keySize: 8,
  setElem: (env, e, v) => {
    env.arena.u32[e >>> 2] = v;
    env.arena.u8[e + 128] = v & 0xff;
  },
  getElem: (env, e) => {
    const v = env.arena.u32[e >>> 2];
    assert.equal(env.arena.u8[e + 128], v & 0xff);
    return v;
  },
  elemMod: 2 ** 32,
};

interface Entry<K> {
  key: K;
  val: number;
}

/**
 * Runs ops random operations on a map of codec's type and on the model,
 * checking every result; iterations check Go's rules for entries changed
 * during the iteration.
 */
function differential<K>(env: Env, codec: Codec<K>, ops: number, seed: number): void {
  const { arena, maps } = env;
  const t = env.d(codec.map);
  const r = rng(seed);
  const kp = arena.alloc(Math.max(codec.keySize, 8) + 8);
  const it = arena.alloc(HITER_SIZE);
  let m = maps.makemap(t, r() < 0.5 ? 0 : Math.floor(r() * 1000));
  let model = new Map<string, Entry<K>>();
  let nans: Entry<K>[] = [];
  let counter = 1;
  let range = 64;
  const len = () => model.size + nans.length;
  /** During an iteration: the model keys deleted since it began. */
  let deletedInIter: Set<string> | null = null;

  const assign = (k: K) => {
    codec.write(env, k, kp);
    const e = maps.assign(t, m, kp);
    const v = counter++ % codec.elemMod;
    codec.setElem(env, e, v);
    const c = codec.canon(k);
    if (c === null) nans.push({ key: k, val: v });
    else model.set(c, { key: k, val: v });
  };
  const del = (k: K) => {
    codec.write(env, k, kp);
    maps.delete(t, m, kp);
    const c = codec.canon(k);
    if (c !== null && model.delete(c)) deletedInIter?.add(c);
  };
  const lookup = (k: K) => {
    codec.write(env, k, kp);
    const e = maps.access2(t, m, kp);
    const c = codec.canon(k);
    const want = c === null ? undefined : model.get(c);
    if (want === undefined) {
      assert.equal(e, 0, `lookup of absent key ${c}`);
      const z = maps.access1(t, m, kp);
      assert.equal(codec.getElem(env, z), 0);
    } else {
      assert.notEqual(e, 0, `lookup of present key ${c}`);
      assert.equal(codec.getElem(env, e), want.val);
      assert.equal(maps.access1(t, m, kp), e);
    }
  };

  /** A full iteration, mutating as it goes with probability pm per produced entry. */
  const iterate = (pm: number) => {
    const start = new Set(model.keys());
    const startNaNs = nans.length;
    const deleted = new Set<string>(); // deleted at some point during the iteration
    deletedInIter = deleted;
    const live = [...model.values()]; // candidates for deleting entries of the map
    const seen = new Set<string>();
    let nanSeen = 0;
    maps.iterInit(t, m, it);
    for (let steps = 0; arena.u32[(it + HITER_KEY) >>> 2] !== 0; steps++) {
      const kaddr = arena.u32[(it + HITER_KEY) >>> 2];
      const eaddr = arena.u32[(it + HITER_ELEM) >>> 2];
      const k = codec.read(env, kaddr);
      const c = codec.canon(k);
      const val = codec.getElem(env, eaddr);
      if (c === null) {
        nanSeen++;
        assert.ok(nans.some((n) => n.val === val), "a NaN entry's elem");
      } else {
        const cur = model.get(c);
        assert.ok(cur !== undefined, `produced key ${c} is in the map`);
        assert.equal(val, cur.val, `elem of ${c}`);
        assert.ok(!seen.has(c) || deleted.has(c), `key ${c} produced twice`);
        seen.add(c);
      }
      if (r() < pm) {
        const x = r();
        if (x < 0.45) del(codec.gen(r, range));
        else if (x < 0.55 && live.length > 0) {
          // Delete an entry of the map (likely not reached yet).
          del(live[Math.floor(r() * live.length)].key);
        } else assign(codec.gen(r, range));
      }
      maps.iterNext(it);
      assert.ok(steps <= 4 * (start.size + startNaNs) + 100000, "iteration ends");
    }
    deletedInIter = null;
    for (const s of start) if (!deleted.has(s) && model.has(s)) assert.ok(seen.has(s), `key ${s} present throughout was produced`);
    assert.ok(nanSeen <= nans.length);
    if (pm === 0) assert.equal(nanSeen, nans.length, "every NaN entry is produced");
  };

  for (let op = 0; op < ops; op++) {
    const x = r();
    if (op % 20000 === 0) range = Math.min(range * 2, 1 << 20);
    if (x < 0.45) assign(codec.gen(r, range));
    else if (x < 0.7) lookup(codec.gen(r, range));
    else if (x < 0.9) del(codec.gen(r, range));
    else if (x < 0.9004) {
      // A full iteration, sometimes with mutations during it.
      iterate(r() < 0.5 ? 0 : 0.3);
    } else if (x < 0.90045) {
      maps.clear(t, m);
      model = new Map();
      nans = [];
      maps.iterInit(t, m, it);
      assert.equal(arena.u32[(it + HITER_KEY) >>> 2], 0, "a cleared map iterates nothing");
    } else if (x < 0.9005) {
      m = maps.makemap(t, Math.floor(r() * 5000));
      model = new Map();
      nans = [];
    } else {
      lookup(codec.gen(r, range));
    }
    if (op % 997 === 0) assert.equal(maps.len(m), len());
  }
  assert.equal(maps.len(m), len());
  iterate(0);
}

test("map[int]int against a model", () => {
  const env = setup();
  differential(env, intCodec, OPS, 1);
});

test("map[string]int against a model", () => {
  const env = setup();
  differential(env, strCodec, OPS, 2);
});

test("map[int32]int8 against a model", () => {
  const env = setup();
  differential(env, i32Codec, OPS / 2, 3);
});

test("map[float64]int (±0, NaN) against a model", () => {
  const env = setup();
  differential(env, f64Codec, OPS / 2, 4);
});

test("map[struct{int8; string; float32}]int against a model", () => {
  const env = setup();
  differential(env, structCodec, OPS / 2, 5);
});

test("map[any]int against a model", () => {
  const env = setup();
  differential(env, anyCodec(env), OPS / 2, 6);
});

test("map[[200]byte]int and map[int][129]byte (indirect keys and elems)", () => {
  const env = setup();
  differential(env, bigKeyCodec, OPS / 4, 7);
  differential(env, bigElemCodec, OPS / 4, 8);
});

test("growth during iteration, many times", () => {
  // Small maps growing while iterated: every iteration sees a growth in progress.
  for (let s = 0; s < 300; s++) {
    const env = setup();
    const { arena, maps } = env;
    const t = env.d("mInt");
    const r = rng(1000 + s);
    const kp = arena.alloc(8);
    const it = arena.alloc(HITER_SIZE);
    const m = maps.makemap(t, 0);
    const model = new Map<number, number>();
    const n0 = 5 + Math.floor(r() * 200);
    const put = (k: number) => {
      arena.u32[kp >>> 2] = k;
      arena.u32[(kp >>> 2) + 1] = 0;
      arena.u32[maps.assign(t, m, kp) >>> 2] = k + 1;
      model.set(k, k + 1);
    };
    for (let i = 0; i < n0; i++) put(i);
    const start = new Set(model.keys());
    const deleted = new Set<number>();
    const seen = new Set<number>();
    maps.iterInit(t, m, it);
    while (arena.u32[(it + HITER_KEY) >>> 2] !== 0) {
      const k = arena.u32[arena.u32[(it + HITER_KEY) >>> 2] >>> 2];
      assert.ok(model.has(k) && !seen.has(k));
      assert.equal(arena.u32[arena.u32[(it + HITER_ELEM) >>> 2] >>> 2], k + 1);
      seen.add(k);
      for (let j = 0; j < 3; j++) put(100000 + Math.floor(r() * 1e6));
      if (r() < 0.3) {
        const victim = Math.floor(r() * n0);
        arena.u32[kp >>> 2] = victim;
        maps.delete(t, m, kp);
        model.delete(victim);
        deleted.add(victim);
      }
      maps.iterNext(it);
    }
    for (const k of start) if (!deleted.has(k)) assert.ok(seen.has(k), `key ${k} produced`);
    assert.equal(maps.len(m), model.size);
  }
});

test("iteration that starts while the map is growing", () => {
  // Fill until a growth has just begun, then range: the iterator walks the
  // new table size and must take each old bucket's entries for one half only.
  for (const [name, gen] of [
    ["mInt", (i: number) => i * 7 + 1],
    ["mF64", (i: number) => (i % 50 === 0 ? NaN : i / 2)],
  ] as const) {
    for (let target = 9; target < 3000; target = Math.ceil(target * 1.3)) {
      const env = setup();
      const { arena, maps } = env;
      const t = env.d(name);
      const kp = arena.alloc(8);
      const it = arena.alloc(HITER_SIZE);
      const m = maps.makemap(t, 0);
      let n = 0;
      const put = (i: number) => {
        if (name === "mInt") {
          arena.u32[kp >>> 2] = gen(i);
          arena.u32[(kp >>> 2) + 1] = 0;
        } else arena.f64[kp >>> 3] = gen(i);
        arena.u32[maps.assign(t, m, kp) >>> 2] = i + 1;
      };
      while (n < target || arena.u32[(m + HMAP_OLDBUCKETS) >>> 2] === 0) put(n++);
      for (const mutate of [false, true]) {
        const seen = new Set<number>();
        let count = 0;
        for (maps.iterInit(t, m, it); arena.u32[(it + HITER_KEY) >>> 2] !== 0; maps.iterNext(it)) {
          const v = arena.u32[arena.u32[(it + HITER_ELEM) >>> 2] >>> 2];
          assert.ok(!seen.has(v), `entry ${v} produced twice`);
          seen.add(v);
          count++;
          if (mutate) put(n++);
        }
        if (!mutate) assert.equal(count, n);
        else assert.ok(count >= seen.size);
      }
      assert.equal(maps.len(m), n);
    }
  }
});

test("same-size growth: a sliding window of keys", () => {
  // Inserting new keys while deleting old ones keeps the count small but
  // fills chains with overflow buckets: the table is rebuilt at its size.
  for (const W of [10, 100, 700]) {
    const env = setup();
    const { arena, maps } = env;
    const t = env.d("mInt");
    const kp = arena.alloc(8);
    const it = arena.alloc(HITER_SIZE);
    const m = maps.makemap(t, 0);
    const key = (k: number) => {
      arena.u32[kp >>> 2] = k;
      arena.u32[(kp >>> 2) + 1] = 0;
      return kp;
    };
    for (let i = 0; i < 60000; i++) {
      arena.u32[maps.assign(t, m, key(i)) >>> 2] = i ^ 0x5555;
      if (i >= W) maps.delete(t, m, key(i - W));
      if (i % 101 === 0) {
        if (i >= W) assert.equal(maps.access2(t, m, key(i - W)), 0);
        const lo = Math.max(0, i - W + 1);
        const k = lo + ((i * 31) % (i - lo + 1));
        assert.equal(arena.u32[maps.access2(t, m, key(k)) >>> 2], k ^ 0x5555);
      }
      if (i % 5003 === 0) {
        const seen = new Set<number>();
        for (maps.iterInit(t, m, it); arena.u32[(it + HITER_KEY) >>> 2] !== 0; maps.iterNext(it)) {
          const k = arena.u32[arena.u32[(it + HITER_KEY) >>> 2] >>> 2];
          assert.ok(!seen.has(k));
          seen.add(k);
          assert.equal(arena.u32[arena.u32[(it + HITER_ELEM) >>> 2] >>> 2], k ^ 0x5555);
        }
        assert.equal(seen.size, Math.min(i + 1, W));
      }
    }
    assert.equal(maps.len(m), W);
  }
});

test("NaN keys: each insert is new, never found, produced by range, removed by clear", () => {
  const env = setup();
  const { arena, maps } = env;
  const t = env.d("mF64");
  const kp = arena.alloc(8);
  const it = arena.alloc(HITER_SIZE);
  const m = maps.makemap(t, 0);
  for (let i = 0; i < 100; i++) {
    arena.f64[kp >>> 3] = NaN;
    arena.u32[maps.assign(t, m, kp) >>> 2] = i;
  }
  assert.equal(maps.len(m), 100);
  arena.f64[kp >>> 3] = NaN;
  assert.equal(maps.access2(t, m, kp), 0);
  maps.delete(t, m, kp);
  assert.equal(maps.len(m), 100);
  let n = 0;
  const vals = new Set<number>();
  for (maps.iterInit(t, m, it); arena.u32[(it + HITER_KEY) >>> 2] !== 0; maps.iterNext(it)) {
    assert.ok(Number.isNaN(arena.f64[arena.u32[(it + HITER_KEY) >>> 2] >>> 3]));
    vals.add(arena.u32[arena.u32[(it + HITER_ELEM) >>> 2] >>> 2]);
    n++;
  }
  assert.equal(n, 100);
  assert.equal(vals.size, 100);
  // +0 and -0 are one key; the stored key is updated to the last one written.
  arena.f64[kp >>> 3] = 0;
  arena.u32[maps.assign(t, m, kp) >>> 2] = 1;
  arena.f64[kp >>> 3] = -0;
  arena.u32[maps.assign(t, m, kp) >>> 2] = 2;
  assert.equal(maps.len(m), 101);
  arena.f64[kp >>> 3] = 0;
  assert.equal(arena.u32[maps.access2(t, m, kp) >>> 2], 2);
  let zeros = 0;
  for (maps.iterInit(t, m, it); arena.u32[(it + HITER_KEY) >>> 2] !== 0; maps.iterNext(it)) {
    const k = arena.f64[arena.u32[(it + HITER_KEY) >>> 2] >>> 3];
    if (k === 0) {
      zeros++;
      assert.ok(Object.is(k, -0), "the key was replaced by -0 (NeedKeyUpdate)");
    }
  }
  assert.equal(zeros, 1);
  maps.clear(t, m);
  assert.equal(maps.len(m), 0);
  maps.iterInit(t, m, it);
  assert.equal(arena.u32[(it + HITER_KEY) >>> 2], 0);
});

test("clear during iteration stops it; inserting after clear works", () => {
  const env = setup();
  const { arena, maps } = env;
  const t = env.d("mInt");
  const kp = arena.alloc(8);
  const it = arena.alloc(HITER_SIZE);
  const m = maps.makemap(t, 0);
  const put = (k: number) => {
    arena.u32[kp >>> 2] = k;
    arena.u32[maps.assign(t, m, kp) >>> 2] = k;
  };
  for (let i = 0; i < 1000; i++) put(i);
  maps.iterInit(t, m, it);
  maps.iterNext(it);
  maps.clear(t, m);
  maps.iterNext(it);
  assert.equal(arena.u32[(it + HITER_KEY) >>> 2], 0);
  for (let i = 0; i < 50; i++) put(i * 3);
  assert.equal(maps.len(m), 50);
  arena.u32[kp >>> 2] = 30;
  assert.equal(arena.u32[maps.access2(t, m, kp) >>> 2], 30);
});

test("nil maps, zero-size keys, large elems and hints", () => {
  const env = setup();
  const { arena, maps } = env;
  const it = arena.alloc(HITER_SIZE);
  const kp = arena.alloc(16);
  const tInt = env.d("mInt");
  // nil map: reads see zero values, range sees nothing, writes panic.
  assert.equal(maps.len(0), 0);
  assert.equal(maps.access2(tInt, 0, kp), 0);
  assert.equal(arena.u32[maps.access1(tInt, 0, kp) >>> 2], 0);
  maps.delete(tInt, 0, kp);
  maps.iterInit(tInt, 0, it);
  assert.equal(arena.u32[(it + HITER_KEY) >>> 2], 0);
  assert.throws(
    () => maps.assign(tInt, 0, kp),
    (e: unknown) => e instanceof GoPanic && e.text === "assignment to entry in nil map",
  );
  // Unhashable interface keys panic even on nil and empty maps.
  const tAny = env.d("mAny");
  arena.u32[kp >>> 2] = env.d("sl");
  arena.u32[(kp + 8) >>> 2] = arena.alloc(24);
  const unhashable = (e: unknown) => e instanceof GoPanic && e.text === "runtime error: hash of unhashable type []int";
  assert.throws(() => maps.access2(tAny, 0, kp), unhashable);
  assert.throws(() => maps.delete(tAny, 0, kp), unhashable);
  const ma = maps.makemap(tAny, 0);
  assert.throws(() => maps.assign(tAny, ma, kp), unhashable);
  assert.throws(() => maps.access1(tAny, ma, kp), unhashable);
  assert.equal(maps.len(ma), 0);

  // map[struct{}]struct{}: one key.
  const tz = env.d("mZero");
  const mz = maps.makemap(tz, 0);
  for (let i = 0; i < 10; i++) maps.assign(tz, mz, kp);
  assert.equal(maps.len(mz), 1);
  assert.notEqual(maps.access2(tz, mz, kp), 0);
  maps.iterInit(tz, mz, it);
  assert.notEqual(arena.u32[(it + HITER_KEY) >>> 2], 0);
  maps.iterNext(it);
  assert.equal(arena.u32[(it + HITER_KEY) >>> 2], 0);
  maps.delete(tz, mz, kp);
  assert.equal(maps.len(mz), 0);

  // Missing keys of a map with a 2000-byte elem read a zero block that large.
  const th = env.d("mHuge");
  const mh = maps.makemap(th, 0);
  arena.u32[kp >>> 2] = 1;
  const e = maps.assign(th, mh, kp);
  arena.u8.fill(7, e, e + 2000);
  arena.u32[kp >>> 2] = 2;
  const z = maps.access1(th, mh, kp);
  assert.ok(arena.u8.subarray(z, z + 2000).every((b) => b === 0));

  // A hint sizes the table like makemap: 1e6 entries fit in 2^18 buckets without growing.
  const mbig = maps.makemap(tInt, 1e6);
  assert.equal(arena.u8[mbig + HMAP_B], 18);
  for (let i = 0; i < 1e6; i++) {
    arena.u32[kp >>> 2] = i * 2654435761;
    maps.assign(tInt, mbig, kp);
  }
  assert.equal(arena.u8[mbig + HMAP_B], 18);
  assert.equal(arena.u32[(mbig + HMAP_OLDBUCKETS) >>> 2], 0);
  assert.equal(maps.len(mbig), 1e6);
  // A hint too large to allocate is ignored, as in Go.
  const mh2 = maps.makemap(tInt, 2 ** 40);
  assert.equal(arena.u8[mh2 + HMAP_B], 0);
  // makemap's B for small hints matches Go's overLoadFactor.
  for (const [hint, B] of [[0, 0], [8, 0], [9, 1], [13, 1], [14, 2], [26, 2], [27, 3], [53, 4]]) {
    assert.equal(arena.u8[maps.makemap(tInt, hint) + HMAP_B], B, `hint ${hint}`);
  }
});

test("iteration order is random", () => {
  const env = setup();
  const { arena, maps } = env;
  const t = env.d("mInt");
  const kp = arena.alloc(8);
  const it = arena.alloc(HITER_SIZE);
  const m = maps.makemap(t, 0);
  for (let i = 0; i < 20; i++) {
    arena.u32[kp >>> 2] = i;
    maps.assign(t, m, kp);
  }
  const firsts = new Set<number>();
  const orders = new Set<string>();
  for (let r = 0; r < 200; r++) {
    const order: number[] = [];
    for (maps.iterInit(t, m, it); arena.u32[(it + HITER_KEY) >>> 2] !== 0; maps.iterNext(it)) order.push(arena.u32[arena.u32[(it + HITER_KEY) >>> 2] >>> 2]);
    assert.equal(order.length, 20);
    firsts.add(order[0]);
    orders.add(order.join(","));
  }
  assert.ok(firsts.size >= 8, `first keys vary (${firsts.size})`);
  assert.ok(orders.size >= 8);
});
