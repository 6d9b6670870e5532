// How each Go type's values are held by generated code: as a few JS values
// ("components", like gc's SSA decomposition of strings, slices,
// interfaces and complex numbers into words) or, for arrays and structs, in
// memory (the value is then the address of its bytes). Loads and stores
// move values between the two, in gc's amd64 memory layout.

import { type Type, TypeKind, BasicKind, BasicInfo, under } from "../types/types.js";
import { sizeof } from "../types/sizes.js";
import type { Rep } from "./ir.js";

export class Unsupported extends Error {}

/** A scalar's class: decides the JS operations used on it. */
export const enum Num {
  I8,
  I16,
  I32,
  U8,
  U16,
  U32,
  I64,
  U64,
  F32,
  F64,
  Bool,
  Ptr, // pointers, unsafe.Pointer, maps, chans, funcs: an address (number)
}

export type Shape =
  | { mem: false; reps: Rep[]; nums: Num[] }
  /** Arrays and structs: held in memory; a value is its address. */
  | { mem: true; size: number };

const shapeCache = new WeakMap<Type, Shape>();

export function numOf(t: Type): Num {
  const u = under(t);
  if (u.kind === TypeKind.Basic) {
    switch (u.basicKind) {
      case BasicKind.Bool:
      case BasicKind.UntypedBool:
        return Num.Bool;
      case BasicKind.Int8:
        return Num.I8;
      case BasicKind.Int16:
        return Num.I16;
      case BasicKind.Int32:
      case BasicKind.UntypedRune:
        return Num.I32;
      case BasicKind.Uint8:
        return Num.U8;
      case BasicKind.Uint16:
        return Num.U16;
      case BasicKind.Uint32:
        return Num.U32;
      case BasicKind.Int:
      case BasicKind.Int64:
      case BasicKind.UntypedInt:
        return Num.I64;
      case BasicKind.Uint:
      case BasicKind.Uint64:
      case BasicKind.Uintptr:
        return Num.U64;
      case BasicKind.Float32:
        return Num.F32;
      case BasicKind.Float64:
      case BasicKind.UntypedFloat:
        return Num.F64;
      case BasicKind.UnsafePointer:
      case BasicKind.UntypedNil:
        return Num.Ptr;
    }
    throw new Unsupported(`values of type ${u.name}`);
  }
  switch (u.kind) {
    case TypeKind.Pointer:
    case TypeKind.Map:
    case TypeKind.Chan:
    case TypeKind.Signature:
      return Num.Ptr;
  }
  throw new Unsupported(`scalar of kind ${u.kind}`);
}

export function repOfNum(n: Num): Rep {
  return n === Num.Bool ? "b" : n === Num.I64 ? "l" : n === Num.U64 ? "u" : "n";
}

export function shapeOf(t: Type): Shape {
  let s = shapeCache.get(t);
  if (s !== undefined) return s;
  const u = under(t);
  let nums: Num[] | null = null;
  switch (u.kind) {
    case TypeKind.Basic:
      if (u.info & BasicInfo.IsString) nums = [Num.Ptr, Num.I64];
      else if (u.basicKind === BasicKind.Complex64) nums = [Num.F32, Num.F32];
      else if (u.basicKind === BasicKind.Complex128 || u.basicKind === BasicKind.UntypedComplex) nums = [Num.F64, Num.F64];
      else nums = [numOf(u)];
      break;
    case TypeKind.Slice:
      nums = [Num.Ptr, Num.I64, Num.I64];
      break;
    case TypeKind.Interface:
      nums = [Num.Ptr, Num.Ptr];
      break;
    case TypeKind.Pointer:
    case TypeKind.Map:
    case TypeKind.Chan:
    case TypeKind.Signature:
      nums = [Num.Ptr];
      break;
    case TypeKind.Array:
    case TypeKind.Struct:
      s = { mem: true, size: sizeof(u) };
      break;
    default:
      throw new Unsupported(`values of type kind ${u.kind}`);
  }
  if (nums !== null) s = { mem: false, reps: nums.map(repOfNum), nums };
  shapeCache.set(t, s!);
  return s!;
}

/** Byte offset of component i within the value's memory. */
export function compOffset(sh: Shape & { mem: false }, i: number): number {
  if (i === 0) return 0;
  const n = sh.nums[0];
  if (n === Num.F32) return 4; // complex64
  return 8 * i;
}

/** JS expression loading a scalar of class n from address expression a. */
export function loadNum(n: Num, a: string): string {
  switch (n) {
    case Num.Bool:
      return `(u8[${a}] !== 0)`;
    case Num.I8:
      return `i8[${a}]`;
    case Num.U8:
      return `u8[${a}]`;
    case Num.I16:
      return `i16[(${a}) >> 1]`;
    case Num.U16:
      return `u16[(${a}) >> 1]`;
    case Num.I32:
      return `i32[(${a}) >> 2]`;
    case Num.U32:
    case Num.Ptr:
      return `u32[(${a}) >> 2]`;
    case Num.I64:
      return `ld64(${a})`;
    case Num.U64:
      return `ldu64(${a})`;
    case Num.F32:
      return `f32[(${a}) >> 2]`;
    case Num.F64:
      return `f64[(${a}) >> 3]`;
  }
}

/** JS statement storing value v of class n at address expression a. */
export function storeNum(n: Num, a: string, v: string): string {
  switch (n) {
    case Num.Bool:
      return `u8[${a}] = ${v} ? 1 : 0`;
    case Num.I8:
    case Num.U8:
      return `u8[${a}] = ${v}`;
    case Num.I16:
    case Num.U16:
      return `u16[(${a}) >> 1] = ${v}`;
    case Num.I32:
    case Num.U32:
      return `u32[(${a}) >> 2] = ${v}`;
    case Num.Ptr:
      // Pointers are below 2^32: the high word is always zero.
      return `stp(${a}, ${v})`;
    case Num.I64:
    case Num.U64:
      return `st64(${a}, ${v})`;
    case Num.F32:
      return `f32[(${a}) >> 2] = ${v}`;
    case Num.F64:
      return `f64[(${a}) >> 3] = ${v}`;
  }
}

export function zeroOfNum(n: Num): string {
  return n === Num.Bool ? "false" : "0";
}

/** Wraps an int32-computed JS expression to the width of n. */
export function wrap(n: Num, x: string): string {
  switch (n) {
    case Num.I8:
      return `((${x}) << 24 >> 24)`;
    case Num.U8:
      return `((${x}) & 255)`;
    case Num.I16:
      return `((${x}) << 16 >> 16)`;
    case Num.U16:
      return `((${x}) & 65535)`;
    case Num.I32:
      return `((${x}) | 0)`;
    case Num.U32:
      return `((${x}) >>> 0)`;
    default:
      return x;
  }
}

export function isSigned(n: Num): boolean {
  return n === Num.I8 || n === Num.I16 || n === Num.I32 || n === Num.I64;
}

export function isInt(n: Num): boolean {
  return n <= Num.U64;
}

export function isSmallInt(n: Num): boolean {
  return n <= Num.U32;
}

export function bitsOf(n: Num): number {
  switch (n) {
    case Num.I8:
    case Num.U8:
      return 8;
    case Num.I16:
    case Num.U16:
      return 16;
    case Num.I32:
    case Num.U32:
    case Num.F32:
      return 32;
    default:
      return 64;
  }
}
