// Reading a native's arguments and writing its results. A native gets the
// address of its argument area, laid out as gc's ABI0 stack arguments: each
// parameter at the next offset aligned to its alignment, then the results
// starting at the next multiple of 8, each aligned likewise. Args reads them
// in order; call results() before writing results.
//
// Values: ints of 64 bits are numbers or BigInts (see runtime/int64.ts);
// pointers are arena addresses; a string is (ptr, len), a slice (ptr, len,
// cap), an interface (type or itab, data).

import type { Runtime } from "../../runtime/rt.js";
import { makeMem64, type I64 } from "../../runtime/int64.js";

export class Args {
  private off = 0;
  private readonly ld64: (a: number) => I64;
  private readonly ldu64: (a: number) => I64;
  private readonly st64: (a: number, v: I64) => void;

  constructor(
    readonly rt: Runtime,
    readonly p: number,
  ) {
    const m = makeMem64(rt.v.u32, rt.v.i32, rt.v.i64);
    this.ld64 = m.ld64;
    this.ldu64 = m.ldu64;
    this.st64 = m.st64;
  }

  private at(size: number, align: number): number {
    this.off = Math.ceil(this.off / align) * align;
    const a = this.p + this.off;
    this.off += size;
    return a;
  }

  /** Moves to the results (aligned to 8 after the parameters). */
  results(): this {
    this.off = Math.ceil(this.off / 8) * 8;
    return this;
  }

  // Readers ------------------------------------------------------------
  int(): I64 {
    return this.ld64(this.at(8, 8));
  }
  uint(): I64 {
    return this.ldu64(this.at(8, 8));
  }
  /** An int known to fit a JS number (lengths, small counts). */
  num(): number {
    return Number(this.ld64(this.at(8, 8)));
  }
  i32(): number {
    return this.rt.v.i32[this.at(4, 4) >> 2];
  }
  u32(): number {
    return this.rt.v.u32[this.at(4, 4) >> 2];
  }
  u8(): number {
    return this.rt.v.u8[this.at(1, 1)];
  }
  bool(): boolean {
    return this.rt.v.u8[this.at(1, 1)] !== 0;
  }
  f64(): number {
    return this.rt.v.f64[this.at(8, 8) >> 3];
  }
  f32(): number {
    return this.rt.v.f32[this.at(4, 4) >> 2];
  }
  ptr(): number {
    return this.rt.v.u32[this.at(8, 8) >> 2];
  }
  /** A string's bytes as a latin1 JS string (one char per byte). */
  str(): string {
    const a = this.at(16, 8);
    const p = this.rt.v.u32[a >> 2];
    const n = this.rt.v.u32[(a + 8) >> 2];
    return n === 0 ? "" : Buffer.from(this.rt.v.u8.buffer, p, n).toString("latin1");
  }
  /** A slice header: [ptr, len, cap]. */
  slice(): [number, number, number] {
    const a = this.at(24, 8);
    const u32 = this.rt.v.u32;
    return [u32[a >> 2], u32[(a + 8) >> 2], u32[(a + 16) >> 2]];
  }
  /** An interface: [type or itab, data]. */
  iface(): [number, number] {
    const a = this.at(16, 8);
    const u32 = this.rt.v.u32;
    return [u32[a >> 2], u32[(a + 8) >> 2]];
  }

  // Writers (after results()) -------------------------------------------
  setInt(v: I64): this {
    this.st64(this.at(8, 8), v);
    return this;
  }
  setI32(v: number): this {
    this.rt.v.i32[this.at(4, 4) >> 2] = v;
    return this;
  }
  setU8(v: number): this {
    this.rt.v.u8[this.at(1, 1)] = v;
    return this;
  }
  setBool(v: boolean): this {
    this.rt.v.u8[this.at(1, 1)] = v ? 1 : 0;
    return this;
  }
  setF64(v: number): this {
    this.rt.v.f64[this.at(8, 8) >> 3] = v;
    return this;
  }
  setF32(v: number): this {
    this.rt.v.f32[this.at(4, 4) >> 2] = v;
    return this;
  }
  setPtr(v: number): this {
    const a = this.at(8, 8);
    this.rt.v.u32[a >> 2] = v;
    this.rt.v.u32[(a >> 2) + 1] = 0;
    return this;
  }
  /** Stores a latin1 JS string (one char per byte) as a new Go string. */
  setStr(s: string): this {
    const a = this.at(16, 8);
    const p = s.length === 0 ? 0 : this.rt.heap.malloc(s.length, true);
    const u8 = this.rt.v.u8;
    for (let i = 0; i < s.length; i++) u8[p + i] = s.charCodeAt(i);
    this.rt.v.u32[a >> 2] = p;
    this.rt.v.u32[(a >> 2) + 1] = 0;
    this.st64(a + 8, s.length);
    return this;
  }
  setSlice(p: number, len: number, cap: number): this {
    const a = this.at(24, 8);
    this.rt.v.u32[a >> 2] = p;
    this.rt.v.u32[(a >> 2) + 1] = 0;
    this.st64(a + 8, len);
    this.st64(a + 16, cap);
    return this;
  }
  setIface(t: number, d: number): this {
    const a = this.at(16, 8);
    this.rt.v.u32[a >> 2] = t;
    this.rt.v.u32[(a >> 2) + 1] = 0;
    this.rt.v.u32[(a + 8) >> 2] = d;
    this.rt.v.u32[((a + 8) >> 2) + 1] = 0;
    return this;
  }
}

/** Registers a native: f gets an Args reader positioned at the first parameter. */
export function def(rt: Runtime, name: string, f: (a: Args) => void): void {
  rt.natives.set(name, (p) => f(new Args(rt, p)));
}
