// runtime and runtime/debug natives.
//
// Until the scheduler and the collector exist: one goroutine (NumGoroutine
// 1, Gosched returns at once, Goexit is a fatal error), GC is a no-op and
// finalizers are checked as Go checks them but never run. Caller, Callers,
// Stack and FuncForPC walk the VM's frames with its pc tables.

import { availableParallelism } from "node:os";
import { existsSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
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

  // Stack walks (runtime.Caller, Callers, FuncForPC, Stack): frames are found
  // through the call headers (caller code id, resume block), their lines in
  // the functions' pc tables; compiler-made wrappers are left out, as gc
  // elides them. A deferred call made by a panic continues at the
  // panicking frame, after a runtime.gopanic frame; the walk ends at the
  // entry (runtime.main), called by runtime.goexit.
  const pseudo = ["runtime.goexit", "runtime.gopanic", "runtime.Callers"];
  const PSEUDO = 2 ** 30;
  const [GOEXIT, GOPANIC, CALLERS] = pseudo.map((_, i) => PSEUDO + i);
  const walk = (): { code: number; off: number }[] => {
    const fr = rt.frames;
    const f64 = rt.v.f64;
    const out: { code: number; off: number }[] = [];
    const push = (code: number, off: number) => {
      if (!fr.wrappers.has(code)) out.push({ code, off });
    };
    let { fp, code } = rt.site;
    // The site is set by the call just made (callsite); a call through a
    // func value sets none, and finds no frames.
    if (code < 0) return out;
    rt.site.code = -1;
    push(code, rt.site.off);
    let p = rt.g.panic;
    for (;;) {
      const h = (fp - 24) >> 3;
      const caller = f64[h];
      if (caller >= 0) {
        fp = fp - 24 - fr.outs[caller];
        code = caller;
        push(caller, abi.returnPC(f64[h + 1]));
        continue;
      }
      if (caller === -2 && p !== null) {
        out.push({ code: GOPANIC, off: 2 });
        push(p.atCur, fr.panicSite(p.err, p.atCur));
        fp = p.atFp;
        code = p.atCur;
        p = p.link;
        continue;
      }
      if (caller === -1 && code === fr.entry) out.push({ code: GOEXIT, off: 2 });
      return out;
    }
  };
  const codeOf = (pc: number): number => Math.floor(pc / abi.PC_FUNC_SPAN) - 1;
  const nameOf = (code: number): string | null => {
    if (code >= PSEUDO && code < PSEUDO + pseudo.length) return pseudo[code - PSEUDO];
    const f = rt.frames.funcs[code];
    return f === undefined ? null : f.name;
  };
  /** File and line of pc; a return pc's line is the call's, also for pc - 1 (table offsets are even). */
  const fileLine = (pc: number): [string, number] => {
    const code = codeOf(pc);
    const f = rt.frames.funcs[code];
    if (f === undefined) return ["", 0];
    const off = pc - abi.funcPC(code, 0) + (pc & 1);
    return [f.files?.get(off) ?? f.file, f.lines.get(off) ?? 0];
  };
  const goStr = (s: string) => Buffer.from(s, "utf8").toString("latin1");
  def(rt, "runtime.Caller", (a) => {
    const skip = a.num();
    const fr = walk()[skip];
    a.results();
    if (fr === undefined || skip < 0) {
      a.setInt(0).setStr("").setInt(0).setBool(false);
      return;
    }
    const pc = abi.funcPC(fr.code, fr.off);
    const [file, line] = fileLine(pc);
    a.setInt(pc).setStr(goStr(file)).setInt(line).setBool(true);
  });
  def(rt, "runtime.Callers", (a) => {
    const skip = a.num();
    const buf = a.ptr();
    const n = a.num();
    a.num();
    const frames = [{ code: CALLERS, off: 2 }, ...walk()].slice(Math.max(skip, 0), Math.max(skip, 0) + n);
    frames.forEach((fr, i) => {
      const pc = abi.funcPC(fr.code, fr.off);
      rt.v.u32[(buf + 8 * i) >> 2] = pc % 2 ** 32;
      rt.v.u32[((buf + 8 * i) >> 2) + 1] = Math.floor(pc / 2 ** 32);
    });
    a.results().setInt(frames.length);
  });
  def(rt, "runtime.funcInfo", (a) => {
    const pc = a.num();
    const code = codeOf(pc);
    const name = pc > 0 ? nameOf(code) : null;
    a.results();
    if (name === null) a.setStr("").setInt(0).setBool(false);
    else a.setStr(goStr(name)).setInt(abi.funcPC(code, 0)).setBool(true);
  });
  def(rt, "runtime.funcFileLine", (a) => {
    const pc = a.num();
    const [file, line] = fileLine(pc);
    a.results().setStr(goStr(file)).setInt(line);
  });
  // runtime.Stack's traceback, in gc's layout from Stack's caller on (one
  // goroutine): "name(...)" for a function with arguments (their words
  // are not shown), else "name()", then the file and line; runtime frames
  // have no file here.
  def(rt, "runtime.stack", (a) => {
    a.bool();
    let out = "goroutine 1 [running]:\n";
    for (const fr of walk().slice(1)) {
      const name = nameOf(fr.code) ?? "?";
      const [file, line] = fileLine(abi.funcPC(fr.code, fr.off));
      const args = (rt.frames.funcs[fr.code]?.argSize ?? 0) > 0 ? "..." : "";
      out += `${name}(${args})\n\t${file === "" ? "?" : file}:${line} +0x0\n`;
    }
    a.results().setStr(goStr(out));
  });
  def(rt, "runtime.GOROOT", (a) => {
    const g = process.env.GOROOT;
    a.results().setStr(Buffer.from(g !== undefined && g !== "" ? g : defaultGOROOT(), "utf8").toString("latin1"));
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

/**
 * runtime.GOROOT without $GOROOT: gc programs report the GOROOT of the
 * toolchain that linked them (defaultGOROOT). A program run by gots stands
 * in for one built by the go command found in PATH, so it is that go
 * command's tree (bin/go beside src/runtime), else /usr/local/go.
 */
function defaultGOROOT(): string {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir === "" || !existsSync(join(dir, "go"))) continue;
    const goroot = dirname(dirname(realpathSync(join(dir, "go"))));
    if (existsSync(join(goroot, "src", "runtime"))) return goroot;
  }
  return "/usr/local/go";
}
