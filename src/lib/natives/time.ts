// time natives: the clocks, Sleep and the runtime timers.
//
// The monotonic clock is process.hrtime (nanoseconds, offset so it starts
// at 1s); the wall clock is Date's origin advanced by the same clock
// (syscall.ts wallNanos), so both have nanosecond resolution.
//
// Timers: there is one goroutine and no scheduler yet, so a timer can never
// fire: startTimer records it, stopTimer and resetTimer report whether it
// was pending as Go does, and nothing ever calls its function. When the
// scheduler arrives, it runs the due timers (the records below keep when,
// period, and the function and argument, in heap memory) from its loop.
// Sleep blocks the thread (Atomics.wait), which is exact while nothing else
// can run.

import type { Runtime } from "../../runtime/rt.js";
import { makeMem64 } from "../../runtime/int64.js";
import { flushAll } from "../../runtime/output.js";
import { sleepMs, wallNanos } from "./syscall.js";

const hr0 = process.hrtime.bigint();

/** The monotonic clock in nanoseconds (runtimeNano). */
export function monoNanos(): number {
  return Number(process.hrtime.bigint() - hr0) + 1e9;
}

/** A runtime timer (its handle is the address of a heap block holding f and arg). */
interface Timer {
  when: number;
  period: number;
  /** Armed and not fired: it will run f at when. */
  pending: boolean;
}

export function registerTime(rt: Runtime): void {
  const { u32, i32 } = rt.v;
  const { ld64, st64 } = makeMem64(u32, i32, rt.v.i64);
  const n = rt.natives;

  // now() (sec int64, nsec int32, mono int64): sec@0 nsec@8 mono@16.
  n.set("time.now", (p) => {
    const ns = wallNanos();
    st64(p, Number(ns / 1000000000n));
    i32[(p + 8) >> 2] = Number(ns % 1000000000n);
    st64(p + 16, monoNanos());
  });
  // runtimeNano() int64: @0.
  n.set("time.runtimeNano", (p) => st64(p, monoNanos()));

  // Sleep(d Duration): d@0.
  n.set("time.Sleep", (p) => {
    const d = Number(ld64(p));
    if (!(d > 0)) return;
    // What was printed before the pause should be seen during it.
    flushAll();
    const end = monoNanos() + d;
    for (;;) {
      const left = end - monoNanos();
      if (left <= 0) return;
      sleepMs(left / 1e6);
    }
  });

  const timers = new Map<number, Timer>();
  // startTimer(when, period int64, f func(arg any), arg any) unsafe.Pointer: when@0 period@8 f@16 arg@24 result@40.
  n.set("time.startTimer", (p) => {
    const h = rt.heap.malloc(24, false);
    // The handle's block keeps f and arg reachable: f@0, arg@8.
    u32[h >> 2] = u32[(p + 16) >> 2];
    u32[(h + 8) >> 2] = u32[(p + 24) >> 2];
    u32[(h + 16) >> 2] = u32[(p + 32) >> 2];
    timers.set(h, { when: Number(ld64(p)), period: Number(ld64(p + 8)), pending: true });
    u32[(p + 40) >> 2] = h;
    u32[(p + 44) >> 2] = 0;
  });
  // stopTimer(t unsafe.Pointer) bool: t@0 result@8.
  n.set("time.stopTimer", (p) => {
    const t = timers.get(u32[p >> 2]);
    const was = t !== undefined && t.pending;
    if (t !== undefined) t.pending = false;
    rt.v.u8[p + 8] = was ? 1 : 0;
  });
  // resetTimer(t unsafe.Pointer, when, period int64) bool: t@0 when@8 period@16 result@24.
  n.set("time.resetTimer", (p) => {
    const t = timers.get(u32[p >> 2]);
    const was = t !== undefined && t.pending;
    if (t !== undefined) {
      t.when = Number(ld64(p + 8));
      t.period = Number(ld64(p + 16));
      t.pending = true;
    }
    rt.v.u8[p + 24] = was ? 1 : 0;
  });
}
