// strconv natives: formatFloat (FormatFloat, bit for bit as Go) and atof
// (correctly rounded parsing of a validated literal).
//
// Formatting works on decimal digit strings d (no leading zeros, trailing
// zeros trimmed) with a decimal point position dp: the value is 0.d × 10^dp.
// Digits come from V8 where V8 is exact (toExponential/toFixed are
// correctly rounded; toExponential() gives the shortest round-trip digits,
// closest to the value), and from exact BigInt arithmetic otherwise: V8
// rounds exact ties half up where Go rounds them half to even, precisions
// above 100 are beyond V8, and float32's shortest digits need float32's
// rounding interval. The layout rules (%e, %f, %g with its precision
// choices, %b, %x) follow strconv/ftoa.go.

import type { Runtime } from "../../runtime/rt.js";
import { makeMem64 } from "../../runtime/int64.js";
import { GoPanic } from "../../vm/panic.js";

// ---------------------------------------------------------------------------
// Bits of floats

const sf64 = new Float64Array(1);
const su32 = new Uint32Array(sf64.buffer);
const sf32 = new Float32Array(1);
const su32f = new Uint32Array(sf32.buffer);

/** A finite float as Go's genericFtoa sees it: value = mant × 2^(exp - mantbits). */
interface Parts {
  neg: boolean;
  /** Mantissa with the implicit bit (at most 53 bits, exact as a number). */
  mant: number;
  exp: number;
  mantbits: number;
  /** Smallest exp (denormals). */
  minexp: number;
  /** Infinity or NaN. */
  special: string | null;
}

function parts64(v: number): Parts {
  sf64[0] = v;
  const lo = su32[0];
  const hi = su32[1];
  const neg = hi >>> 31 !== 0;
  let exp = (hi >>> 20) & 0x7ff;
  let mant = (hi & 0xfffff) * 4294967296 + lo;
  let special: string | null = null;
  if (exp === 0x7ff) special = mant !== 0 ? "NaN" : neg ? "-Inf" : "+Inf";
  else if (exp === 0) exp++;
  else mant += 4503599627370496; // 2^52
  return { neg, mant, exp: exp - 1023, mantbits: 52, minexp: -1022, special };
}

function parts32(v: number): Parts {
  sf32[0] = v;
  const b = su32f[0];
  const neg = b >>> 31 !== 0;
  let exp = (b >>> 23) & 0xff;
  let mant = b & 0x7fffff;
  let special: string | null = null;
  if (exp === 0xff) special = mant !== 0 ? "NaN" : neg ? "-Inf" : "+Inf";
  else if (exp === 0) exp++;
  else mant += 0x800000;
  return { neg, mant, exp: exp - 127, mantbits: 23, minexp: -126, special };
}

/** |v| = m × 2^e with m odd (v finite, non-zero). */
function oddParts(p: Parts): { m: number; e: number } {
  let m = p.mant;
  let e = p.exp - p.mantbits;
  while (m % 2 === 0) {
    m /= 2;
    e++;
  }
  return { m, e };
}

// ---------------------------------------------------------------------------
// Exact decimals

interface Dec {
  d: string;
  dp: number;
}

const pow5cache: bigint[] = [1n];
function pow5(n: number): bigint {
  while (pow5cache.length <= n) pow5cache.push(pow5cache[pow5cache.length - 1] * 5n);
  return pow5cache[n];
}

function trimZeros(d: string, dp: number): Dec {
  let n = d.length;
  while (n > 0 && d.charCodeAt(n - 1) === 48) n--;
  if (n === 0) return { d: "", dp: 0 };
  return { d: n === d.length ? d : d.slice(0, n), dp };
}

/** The exact decimal expansion of m × 2^e (m a non-negative integer). */
function exactDec(m: bigint, e: number): Dec {
  if (m === 0n) return { d: "", dp: 0 };
  if (e >= 0) {
    const s = (m << BigInt(e)).toString();
    return trimZeros(s, s.length);
  }
  const s = (m * pow5(-e)).toString();
  return trimZeros(s, s.length + e);
}

/** Rounds x to its first n digits (as decimal.Round: half to even; n < 0 or n >= nd leaves x as is). */
function roundDec(x: Dec, n: number): Dec {
  const { d, dp } = x;
  if (n < 0 || n >= d.length) return x;
  const c = d.charCodeAt(n);
  let up: boolean;
  if (c !== 53) up = c > 53;
  else if (n + 1 < d.length) up = true; // trailing digits are trimmed, so something non-zero follows
  else up = n > 0 && (d.charCodeAt(n - 1) - 48) % 2 === 1;
  if (!up) return trimZeros(d.slice(0, n), dp);
  // Round up: increment the first n digits.
  let i = n - 1;
  while (i >= 0 && d.charCodeAt(i) === 57) i--;
  if (i < 0) return { d: "1", dp: dp + 1 };
  return { d: d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1), dp };
}

/** Digits of a V8 exponential string "d.ddde±x" (without sign). */
function fromExponential(s: string): Dec {
  const ei = s.indexOf("e");
  const mant = s.slice(0, ei);
  const exp = Number(s.slice(ei + 1));
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return trimZeros(digits, exp + 1);
}

/**
 * Whether x (finite, non-zero) might be exactly halfway between two
 * decimals with n significant digits, given the exponent E10 of a
 * correctly rounded n-digit form (x's own decimal exponent is E10 or E10-1).
 * x = m × 2^e (m odd) is such a tie at k = n-1-E digits after the point
 * exactly when x × 10^k has fractional part 1/2, that is when e + k = -1
 * and, for k < 0, 5^-k divides m.
 */
function maybeTie(p: Parts, n: number, E10: number): boolean {
  const { m, e } = oddParts(p);
  for (const E of [E10, E10 - 1]) {
    const k = n - 1 - E;
    if (e + k !== -1) continue;
    if (k >= 0) return true;
    if (-k <= 22 && m % 5 ** -k === 0) return true;
  }
  return false;
}

/** x = |value| rounded to n >= 1 significant digits, half to even. */
function fixedDigits(p: Parts, x: number, n: number): Dec {
  if (n <= 101) {
    const r = fromExponential(x.toExponential(n - 1));
    const E10 = r.dp - 1;
    if (!maybeTie(p, n, E10)) return r;
  }
  return roundDec(exactDec(BigInt(p.mant), p.exp - p.mantbits), n);
}

/** Shortest digits of a float64 (V8's shortest round-trip, closest to x). */
function shortest64(x: number): Dec {
  return fromExponential(x.toExponential());
}

/**
 * Shortest digits that round-trip through the float of parts p, closest to
 * it (ties to even), as strconv's roundShortest: the fewest digits n for
 * which rounding x down or up to n digits stays within the interval of
 * values that round to x (inclusive when the mantissa is even).
 */
function shortestExact(p: Parts): Dec {
  const mant = p.mant;
  if (mant === 0) return { d: "", dp: 0 };
  const sh = p.exp - p.mantbits - 2; // everything below is an integer times 2^sh
  const M = BigInt(mant);
  const V = 4n * M;
  const U = V + 2n;
  const L = mant > 2 ** p.mantbits || p.exp === p.minexp ? V - 2n : V - 1n;
  const inclusive = mant % 2 === 0;
  const x = exactDec(M, p.exp - p.mantbits);
  // cmp(D, t, X): sign of D × 10^t - X × 2^sh.
  const cmp = (D: bigint, t: number, X: bigint): number => {
    let a = D;
    let b = X;
    if (t >= 0) a *= 10n ** BigInt(t);
    else b *= 10n ** BigInt(-t);
    if (sh >= 0) b <<= BigInt(sh);
    else a <<= BigInt(-sh);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  for (let n = 1; n < x.d.length; n++) {
    const t = x.dp - n;
    const down = BigInt(x.d.slice(0, n));
    const up = down + 1n;
    const cl = cmp(down, t, L);
    const okdown = cl > 0 || (inclusive && cl === 0);
    const cu = cmp(up, t, U);
    const okup = cu < 0 || (inclusive && cu === 0);
    if (okdown && okup) return roundDec(x, n);
    if (okdown) return trimZeros(x.d.slice(0, n), x.dp);
    if (okup) return roundDec({ d: x.d.slice(0, n) + "9", dp: x.dp }, n); // forces the round up
  }
  return x;
}

/** Shortest digits of a float32 value x (positive): V8's correctly rounded n-digit forms when they decide, else exact. */
function shortest32(p: Parts, x: number): Dec {
  const powerOf2 = p.mant === 0x800000 && p.exp > p.minexp;
  if (!powerOf2) {
    // The interval is symmetric, so the nearest n-digit decimal is inside
    // it from some n on (9 digits always are): binary search for that n.
    const half = 2 ** (p.exp - p.mantbits - 1);
    const lo = x - half;
    const hi = x + half;
    let a = 1;
    let b = 9;
    let best = "";
    let undecided = false;
    while (a <= b) {
      const n = (a + b) >> 1;
      const s = x.toExponential(n - 1);
      const c = Number(s);
      if (c === lo || c === hi) {
        undecided = true; // on the boundary: decide exactly
        break;
      }
      if (c > lo && c < hi) {
        best = s;
        b = n - 1;
      } else a = n + 1;
    }
    if (!undecided && best !== "") {
      const r = fromExponential(best);
      if (!maybeTie(p, best.indexOf("e") - (best.length > 1 && best[1] === "." ? 1 : 0), r.dp - 1)) return r;
    }
  }
  return shortestExact(p);
}

// ---------------------------------------------------------------------------
// Layout

function expDigits(exp: number, min: number): string {
  const s = String(exp);
  return s.length >= min ? s : "0".repeat(min - s.length) + s;
}

/** %e: d.dddde±dd with prec digits after the point. */
function fmtE(neg: boolean, x: Dec, prec: number, fmt: string): string {
  const { d, dp } = x;
  let s = neg ? "-" : "";
  s += d.length > 0 ? d[0] : "0";
  if (prec > 0) {
    s += ".";
    const m = Math.min(d.length, prec + 1);
    if (m > 1) s += d.slice(1, m);
    const have = Math.max(m, 1) - 1;
    if (prec > have) s += "0".repeat(prec - have);
  }
  let exp = d.length === 0 ? 0 : dp - 1;
  const sign = exp < 0 ? "-" : "+";
  exp = Math.abs(exp);
  return s + fmt + sign + expDigits(exp, 2);
}

/** %f: ddd.ddd with prec digits after the point. */
function fmtF(neg: boolean, x: Dec, prec: number): string {
  const { d, dp } = x;
  let s = neg ? "-" : "";
  if (dp > 0) {
    const m = Math.min(d.length, dp);
    s += d.slice(0, m);
    if (m < dp) s += "0".repeat(dp - m);
  } else s += "0";
  if (prec > 0) {
    s += ".";
    // Digits d[dp .. dp+prec), zeros outside d.
    let frac = "";
    const start = dp;
    if (start < 0) frac += "0".repeat(Math.min(-start, prec));
    const from = Math.max(start, 0);
    const to = Math.min(d.length, start + prec);
    if (to > from) frac += d.slice(from, to);
    if (frac.length < prec) frac += "0".repeat(prec - frac.length);
    s += frac;
  }
  return s;
}

function formatDigits(neg: boolean, x: Dec, prec: number, fmt: number, shortest: boolean): string {
  const fc = String.fromCharCode(fmt);
  switch (fc) {
    case "e":
    case "E":
      return fmtE(neg, x, prec, fc);
    case "f":
      return fmtF(neg, x, prec);
    case "g":
    case "G": {
      const nd = x.d.length;
      let eprec = prec;
      if (eprec > nd && nd >= x.dp) eprec = nd;
      // Shortest mode decides with precision 6.
      if (shortest) eprec = 6;
      const exp = x.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd;
        return fmtE(neg, x, prec - 1, fc === "g" ? "e" : "E");
      }
      if (prec > x.dp) prec = nd;
      return fmtF(neg, x, Math.max(prec - x.dp, 0));
    }
  }
  return "%" + fc;
}

/** %b: mantissa p exponent, both decimal. */
function fmtB(p: Parts): string {
  const e = p.exp - p.mantbits;
  return (p.neg ? "-" : "") + String(p.mant) + "p" + (e >= 0 ? "+" : "") + String(e);
}

/** %x / %X: -0x1.hhhhp±dd, rounded (half to even) to prec hex digits if 0 <= prec < 15. */
function fmtX(p: Parts, prec: number, fmt: number): string {
  let mant = BigInt(p.mant);
  let exp = p.mant === 0 ? 0 : p.exp;
  const one = 1n << 60n;
  mant <<= BigInt(60 - p.mantbits);
  while (mant !== 0n && (mant & one) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & (one - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const upper = fmt === 88; // 'X'
  let s = (p.neg ? "-" : "") + "0" + String.fromCharCode(fmt) + String((mant >> 60n) & 1n);
  mant = (mant << 4n) & ((1n << 64n) - 1n);
  const hexDigit = (): string => {
    const h = Number((mant >> 60n) & 15n).toString(16);
    mant = (mant << 4n) & ((1n << 64n) - 1n);
    return upper ? h.toUpperCase() : h;
  };
  if (prec < 0 && mant !== 0n) {
    s += ".";
    while (mant !== 0n) s += hexDigit();
  } else if (prec > 0) {
    s += ".";
    for (let i = 0; i < prec; i++) s += hexDigit();
  }
  s += upper ? "P" : "p";
  s += exp < 0 ? "-" : "+";
  return s + expDigits(Math.abs(exp), 2);
}

/** strconv.FormatFloat(v, fmt, prec, bitSize). */
export function formatFloat(v: number, fmt: number, prec: number, bitSize: number): string {
  let p: Parts;
  if (bitSize === 32) p = parts32(v);
  else if (bitSize === 64) p = parts64(v);
  else throw new GoPanic("strconv: illegal AppendFloat/FormatFloat bitSize", false);
  if (p.special !== null) return p.special;
  if (fmt === 98) return fmtB(p); // 'b'
  if (fmt === 120 || fmt === 88) return fmtX(p, prec, fmt); // 'x', 'X'
  const x = Math.abs(bitSize === 32 ? Math.fround(v) : v);
  const neg = p.neg;
  if (prec < 0) {
    const digs = x === 0 ? { d: "", dp: 0 } : bitSize === 32 ? shortest32(p, x) : shortest64(x);
    switch (fmt) {
      case 101: // 'e'
      case 69: // 'E'
        prec = Math.max(digs.d.length - 1, 0);
        break;
      case 102: // 'f'
        prec = Math.max(digs.d.length - digs.dp, 0);
        break;
      case 103: // 'g'
      case 71: // 'G'
        prec = digs.d.length;
        break;
    }
    return formatDigits(neg, digs, prec, fmt, true);
  }
  if (fmt === 102) {
    // 'f': rounded at 10^-prec.
    if (x === 0) return fmtF(neg, { d: "", dp: 0 }, prec);
    if (prec <= 100 && x < 1e21 && oddParts(p).e + prec !== -1) return (neg ? "-" : "") + x.toFixed(prec);
    const ex = exactDec(BigInt(p.mant), p.exp - p.mantbits);
    return fmtF(neg, roundDec(ex, ex.dp + prec), prec);
  }
  let digits: number;
  switch (fmt) {
    case 101:
    case 69:
      digits = prec + 1;
      break;
    case 103:
    case 71:
      if (prec === 0) prec = 1;
      digits = prec;
      break;
    default:
      digits = 1;
  }
  const digs = x === 0 ? { d: "", dp: 0 } : fixedDigits(p, x, digits);
  return formatDigits(neg, digs, prec, fmt, false);
}

// ---------------------------------------------------------------------------
// Parsing

/** x × 2^e for an integer-valued x, exactly (no intermediate overflow or underflow). */
function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
    if (x === 0) return x;
  }
  return x * 2 ** e;
}

function bitLength(b: bigint): number {
  return b.toString(2).length;
}

/** A hexadecimal literal "0x[hex][.hex]p[±]dec" (no sign), rounded to mbits bits: [value, overflow]. */
function parseHex(s: string, mbits: number, emin: number, emax: number): [number, boolean] {
  let i = 2;
  let hex = "";
  let frac = 0;
  let dot = false;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === ".") {
      dot = true;
      continue;
    }
    if (c === "p" || c === "P") break;
    hex += c;
    if (dot) frac++;
  }
  let exp = 0;
  i++;
  let esign = 1;
  if (s[i] === "+" || s[i] === "-") {
    if (s[i] === "-") esign = -1;
    i++;
  }
  for (; i < s.length; i++) if (exp < 1e7) exp = exp * 10 + (s.charCodeAt(i) - 48);
  // Value: M × 2^e2.
  const M = BigInt("0x" + (hex.replace(/^0+/, "") || "0"));
  if (M === 0n) return [0, false];
  let e2 = esign * exp - 4 * frac;
  const bl = bitLength(M);
  const lead = e2 + bl - 1;
  if (lead > emax + 1) return [Infinity, true];
  // The lowest kept bit's exponent: mbits bits, not below the denormals' lsb.
  const lsb = Math.max(lead - mbits + 1, emin - mbits + 1);
  const shift = lsb - e2;
  let q: bigint;
  if (shift > 0) {
    if (shift > bl + 1) return [0, false];
    const sh = BigInt(shift);
    q = M >> sh;
    const rem = M & ((1n << sh) - 1n);
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
    e2 = lsb;
  } else q = M;
  // After rounding, q may have grown to 2^mbits: still exact.
  const lead2 = e2 + bitLength(q) - 1;
  if (lead2 > emax) return [Infinity, true];
  return [ldexp(Number(q), e2), false];
}

/** A decimal literal's exact value D × 10^X. */
function decimalParts(s: string): { D: bigint; X: number } {
  let ei = s.search(/[eE]/);
  let exp = 0;
  if (ei >= 0) {
    exp = Number(s.slice(ei + 1));
    if (!Number.isFinite(exp)) exp = exp > 0 ? 1e9 : -1e9;
  } else ei = s.length;
  const mant = s.slice(0, ei);
  const dot = mant.indexOf(".");
  const digits = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
  const fracN = dot < 0 ? 0 : mant.length - dot - 1;
  return { D: BigInt(digits === "" ? "0" : digits), X: exp - fracN };
}

/** The float32 neighbours of fround(d) around d: [below, above] (as doubles). */
function float32Step(f: number, up: boolean): number {
  sf32[0] = f;
  su32f[0] += up ? 1 : -1; // f > 0 here
  return sf32[0];
}

const max32 = 3.4028234663852886e38;
const overflow32 = 3.4028235677973366e38; // 2^128 - 2^103: halfway to 2^128

/** A decimal literal (no sign) rounded to float32 exactly: [value, overflow]. */
function parseDec32(s: string): [number, boolean] {
  const d = Number(s);
  if (d === Infinity) return [Infinity, true];
  let f = Math.fround(d);
  if (f !== d && d !== 0) {
    // d is correctly rounded; only a d on a float32 midpoint (where d's own
    // rounding may have hidden which side the literal lies) needs the exact value.
    const other = f === Infinity ? max32 : float32Step(f, f < d);
    const mid = f === Infinity ? overflow32 : (f + other) / 2;
    if (d === mid) {
      const { D, X } = decimalParts(s);
      const mp = parts64(mid);
      const { m, e } = oddParts(mp);
      // Compare D × 10^X with m × 2^e.
      let a = D;
      let b = BigInt(m);
      if (X >= 0) a *= 10n ** BigInt(X);
      else b *= 10n ** BigInt(-X);
      if (e >= 0) b <<= BigInt(e);
      else a <<= BigInt(-e);
      const lo = Math.min(f, other);
      const hi = Math.max(f, other);
      if (a < b) f = lo;
      else if (a > b) f = hi;
      else {
        // Exactly halfway: the even mantissa.
        sf32[0] = lo;
        f = su32f[0] % 2 === 0 ? lo : hi;
      }
    }
  }
  if (f === Infinity) return [Infinity, true];
  return [f, false];
}

/** strconv's atof: [value, overflow] for a validated literal. */
export function atof(lit: string, bitSize: number): [number, boolean] {
  let s = lit;
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  let r: [number, boolean];
  if (s.length > 1 && s[0] === "0" && (s[1] === "x" || s[1] === "X")) {
    r = bitSize === 32 ? parseHex(s, 24, -126, 127) : parseHex(s, 53, -1022, 1023);
  } else if (bitSize === 32) {
    r = parseDec32(s);
  } else {
    const d = Number(s);
    r = [d, d === Infinity];
  }
  if (neg) r[0] = -r[0];
  return r;
}

// ---------------------------------------------------------------------------

export function registerStrconv(rt: Runtime): void {
  const { u8, u32, i32, f64 } = rt.v;
  const { ld64, st64 } = makeMem64(u32, i32, rt.v.i64);
  const heap = rt.heap;
  // formatFloat(f float64, fmt byte, prec, bitSize int) string: f@0 fmt@8 prec@16 bitSize@24, result@32.
  rt.natives.set("strconv.formatFloat", (p) => {
    const s = formatFloat(f64[p >> 3], u8[p + 8], Number(ld64(p + 16)), Number(ld64(p + 24)));
    const n = s.length;
    const q = n === 0 ? 0 : heap.malloc(n, true);
    for (let i = 0; i < n; i++) u8[q + i] = s.charCodeAt(i);
    u32[(p + 32) >> 2] = q;
    u32[(p + 36) >> 2] = 0;
    st64(p + 40, n);
  });
  // atof(lit string, bitSize int) (f float64, overflow bool): lit@0 bitSize@16, f@24 overflow@32.
  rt.natives.set("strconv.atof", (p) => {
    const sp = u32[p >> 2];
    const sn = u32[(p + 8) >> 2];
    const lit = sn === 0 ? "" : Buffer.from(u8.buffer, sp, sn).toString("latin1");
    const [f, ovf] = atof(lit, Number(ld64(p + 16)));
    f64[(p + 24) >> 3] = f;
    u8[p + 32] = ovf ? 1 : 0;
  });
}
