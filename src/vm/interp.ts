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
import { compile, type Compiled, HDR, RET } from "../codegen/jsgen.js";
import type { Arena } from "../runtime/mem/arena.js";
import type { Runtime } from "../runtime/rt.js";
import { GoFatal } from "./panic.js";

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

  constructor(
    readonly arena: Arena,
    readonly rt: Runtime,
    readonly allocStack: (size: number) => number,
  ) {}

  load(p: Program): void {
    const helpers = this.rt.helpers();
    const names = Object.keys(helpers);
    for (const fn of p.funcs) {
      if (fn.native !== null || fn.blocks.length === 0) {
        // Natives are called directly; functions never reached are not compiled.
        this.codes.push({ fn: () => RET, out: 0, extent: fn.argSize, source: "", ptrSpills: new Map() });
      } else {
        this.codes.push(compile(fn, helpers, names));
      }
    }
    if (process.env.GOTS_DUMP) for (const c of this.codes) if (c.source !== "") process.stderr.write(c.source + "\n\n");
    for (const c of this.codes) {
      this.fns.push(c.fn);
      this.outs.push(c.out);
      this.extents.push(c.extent);
    }
  }

  /** Runs code `entry` on a new goroutine stack until it returns. */
  run(entry: number): void {
    const f64 = this.rt.v.f64;
    let size = stackMin;
    while (size < HDR + this.extents[entry]) size *= 2;
    const lo = this.allocStack(size);
    const g: G = { lo, hi: lo + size, base: lo + HDR };
    let fp = g.base;
    f64[(fp - HDR) >> 3] = -1; // no caller: returning from the entry ends the goroutine
    f64[(fp - HDR + 16) >> 3] = 0;
    let cur = entry;
    let pc = 0;
    const fns = this.fns;
    const outs = this.outs;
    const extents = this.extents;
    for (;;) {
      const r = fns[cur](fp, pc);
      if (r >= 0) {
        const nfp = fp + outs[cur] + HDR;
        if (nfp + extents[r] > g.hi) {
          const moved = this.grow(g, cur, fp, nfp + extents[r]);
          fp += moved;
          const nfp2 = fp + outs[cur] + HDR;
          cur = r;
          fp = nfp2;
        } else {
          cur = r;
          fp = nfp;
        }
        pc = 0;
      } else {
        const h = (fp - HDR) >> 3;
        const caller = f64[h];
        if (caller < 0) return;
        pc = f64[h + 1];
        fp = fp - HDR - outs[caller];
        cur = caller;
      }
    }
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
    g.lo = nlo;
    g.hi = nlo + size;
    g.base += delta;
    return delta;
  }
}
