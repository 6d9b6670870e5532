// sync and sync/atomic natives. There is one goroutine for now: atomics are
// plain memory operations (with Go's 32/64-bit wrapping), and a semaphore
// acquire that would block can never be woken, which Go reports as a
// deadlock.

import type { Runtime } from "../../runtime/rt.js";
import { addu64, andu64, makeMem64, oru64 } from "../../runtime/int64.js";
import { GoFatal, GoPanic } from "../../vm/panic.js";

function nilDeref(): never {
  throw new GoPanic("runtime error: invalid memory address or nil pointer dereference", true, true);
}

export function registerSync(rt: Runtime): void {
  const { u8, u32, i32 } = rt.v;
  const { ldu64, st64 } = makeMem64(u32, i32, rt.v.i64);
  const n = rt.natives;

  // semacquire(addr *uint32): addr@0.
  n.set("sync.semacquire", (p) => {
    const a = u32[p >> 2];
    if (a === 0) nilDeref();
    const v = u32[a >> 2];
    if (v > 0) {
      u32[a >> 2] = v - 1;
      return;
    }
    throw new GoFatal("all goroutines are asleep - deadlock!");
  });
  n.set("sync.semrelease", (p) => {
    const a = u32[p >> 2];
    if (a === 0) nilDeref();
    u32[a >> 2] = (u32[a >> 2] + 1) >>> 0;
  });
  // fatal(s string).
  n.set("sync.fatal", (p) => {
    const sp = u32[p >> 2];
    const sn = u32[(p + 8) >> 2];
    throw new GoFatal(sn === 0 ? "" : Buffer.from(u8.buffer, sp, sn).toString("latin1"));
  });
  // registerPoolCleanup(f func()): there is no collector yet, so pools are never cleared.
  n.set("sync.registerPoolCleanup", () => {});

  // sync/atomic ----------------------------------------------------------------
  const P = (p: number): number => {
    const a = u32[p >> 2];
    if (a === 0) nilDeref();
    return a >> 2;
  };
  n.set("sync/atomic.load32", (p) => void (u32[(p + 8) >> 2] = u32[P(p)]));
  n.set("sync/atomic.store32", (p) => void (u32[P(p)] = u32[(p + 8) >> 2]));
  n.set("sync/atomic.xchg32", (p) => {
    const w = P(p);
    const old = u32[w];
    u32[w] = u32[(p + 8) >> 2];
    u32[(p + 16) >> 2] = old;
  });
  // cas32(p, old, new) bool: p@0 old@8 new@12 result@16.
  n.set("sync/atomic.cas32", (p) => {
    const w = P(p);
    const ok = u32[w] === u32[(p + 8) >> 2];
    if (ok) u32[w] = u32[(p + 12) >> 2];
    u8[p + 16] = ok ? 1 : 0;
  });
  n.set("sync/atomic.xadd32", (p) => {
    const w = P(p);
    const v = (u32[w] + u32[(p + 8) >> 2]) >>> 0;
    u32[w] = v;
    u32[(p + 16) >> 2] = v;
  });
  n.set("sync/atomic.and32", (p) => {
    const w = P(p);
    const old = u32[w];
    u32[w] = old & u32[(p + 8) >> 2];
    u32[(p + 16) >> 2] = old;
  });
  n.set("sync/atomic.or32", (p) => {
    const w = P(p);
    const old = u32[w];
    u32[w] = old | u32[(p + 8) >> 2];
    u32[(p + 16) >> 2] = old;
  });

  // 64-bit: values move as two words where no arithmetic is needed.
  const copy64 = (dst: number, src: number): void => {
    u32[dst >> 2] = u32[src >> 2];
    u32[(dst >> 2) + 1] = u32[(src >> 2) + 1];
  };
  n.set("sync/atomic.load64", (p) => copy64(p + 8, P(p) << 2));
  n.set("sync/atomic.store64", (p) => copy64(P(p) << 2, p + 8));
  n.set("sync/atomic.xchg64", (p) => {
    const a = P(p) << 2;
    copy64(p + 16, a);
    copy64(a, p + 8);
  });
  // cas64(p, old, new) bool: p@0 old@8 new@16 result@24.
  n.set("sync/atomic.cas64", (p) => {
    const a = P(p) << 2;
    const ok = u32[a >> 2] === u32[(p + 8) >> 2] && u32[(a >> 2) + 1] === u32[((p + 8) >> 2) + 1];
    if (ok) copy64(a, p + 16);
    u8[p + 24] = ok ? 1 : 0;
  });
  n.set("sync/atomic.xadd64", (p) => {
    const a = P(p) << 2;
    const v = addu64(ldu64(a), ldu64(p + 8));
    st64(a, v);
    st64(p + 16, v);
  });
  n.set("sync/atomic.and64", (p) => {
    const a = P(p) << 2;
    const old = ldu64(a);
    st64(a, andu64(old, ldu64(p + 8)));
    st64(p + 16, old);
  });
  n.set("sync/atomic.or64", (p) => {
    const a = P(p) << 2;
    const old = ldu64(a);
    st64(a, oru64(old, ldu64(p + 8)));
    st64(p + 16, old);
  });
  // Pointers (no collector yet, so no write barrier).
  n.set("sync/atomic.loadp", (p) => copy64(p + 8, P(p) << 2));
  n.set("sync/atomic.storep", (p) => copy64(P(p) << 2, p + 8));
  n.set("sync/atomic.xchgp", (p) => {
    const a = P(p) << 2;
    copy64(p + 16, a);
    copy64(a, p + 8);
  });
  n.set("sync/atomic.casp", (p) => {
    const a = P(p) << 2;
    const ok = u32[a >> 2] === u32[(p + 8) >> 2] && u32[(a >> 2) + 1] === u32[((p + 8) >> 2) + 1];
    if (ok) copy64(a, p + 16);
    u8[p + 24] = ok ? 1 : 0;
  });
}
