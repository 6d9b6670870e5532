// Exact values of Go constants and the arithmetic on them.
//
// This models Go's go/constant package, which gc's type checker uses: untyped
// constants are exact, and every result (values, representation changes and
// the texts of String and ExactString) matches go/constant's, because the
// checker prints constants in its error messages.
//
// Representations, as in go/constant:
//   - Int: a bigint (go/constant's int64Val and intVal in one);
//   - Float: an exact normalized fraction ("rat", big.Rat) while numerator
//     and denominator of computed results stay below maxExp bits and
//     literals below 2**±maxExp in magnitude, otherwise a binary
//     floating-point number with a 512-bit mantissa ("float", big.Float).
//     Once a value is a float, results computed from it stay floats;
//   - Complex: a pair of Int or Float values; Bool; String (a byte string);
//     Unknown (the result of an error).
// Floats are mant * 2**exp with an odd mantissa (or 0), rounded to nearest
// even as big.Float rounds; results whose binary exponent leaves the int32
// range overflow (to Unknown) or underflow (to 0) as big.Float's do.

import { LitKind, Operator, operatorString } from "../syntax/ast.js";
import { decodeRune, quoteGo } from "./quote.js";

export const enum Kind {
  Unknown,
  Bool,
  String,
  Int,
  Float,
  Complex,
}

const enum Rep {
  Unknown,
  Bool,
  String,
  Int,
  Rat,
  Float,
  Complex,
}

export interface UnknownVal {
  readonly rep: Rep.Unknown;
}
export interface BoolVal {
  readonly rep: Rep.Bool;
  readonly b: boolean;
}
export interface StringVal {
  readonly rep: Rep.String;
  /** A byte string. */
  readonly s: string;
}
export interface IntVal {
  readonly rep: Rep.Int;
  readonly v: bigint;
}
/** num/den in lowest terms, den > 0. */
export interface RatVal {
  readonly rep: Rep.Rat;
  readonly num: bigint;
  readonly den: bigint;
}
/** mant * 2**exp; mant is odd with at most 512 bits, or 0 (then exp is 0). */
export interface FloatVal {
  readonly rep: Rep.Float;
  readonly mant: bigint;
  readonly exp: number;
}
type RealVal = IntVal | RatVal | FloatVal;
export interface ComplexVal {
  readonly rep: Rep.Complex;
  readonly re: RealVal;
  readonly im: RealVal;
}

/** An immutable constant value. */
export type Value = UnknownVal | BoolVal | StringVal | IntVal | RatVal | FloatVal | ComplexVal;

// ---------------------------------------------------------------------------
// Limits (go/constant's and math/big's).

/** Mantissa precision of float values, in bits. */
const PREC = 512;
/** Fractions whose numerator or denominator has maxExp or more bits become floats. */
const MAX_EXP = 4 << 10;
/** Range of big.Float's binary exponent (x = 0.mant * 2**exp, 0.5 <= mant < 1). */
const MAX_BF_EXP = 2147483647;
const MIN_BF_EXP = -2147483648;

// ---------------------------------------------------------------------------
// Constructors.

export const unknown: Value = { rep: Rep.Unknown };
const trueVal: Value = { rep: Rep.Bool, b: true };
const falseVal: Value = { rep: Rep.Bool, b: false };
const emptyString: Value = { rep: Rep.String, s: "" };
const int0: IntVal = { rep: Rep.Int, v: 0n };
const int1: IntVal = { rep: Rep.Int, v: 1n };
const rat0: RatVal = { rep: Rep.Rat, num: 0n, den: 1n };
const float0: FloatVal = { rep: Rep.Float, mant: 0n, exp: 0 };

function mkInt(v: bigint): IntVal {
  if (v === 0n) return int0;
  if (v === 1n) return int1;
  return { rep: Rep.Int, v };
}

function mkRatRaw(num: bigint, den: bigint): RatVal {
  if (num === 0n) return rat0;
  return { rep: Rep.Rat, num, den };
}

export function kind(x: Value): Kind {
  switch (x.rep) {
    case Rep.Unknown:
      return Kind.Unknown;
    case Rep.Bool:
      return Kind.Bool;
    case Rep.String:
      return Kind.String;
    case Rep.Int:
      return Kind.Int;
    case Rep.Rat:
    case Rep.Float:
      return Kind.Float;
    case Rep.Complex:
      return Kind.Complex;
  }
}

export function makeBool(b: boolean): Value {
  return b ? trueVal : falseVal;
}

/** s is a byte string. */
export function makeString(s: string): Value {
  return s === "" ? emptyString : { rep: Rep.String, s };
}

export function makeInt64(x: bigint | number): Value {
  if (typeof x === "number") {
    if (!Number.isInteger(x)) throw new RangeError(`makeInt64: ${x} is not an integer`);
    x = BigInt(x);
  }
  return mkInt(BigInt.asIntN(64, x));
}

export function makeUint64(x: bigint): Value {
  return mkInt(BigInt.asUintN(64, x));
}

/** The Float value for x; -0 becomes 0 and non-finite values are Unknown. */
export function makeFloat64(x: number): Value {
  if (!Number.isFinite(x)) return unknown;
  if (x === 0) return rat0;
  const [m, e] = decompose(x);
  // Every finite float64 has a binary exponent well inside ±maxExp.
  if (e >= 0) return mkRatRaw(m << BigInt(e), 1n);
  const tz = Math.min(trailingZeros(m), -e);
  return mkRatRaw(m >> BigInt(tz), 1n << BigInt(-e - tz));
}

function makeComplex(re: Value, im: Value): Value {
  if (re.rep === Rep.Unknown || im.rep === Rep.Unknown) return unknown;
  return { rep: Rep.Complex, re: re as RealVal, im: im as RealVal };
}

/** go/constant's makeRat: a fraction, or a float if its parts grew too large. */
function makeRat(num: bigint, den: bigint): Value {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num < 0n ? -num : num, den);
  if (g !== 1n) {
    num /= g;
    den /= g;
  }
  return ratOrFloat(num, den);
}

/** (a/b) * (c/d) for fractions in lowest terms with b, d > 0, cancelling crosswise first. */
function ratMul(a: bigint, b: bigint, c: bigint, d: bigint): Value {
  if (a === 0n || c === 0n) return rat0;
  const g1 = gcd(abs(a), d);
  const g2 = gcd(abs(c), b);
  if (g1 !== 1n) {
    a /= g1;
    d /= g1;
  }
  if (g2 !== 1n) {
    c /= g2;
    b /= g2;
  }
  return ratOrFloat(a * c, b * d);
}

/** num/den (in lowest terms) as a fraction if its parts are small enough, else as a float. */
function ratOrFloat(num: bigint, den: bigint): Value {
  if (bitLenBig(num < 0n ? -num : num) < MAX_EXP && bitLenBig(den) < MAX_EXP) return mkRatRaw(num, den);
  return ratToFloat(num, den);
}

// ---------------------------------------------------------------------------
// Bigint and float64 helpers.

/** Number of bits of n >= 0. */
function bitLenBig(n: bigint): number {
  if (n < 0x20000000000000n) {
    const x = Number(n);
    if (x < 0x100000000) return 32 - Math.clz32(x);
    return 64 - Math.clz32(Math.floor(x / 0x100000000));
  }
  const s = n.toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s[0], 16)));
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** Number of trailing zero bits of n != 0. */
function trailingZeros(n: bigint): number {
  if (n < 0n) n = -n;
  return bitLenBig(n & -n) - 1;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;

/** x (finite, non-zero) as mant * 2**exp with an integer mantissa. */
function decompose(x: number): [bigint, number] {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  const be = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 0x100000000 + lo;
  let e: number;
  if (be === 0) {
    e = -1074;
  } else {
    m += 0x10000000000000;
    e = be - 1075;
  }
  const bm = BigInt(m);
  return [hi >>> 31 ? -bm : bm, e];
}

/** 2**e exactly, for -1074 <= e <= 1023. */
function pow2(e: number): number {
  if (e < -1022) return pow2(e + 64) * 5.421010862427522e-20; // 2**-64
  u32[HI] = (e + 1023) << 20;
  u32[LO] = 0;
  return f64[0];
}

const enum Mode {
  Even,
  Zero,
  Away,
}

/**
 * Rounds mag * 2**e (mag >= 0) to at most prec bits, with the result's
 * lowest bit at an exponent >= minLsb. Returns [q, e'] with
 * mag * 2**e ≈ q * 2**e', and whether that is exact. A caller that
 * truncated mag ORs the lost bits into mag's lowest bit ("jamming"); that
 * bit then lies below the rounding position, so the rounding stays correct.
 */
function round(mag: bigint, e: number, prec: number, mode: Mode, minLsb: number): [bigint, number, boolean] {
  const L = bitLenBig(mag);
  let shift = L - prec;
  if (e + shift < minLsb) shift = minLsb - e;
  if (shift <= 0) return [mag, e, true];
  let q: bigint;
  let cmpHalf: number; // dropped part compared with half a unit of q
  let nonzero: boolean;
  if (shift > L) {
    q = 0n;
    cmpHalf = -1;
    nonzero = mag !== 0n;
  } else {
    const s = BigInt(shift);
    q = mag >> s;
    const r = mag - (q << s);
    const half = 1n << (s - 1n);
    cmpHalf = r < half ? -1 : r > half ? 1 : 0;
    nonzero = r !== 0n;
  }
  let up = false;
  if (mode === Mode.Even) up = cmpHalf > 0 || (cmpHalf === 0 && (q & 1n) === 1n);
  else if (mode === Mode.Away) up = nonzero;
  if (up) {
    q += 1n;
    if (bitLenBig(q) > prec) {
      q >>= 1n;
      shift++;
    }
  }
  return [q, e + shift, !nonzero];
}

/** a/b (a, b > 0) as q * 2**e with q jammed and at least prec+3 bits long. */
function divJam(a: bigint, b: bigint, prec: number): [bigint, number] {
  const s = prec + 3 - (bitLenBig(a) - bitLenBig(b));
  let q: bigint;
  let r: bigint;
  if (s >= 0) {
    const n = a << BigInt(s);
    q = n / b;
    r = n - q * b;
  } else {
    const d = b << BigInt(-s);
    q = a / d;
    r = a - q * d;
  }
  if (r !== 0n) q |= 1n;
  return [q, -s];
}

/** The nearest IEEE value with a prec-bit mantissa (float64: 53, -1074, 1024; float32: 24, -149, 128). */
function toIEEE(neg: boolean, mag: bigint, e: number, prec: number, minLsb: number, maxTop: number): [number, boolean] {
  if (mag === 0n) return [0, true];
  const [q, e2, exact] = round(mag, e, prec, Mode.Even, minLsb);
  let f: number;
  let ok = exact;
  if (q === 0n) {
    f = 0;
    ok = false;
  } else if (e2 + bitLenBig(q) > maxTop) {
    f = Infinity;
    ok = false;
  } else {
    f = Number(q) * pow2(e2);
  }
  return [neg ? -f : f, ok];
}

// ---------------------------------------------------------------------------
// 512-bit floats (big.Float with go/constant's precision).

/** go/constant's makeFloat of a rounded result: 0 stays 0, overflow is Unknown. */
function mkFloat(neg: boolean, mag: bigint, e: number): Value {
  if (mag === 0n) return float0;
  const [q, e2] = round(mag, e, PREC, Mode.Even, -Infinity);
  const top = e2 + bitLenBig(q);
  if (top > MAX_BF_EXP) return unknown;
  if (top < MIN_BF_EXP) return float0;
  const tz = trailingZeros(q);
  const m = tz === 0 ? q : q >> BigInt(tz);
  return { rep: Rep.Float, mant: neg ? -m : m, exp: e2 + tz };
}

function ratToFloat(num: bigint, den: bigint): Value {
  if (num === 0n) return float0;
  const [q, e] = divJam(abs(num), den, PREC);
  return mkFloat(num < 0n, q, e);
}

function intToFloat(v: bigint): Value {
  return mkFloat(v < 0n, abs(v), 0);
}

function floatAdd(x: FloatVal, y: FloatVal, sub: boolean): Value {
  const ym = sub ? -y.mant : y.mant;
  if (x.mant === 0n) return ym === 0n ? float0 : { rep: Rep.Float, mant: ym, exp: y.exp };
  if (ym === 0n) return x;
  const xt = x.exp + bitLenBig(abs(x.mant));
  const yt = y.exp + bitLenBig(abs(ym));
  // Bits far below the larger operand's rounding position only matter as a
  // sticky bit: cut them off there and jam.
  const lo = Math.max(Math.min(x.exp, y.exp), Math.max(xt, yt) - PREC - 8);
  const s = alignJam(x.mant, x.exp, lo) + alignJam(ym, y.exp, lo);
  return mkFloat(s < 0n, abs(s), lo);
}

function alignJam(m: bigint, e: number, lo: number): bigint {
  if (e >= lo) return m << BigInt(e - lo);
  const mag = abs(m);
  const sh = lo - e;
  let t = sh >= bitLenBig(mag) ? 0n : mag >> BigInt(sh);
  if (t << BigInt(sh) !== mag) t |= 1n;
  return m < 0n ? -t : t;
}

function floatMul(x: FloatVal, y: FloatVal): Value {
  const p = x.mant * y.mant;
  return mkFloat(p < 0n, abs(p), x.exp + y.exp);
}

function floatQuo(x: FloatVal, y: FloatVal): Value {
  if (y.mant === 0n) {
    // big.Float gives ±Inf (Unknown here) for x/0, and panics for 0/0.
    if (x.mant === 0n) divByZero();
    return unknown;
  }
  if (x.mant === 0n) return float0;
  const [q, e] = divJam(abs(x.mant), abs(y.mant), PREC);
  return mkFloat(x.mant < 0n !== y.mant < 0n, q, e + x.exp - y.exp);
}

function floatCmp(x: FloatVal, y: FloatVal): number {
  const sx = x.mant < 0n ? -1 : x.mant > 0n ? 1 : 0;
  const sy = y.mant < 0n ? -1 : y.mant > 0n ? 1 : 0;
  if (sx !== sy || sx === 0) return sx < sy ? -1 : sx > sy ? 1 : 0;
  const ax = abs(x.mant);
  const ay = abs(y.mant);
  const tx = x.exp + bitLenBig(ax);
  const ty = y.exp + bitLenBig(ay);
  let c: number;
  if (tx !== ty) c = tx < ty ? -1 : 1;
  else {
    const lo = Math.min(x.exp, y.exp);
    const a = ax << BigInt(x.exp - lo);
    const b = ay << BigInt(y.exp - lo);
    c = a < b ? -1 : a > b ? 1 : 0;
  }
  return sx * c;
}

/** big.Float.MantExp: x = m * 2**exp with 0.5 <= |m| < 1. */
function mantExp(x: FloatVal): number {
  return x.mant === 0n ? 0 : x.exp + bitLenBig(abs(x.mant));
}

function smallFloat(x: FloatVal): boolean {
  const e = mantExp(x);
  return -MAX_EXP < e && e < MAX_EXP;
}

function floatIsInt(x: FloatVal): boolean {
  return x.exp >= 0 || x.mant === 0n;
}

// ---------------------------------------------------------------------------
// Representation matching (go/constant's match).

function toRat(x: IntVal): RatVal {
  return mkRatRaw(x.v, 1n);
}

function toFloatRep(x: RealVal): FloatVal {
  switch (x.rep) {
    case Rep.Int:
      return intToFloat(x.v) as FloatVal;
    case Rep.Rat:
      return ratToFloat(x.num, x.den) as FloatVal;
    case Rep.Float:
      return x;
  }
}

function toComplexRep(x: Value): ComplexVal {
  return x.rep === Rep.Complex ? x : { rep: Rep.Complex, re: x as RealVal, im: int0 };
}

function isNumeric(x: Value): x is RealVal | ComplexVal {
  return x.rep >= Rep.Int;
}

/** Converts the operand of lower representation to the other's; null if they don't match. */
function match(x: Value, y: Value): [Value, Value] | null {
  if (x.rep === y.rep) return [x, y];
  if (x.rep === Rep.Unknown || y.rep === Rep.Unknown) return [unknown, unknown];
  if (!isNumeric(x) || !isNumeric(y)) return null;
  const r = Math.max(x.rep, y.rep);
  const conv = (v: RealVal | ComplexVal): Value => {
    if (v.rep === r) return v;
    switch (r) {
      case Rep.Rat:
        return toRat(v as IntVal);
      case Rep.Float:
        return toFloatRep(v as RealVal);
      default:
        return toComplexRep(v);
    }
  };
  return [conv(x), conv(y)];
}

// ---------------------------------------------------------------------------
// Accessors.

function notA(what: string, x: Value): Error {
  return new TypeError(`${toString(x)} not ${what}`);
}

/** x must be a Bool or Unknown (false). */
export function boolVal(x: Value): boolean {
  if (x.rep === Rep.Bool) return x.b;
  if (x.rep === Rep.Unknown) return false;
  throw notA("a Bool", x);
}

/** x must be a String or Unknown (""); the result is a byte string. */
export function stringVal(x: Value): string {
  if (x.rep === Rep.String) return x.s;
  if (x.rep === Rep.Unknown) return "";
  throw notA("a String", x);
}

const MIN_INT64 = -(1n << 63n);
const MAX_INT64 = (1n << 63n) - 1n;
const MAX_UINT64 = (1n << 64n) - 1n;

/** The int64 value of x (an Int or Unknown) and whether it is exact. */
export function int64Val(x: Value): [bigint, boolean] {
  if (x.rep === Rep.Int) {
    const v = x.v;
    if (v >= MIN_INT64 && v <= MAX_INT64) return [v, true];
    return [BigInt.asIntN(64, v), false];
  }
  if (x.rep === Rep.Unknown) return [0n, false];
  throw notA("an Int", x);
}

/** The uint64 value of x (an Int or Unknown) and whether it is exact. */
export function uint64Val(x: Value): [bigint, boolean] {
  if (x.rep === Rep.Int) {
    const v = x.v;
    if (v >= MIN_INT64 && v <= MAX_INT64) return [BigInt.asUintN(64, v), v >= 0n];
    return [BigInt.asUintN(64, abs(v)), v >= 0n && v <= MAX_UINT64];
  }
  if (x.rep === Rep.Unknown) return [0n, false];
  throw notA("an Int", x);
}

function toBinaryFloat(x: Value, prec: number, minLsb: number, maxTop: number): [number, boolean] {
  switch (x.rep) {
    case Rep.Int: {
      const v = x.v;
      let mag = abs(v);
      let e = 0;
      if (bitLenBig(mag) > PREC) {
        // go/constant converts through a 512-bit big.Float.
        [mag, e] = round(mag, 0, PREC, Mode.Even, -Infinity);
      }
      return toIEEE(v < 0n, mag, e, prec, minLsb, maxTop);
    }
    case Rep.Rat: {
      if (x.num === 0n) return [0, true];
      const neg = x.num < 0n;
      const [q, e] = divJam(abs(x.num), x.den, prec);
      if (e + bitLenBig(q) < minLsb) {
        // big.Rat's conversion reports a value below half the smallest
        // denormal as exact when it has at most prec significant bits.
        return [neg ? -0 : 0, round(q, e, prec, Mode.Even, -Infinity)[2]];
      }
      return toIEEE(neg, q, e, prec, minLsb, maxTop);
    }
    case Rep.Float:
      // big.Float's conversion overflows its exponent arithmetic at the
      // very bottom of the exponent range and returns ±Inf there.
      if (mantExp(x) === MIN_BF_EXP) return [x.mant < 0n ? -Infinity : Infinity, false];
      return toIEEE(x.mant < 0n, abs(x.mant), x.exp, prec, minLsb, maxTop);
    case Rep.Unknown:
      return [0, false];
    default:
      throw notA("a Float", x);
  }
}

/** The nearest float64 to x (numeric but not Complex, or Unknown) and whether it is exact. */
export function float64Val(x: Value): [number, boolean] {
  return toBinaryFloat(x, 53, -1074, 1024);
}

/** The nearest float32 to x (as a number) and whether it is exact. */
export function float32Val(x: Value): [number, boolean] {
  return toBinaryFloat(x, 24, -149, 128);
}

/** x rounded to float32; null if it overflows to ±Inf (types2's roundFloat32). */
export function roundFloat32(x: Value): number | null {
  const f = float32Val(x)[0];
  return Number.isFinite(f) ? f : null;
}

/** x rounded to float64; null if it overflows to ±Inf (types2's roundFloat64). */
export function roundFloat64(x: Value): number | null {
  const f = float64Val(x)[0];
  return Number.isFinite(f) ? f : null;
}

/** Number of bits of |x|; x must be an Int or Unknown (0). */
export function bitLen(x: Value): number {
  if (x.rep === Rep.Int) return bitLenBig(abs(x.v));
  if (x.rep === Rep.Unknown) return 0;
  throw notA("an Int", x);
}

/** -1, 0 or 1 by the sign of x; for Complex, 0 iff x == 0; Unknown gives 1. */
export function sign(x: Value): -1 | 0 | 1 {
  switch (x.rep) {
    case Rep.Int:
      return x.v < 0n ? -1 : x.v > 0n ? 1 : 0;
    case Rep.Rat:
      return x.num < 0n ? -1 : x.num > 0n ? 1 : 0;
    case Rep.Float:
      return x.mant < 0n ? -1 : x.mant > 0n ? 1 : 0;
    case Rep.Complex:
      return (sign(x.re) | sign(x.im)) as -1 | 0 | 1;
    case Rep.Unknown:
      return 1;
    default:
      throw notA("numeric", x);
  }
}

/** Whether x is an Int, or a Float with an integral value. */
export function isInt(x: Value): boolean {
  switch (x.rep) {
    case Rep.Int:
      return true;
    case Rep.Rat:
      return x.den === 1n;
    case Rep.Float:
      return floatIsInt(x);
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------
// Numeric conversions.

/** x as an Int if it is (nearly) integral, else Unknown (go/constant's ToInt). */
export function toInt(x: Value): Value {
  switch (x.rep) {
    case Rep.Int:
      return x;
    case Rep.Rat:
      return x.den === 1n ? mkInt(x.num) : unknown;
    case Rep.Float: {
      if (!smallFloat(x)) return unknown;
      if (floatIsInt(x)) return mkInt(x.mant << BigInt(x.exp));
      // A value that is integral after dropping a few low bits, rounding
      // either way, is taken as an integer made inexact by earlier
      // rounding errors.
      const neg = x.mant < 0n;
      const mag = abs(x.mant);
      for (const mode of [Mode.Zero, Mode.Away]) {
        const [q, e] = round(mag, x.exp, PREC - 4, mode, -Infinity);
        if (q === 0n) return int0;
        const tz = trailingZeros(q);
        if (e + tz >= 0) {
          const v = e >= 0 ? q << BigInt(e) : q >> BigInt(-e);
          return mkInt(neg ? -v : v);
        }
      }
      return unknown;
    }
    case Rep.Complex: {
      const re = toFloat(x);
      return re.rep === Rep.Rat || re.rep === Rep.Float ? toInt(re) : unknown;
    }
    default:
      return unknown;
  }
}

/** x as a Float if representable, else Unknown. */
export function toFloat(x: Value): Value {
  switch (x.rep) {
    case Rep.Int:
      return bitLenBig(abs(x.v)) < MAX_EXP ? toRat(x) : intToFloat(x.v);
    case Rep.Rat:
    case Rep.Float:
      return x;
    case Rep.Complex:
      return sign(x.im) === 0 ? toFloat(x.re) : unknown;
    default:
      return unknown;
  }
}

/** x as a Complex if numeric, else Unknown. */
export function toComplex(x: Value): Value {
  switch (x.rep) {
    case Rep.Int:
    case Rep.Rat:
    case Rep.Float:
      return toComplexRep(x);
    case Rep.Complex:
      return x;
    default:
      return unknown;
  }
}

/** The real part of x (numeric or Unknown). */
export function real(x: Value): Value {
  switch (x.rep) {
    case Rep.Unknown:
    case Rep.Int:
    case Rep.Rat:
    case Rep.Float:
      return x;
    case Rep.Complex:
      return x.re;
    default:
      throw notA("numeric", x);
  }
}

/** The imaginary part of x (numeric or Unknown). */
export function imag(x: Value): Value {
  switch (x.rep) {
    case Rep.Unknown:
      return x;
    case Rep.Int:
    case Rep.Rat:
    case Rep.Float:
      return int0;
    case Rep.Complex:
      return x.im;
    default:
      throw notA("numeric", x);
  }
}

/** The Complex value x*i; x must be Int, Float or Unknown. */
export function makeImag(x: Value): Value {
  switch (x.rep) {
    case Rep.Unknown:
      return x;
    case Rep.Int:
    case Rep.Rat:
    case Rep.Float:
      return makeComplex(int0, x);
    default:
      throw notA("Int or Float", x);
  }
}

// ---------------------------------------------------------------------------
// Operations.

/**
 * op x for op in Add, Sub, Xor, Not. For ^ (Xor), prec > 0 limits the
 * result to prec bits (the size of an unsigned type).
 */
export function unaryOp(op: Operator, x: Value, prec = 0): Value {
  if (x.rep === Rep.Unknown) return x;
  switch (op) {
    case Operator.Add:
      if (isNumeric(x)) return x;
      break;
    case Operator.Sub:
      switch (x.rep) {
        case Rep.Int:
          return mkInt(-x.v);
        case Rep.Rat:
          return ratOrFloat(-x.num, x.den);
        case Rep.Float:
          return x.mant === 0n ? float0 : { rep: Rep.Float, mant: -x.mant, exp: x.exp };
        case Rep.Complex:
          return makeComplex(unaryOp(Operator.Sub, x.re), unaryOp(Operator.Sub, x.im));
      }
      break;
    case Operator.Xor:
      if (x.rep === Rep.Int) {
        let z = ~x.v;
        if (prec > 0) z &= (1n << BigInt(prec)) - 1n;
        return mkInt(z);
      }
      break;
    case Operator.Not:
      if (x.rep === Rep.Bool) return makeBool(!x.b);
      break;
  }
  throw new TypeError(`invalid unary operation ${opName(op)}${toString(x)}`);
}

function opName(op: Operator): string {
  return operatorString[op] ?? `op${op}`;
}

function divByZero(): never {
  throw new RangeError("division by zero");
}

/**
 * x op y for the arithmetic, bitwise and logical operators (not comparisons
 * or shifts). The operands are first brought to a common representation.
 * Div on Ints gives an exact fraction, unless intDiv is set (or op is
 * "quo"): then it truncates, as go/constant's QUO_ASSIGN does. Division by
 * zero throws a RangeError; the caller checks for it first.
 */
export function binaryOp(x: Value, op: Operator | "quo", y: Value, intDiv = false): Value {
  if (op === "quo") {
    op = Operator.Div;
    intDiv = true;
  }
  const m = match(x, y);
  if (m !== null) {
    const [a, b] = m;
    if (intDiv && op === Operator.Div && a.rep !== Rep.Int && a.rep !== Rep.Unknown) {
      throw new TypeError(`invalid integer division ${toString(x)} / ${toString(y)}`);
    }
    switch (a.rep) {
      case Rep.Unknown:
        return a;
      case Rep.Bool: {
        const bb = (b as BoolVal).b;
        if (op === Operator.AndAnd) return makeBool(a.b && bb);
        if (op === Operator.OrOr) return makeBool(a.b || bb);
        break;
      }
      case Rep.String:
        if (op === Operator.Add) return makeString(a.s + (b as StringVal).s);
        break;
      case Rep.Int: {
        const u = a.v;
        const v = (b as IntVal).v;
        switch (op) {
          case Operator.Add:
            return mkInt(u + v);
          case Operator.Sub:
            return mkInt(u - v);
          case Operator.Mul:
            return mkInt(u * v);
          case Operator.Div:
            if (v === 0n) divByZero();
            return intDiv ? mkInt(u / v) : makeRat(u, v);
          case Operator.Rem:
            if (v === 0n) divByZero();
            return mkInt(u % v);
          case Operator.And:
            return mkInt(u & v);
          case Operator.Or:
            return mkInt(u | v);
          case Operator.Xor:
            return mkInt(u ^ v);
          case Operator.AndNot:
            return mkInt(u & ~v);
        }
        break;
      }
      case Rep.Rat: {
        const bb = b as RatVal;
        switch (op) {
          case Operator.Add:
            return a.den === bb.den
              ? makeRat(a.num + bb.num, a.den)
              : makeRat(a.num * bb.den + bb.num * a.den, a.den * bb.den);
          case Operator.Sub:
            return a.den === bb.den
              ? makeRat(a.num - bb.num, a.den)
              : makeRat(a.num * bb.den - bb.num * a.den, a.den * bb.den);
          case Operator.Mul:
            return ratMul(a.num, a.den, bb.num, bb.den);
          case Operator.Div:
            if (bb.num === 0n) divByZero();
            return bb.num < 0n ? ratMul(a.num, a.den, -bb.den, -bb.num) : ratMul(a.num, a.den, bb.den, bb.num);
        }
        break;
      }
      case Rep.Float: {
        const bb = b as FloatVal;
        switch (op) {
          case Operator.Add:
            return floatAdd(a, bb, false);
          case Operator.Sub:
            return floatAdd(a, bb, true);
          case Operator.Mul:
            return floatMul(a, bb);
          case Operator.Div:
            return floatQuo(a, bb);
        }
        break;
      }
      case Rep.Complex: {
        const bb = b as ComplexVal;
        const p = a.re;
        const q = a.im;
        const r = bb.re;
        const s = bb.im;
        const add = (u: Value, v: Value) => binaryOp(u, Operator.Add, v);
        const sub = (u: Value, v: Value) => binaryOp(u, Operator.Sub, v);
        const mul = (u: Value, v: Value) => binaryOp(u, Operator.Mul, v);
        const quo = (u: Value, v: Value) => binaryOp(u, Operator.Div, v);
        switch (op) {
          case Operator.Add:
            return makeComplex(add(p, r), add(q, s));
          case Operator.Sub:
            return makeComplex(sub(p, r), sub(q, s));
          case Operator.Mul:
            return makeComplex(sub(mul(p, r), mul(q, s)), add(mul(q, r), mul(p, s)));
          case Operator.Div: {
            const pr = mul(p, r);
            const qs = mul(q, s);
            const qr = mul(q, r);
            const ps = mul(p, s);
            const d = add(mul(r, r), mul(s, s));
            return makeComplex(quo(add(pr, qs), d), quo(sub(qr, ps), d));
          }
        }
        break;
      }
    }
  }
  throw new TypeError(`invalid binary operation ${toString(x)} ${opName(op)} ${toString(y)}`);
}

/** x << s or x >> s (op Shl or Shr); x must be an Int or Unknown. */
export function shift(x: Value, op: Operator, s: number): Value {
  if (x.rep === Rep.Unknown) return x;
  if (x.rep === Rep.Int) {
    if (s === 0) return x;
    if (op === Operator.Shl) return mkInt(x.v << BigInt(s));
    if (op === Operator.Shr) return mkInt(x.v >> BigInt(s));
  }
  throw new TypeError(`invalid shift ${toString(x)} ${opName(op)} ${s}`);
}

function cmpOrder(c: number, op: Operator): boolean {
  switch (op) {
    case Operator.Eql:
      return c === 0;
    case Operator.Neq:
      return c !== 0;
    case Operator.Lss:
      return c < 0;
    case Operator.Leq:
      return c <= 0;
    case Operator.Gtr:
      return c > 0;
    case Operator.Geq:
      return c >= 0;
  }
  throw new TypeError(`invalid comparison operator ${opName(op)}`);
}

/** x op y for op in Eql..Geq. Comparisons with Unknown are false. */
export function compare(x: Value, op: Operator, y: Value): boolean {
  const m = match(x, y);
  if (m !== null) {
    const [a, b] = m;
    switch (a.rep) {
      case Rep.Unknown:
        return false;
      case Rep.Bool:
        if (op === Operator.Eql) return a.b === (b as BoolVal).b;
        if (op === Operator.Neq) return a.b !== (b as BoolVal).b;
        break;
      case Rep.String: {
        // Byte strings compare like Go strings, byte by byte.
        const bs = (b as StringVal).s;
        return cmpOrder(a.s < bs ? -1 : a.s > bs ? 1 : 0, op);
      }
      case Rep.Int: {
        const bv = (b as IntVal).v;
        return cmpOrder(a.v < bv ? -1 : a.v > bv ? 1 : 0, op);
      }
      case Rep.Rat: {
        const bb = b as RatVal;
        const l = a.num * bb.den;
        const r = bb.num * a.den;
        return cmpOrder(l < r ? -1 : l > r ? 1 : 0, op);
      }
      case Rep.Float:
        return cmpOrder(floatCmp(a, b as FloatVal), op);
      case Rep.Complex: {
        const bb = b as ComplexVal;
        const eq = compare(a.re, Operator.Eql, bb.re) && compare(a.im, Operator.Eql, bb.im);
        if (op === Operator.Eql) return eq;
        if (op === Operator.Neq) return !eq;
        break;
      }
    }
  }
  throw new TypeError(`invalid comparison ${toString(x)} ${opName(op)} ${toString(y)}`);
}

/**
 * Whether x and y are the same constant: equal values of the same kind
 * class (numbers compare by value across Int, Float and Complex). Unknown
 * equals nothing; values that cannot be compared are not equal.
 */
export function equal(x: Value, y: Value): boolean {
  if (x === y) return x.rep !== Rep.Unknown;
  if (x.rep === Rep.Unknown || y.rep === Rep.Unknown) return false;
  if (isNumeric(x) !== isNumeric(y)) return false;
  if (!isNumeric(x) && x.rep !== y.rep) return false;
  return compare(x, Operator.Eql, y);
}

// ---------------------------------------------------------------------------
// Literals.

/**
 * The value of a literal (source text, a byte string) of the given kind,
 * or Unknown if it is malformed or out of range.
 */
export function makeFromLiteral(lit: string, k: LitKind): Value {
  switch (k) {
    case LitKind.Int:
      return parseIntLit(lit);
    case LitKind.Float:
      return parseFloatLit(lit);
    case LitKind.Imag: {
      const n = lit.length;
      if (n > 0 && lit.charCodeAt(n - 1) === 0x69 /* i */) {
        return makeComplex(int0, parseFloatLit(lit.slice(0, n - 1)));
      }
      return unknown;
    }
    case LitKind.Rune: {
      const n = lit.length;
      if (n < 2) return unknown;
      const r = unquoteChar(lit.slice(1, n - 1), 0, 0x27);
      return r === null ? unknown : mkInt(BigInt(r[0]));
    }
    case LitKind.String: {
      const s = unquote(lit);
      return s === null ? unknown : makeString(s);
    }
  }
  return unknown;
}

const decimalInt = /^[+-]?[1-9](?:_?[0-9])*$/;
const hexInt = /^[+-]?0[xX](?:_?[0-9a-fA-F])+$/;
const binInt = /^[+-]?0[bB](?:_?[01])+$/;
const octInt = /^[+-]?0[oO](?:_?[0-7])+$/;
const oldOctInt = /^[+-]?0(?:_?[0-7])*$/;

function parseIntLit(lit: string): Value {
  let s: string;
  if (decimalInt.test(lit) || hexInt.test(lit) || binInt.test(lit) || octInt.test(lit)) {
    s = lit;
  } else if (oldOctInt.test(lit)) {
    const i = lit[0] === "+" || lit[0] === "-" ? 1 : 0;
    s = lit.slice(0, i) + "0o0" + lit.slice(i + 1);
  } else {
    return unknown;
  }
  s = s.replaceAll("_", "");
  if (s[0] === "+" || s[0] === "-") {
    // BigInt() accepts no sign together with a base prefix.
    const v = BigInt(s.slice(1));
    return mkInt(s[0] === "-" ? -v : v);
  }
  return mkInt(BigInt(s));
}

function digitVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x7a) return l - 0x61 + 10;
  return 99;
}

/**
 * A float literal's value as (-1)**neg * mant * 2**e2 * 5**e5, in the
 * syntax big.Float.Parse accepts with base 0: an optional sign, a decimal
 * mantissa or a 0x/0b/0o-prefixed one, an optional e or p exponent (p only
 * for hexadecimal mantissas), and '_' separators between digits.
 */
interface FloatParts {
  neg: boolean;
  mant: bigint;
  e2: number;
  e5: number;
}

function scanFloat(lit: string): FloatParts | null {
  const n = lit.length;
  let i = 0;
  let neg = false;
  if (i < n && (lit[i] === "+" || lit[i] === "-")) {
    neg = lit[i] === "-";
    i++;
  }
  let base = 10;
  let prefix = false;
  if (i + 1 < n && lit[i] === "0") {
    const p = lit[i + 1];
    if (p === "x" || p === "X" || p === "b" || p === "B" || p === "o" || p === "O") {
      base = p === "x" || p === "X" ? 16 : p === "b" || p === "B" ? 2 : 8;
      i += 2;
      prefix = true;
    }
  }
  const isDigit = (j: number) => j < n && digitVal(lit.charCodeAt(j)) < base;
  // Mantissa: digits, at most one '.', and '_' between digits or between
  // the prefix and a digit.
  const start = i;
  let digits = "";
  let frac = -1;
  for (; i < n; i++) {
    const ch = lit[i];
    if (ch === "_") {
      if (!((i === start ? prefix : isDigit(i - 1)) && isDigit(i + 1))) return null;
    } else if (ch === ".") {
      if (frac >= 0) return null;
      frac = 0;
    } else if (isDigit(i)) {
      digits += ch;
      if (frac >= 0) frac++;
    } else {
      break;
    }
  }
  if (digits === "") return null;
  const fd = frac > 0 ? frac : 0;
  const bits = base === 16 ? 4 : base === 8 ? 3 : 1;
  let e2 = -fd * bits;
  let e5 = base === 10 ? -fd : 0;
  if (i < n) {
    const c = lit[i];
    const dec = c === "e" || c === "E";
    if (!(c === "p" || c === "P" || (dec && base !== 16))) return null;
    i++;
    let eneg = false;
    if (i < n && (lit[i] === "+" || lit[i] === "-")) {
      eneg = lit[i] === "-";
      i++;
    }
    const es = i;
    let ed = "";
    for (; i < n; i++) {
      const ch = lit[i];
      if (ch === "_") {
        const ok = i > es && lit[i - 1] >= "0" && lit[i - 1] <= "9" && i + 1 < n && lit[i + 1] >= "0" && lit[i + 1] <= "9";
        if (!ok) return null;
      } else if (ch >= "0" && ch <= "9") {
        ed += ch;
      } else {
        return null;
      }
    }
    if (ed === "") return null;
    // The exponent must fit an int64; beyond ±2**40 no literal is finite
    // and non-zero, so it is clamped there.
    const eb = BigInt(ed);
    if (eneg ? eb > 1n << 63n : eb >= 1n << 63n) return null;
    let ev = eb > 1n << 40n ? 2 ** 40 : Number(eb);
    if (eneg) ev = -ev;
    e2 += ev;
    if (dec) e5 += ev;
  }
  const mant = base === 10 ? BigInt(digits) : BigInt((base === 16 ? "0x" : base === 2 ? "0b" : "0o") + digits);
  return { neg, mant, e2, e5 };
}

const LOG2_5 = 2.321928094887362;

/** go/constant's makeFloatFromLiteral. */
function parseFloatLit(lit: string): Value {
  if (lit === "Inf" || lit === "inf" || lit === "+Inf" || lit === "+inf" || lit === "-Inf" || lit === "-inf") {
    return unknown;
  }
  const p = scanFloat(lit);
  if (p === null) return unknown;
  const { neg, mant, e2, e5 } = p;
  if (mant === 0n) return rat0;
  const L = bitLenBig(mant);
  // big.Float's exponent range check before the power of 5 is applied.
  if (L + e2 < MIN_BF_EXP || L + e2 > MAX_BF_EXP) return unknown;
  // Small enough for an exact fraction? (smallFloat of the parsed big.Float)
  const lo = L - 1 + e2 + e5 * LOG2_5;
  const hi = L + 1 + e2 + e5 * LOG2_5;
  let small: boolean | null = null;
  if (lo > -MAX_EXP + 2 && hi < MAX_EXP - 2) small = true;
  else if (hi < -MAX_EXP - 4 || lo > MAX_EXP + 4) small = false;
  let f: Value | null = null;
  if (small !== true || Math.abs(e5) > 1e6) {
    f = parseBigFloat(neg, mant, e2, e5);
    if (f.rep === Rep.Float && f.mant === 0n) return rat0;
    if (small === null) small = f.rep === Rep.Float && smallFloat(f);
    // big.Rat.SetString rejects decimal exponents beyond 1e6.
    if (!small || Math.abs(e5) > 1e6) return f;
  }
  let num = neg ? -mant : mant;
  let den = 1n;
  if (e5 > 0) num *= 5n ** BigInt(e5);
  else if (e5 < 0) den *= 5n ** BigInt(-e5);
  if (e2 > 0) num <<= BigInt(e2);
  else if (e2 < 0) den <<= BigInt(-e2);
  return mkRatRaw(...reduceRat(num, den, e2 < 0 ? -e2 : 0, e5 < 0 ? -e5 : 0));
}

/** num/den in lowest terms, where den = 2**d2 * 5**d5. */
function reduceRat(num: bigint, den: bigint, d2: number, d5: number): [bigint, bigint] {
  if (d2 > 0) {
    const t = Math.min(trailingZeros(num), d2);
    if (t > 0) {
      num >>= BigInt(t);
      den >>= BigInt(t);
    }
  }
  const p16 = 152587890625n; // 5**16
  while (d5 >= 16 && num % p16 === 0n) {
    num /= p16;
    den /= p16;
    d5 -= 16;
  }
  while (d5 > 0 && num % 5n === 0n) {
    num /= 5n;
    den /= 5n;
    d5--;
  }
  return [num, den];
}

/** pow5 of math/big's Float parsing, at precision prec (rounded as big.Float rounds). */
function pow5(n: number, prec: number): [bigint, number] {
  if (n <= 27) return [5n ** BigInt(n), 0];
  let zm = 5n ** 27n;
  let ze = 0;
  n -= 27;
  let fm = 5n;
  let fe = 0;
  while (n > 0) {
    if (n % 2 === 1) {
      [zm, ze] = round(zm * fm, ze + fe, prec, Mode.Even, -Infinity);
    }
    n = Math.floor(n / 2);
    if (n > 0) [fm, fe] = round(fm * fm, fe + fe, prec + 64, Mode.Even, -Infinity);
  }
  return [zm, ze];
}

/** The literal as big.Float.Parse computes it at 512 bits, as a go/constant float. */
function parseBigFloat(neg: boolean, mant: bigint, e2: number, e5: number): Value {
  if (e5 === 0) return mkFloat(neg, mant, e2);
  // Powers of 5 beyond 2**30 overflow big.Float's exponent: the result is
  // then infinite or zero anyway.
  if (Math.abs(e5) > 1 << 30) return e5 > 0 ? unknown : float0;
  const [pm, pe] = pow5(Math.abs(e5), PREC + 64);
  if (e5 > 0) return mkFloat(neg, mant * pm, e2 + pe);
  const [q, e] = divJam(mant, pm, PREC);
  return mkFloat(neg, q, e + e2 - pe);
}

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/**
 * strconv.UnquoteChar on byte string s at i: [value, multibyte, next index],
 * or null for a syntax error.
 */
function unquoteChar(s: string, i: number, quote: number): [number, boolean, number] | null {
  if (i >= s.length) return null;
  const c = s.charCodeAt(i);
  if (c === quote && (quote === 0x27 || quote === 0x22)) return null;
  if (c >= 0x80) {
    const [r, size] = decodeRune(s, i);
    return [r < 0 ? 0xfffd : r, true, i + size];
  }
  if (c !== 0x5c) return [c, false, i + 1];
  if (i + 1 >= s.length) return null;
  const e = s.charCodeAt(i + 1);
  i += 2;
  switch (e) {
    case 0x61: // a
      return [7, false, i];
    case 0x62: // b
      return [8, false, i];
    case 0x66: // f
      return [12, false, i];
    case 0x6e: // n
      return [10, false, i];
    case 0x72: // r
      return [13, false, i];
    case 0x74: // t
      return [9, false, i];
    case 0x76: // v
      return [11, false, i];
    case 0x78: // x
    case 0x75: // u
    case 0x55: {
      // U
      const n = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
      if (i + n > s.length) return null;
      let v = 0;
      for (let j = 0; j < n; j++) {
        const d = unhex(s.charCodeAt(i + j));
        if (d < 0) return null;
        v = v * 16 + d;
      }
      i += n;
      if (e === 0x78) return [v, false, i];
      if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return null;
      return [v, true, i];
    }
    case 0x30:
    case 0x31:
    case 0x32:
    case 0x33:
    case 0x34:
    case 0x35:
    case 0x36:
    case 0x37: {
      let v = e - 0x30;
      if (i + 2 > s.length) return null;
      for (let j = 0; j < 2; j++) {
        const d = s.charCodeAt(i + j) - 0x30;
        if (d < 0 || d > 7) return null;
        v = (v << 3) | d;
      }
      i += 2;
      if (v > 255) return null;
      return [v, false, i];
    }
    case 0x5c:
      return [0x5c, false, i];
    case 0x27:
    case 0x22:
      if (e !== quote) return null;
      return [e, false, i];
  }
  return null;
}

/** UTF-8 encoding of rune r as a byte string. */
function encodeRune(r: number): string {
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(
    0xf0 | (r >> 18),
    0x80 | ((r >> 12) & 0x3f),
    0x80 | ((r >> 6) & 0x3f),
    0x80 | (r & 0x3f),
  );
}

function isValidUTF8(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    if (s.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const [r, size] = decodeRune(s, i);
    if (r < 0) return false;
    i += size;
  }
  return true;
}

/** strconv.Unquote for "..." and `...` literals (byte strings); null on error. */
function unquote(lit: string): string | null {
  const n = lit.length;
  if (n < 2) return null;
  const q = lit.charCodeAt(0);
  if (q === 0x60) {
    if (lit.charCodeAt(n - 1) !== 0x60 || lit.indexOf("`", 1) !== n - 1) return null;
    const body = lit.slice(1, n - 1);
    return body.includes("\r") ? body.replaceAll("\r", "") : body;
  }
  if (q !== 0x22) return null;
  const body = lit.slice(1, n - 1);
  if (lit.charCodeAt(n - 1) === 0x22 && !body.includes("\\") && !body.includes("\n") && !body.includes('"')) {
    if (isValidUTF8(body)) return body;
  }
  let out = "";
  let i = 1;
  while (i < n && lit.charCodeAt(i) !== q) {
    if (lit.charCodeAt(i) === 0x0a) return null;
    const r = unquoteChar(lit, i, q);
    if (r === null) return null;
    const [v, multibyte, next] = r;
    out += v < 0x80 || !multibyte ? String.fromCharCode(v) : encodeRune(v);
    i = next;
  }
  if (i !== n - 1) return null;
  return out;
}

// ---------------------------------------------------------------------------
// Formatting.

/** The short form of x, as go/constant's Value.String. */
export function toString(x: Value): string {
  switch (x.rep) {
    case Rep.Unknown:
      return "unknown";
    case Rep.Bool:
      return x.b ? "true" : "false";
    case Rep.String:
      return shortQuote(x.s);
    case Rep.Int:
      return x.v.toString();
    case Rep.Rat:
      return floatString(ratToFloat(x.num, x.den) as FloatVal);
    case Rep.Float:
      return floatString(x);
    case Rep.Complex:
      return `(${toString(x.re)} + ${toString(x.im)}i)`;
  }
}

/** The exact form of x, as go/constant's ExactString. */
export function exactString(x: Value): string {
  switch (x.rep) {
    case Rep.String:
      return quoteGo(x.s);
    case Rep.Rat:
      return x.den === 1n ? x.num.toString() : `${x.num}/${x.den}`;
    case Rep.Float:
      return floatHexString(x);
    case Rep.Complex:
      return `(${exactString(x.re)} + ${exactString(x.im)}i)`;
    default:
      return toString(x);
  }
}

/** strconv.Quote(s), shortened to 72 runes with "..." as go/constant does. */
function shortQuote(s: string): string {
  const maxLen = 72;
  // Quoting never shrinks a rune, so a prefix of 80 runes decides the result.
  let src = s;
  if (s.length > 4 * (maxLen + 8)) {
    let i = 0;
    for (let k = 0; k < maxLen + 8 && i < s.length; k++) i += decodeRune(s, i)[1];
    src = s.slice(0, i);
  }
  const q = quoteGo(src);
  let i = 0;
  let count = 0;
  while (i < q.length && count <= maxLen) {
    i += decodeRune(q, i)[1];
    count++;
  }
  if (count <= maxLen && src === s) return q;
  let j = 0;
  for (let k = 0; k < maxLen - 3; k++) j += decodeRune(q, j)[1];
  return q.slice(0, j) + "...";
}

/** big.Float.Text('p', 0): "-0x.8p+1" style. */
function floatHexString(x: FloatVal): string {
  if (x.mant === 0n) return "0";
  const mag = abs(x.mant);
  const L = bitLenBig(mag);
  const pad = (4 - (L % 4)) % 4;
  const hex = (mag << BigInt(pad)).toString(16).replace(/0+$/, "");
  const e = x.exp + L;
  return `${x.mant < 0n ? "-" : ""}0x.${hex}p${e >= 0 ? "+" : ""}${e}`;
}

/** go/constant's floatVal.String. */
function floatString(x: FloatVal): string {
  const [f] = toIEEE(x.mant < 0n, abs(x.mant), x.exp, 53, -1074, 1024);
  if ((x.mant === 0n) === (f === 0) && Number.isFinite(f)) {
    let s = formatG(f, 6);
    if (!floatIsInt(x) && !s.includes(".")) s = formatShortestG(f);
    return s;
  }
  // Out of float64 range: approximate m * 10**e with 1 <= |m| < 10.
  const mag = abs(x.mant);
  const L = bitLenBig(mag);
  const exp = x.exp + L;
  let [m] = toIEEE(x.mant < 0n, mag, -L, 53, -1074, 1024);
  const d = exp * 0.30102999566398119521373889472449302676818988146210854131;
  let e = Math.trunc(d);
  m *= Math.pow(10, d - e);
  const am = Math.abs(m);
  if (am < 0.9999995) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  return `${formatG(m, 6)}e${e >= 0 ? "+" : "-"}${Math.abs(e)}`;
}

/** The exact decimal digits of finite x != 0: |x| = 0.digits * 10**dp. */
function exactDigits(x: number): [string, number] {
  const [m, e] = decompose(x);
  const mag = abs(m);
  if (e >= 0) {
    const d = (mag << BigInt(e)).toString();
    return [d, d.length];
  }
  const d = (mag * 5n ** BigInt(-e)).toString();
  return [d, d.length + e];
}

/** fmt's %.{prec}g for a float64 (round half to even on the exact value). */
function formatG(x: number, prec: number): string {
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const neg = x < 0;
  let [d, dp] = exactDigits(x);
  if (d.length > prec) {
    const rest = d.slice(prec);
    d = d.slice(0, prec);
    let up: boolean;
    if (rest[0] > "5") up = true;
    else if (rest[0] < "5") up = false;
    else if (/[1-9]/.test(rest.slice(1))) up = true;
    else up = (d.charCodeAt(prec - 1) - 0x30) % 2 === 1;
    if (up) {
      const inc = (BigInt(d) + 1n).toString();
      if (inc.length > d.length) {
        d = inc.slice(0, prec);
        dp++;
      } else {
        d = inc;
      }
    }
  }
  d = d.replace(/0+$/, "");
  return (neg ? "-" : "") + layoutG(d, dp, prec);
}

/** fmt's %g for a float64 (shortest digits that read back as x). */
function formatShortestG(x: number): string {
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const s = Math.abs(x).toExponential();
  const k = s.indexOf("e");
  const d = s.slice(0, k).replace(".", "");
  const dp = Number(s.slice(k + 1)) + 1;
  return (x < 0 ? "-" : "") + layoutG(d, dp, 6);
}

/** strconv's %g layout of digits d (no trailing zeros) with value 0.d * 10**dp. */
function layoutG(d: string, dp: number, eprec: number): string {
  const exp = dp - 1;
  if (exp < -4 || exp >= eprec) {
    const m = d.length > 1 ? d[0] + "." + d.slice(1) : d;
    const ae = Math.abs(exp);
    return `${m}e${exp < 0 ? "-" : "+"}${ae < 10 ? "0" : ""}${ae}`;
  }
  if (dp <= 0) return "0." + "0".repeat(-dp) + d;
  if (dp >= d.length) return d + "0".repeat(dp - d.length);
  return d.slice(0, dp) + "." + d.slice(dp);
}
