// math natives: the functions math declares without a body, each what gc's
// amd64 backend does with one instruction or so: bit moves, SQRTSD, ROUNDSD,
// VFMADD231SD; and Mod. Everything else in math is Go code (src/lib/math).
//
// Results are written as raw words where NaN bits matter: a NaN's payload
// and sign are part of what Go programs can observe (Float64bits).

import type { Runtime } from "../../runtime/rt.js";

export function registerMath(rt: Runtime): void {
  const { f64, u32 } = rt.v;
  const n = rt.natives;
  const f1 = (name: string, f: (x: number) => number) => n.set(name, (p) => void (f64[(p + 8) >> 3] = f(f64[p >> 3])));
  f1("math.Sqrt", Math.sqrt);
  f1("math.Floor", Math.floor);
  f1("math.Ceil", Math.ceil);
  f1("math.Trunc", Math.trunc);
  n.set("math.Mod", (p) => {
    const x = f64[p >> 3];
    const y = f64[(p + 8) >> 3];
    const r = (p + 16) >> 2;
    if (y === 0 || x !== x || y !== y || x === Infinity || x === -Infinity) {
      // Go's Mod returns NaN() here, whatever NaN x or y held.
      u32[r] = 1;
      u32[r + 1] = 0x7ff80000;
      return;
    }
    f64[r >> 1] = x % y; // exact, like Go's (and the sign of x, -0 included)
  });
  n.set("math.FMA", (p) => {
    const w = p >> 2;
    const r = (p + 24) >> 2;
    // NaN operands: the first of x, y, z, quieted (as VFMADD231SD does).
    for (let i = 0; i < 3; i++) {
      const lo = u32[w + 2 * i];
      const hi = u32[w + 2 * i + 1];
      if ((hi & 0x7fffffff) > 0x7ff00000 || ((hi & 0x7fffffff) === 0x7ff00000 && lo !== 0)) {
        u32[r] = lo;
        u32[r + 1] = hi | 0x00080000;
        return;
      }
    }
    const v = fma(f64[w >> 1], f64[(w >> 1) + 1], f64[(w >> 1) + 2]);
    if (v !== v) {
      // Invalid operation (0*Inf, Inf-Inf): the default NaN.
      u32[r] = 0;
      u32[r + 1] = 0xfff80000;
      return;
    }
    f64[r >> 1] = v;
  });
  // Bit conversions copy the words: the interpreter reads 64-bit integers
  // from memory itself.
  n.set("math.Float64bits", (p) => {
    const w = p >> 2;
    u32[w + 2] = u32[w];
    u32[w + 3] = u32[w + 1];
  });
  n.set("math.Float64frombits", (p) => {
    const w = p >> 2;
    u32[w + 2] = u32[w];
    u32[w + 3] = u32[w + 1];
  });
  n.set("math.Float32bits", (p) => {
    u32[(p + 8) >> 2] = u32[p >> 2];
  });
  n.set("math.Float32frombits", (p) => {
    u32[(p + 8) >> 2] = u32[p >> 2];
  });
}

// ---------------------------------------------------------------------------
// Fused multiply-add

const cvt = new Float64Array(1);
const cvtW = new Uint32Array(cvt.buffer); // [lo, hi] on little-endian hosts
const cvtB = new BigUint64Array(cvt.buffer);

const SPLIT = 134217729; // 2**27 + 1, Veltkamp's splitting constant
const LO_BOUND = 2 ** -450;
const HI_BOUND = 2 ** 450;

/**
 * fma returns x*y + z rounded once (to nearest, ties to even), for any
 * non-NaN doubles (the result may be NaN: 0*Inf, Inf-Inf).
 *
 * Finite operands of moderate magnitude take the error-free path of Boldo
 * and Melquiond ("Emulation of FMA and correctly rounded sums: proved
 * algorithms using rounding to odd", IEEE TC 57(4), 2008): x*y = ph + pl
 * exactly (Dekker's product), z + ph = sh + sl exactly (Knuth's TwoSum),
 * v = (sl + pl) rounded to odd, result = sh + v rounded to nearest. The
 * bounds keep every step free of overflow and underflow; the rest (and
 * results that come out tiny) are computed exactly with BigInts.
 */
export function fma(x: number, y: number, z: number): number {
  if (x === 0 || y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) {
    // The product is exact (±0, ±Inf or NaN): one rounding, in the addition.
    return x * y + z;
  }
  if (!Number.isFinite(z)) return z;
  if (z === 0) {
    // x*y + ±0 is x*y rounded; when that underflows to zero the exact
    // result is still nonzero and the zero takes its sign.
    return x * y;
  }
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const az = Math.abs(z);
  if (ax >= LO_BOUND && ax <= HI_BOUND && ay >= LO_BOUND && ay <= HI_BOUND && az >= LO_BOUND && az <= HI_BOUND) {
    const ph = x * y;
    let t = SPLIT * x;
    const xh = t - (t - x);
    const xl = x - xh;
    t = SPLIT * y;
    const yh = t - (t - y);
    const yl = y - yh;
    const pl = xh * yh - ph + xh * yl + xl * yh + xl * yl;
    const sh = z + ph;
    let bb = sh - z;
    const sl = z - (sh - bb) + (ph - bb);
    let v = sl + pl;
    bb = v - sl;
    const err = sl - (v - bb) + (pl - bb);
    if (err !== 0) {
      // Round to odd: if v (the nearest) is even, take its neighbour on
      // the side of the exact sum, which is odd.
      cvt[0] = v;
      if ((cvtW[0] & 1) === 0) {
        const up = err > 0 === v > 0; // away from zero
        let lo = cvtW[0];
        let hi = cvtW[1];
        if (up) {
          lo = (lo + 1) >>> 0;
          if (lo === 0) hi = (hi + 1) >>> 0;
        } else {
          if (lo === 0) hi = (hi - 1) >>> 0;
          lo = (lo - 1) >>> 0;
        }
        cvtW[0] = lo;
        cvtW[1] = hi;
        v = cvt[0];
      }
    }
    const r = sh + v;
    const ar = Math.abs(r);
    if (ar >= 2 ** -900) return r;
  }
  return fmaExact(x, y, z);
}

/** Decomposes a finite nonzero double into m * 2**e with m a BigInt (signed). */
function decompose(x: number): [bigint, number] {
  cvt[0] = x;
  const hi = cvtW[1];
  const bits = cvtB[0];
  const ef = (hi >>> 20) & 0x7ff;
  let m = bits & 0xfffffffffffffn;
  let e: number;
  if (ef === 0) {
    e = -1074;
  } else {
    m |= 0x10000000000000n;
    e = ef - 1075;
  }
  return [hi >>> 31 ? -m : m, e];
}

/** 2**q for integer q in [-1074, 1023], exactly. */
function pow2(q: number): number {
  if (q >= -1022) {
    cvtW[0] = 0;
    cvtW[1] = (q + 1023) << 20;
  } else if (q >= -1042) {
    cvtW[0] = 0;
    cvtW[1] = 1 << (q + 1074 - 32);
  } else {
    cvtW[0] = 2 ** (q + 1074);
    cvtW[1] = 0;
  }
  return cvt[0];
}

/** x*y + z rounded once, for finite nonzero x, y, z, by exact integer arithmetic. */
export function fmaExact(x: number, y: number, z: number): number {
  const [mx, ex] = decompose(x);
  const [my, ey] = decompose(y);
  const [mz, ez] = decompose(z);
  const mp = mx * my;
  const ep = ex + ey;
  const e0 = Math.min(ep, ez);
  const sum = (mp << BigInt(ep - e0)) + (mz << BigInt(ez - e0));
  if (sum === 0n) return 0; // exact cancellation: +0 when rounding to nearest
  const neg = sum < 0n;
  let mag = neg ? -sum : sum;
  // mag * 2**e0; round to 53 bits, or to the subnormal quantum 2**-1074.
  const len = mag.toString(2).length;
  const top = e0 + len - 1; // exponent of the leading bit
  let q = Math.max(top - 52, -1074);
  if (q > e0) {
    const sh = BigInt(q - e0);
    const rem = mag & ((1n << sh) - 1n);
    mag >>= sh;
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (mag & 1n) === 1n)) mag += 1n;
    if (mag === 1n << 53n) {
      mag >>= 1n;
      q += 1;
    }
  } else {
    mag <<= BigInt(e0 - q);
  }
  let r: number;
  if (q > 1023 - 52) r = Infinity;
  else r = Number(mag) * pow2(q); // exact: mag < 2**53 and the product is representable
  return neg ? -r : r;
}
