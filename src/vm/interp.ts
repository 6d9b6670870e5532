// The interpreter loop. A goroutine's Go frames live only in its stack in
// the arena: calling pushes a frame there and the loop switches to the
// callee's code; returning pops it. The JS stack never grows with Go call
// depth, so a goroutine can be suspended between any two blocks.
//
// Frame layout: slot i of a frame is the 8 bytes at fp + 8*i; a call's
// 3-slot header just below the callee's frame records the caller's frame
// slot index, the caller's code (as an index into `codes`) and the block to
// resume at.

import type { Program } from "../ir/ir.js";
import { type Code, CodeGen } from "../codegen/compile.js";
import type { Arena } from "../runtime/mem/arena.js";
import { GoFatal } from "./panic.js";

/** The initial goroutine stack in this first VM: fixed, until stacks grow by copying. */
const stackBytes = 1 << 20;

export class VM {
  private readonly codes: Code[] = [];
  private readonly codeIndex = new Map<Code, number>();

  constructor(
    readonly arena: Arena,
    readonly gen: CodeGen,
  ) {}

  private idx(c: Code): number {
    let i = this.codeIndex.get(c);
    if (i === undefined) {
      i = this.codes.length;
      this.codes.push(c);
      this.codeIndex.set(c, i);
    }
    return i;
  }

  /** Runs the package initializers, then main.main, on one goroutine stack. */
  runProgram(p: Program): void {
    const lo = this.arena.alloc(stackBytes);
    for (const f of p.inits) this.run(this.gen.code(f), lo, lo + stackBytes);
    this.run(this.gen.code(p.main), lo, lo + stackBytes);
  }

  private run(entry: Code, lo: number, hi: number): void {
    const i64 = this.arena.i64;
    const f64 = this.arena.f64;
    const limit = hi >> 3;
    let code = entry;
    let fs = (lo >> 3) + 3; // frame slot index; 3 header slots below it
    const base = fs;
    let pc = 0;
    for (;;) {
      code.runs[pc](fs);
      const t = code.terms[pc];
      switch (t.op) {
        case "jump":
          pc = t.to;
          break;
        case "if":
          pc = f64[fs + t.cond] !== 0 ? t.then : t.else;
          break;
        case "call": {
          const callee = this.gen.code(t.fn);
          const nfs = fs + t.base;
          if (nfs + callee.nslots > limit) {
            throw new GoFatal("stack overflow", [`runtime: goroutine stack exceeds ${stackBytes}-byte limit`]);
          }
          i64[nfs - 3] = BigInt(fs);
          i64[nfs - 2] = BigInt(this.idx(code));
          i64[nfs - 1] = BigInt(t.next);
          // Results start zeroed, as Go's named results do.
          for (let k = callee.paramSlots; k < callee.paramSlots + callee.resultSlots; k++) i64[nfs + k] = 0n;
          fs = nfs;
          code = callee;
          pc = 0;
          break;
        }
        case "return": {
          if (fs === base) return;
          const callerFs = Number(i64[fs - 3]);
          code = this.codes[Number(i64[fs - 2])];
          pc = Number(i64[fs - 1]);
          fs = callerFs;
          break;
        }
      }
    }
  }
}
