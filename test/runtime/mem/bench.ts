// Micro-benchmark of the allocator's hot paths (not a test: it only runs
// when started directly, `node build/test/runtime/mem/bench.js [N]`).
// Each case runs on a fresh heap several times; the figures are medians
// (and minimums) of CPU time per call, since the machine may be shared.

import { Arena } from "../../../src/runtime/mem/arena.js";
import { Heap } from "../../../src/runtime/mem/heap.js";

const reps = 7;

/** CPU and wall nanoseconds per call of one run of body over n iterations. */
function measure(n: number, body: (h: Heap, n: number) => number): { cpu: number; wall: number } {
  const h = new Heap(new Arena(1 << 20, 2 ** 32));
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const sink = body(h, n);
  const wall = Number(process.hrtime.bigint() - t0) / n;
  const c = process.cpuUsage(c0);
  if (sink === -1) console.log("");
  return { cpu: ((c.user + c.system) * 1000) / n, wall };
}

function report(name: string, n: number, body: (h: Heap, n: number) => number): void {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < reps; r++) {
    const m = measure(n, body);
    cpu.push(m.cpu);
    wall.push(m.wall);
  }
  cpu.sort((a, b) => a - b);
  wall.sort((a, b) => a - b);
  const mid = reps >> 1;
  console.log(
    `${name.padEnd(28)} cpu median ${cpu[mid].toFixed(1).padStart(5)} ns (min ${cpu[0].toFixed(1)})   wall median ${wall[mid].toFixed(1).padStart(5)} ns (min ${wall[0].toFixed(1)})`,
  );
}

if (!process.env.NODE_TEST_CONTEXT) {
  const n = Number(process.argv[2] ?? 1e7);
  console.log(`${n} calls per run, ${reps} runs per case`);
  report("malloc(24, false)", n, (h, n) => {
    let x = 0;
    for (let i = 0; i < n; i++) x ^= h.malloc(24, false);
    return x;
  });
  report("malloc(8, true)  [tiny]", n, (h, n) => {
    let x = 0;
    for (let i = 0; i < n; i++) x ^= h.malloc(8, true);
    return x;
  });
  report("malloc(64, true)", n, (h, n) => {
    let x = 0;
    for (let i = 0; i < n; i++) x ^= h.malloc(64, true);
    return x;
  });
  report("malloc(1000, false) [header]", n / 10, (h, n) => {
    let x = 0;
    for (let i = 0; i < n; i++) x ^= h.malloc(1000, false);
    return x;
  });
  report("allocStack+freeStack(2048)", n, (h, n) => {
    let x = 0;
    for (let i = 0; i < n; i++) {
      const s = h.allocStack(2048, false);
      h.freeStack(s, 2048);
      x ^= s;
    }
    return x;
  });
}
