// runtime and runtime/debug natives.
//
// Until the scheduler and the collector exist: one goroutine (NumGoroutine
// 1, Gosched returns at once, Goexit is a fatal error), GC is a no-op and
// finalizers are checked as Go checks them but never run. Caller, Callers
// and stack report nothing (ok false, 0, "") until the VM keeps pc tables.

import { availableParallelism } from "node:os";
import type { Runtime } from "../../runtime/rt.js";
import type { HeapStats } from "../../runtime/mem/heap.js";
import { classToSize } from "../../runtime/mem/sizeclasses.js";
import * as abi from "../../runtime/abi.js";
import { GoFatal } from "../../vm/panic.js";
import { def } from "./args.js";

// runtime.MemStats field offsets (gc's layout, checked against Go 1.23).
const MS = {
  Alloc: 0,
  TotalAlloc: 8,
  Sys: 16,
  Lookups: 24,
  Mallocs: 32,
  Frees: 40,
  HeapAlloc: 48,
  HeapSys: 56,
  HeapIdle: 64,
  HeapInuse: 72,
  HeapReleased: 80,
  HeapObjects: 88,
  StackInuse: 96,
  StackSys: 104,
  MSpanInuse: 112,
  MSpanSys: 120,
  MCacheInuse: 128,
  MCacheSys: 136,
  BuckHashSys: 144,
  GCSys: 152,
  OtherSys: 160,
  NextGC: 168,
  LastGC: 176,
  PauseTotalNs: 184,
  PauseNs: 192,
  PauseEnd: 2240,
  NumGC: 4288,
  NumForcedGC: 4292,
  GCCPUFraction: 4296,
  EnableGC: 4304,
  DebugGC: 4305,
  BySize: 4312,
  size: 5776,
} as const;

/** The initial heap goal (GOGC=100 over the 4 MB minimum heap). */
const minHeapGoal = 4 << 20;

function envInt(name: string, dflt: number): number {
  const v = process.env[name];
  if (v === undefined || v === "") return dflt;
  if (v === "off") return -1;
  const n = Number(v);
  return Number.isInteger(n) ? n : dflt;
}

export function registerRuntime(rt: Runtime): void {
  const { u8, u32 } = rt.v;

  def(rt, "runtime.GC", () => {});
  def(rt, "runtime.Gosched", () => {});
  def(rt, "runtime.Goexit", () => {
    throw new GoFatal("runtime.Goexit is not supported by gots yet (there is no goroutine scheduler)");
  });
  def(rt, "runtime.Breakpoint", () => {
    throw new GoFatal("SIGTRAP: trace trap (runtime.Breakpoint)");
  });
  def(rt, "runtime.NumGoroutine", (a) => void a.results().setInt(1));
  const ncpu = availableParallelism();
  let maxprocs = ncpu;
  {
    const n = envInt("GOMAXPROCS", 0);
    if (n > 0) maxprocs = Math.min(n, 1024); // as schedinit: at most _MaxGomaxprocs
  }
  def(rt, "runtime.GOMAXPROCS", (a) => {
    const n = a.num();
    const prev = maxprocs;
    if (n > 0) maxprocs = n;
    a.results().setInt(prev);
  });
  def(rt, "runtime.NumCPU", (a) => void a.results().setInt(ncpu));
  def(rt, "runtime.LockOSThread", () => {});
  def(rt, "runtime.UnlockOSThread", () => {});
  def(rt, "runtime.KeepAlive", () => {});

  // SetFinalizer(obj any, finalizer any): Go's checks (each a fatal error), then nothing to record.
  def(rt, "runtime.SetFinalizer", (a) => {
    const [et, data] = a.iface();
    const [ft] = a.iface();
    const str = (t: number): string => rt.types?.typeString(t) ?? "?";
    if (et === 0) throw new GoFatal("runtime.SetFinalizer: first argument is nil");
    if (abi.typeKind(rt.v, et) !== abi.Kind.Pointer) throw new GoFatal(`runtime.SetFinalizer: first argument is ${str(et)}, not pointer`);
    if (data === 0) throw new GoFatal("runtime.SetFinalizer: pointer not in allocated block");
    if (ft === 0) return;
    if (abi.typeKind(rt.v, ft) !== abi.Kind.Func) throw new GoFatal(`runtime.SetFinalizer: second argument is ${str(ft)}, not a function`);
    if (abi.funcVariadic(rt.v, ft)) throw new GoFatal(`runtime.SetFinalizer: cannot pass ${str(et)} to finalizer ${str(ft)} because dotdotdot`);
    if (abi.funcInCount(rt.v, ft) !== 1) throw new GoFatal(`runtime.SetFinalizer: cannot pass ${str(et)} to finalizer ${str(ft)}`);
  });

  def(rt, "runtime.ReadMemStats", (a) => {
    const m = a.ptr();
    if (m === 0) throw new GoFatal("runtime: ReadMemStats of nil");
    u8.fill(0, m, m + MS.size);
    const h = rt.heap as unknown as { stats?: HeapStats };
    const s: Partial<HeapStats> = h.stats ?? {};
    const put = (off: number, v: number | undefined): void => {
      const x = Math.max(0, Math.floor(v ?? 0));
      u32[(m + off) >> 2] = x % 4294967296;
      u32[((m + off) >> 2) + 1] = Math.floor(x / 4294967296);
    };
    put(MS.Alloc, s.Alloc);
    put(MS.TotalAlloc, s.TotalAlloc);
    put(MS.Sys, s.Sys);
    put(MS.Mallocs, s.Mallocs);
    put(MS.Frees, s.Frees);
    put(MS.HeapAlloc, s.HeapAlloc);
    put(MS.HeapSys, s.HeapSys);
    put(MS.HeapIdle, s.HeapIdle);
    put(MS.HeapInuse, s.HeapInuse);
    put(MS.HeapReleased, s.HeapReleased);
    put(MS.HeapObjects, s.HeapObjects);
    put(MS.StackInuse, s.StackInuse);
    put(MS.StackSys, s.StackSys);
    put(MS.MSpanInuse, s.MSpanInuse);
    put(MS.MSpanSys, s.MSpanSys);
    put(MS.OtherSys, s.OtherSys);
    // No collection has run: the goal is still the initial one.
    put(MS.NextGC, gcPercent < 0 ? 0 : minHeapGoal);
    u8[m + MS.EnableGC] = 1;
    for (let i = 0; i < 61; i++) u32[(m + MS.BySize + 24 * i) >> 2] = classToSize[i];
  });

  // Tracebacks: not yet (the VM keeps no pc tables).
  def(rt, "runtime.Caller", (a) => {
    a.num();
    a.results().setInt(0).setStr("").setInt(0).setBool(false);
  });
  def(rt, "runtime.Callers", (a) => void a.results().setInt(0));
  def(rt, "runtime.funcInfo", (a) => {
    a.num();
    a.results().setStr("").setInt(0).setBool(false);
  });
  def(rt, "runtime.funcFileLine", (a) => {
    a.num();
    a.results().setStr("").setInt(0);
  });
  def(rt, "runtime.stack", (a) => {
    a.bool();
    a.results().setStr("");
  });
  def(rt, "runtime.GOROOT", (a) => {
    const g = process.env.GOROOT;
    a.results().setStr(g !== undefined && g !== "" ? Buffer.from(g, "utf8").toString("latin1") : "/usr/local/go");
  });

  // runtime/debug: settings are stored and reported back.
  let gcPercent = envInt("GOGC", 100);
  let memoryLimit: number | bigint = 9223372036854775807n;
  let maxStack = 1000000000;
  let maxThreads = 10000;
  let panicOnFault = false;
  let traceback = process.env.GOTRACEBACK ?? "single";
  let crashFD = -1;
  def(rt, "runtime/debug.setGCPercent", (a) => {
    const n = a.num();
    const prev = gcPercent;
    gcPercent = n < 0 ? -1 : n;
    a.results().setInt(prev);
  });
  def(rt, "runtime/debug.setMemoryLimit", (a) => {
    const n = a.int();
    const prev = memoryLimit;
    if (n >= 0) memoryLimit = n;
    a.results().setInt(prev);
  });
  def(rt, "runtime/debug.freeOSMemory", () => {});
  def(rt, "runtime/debug.setMaxStack", (a) => {
    const n = a.num();
    const prev = maxStack;
    maxStack = n;
    a.results().setInt(prev);
  });
  def(rt, "runtime/debug.setMaxThreads", (a) => {
    const n = a.num();
    const prev = maxThreads;
    maxThreads = n;
    a.results().setInt(prev);
  });
  def(rt, "runtime/debug.setPanicOnFault", (a) => {
    const v = a.bool();
    const prev = panicOnFault;
    panicOnFault = v;
    a.results().setBool(prev);
  });
  def(rt, "runtime/debug.setTraceback", (a) => {
    traceback = a.str();
  });
  def(rt, "runtime/debug.writeHeapDump", () => {});
  def(rt, "runtime/debug.setCrashFD", (a) => {
    crashFD = a.num();
  });
  def(rt, "runtime/debug.modinfo", (a) => void a.results().setStr(""));
  void traceback;
  void crashFD;
}
