// The interpreter loop. Each Go function is a generated JS function
// (codegen/jsgen.ts) that runs until it calls or returns; this loop does
// every control transfer between functions, so a goroutine's Go frames live
// only in its stack in the arena and the JS stack never grows with Go call
// depth: a goroutine can be suspended at any call.
//
// A call's header (24 bytes just below the callee's frame) holds the
// caller's code id, the block to resume at and the closure context. The
// caller's frame pointer is not stored: it is the callee's minus the
// header and the caller's outgoing-area offset, so frames hold no absolute
// stack addresses except pointers the frame maps describe, and growing a
// stack is a copy plus fixing those (like copystack + adjustframe).

import type { Program } from "../ir/ir.js";
import { Script } from "node:vm";
import { PANIC_SITE_PC, UNLINKED_CODE } from "../runtime/abi.js";
import { compile, type Compiled, HDR, PREEMPT, RET, safeName } from "../codegen/jsgen.js";
import type { Arena } from "../runtime/mem/arena.js";
import type { PanicRec, Runtime } from "../runtime/rt.js";
import { GoFatal, GoPanic } from "./panic.js";

/** Generated code as an executable image keeps it (see VM.exportCode). */
export interface ImageCode {
  /** The function ids, in the order of the script's array. */
  ids: number[];
  /** A script evaluating to a function of the helpers that returns the functions. */
  text: string;
  /** Per function: out, extent, frame maps and Go lines of body lines (see Compiled). */
  meta: [out: number, extent: number, ptrSpills: [number, number[]][], goLines: [number, number][], bodyLines: number][];
  /** V8's code cache for text. */
  cache: Uint8Array;
}

/** What codes holds for a function not compiled yet (most never are). */
const uncompiled: Compiled = { fn: () => RET, out: 0, extent: Infinity, source: "", body: "", ptrSpills: new Map(), goLines: [], firstLine: 0 };

/** Header mark of a deferred call started by a panic (it returns to the panic loop). */
const PANIC_CALL = -2;
/**
 * Header mark of the entry of a call from a native that continues a deferred
 * call started by a panic (reflect's MakeFunc funcs and method funcs,
 * wrappers in gc): the panic may be recovered there as in a deferred call.
 */
export const PANIC_NESTED_CALL = -3;

/** The program died of a panic no deferred call recovered: the panics, oldest first, for printing. */
export class FatalPanic extends Error {
  constructor(readonly panics: PanicRec[]) {
    super("fatal panic");
  }
}

/** Go's initial goroutine stack (like _StackMin). */
export const stackMin = 2048;
/** Go's maximum stack size on 64-bit systems (runtime.maxstacksize). */
export const maxStack = 1_000_000_000;

/** A goroutine's stack bounds and saved position (the part of G this VM needs so far). */
export interface G {
  lo: number;
  hi: number;
  /** The entry frame's fp (its header sits below it). */
  base: number;
}

export class VM {
  readonly codes: Compiled[] = [];
  private readonly fns: ((fp: number, pc: number) => number)[] = [];
  private readonly outs: number[] = [];
  private readonly extents: number[] = [];
  private readonly exitPcs: number[] = [];

  constructor(
    readonly arena: Arena,
    readonly rt: Runtime,
    readonly allocStack: (size: number) => number,
  ) {}

  private program: Program | null = null;
  private helpers: Record<string, unknown> = {};
  private names: string[] = [];

  /**
   * Takes the program's functions. Each is compiled when first called:
   * until then its extent is Infinity, so the call's stack check takes the
   * slow path, which compiles it (functions made while the program runs,
   * like method adapters for new itabs, arrive the same way).
   */
  load(p: Program): void {
    this.program = p;
    this.helpers = this.rt.helpers();
    this.names = Object.keys(this.helpers);
    this.rt.frames.outs = this.outs;
    this.rt.frames.funcs = p.funcs;
    this.rt.frames.entry = p.entry;
    this.rt.frames.panicSite = (err, code) => this.panicSite(err, code);
    this.rt.callGo = (code, ctx, argSize, setup, panicked) => this.callNested(code, ctx, argSize, setup, panicked);
    this.rt.deferredByPanic = (argp, own) => this.deferredByPanic(argp, own);
    this.sync();
  }

  /**
   * A call of Go code from a native (reflect's Call and MakeFunc): it runs
   * on a stack of its own with deferred calls and panics of its own, so the
   * caller's frames stay where they are. A panic it does not recover
   * continues in the caller, as if the native had raised it. With
   * `panicked`, the call continues a deferred call made by the running
   * panic, which the callee may recover.
   */
  private callNested(code: number, ctx: number, argSize: number, setup: (fp: number) => void, panicked: boolean): number {
    const saved = this.rt.g;
    this.rt.g = { defer: 0, panic: panicked ? saved.panic : null };
    try {
      return this.run(code, setup, ctx, argSize, panicked ? PANIC_NESTED_CALL : -1);
    } catch (e) {
      if (e instanceof FatalPanic) throw e.panics[e.panics.length - 1].err;
      throw e;
    } finally {
      this.rt.g = saved;
    }
  }

  /** Registers functions added to the program since the last call. */
  private sync(): void {
    const p = this.program!;
    for (let i = this.fns.length; i < p.funcs.length; i++) {
      const fn = p.funcs[i];
      this.codes.push(uncompiled);
      this.fns.push(uncompiled.fn);
      this.outs.push(0);
      this.extents.push(Infinity);
      this.exitPcs.push(fn.exitPc);
      if (fn.wrapper) this.rt.frames.wrappers.add(fn.id);
    }
  }

  /** Functions compiled by an earlier run (from an executable image), by id. */
  private readonly precompiled = new Map<number, Compiled>();

  /**
   * The code generated so far, as one script (for an executable image): the
   * functions are parenthesized so that V8 compiles them with the script,
   * and the script's code cache then holds them all.
   */
  exportCode(): ImageCode {
    const ids: number[] = [];
    const parts: string[] = [];
    const meta: ImageCode["meta"] = [];
    this.codes.forEach((c, id) => {
      if (c.body === "") return;
      ids.push(id);
      parts.push(`(function ${safeName(this.program!.funcs[id].name)}(fp, pc) {\n${c.body}\n})`);
      const lines: [number, number][] = [];
      c.goLines.forEach((line, i) => lines.push([i, line]));
      meta.push([c.out, c.extent, [...c.ptrSpills], lines, c.body.split("\n").length]);
    });
    const text = `(function (rt) {\nconst { ${this.names.join(", ")} } = rt;\nreturn [\n${parts.join(",\n")}];\n})`;
    const script = new Script(text, { filename: "gots-image.js" });
    return { ids, text, meta, cache: script.createCachedData() };
  }

  /** Takes the code an earlier run of the same program generated (exportCode): those functions are not generated again. */
  importCode(code: ImageCode): void {
    const script = new Script(code.text, { filename: "gots-image.js", cachedData: code.cache });
    const fns = (script.runInThisContext() as (rt: Record<string, unknown>) => ((fp: number, pc: number) => number)[])(this.helpers);
    // Each function's body starts two lines after the previous one's end
    // (see exportCode): line 5 is the first function's body line 0.
    let firstLine = 5;
    code.ids.forEach((id, i) => {
      const [out, extent, spills, lines, bodyLines] = code.meta[i];
      const goLines: number[] = [];
      for (const [at, line] of lines) goLines[at] = line;
      this.precompiled.set(id, { fn: fns[i], out, extent, source: "", body: "", ptrSpills: new Map(spills), goLines, firstLine });
      firstLine += bodyLines + 2;
    });
  }

  /** Compiles function id (on its first call). */
  private compileOne(id: number): void {
    if (id === UNLINKED_CODE) throw new Error("gots: called a method that was not linked into the executable image");
    if (id >= this.fns.length) this.sync();
    const fn = this.program!.funcs[id];
    const pre = this.precompiled.get(id);
    if (pre === undefined && fn.blocks.length === 0) throw new Error(`gots: function ${fn.name} was called but never lowered`);
    const c = pre ?? compile(fn, this.helpers, this.names);
    if (process.env.GOTS_DUMP) process.stderr.write(c.source + "\n\n");
    this.codes[id] = c;
    this.fns[id] = c.fn;
    this.outs[id] = c.out;
    this.extents[id] = c.extent;
    this.exitPcs[id] = fn.exitPc;
  }

  /**
   * Runs code `entry` on a new goroutine stack until it returns; `setup`
   * may write the entry's arguments (argSize bytes) at fp first, `ctx` is
   * its closure context. Returns the entry frame's fp (its results can be read there
   * until the next run).
   */
  run(entry: number, setup: ((fp: number) => void) | null = null, ctx = 0, argSize = 0, mark = -1): number {
    const f64 = this.rt.v.f64;
    if (!(entry < this.fns.length) || this.extents[entry] === Infinity) this.compileOne(entry);
    let size = stackMin;
    while (size < HDR + Math.max(this.extents[entry], argSize)) size *= 2;
    const lo = this.allocStack(size);
    const gs: G = { lo, hi: lo + size, base: lo + HDR };
    let fp = gs.base;
    if (setup !== null) setup(fp);
    f64[(fp - HDR) >> 3] = mark; // no caller: returning from the entry ends the run
    f64[(fp - HDR + 16) >> 3] = ctx;
    this.runs.push({ gs, entry });
    try {
      return this.loop(gs, entry, fp);
    } finally {
      this.runs.pop();
    }
  }

  /**
   * The pc offset in function `code` where panic err was raised, for its
   * line in stack walks: panic(v) records it; for runtime errors it is the
   * line of the generated code in the error's JS stack, entered in the
   * function's pc table on demand. 0 if unknown.
   */
  private panicSite(err: GoPanic, code: number): number {
    if (err.site !== 0) return err.site;
    const m = /(?:<anonymous>|gots-image\.js):(\d+):\d+/.exec(err.stack ?? "");
    const c = this.codes[code];
    const fn = this.program?.funcs[code];
    if (m === null || c === undefined || fn === undefined) return 0;
    const bodyLine = Number(m[1]) - c.firstLine;
    const line = c.goLines[bodyLine];
    if (line === undefined) return 0;
    err.site = PANIC_SITE_PC + 2 * bodyLine;
    fn.lines.set(err.site, line);
    return err.site;
  }

  /** The runs under way, innermost last (natives calling Go code nest them). */
  private readonly runs: { gs: G; entry: number }[] = [];

  /**
   * Whether a frame is a deferred call started by a panic, directly or
   * through wrappers (so recover there would recover it): the frame at
   * argp when `own` (MakeFunc's stub asking about itself), else the frame
   * that called a native with argument area argp, when that frame is a
   * wrapper that entered the innermost run (reflect's MakeFunc impls).
   */
  private deferredByPanic(argp: number, own: boolean): boolean {
    let fp = argp;
    if (!own) {
      const r = this.runs[this.runs.length - 1];
      if (r === undefined || !this.rt.frames.wrappers.has(r.entry) || argp !== r.gs.base + this.outs[r.entry] + HDR) return false;
      fp = r.gs.base;
    }
    const f64 = this.rt.v.f64;
    let caller = f64[(fp - HDR) >> 3];
    while (caller >= 0 && this.rt.frames.wrappers.has(caller)) {
      fp = fp - HDR - this.outs[caller];
      caller = f64[(fp - HDR) >> 3];
    }
    return caller === PANIC_CALL || caller === PANIC_NESTED_CALL;
  }

  /** The VM loop of run, from the entry frame at fp. */
  private loop(gs: G, entry: number, fp: number): number {
    const f64 = this.rt.v.f64;
    let cur = entry;
    let pc = 0;
    const fns = this.fns;
    const outs = this.outs;
    const extents = this.extents;
    const g = this.rt.g;
    for (;;) {
      let r: number;
      try {
        r = fns[cur](fp, pc);
      } catch (e) {
        if (!(e instanceof GoPanic)) throw e;
        // gopanic: record the panic and run deferred calls, newest first.
        g.panic = { err: e, typ: e.typ, data: e.data, recovered: false, link: g.panic, callFp: 0, deferFp: 0, deferCode: 0, atCur: cur, atFp: fp };
        [cur, fp] = this.nextDeferred(gs, cur, fp);
        pc = 0;
        continue;
      }
      if (r >= 0) {
        let nfp = fp + outs[cur] + HDR;
        if (!(nfp + extents[r] <= gs.hi)) {
          if (r >= fns.length || extents[r] === Infinity) this.compileOne(r);
          if (nfp + extents[r] > gs.hi) {
            fp += this.grow(gs, cur, fp, nfp + extents[r]);
            nfp = fp + outs[cur] + HDR;
          }
        }
        cur = r;
        fp = nfp;
        pc = 0;
        continue;
      }
      if (r === PREEMPT) {
        // Stopped at a loop back edge: its frame map and resume pc are in
        // its call header. With one goroutine there is no other to run
        // (the scheduler issue's gopreempt_m), so it resumes at once.
        pc = f64[((fp + outs[cur]) >> 3) + 1];
        this.preempted();
        continue;
      }
      const h = (fp - HDR) >> 3;
      const caller = f64[h];
      if (caller >= 0) {
        pc = f64[h + 1];
        fp = fp - HDR - outs[caller];
        cur = caller;
        continue;
      }
      if (caller === PANIC_CALL) {
        const p = g.panic!;
        if (p.recovered) {
          // recovery: the frame that deferred the call resumes at its
          // deferreturn block, which runs its other deferred calls and returns.
          // Older panics whose deferred calls ran in frames now discarded are over too.
          let q = p.link;
          while (q !== null && q.callFp > p.deferFp) q = q.link;
          g.panic = q;
          fp = p.deferFp;
          cur = p.deferCode;
          pc = this.exitPcs[cur];
          continue;
        }
        [cur, fp] = this.nextDeferred(gs, p.atCur, p.atFp);
        pc = 0;
        continue;
      }
      return gs.base;
    }
  }

  /** A goroutine stopped for the scheduler: the request is served (unless stress-testing). */
  private preempted(): void {
    const s = this.rt.sched;
    s.preemptions++;
    if (!s.stress) s.preempt = 0;
  }

  /**
   * Starts the next deferred call of a panicking goroutine, in a new frame
   * above the frame that was running (cur at fp); with none left, the
   * panic is fatal.
   */
  private nextDeferred(gs: G, cur: number, fp: number): [number, number] {
    const g = this.rt.g;
    const f64 = this.rt.v.f64;
    let p = g.panic!;
    this.rt.expandRangeDefers();
    let rec = g.defer;
    // A deferred nil func panics when it is called: a new panic on top.
    while (rec !== 0 && f64[(rec >> 3) + 2] === 0) {
      g.defer = f64[rec >> 3];
      const e = new GoPanic("runtime error: invalid memory address or nil pointer dereference", true, true);
      p = g.panic = { err: e, typ: 0, data: 0, recovered: false, link: p, callFp: 0, deferFp: 0, deferCode: 0, atCur: cur, atFp: fp };
      this.rt.expandRangeDefers();
      rec = g.defer;
    }
    if (rec === 0) {
      const all: PanicRec[] = [];
      for (let q: PanicRec | null = p; q !== null; q = q.link) all.unshift(q);
      throw new FatalPanic(all);
    }
    g.defer = f64[rec >> 3];
    p.deferFp = f64[(rec >> 3) + 1];
    p.deferCode = f64[(rec >> 3) + 3];
    p.atCur = cur;
    p.atFp = fp;
    const clo = f64[(rec >> 3) + 2];
    const code = f64[clo >> 3];
    if (code >= this.fns.length || this.extents[code] === Infinity) this.compileOne(code);
    let nfp = fp + this.outs[cur] + HDR;
    if (nfp + this.extents[code] > gs.hi) {
      // grow moves p.atFp with the other frame pointers of the panics.
      nfp += this.grow(gs, cur, fp, nfp + this.extents[code]);
    }
    p.callFp = nfp;
    f64[(nfp - HDR) >> 3] = PANIC_CALL;
    f64[(nfp - HDR + 8) >> 3] = 0;
    f64[(nfp - HDR + 16) >> 3] = clo;
    return [code, nfp];
  }

  /**
   * Like newstack + copystack: moves the goroutine's stack to one twice as
   * large (or more, until `need` fits), adjusting pointers into the old
   * stack in every frame's spill slots. Returns how far frames moved.
   */
  private grow(g: G, cur: number, fp: number, need: number): number {
    const oldSize = g.hi - g.lo;
    const used = need - g.lo;
    let size = oldSize * 2;
    while (size < used) size *= 2;
    if (size > maxStack) {
      throw new GoFatal("stack overflow", [`runtime: goroutine stack exceeds ${maxStack}-byte limit`]);
    }
    const nlo = this.allocStack(size);
    const delta = nlo - g.lo;
    const u8 = this.rt.v.u8;
    u8.copyWithin(nlo, g.lo, g.lo + Math.min(oldSize, used));
    const f64 = this.rt.v.f64;
    // Walk the frames from the innermost: fix spilled pointers into the old stack.
    const oldLo = g.lo;
    const oldHi = g.hi;
    let code = cur;
    let f = fp + delta;
    for (;;) {
      const h = (f - HDR) >> 3;
      const caller = f64[h];
      if (caller === PANIC_CALL) {
        // Above a panicking frame: continue the walk from it.
        const p = this.rt.g.panic;
        if (p === null || p.atFp + delta === f) break;
        f = p.atFp + delta;
        continue;
      }
      if (caller < 0) break;
      const resume = f64[h + 1];
      const cf = f - HDR - this.outs[caller];
      const spills = this.codes[caller].ptrSpills.get(resume);
      if (spills !== undefined) {
        for (const off of spills) {
          const p = f64[(cf + off) >> 3];
          if (p >= oldLo && p < oldHi) f64[(cf + off) >> 3] = p + delta;
        }
      }
      code = caller;
      f = cf;
    }
    void code;
    // Deferred-call records and panics hold frame pointers too.
    const inOld = (x: number) => x >= oldLo && x < oldHi;
    for (let rec = this.rt.g.defer; rec !== 0; rec = f64[rec >> 3]) {
      if (inOld(f64[(rec >> 3) + 1])) f64[(rec >> 3) + 1] += delta;
    }
    for (let p = this.rt.g.panic; p !== null; p = p.link) {
      if (inOld(p.atFp)) p.atFp += delta;
      if (inOld(p.deferFp)) p.deferFp += delta;
      if (inOld(p.callFp)) p.callFp += delta;
    }
    g.lo = nlo;
    g.hi = nlo + size;
    g.base += delta;
    return delta;
  }
}
