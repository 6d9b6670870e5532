// 64-bit integers for generated code. Go's int, int64, uint, uint64 and
// uintptr are held in JS as a number while the value is a safe integer
// (|v| < 2^53) and as a BigInt beyond that, never both for one value: that
// normal form makes ==, <, etc. work directly on mixed operands, and keeps
// the common case (values that fit) on V8's fast number paths. Every
// operation has a number fast path and a BigInt slow path that wraps to 64
// bits the way the hardware does, then normalises back.
//
// In memory these values are 8 bytes little endian, as on amd64.

import { GoPanic } from "../vm/panic.js";

export const MAXS = 9007199254740991; // 2^53 - 1
const TWO32 = 4294967296;

export type I64 = number | bigint;

/** Normal form of a signed 64-bit value held as a BigInt. */
export function normS(b: bigint): I64 {
  b = BigInt.asIntN(64, b);
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** Normal form of an unsigned 64-bit value held as a BigInt. */
export function normU(b: bigint): I64 {
  b = BigInt.asUintN(64, b);
  return b <= 9007199254740991n ? Number(b) : b;
}

const big = (v: I64): bigint => (typeof v === "bigint" ? v : BigInt(v));

// Signed ---------------------------------------------------------------

export function add64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const t = a + b;
    if (t <= MAXS && t >= -MAXS) return t;
  }
  return normS(big(a) + big(b));
}

export function sub64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const t = a - b;
    if (t <= MAXS && t >= -MAXS) return t;
  }
  return normS(big(a) - big(b));
}

export function mul64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const t = a * b;
    // A double product within the safe range is exact; -0 becomes 0.
    if (t <= MAXS && t >= -MAXS) return t + 0;
  }
  return normS(big(a) * big(b));
}

export function neg64(a: I64): I64 {
  return typeof a === "number" ? 0 - a : normS(-a);
}

export function div64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw divideError();
    if ((a | 0) === a && (b | 0) === b) return ((a / b) | 0) + (b === -1 && a === -2147483648 ? 4294967296 : 0);
    return divNum(a, b);
  }
  if (b === 0 || b === 0n) throw divideError();
  return normS(big(a) / big(b));
}

/** Truncated quotient of safe integers: the double quotient can be off by one; fix it with the remainder. */
function divNum(a: number, b: number): number {
  let q = Math.trunc(a / b);
  const r = a - q * b;
  const ab = Math.abs(b);
  if (a >= 0 ? r < 0 : r > 0) q -= b > 0 === a >= 0 ? 1 : -1;
  else if (Math.abs(r) >= ab) q += b > 0 === a >= 0 ? 1 : -1;
  return q + 0;
}

export function rem64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    if ((a | 0) === a && (b | 0) === b && b !== 0) return (a % b) + 0;
    if (b === 0) throw divideError();
    return remNum(a, b);
  }
  if (b === 0 || b === 0n) throw divideError();
  return normS(big(a) % big(b));
}

/** a % b for safe integers without V8's fmod: a - trunc(a/b)*b, corrected by |b| when the quotient was off by one. */
function remNum(a: number, b: number): number {
  const ab = Math.abs(b);
  let r = a - Math.trunc(a / b) * b;
  if (a >= 0) {
    if (r < 0) r += ab;
    else if (r >= ab) r -= ab;
  } else {
    if (r > 0) r -= ab;
    else if (r <= -ab) r += ab;
  }
  return r + 0;
}

export function and64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
  return normS(big(a) & big(b));
}

export function or64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
  return normS(big(a) | big(b));
}

export function xor64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
  return normS(big(a) ^ big(b));
}

export function andnot64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & ~b;
  return normS(big(a) & ~big(b));
}

export function not64(a: I64): I64 {
  return typeof a === "number" ? -a - 1 : normS(~a);
}

/** x << n for a shift count n >= 0 (already checked). */
export function shl64(a: I64, n: I64): I64 {
  if (n >= 64) return 0;
  const k = Number(n);
  if (typeof a === "number" && k < 31) {
    const t = a * (1 << k);
    if (t <= MAXS && t >= -MAXS) return t;
  }
  return normS(big(a) << BigInt(k));
}

/** Arithmetic x >> n. */
export function shr64(a: I64, n: I64): I64 {
  if (n >= 64) return a < 0 ? -1 : 0;
  const k = Number(n);
  if (typeof a === "number") {
    if ((a | 0) === a) return k >= 32 ? a >> 31 : a >> k;
    return Math.floor(a / 2 ** k);
  }
  return normS(a >> BigInt(k));
}

// Unsigned -------------------------------------------------------------

export function addu64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const t = a + b;
    if (t <= MAXS) return t;
  }
  return normU(big(a) + big(b));
}

export function subu64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const t = a - b;
    if (t >= 0) return t;
  }
  return normU(big(a) - big(b));
}

export function mulu64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    const t = a * b;
    if (t <= MAXS) return t;
  }
  return normU(big(a) * big(b));
}

export function negu64(a: I64): I64 {
  return a === 0 ? 0 : normU(-big(a));
}

export function divu64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw divideError();
    return Math.floor(a / b) - (Math.floor(a / b) * b > a ? 1 : 0);
  }
  if (b === 0 || b === 0n) throw divideError();
  return normU(big(a) / big(b));
}

export function remu64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw divideError();
    if (a < TWO32 && b < TWO32) return a % b;
    return a - (divu64(a, b) as number) * b;
  }
  if (b === 0 || b === 0n) throw divideError();
  return normU(big(a) % big(b));
}

export function andu64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && a <= 0x7fffffff && b <= 0x7fffffff) return a & b;
  return normU(big(a) & big(b));
}

export function oru64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && a <= 0x7fffffff && b <= 0x7fffffff) return a | b;
  return normU(big(a) | big(b));
}

export function xoru64(a: I64, b: I64): I64 {
  if (typeof a === "number" && typeof b === "number" && a <= 0x7fffffff && b <= 0x7fffffff) return a ^ b;
  return normU(big(a) ^ big(b));
}

export function andnotu64(a: I64, b: I64): I64 {
  return normU(big(a) & ~big(b));
}

export function notu64(a: I64): I64 {
  return normU(~big(a));
}

export function shlu64(a: I64, n: I64): I64 {
  if (n >= 64) return 0;
  const k = Number(n);
  if (typeof a === "number" && k < 31) {
    const t = a * (1 << k);
    if (t <= MAXS) return t;
  }
  return normU(big(a) << BigInt(k));
}

export function shru64(a: I64, n: I64): I64 {
  if (n >= 64) return 0;
  const k = Number(n);
  if (typeof a === "number") return a <= 0x7fffffff ? (k >= 32 ? 0 : a >>> k) : Math.floor(a / 2 ** k);
  return normU(a >> BigInt(k));
}

// Conversions ----------------------------------------------------------

/** Any integer value (number or BigInt) to int64. */
export function toS64(v: I64): I64 {
  if (typeof v === "number") return v;
  return normS(v);
}

/** Any integer value to uint64. */
export function toU64(v: I64): I64 {
  if (typeof v === "number") return v >= 0 ? v : normU(BigInt(v));
  return normU(v);
}

/** To a 32-bit or narrower integer: the low bits, as JS number. */
export function low32(v: I64): number {
  if (typeof v === "number") {
    if ((v | 0) === v) return v;
    return Number(BigInt.asIntN(32, BigInt(v)));
  }
  return Number(BigInt.asIntN(32, v));
}

/** float64 to int64 as amd64's CVTTSD2SQ does: truncation, 0x8000000000000000 when out of range or NaN. */
export function f2s64(f: number): I64 {
  const t = Math.trunc(f);
  if (t <= MAXS && t >= -MAXS) return t + 0;
  if (t !== t || t >= 9223372036854775808 || t < -9223372036854775808) return -9223372036854775808n;
  return normS(BigInt(t));
}

/** float64 to uint64 as gc does on amd64 (via the signed conversion, adjusting values >= 2^63). */
export function f2u64(f: number): I64 {
  if (f < 9223372036854775808) {
    const s = f2s64(f);
    return toU64(s);
  }
  const t = Math.trunc(f - 9223372036854775808);
  if (t !== t || t >= 9223372036854775808) return normU(1n << 63n);
  return normU(BigInt(t) ^ (1n << 63n));
}

/** float64 to a 32-bit integer type: like the 64-bit conversion, then truncated to width. */
export function f2s32(f: number): number {
  const t = Math.trunc(f);
  if (t >= -2147483648 && t <= 2147483647) return t | 0;
  return low32(f2s64(f));
}

export function u64tof(v: I64): number {
  return typeof v === "number" ? v : Number(v);
}

// Memory ---------------------------------------------------------------

export function makeMem64(u32: Uint32Array, i32: Int32Array, i64: BigInt64Array) {
  // The same bytes read as unsigned (no asUintN on each BigInt load).
  const u64 = new BigUint64Array(i64.buffer, i64.byteOffset, i64.length);
  /** Loads a signed 64-bit value. */
  function ld64(a: number): I64 {
    const w = a >> 2;
    const hi = i32[w + 1];
    const lo = u32[w];
    if (hi === (lo | 0) >> 31) return lo | 0;
    const v = hi * TWO32 + lo;
    if (v <= MAXS && v >= -MAXS) return v;
    return i64[a >> 3];
  }
  /** Loads an unsigned 64-bit value. */
  function ldu64(a: number): I64 {
    const w = a >> 2;
    const hi = u32[w + 1];
    const lo = u32[w];
    if (hi === 0) return lo;
    const v = hi * TWO32 + lo;
    if (v <= MAXS) return v;
    return u64[a >> 3];
  }
  /** Stores a 64-bit value (signed or unsigned: the bits are the same). */
  function st64(a: number, v: I64): void {
    const w = a >> 2;
    if (typeof v === "number") {
      if ((v | 0) === v) {
        i32[w] = v;
        i32[w + 1] = v >> 31;
        return;
      }
      const hi = Math.floor(v / TWO32);
      u32[w] = v - hi * TWO32;
      i32[w + 1] = hi;
      return;
    }
    // A BigInt64Array store takes the value modulo 2^64 itself.
    i64[a >> 3] = v;
  }
  return { ld64, ldu64, st64 };
}

// Errors ---------------------------------------------------------------

export function divideError(): GoPanic {
  return GoPanic.runtimeError("integer divide by zero");
}
