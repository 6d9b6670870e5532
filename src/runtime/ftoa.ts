// Float formatting as strconv.FormatFloat does it. V8's shortest
// round-trip digits (Number.prototype.toExponential without an argument)
// are the same digits Go's shortest algorithm finds; the layout around them
// follows strconv's rules.

/** Shortest decimal digits and exponent of |v| (v finite, non-zero): v ≈ 0.d1d2d3... × 10^dp. */
function shortest(v: number, bitSize: 32 | 64): { digits: string; dp: number } {
  let s = v.toExponential();
  if (bitSize === 32) {
    // The fewest digits that still round-trip through float32.
    for (let p = 1; p <= 9; p++) {
      const t = v.toExponential(p - 1);
      if (Math.fround(Number(t)) === v) {
        s = t;
        break;
      }
    }
  }
  const [mant, exp] = s.split("e");
  const digits = mant.replace(".", "").replace("-", "");
  return { digits, dp: Number(exp) + 1 };
}

/** strconv.FormatFloat(v, 'g', -1, bitSize): what fmt's %v prints for floats. */
export function formatFloatShortestG(v: number, bitSize: 32 | 64 = 64): string {
  if (v !== v) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  const neg = v < 0 || (v === 0 && 1 / v < 0);
  if (v === 0) return neg ? "-0" : "0";
  const { digits, dp } = shortest(Math.abs(v), bitSize);
  const sign = neg ? "-" : "";
  // strconv decides between %e and %f with precision 6 in shortest mode.
  const exp = dp - 1;
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const e = Math.abs(exp);
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${e < 10 ? "0" + e : e}`;
  }
  if (dp <= 0) return `${sign}0.${"0".repeat(-dp)}${digits}`;
  if (dp >= digits.length) return `${sign}${digits}${"0".repeat(dp - digits.length)}`;
  return `${sign}${digits.slice(0, dp)}.${digits.slice(dp)}`;
}
