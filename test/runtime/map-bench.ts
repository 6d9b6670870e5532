// Map benchmark: ns per insert and per lookup for map[int]int and
// map[string]int growing to a million entries (no size hint), as Go's
// mapassign_fast64/faststr and mapaccess1 paths. Runs only when asked:
//
//   GOTS_BENCH=1 node build/test/runtime/map-bench.js [rounds]
//
// Times are CPU time (process.cpuUsage), the minimum over the rounds, so a
// busy machine distorts them less; memory comes from the size-class heap
// (src/runtime/mem/heap.ts) over an arena reserved whole, as the VM does.
// Compare with the same loops in Go (see the end of this file).

import { Arena } from "../../src/runtime/mem/arena.js";
import { Heap } from "../../src/runtime/mem/heap.js";
import { TypeDescs } from "../../src/codegen/typedesc.js";
import { Algs } from "../../src/runtime/alg.js";
import { Maps } from "../../src/runtime/map/hashmap.js";
import { Views } from "../../src/runtime/views.js";
import { checkGo, typeOf } from "./helpers.js";

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function run(rounds: number): void {
  const N = 1_000_000;
  const size = 2 ** 31 - 65536;
  const arena = new Arena(size, size);
  const heap = new Heap(arena);
  const alloc = (n: number, noscan: boolean) => heap.malloc(n, noscan);
  const pkg = checkGo("package main\nvar (\n\tmi map[int]int\n\tms map[string]int\n)\n");
  const descs = new TypeDescs(arena, alloc, () => 0);
  const algs = new Algs(arena);
  const maps = new Maps(arena, alloc, algs);
  const v = Views.of(arena);
  const tI = descs.desc(typeOf(pkg, "mi"));
  const tS = descs.desc(typeOf(pkg, "ms"));
  const key = alloc(16, true);
  // The string keys "key0".."key999999", made once (as Go's benchmark does with strconv.Itoa).
  const strs = alloc(16 * N, false);
  for (let i = 0; i < N; i++) {
    const s = "key" + i;
    const p = alloc(s.length, true);
    v.sync();
    for (let j = 0; j < s.length; j++) v.u8[p + j] = s.charCodeAt(j);
    v.u32[(strs + 16 * i) >>> 2] = p;
    v.u32[(strs + 16 * i + 8) >>> 2] = s.length;
  }
  const best: Record<string, number> = {};
  const note = (name: string, ns: number) => {
    best[name] = Math.min(best[name] ?? Infinity, ns);
  };
  for (let r = 0; r < rounds; r++) {
    let m = maps.makemap(tI, 0);
    let t0 = cpuMs();
    for (let i = 0; i < N; i++) {
      v.u32[key >>> 2] = (i * 7919) >>> 0;
      v.u32[(key >>> 2) + 1] = 0;
      const e = maps.assign(tI, m, key);
      v.u32[e >>> 2] = i;
    }
    let t1 = cpuMs();
    let sum = 0;
    for (let i = 0; i < N; i++) {
      v.u32[key >>> 2] = (i * 7919) >>> 0;
      sum += v.u32[maps.access1(tI, m, key) >>> 2];
    }
    let t2 = cpuMs();
    if (sum !== (N * (N - 1)) / 2) throw new Error("map[int]int: wrong sum");
    note("map[int]int insert", ((t1 - t0) * 1e6) / N);
    note("map[int]int lookup", ((t2 - t1) * 1e6) / N);

    m = maps.makemap(tS, 0);
    t0 = cpuMs();
    for (let i = 0; i < N; i++) {
      const e = maps.assign(tS, m, strs + 16 * i);
      v.u32[e >>> 2] = i;
    }
    t1 = cpuMs();
    sum = 0;
    for (let i = 0; i < N; i++) sum += v.u32[maps.access1(tS, m, strs + 16 * i) >>> 2];
    t2 = cpuMs();
    if (sum !== (N * (N - 1)) / 2) throw new Error("map[string]int: wrong sum");
    note("map[string]int insert", ((t1 - t0) * 1e6) / N);
    note("map[string]int lookup", ((t2 - t1) * 1e6) / N);
  }
  for (const [name, ns] of Object.entries(best)) console.log(`${name.padEnd(24)} ${ns.toFixed(1)} ns/op`);
}

if (process.env.GOTS_BENCH) run(Number(process.argv[2] ?? 5));

// The Go side (go run with GOGC=off, CPU time from getrusage):
//
//   m := map[int]int{}
//   for i := 0; i < N; i++ { m[i*7919] = i }            // insert
//   for i := 0; i < N; i++ { sum += m[i*7919] }         // lookup
//   ms := map[string]int{}
//   for i := 0; i < N; i++ { ms[keys[i]] = i }          // keys[i] = "key" + strconv.Itoa(i)
//   for i := 0; i < N; i++ { sum += ms[keys[i]] }
