// Code generation: turns each IR function into executable code for the VM.
//
// Each basic block's instructions become one JS closure that reads and
// writes the frame's slots in the arena (slot i of a frame at fp is 8 bytes
// at fp + 8*i). Closures per block let V8 inline and specialise each piece
// (see ../shared/reference/vm-performance.md); the terminator stays data, so
// the VM's loop does all control transfer and calls never nest JS calls.

import type { Arena } from "../runtime/mem/arena.js";
import { type Func, type Instr, type Terminator, ValKind } from "../ir/ir.js";
import { GoPanic } from "../vm/panic.js";

export type Native = (args: NativeArg[]) => void;
export interface NativeArg {
  kind: ValKind;
  type: string;
  value: bigint | number | boolean | string;
}

export interface Code {
  name: string;
  nslots: number;
  paramSlots: number;
  resultSlots: number;
  /** runs[i] executes block i's instructions for the frame whose first slot index is fs. */
  runs: ((fs: number) => void)[];
  terms: Terminator[];
}

export class CodeGen {
  private readonly codes = new Map<Func, Code>();

  constructor(
    readonly arena: Arena,
    readonly natives: Map<string, Native>,
  ) {}

  code(fn: Func): Code {
    let c = this.codes.get(fn);
    if (c === undefined) {
      c = {
        name: fn.name,
        nslots: fn.nslots,
        paramSlots: fn.paramSlots,
        resultSlots: fn.resultSlots,
        runs: fn.blocks.map((b) => this.block(b.instrs)),
        terms: fn.blocks.map((b) => b.term),
      };
      this.codes.set(fn, c);
    }
    return c;
  }

  private block(instrs: Instr[]): (fs: number) => void {
    const steps = instrs.map((i) => this.instr(i));
    switch (steps.length) {
      case 0:
        return () => {};
      case 1:
        return steps[0];
      default:
        return (fs) => {
          for (let i = 0; i < steps.length; i++) steps[i](fs);
        };
    }
  }

  private instr(ins: Instr): (fs: number) => void {
    const a = this.arena;
    const i64 = a.i64;
    const f64 = a.f64;
    switch (ins.op) {
      case "const": {
        const { dst } = ins;
        switch (ins.kind) {
          case ValKind.Int: {
            const v = ins.value as bigint;
            return (fs) => void (i64[fs + dst] = v);
          }
          case ValKind.Float: {
            const v = ins.value as number;
            return (fs) => void (f64[fs + dst] = v);
          }
          case ValKind.Bool: {
            const v = ins.value ? 1 : 0;
            return (fs) => void (f64[fs + dst] = v);
          }
          case ValKind.String: {
            const s = ins.value as string;
            const ptr = s.length > 0 ? a.allocBytes(s) : 0;
            const len = s.length;
            return (fs) => {
              f64[fs + dst] = ptr;
              f64[fs + dst + 1] = len;
            };
          }
        }
        break;
      }
      case "copy": {
        const { dst, src, nslots } = ins;
        if (nslots === 1) return (fs) => void (i64[fs + dst] = i64[fs + src]);
        return (fs) => {
          for (let k = 0; k < nslots; k++) i64[fs + dst + k] = i64[fs + src + k];
        };
      }
      case "binary":
        return this.binary(ins);
      case "unary":
        return this.unary(ins);
      case "native": {
        const fn = this.natives.get(ins.name);
        if (!fn) throw new Error(`missing native ${ins.name}`);
        const args = ins.args;
        return (fs) => fn(args.map((arg) => ({ kind: arg.kind, type: arg.type, value: this.read(fs + arg.slot, arg.kind) })));
      }
    }
    throw new Error("unreachable");
  }

  private read(slot: number, kind: ValKind): bigint | number | boolean | string {
    const a = this.arena;
    switch (kind) {
      case ValKind.Int:
        return a.i64[slot];
      case ValKind.Float:
        return a.f64[slot];
      case ValKind.Bool:
        return a.f64[slot] !== 0;
      case ValKind.String:
        return a.readBytes(a.f64[slot], a.f64[slot + 1]);
    }
  }

  private binary(ins: Extract<Instr, { op: "binary" }>): (fs: number) => void {
    const a = this.arena;
    const i64 = a.i64;
    const f64 = a.f64;
    const { dst, x, y, operator } = ins;
    if (ins.kind === ValKind.Int) {
      const bits = ins.int!.bits;
      const wrap = ins.int!.signed ? (v: bigint) => BigInt.asIntN(bits, v) : (v: bigint) => BigInt.asUintN(bits, v);
      // Unsigned values are stored as their int64 bit pattern.
      const get = ins.int!.signed || bits < 64 ? (s: number) => i64[s] : (s: number) => BigInt.asUintN(64, i64[s]);
      const put = (s: number, v: bigint) => void (i64[s] = BigInt.asIntN(64, v));
      const arith = (f: (p: bigint, q: bigint) => bigint) => (fs: number) => put(fs + dst, wrap(f(get(fs + x), get(fs + y))));
      const rel = (f: (p: bigint, q: bigint) => boolean) => (fs: number) => void (f64[fs + dst] = f(get(fs + x), get(fs + y)) ? 1 : 0);
      const checkDiv = (q: bigint) => {
        if (q === 0n) throw GoPanic.runtimeError("integer divide by zero");
      };
      const shiftCount = (q: bigint) => {
        if (q < 0n) throw GoPanic.runtimeError("negative shift amount");
        return q >= BigInt(bits) ? BigInt(bits) : q;
      };
      switch (operator) {
        case "+": return arith((p, q) => p + q);
        case "-": return arith((p, q) => p - q);
        case "*": return arith((p, q) => p * q);
        case "/": return arith((p, q) => (checkDiv(q), p / q));
        case "%": return arith((p, q) => (checkDiv(q), p % q));
        case "&": return arith((p, q) => p & q);
        case "|": return arith((p, q) => p | q);
        case "^": return arith((p, q) => p ^ q);
        case "&^": return arith((p, q) => p & ~q);
        case "<<": return arith((p, q) => p << shiftCount(q));
        case ">>": return arith((p, q) => p >> shiftCount(q));
        case "==": return rel((p, q) => p === q);
        case "!=": return rel((p, q) => p !== q);
        case "<": return rel((p, q) => p < q);
        case "<=": return rel((p, q) => p <= q);
        case ">": return rel((p, q) => p > q);
        case ">=": return rel((p, q) => p >= q);
      }
    } else if (ins.kind === ValKind.Float) {
      const r = ins.f32 ? Math.fround : (v: number) => v;
      const arith = (f: (p: number, q: number) => number) => (fs: number) => void (f64[fs + dst] = r(f(f64[fs + x], f64[fs + y])));
      const rel = (f: (p: number, q: number) => boolean) => (fs: number) => void (f64[fs + dst] = f(f64[fs + x], f64[fs + y]) ? 1 : 0);
      switch (operator) {
        case "+": return arith((p, q) => p + q);
        case "-": return arith((p, q) => p - q);
        case "*": return arith((p, q) => p * q);
        case "/": return arith((p, q) => p / q);
        case "==": return rel((p, q) => p === q);
        case "!=": return rel((p, q) => p !== q);
        case "<": return rel((p, q) => p < q);
        case "<=": return rel((p, q) => p <= q);
        case ">": return rel((p, q) => p > q);
        case ">=": return rel((p, q) => p >= q);
      }
    } else if (ins.kind === ValKind.Bool) {
      switch (operator) {
        case "==": return (fs) => void (f64[fs + dst] = f64[fs + x] === f64[fs + y] ? 1 : 0);
        case "!=": return (fs) => void (f64[fs + dst] = f64[fs + x] !== f64[fs + y] ? 1 : 0);
      }
    } else {
      const str = (s: number) => a.readBytes(f64[s], f64[s + 1]);
      const rel = (f: (p: string, q: string) => boolean) => (fs: number) => void (f64[fs + dst] = f(str(fs + x), str(fs + y)) ? 1 : 0);
      switch (operator) {
        case "+":
          return (fs) => {
            const s = str(fs + x) + str(fs + y);
            f64[fs + dst] = s.length > 0 ? a.allocBytes(s) : 0;
            f64[fs + dst + 1] = s.length;
          };
        case "==": return rel((p, q) => p === q);
        case "!=": return rel((p, q) => p !== q);
        case "<": return rel((p, q) => p < q);
        case "<=": return rel((p, q) => p <= q);
        case ">": return rel((p, q) => p > q);
        case ">=": return rel((p, q) => p >= q);
      }
    }
    throw new Error(`binary ${operator} not lowered for this kind`);
  }

  private unary(ins: Extract<Instr, { op: "unary" }>): (fs: number) => void {
    const a = this.arena;
    const i64 = a.i64;
    const f64 = a.f64;
    const { dst, x, operator } = ins;
    if (operator.startsWith("conv:")) {
      const from = operator.slice(5);
      const fromFloat = from.startsWith("float");
      const fromString = from === "string";
      if (ins.kind === ValKind.Int) {
        const { bits, signed } = ins.int!;
        const wrap = signed ? (v: bigint) => BigInt.asIntN(bits, v) : (v: bigint) => BigInt.asUintN(bits, v);
        if (fromFloat) return (fs) => void (i64[fs + dst] = BigInt.asIntN(64, wrap(BigInt(Math.trunc(f64[fs + x])))));
        return (fs) => void (i64[fs + dst] = BigInt.asIntN(64, wrap(i64[fs + x])));
      }
      if (ins.kind === ValKind.Float) {
        const r = operator === "conv:float32" || ins.int ? Math.fround : (v: number) => v;
        if (fromFloat) return (fs) => void (f64[fs + dst] = r(f64[fs + x]));
        const unsigned64 = from === "uint" || from === "uint64" || from === "uintptr";
        return (fs) => void (f64[fs + dst] = r(Number(unsigned64 ? BigInt.asUintN(64, i64[fs + x]) : i64[fs + x])));
      }
      if (ins.kind === ValKind.String) {
        if (fromString) return (fs) => void ((f64[fs + dst] = f64[fs + x]), (f64[fs + dst + 1] = f64[fs + x + 1]));
        // string(rune): the UTF-8 encoding, or U+FFFD for invalid code points.
        return (fs) => {
          const r = i64[fs + x];
          const cp = r < 0n || r > 0x10ffffn || (r >= 0xd800n && r <= 0xdfffn) ? 0xfffd : Number(r);
          const s = Buffer.from(String.fromCodePoint(cp), "utf8").toString("latin1");
          f64[fs + dst] = a.allocBytes(s);
          f64[fs + dst + 1] = s.length;
        };
      }
      return (fs) => void (i64[fs + dst] = i64[fs + x]);
    }
    switch (ins.kind) {
      case ValKind.Int: {
        const { bits, signed } = ins.int!;
        const wrap = signed ? (v: bigint) => BigInt.asIntN(bits, v) : (v: bigint) => BigInt.asUintN(bits, v);
        if (operator === "-") return (fs) => void (i64[fs + dst] = BigInt.asIntN(64, wrap(-i64[fs + x])));
        if (operator === "^") return (fs) => void (i64[fs + dst] = BigInt.asIntN(64, wrap(~i64[fs + x])));
        if (operator === "+") return (fs) => void (i64[fs + dst] = i64[fs + x]);
        break;
      }
      case ValKind.Float:
        if (operator === "-") return (fs) => void (f64[fs + dst] = -f64[fs + x]);
        if (operator === "+") return (fs) => void (f64[fs + dst] = f64[fs + x]);
        break;
      case ValKind.Bool:
        if (operator === "!") return (fs) => void (f64[fs + dst] = f64[fs + x] !== 0 ? 0 : 1);
        break;
    }
    throw new Error(`unary ${operator} not lowered for this kind`);
  }
}
