// The runtime's own printing (runtime/print.go): what the builtins print
// and println write to stderr, and what panics print. Floats use the
// runtime's fixed format, e.g. +1.500000e+000, not fmt's.

/** printfloat: sign, 7 significant digits, 3-digit exponent, computed the way the runtime does (in float64 steps). */
export function formatRuntimeFloat(v: number): string {
  if (v !== v) return "NaN";
  if (v + v === v && v > 0) return "+Inf";
  if (v + v === v && v < 0) return "-Inf";
  const n = 7;
  let sign = "+";
  let e = 0;
  if (v === 0) {
    if (1 / v < 0) sign = "-";
  } else {
    if (v < 0) {
      v = -v;
      sign = "-";
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    let h = 5.0;
    for (let i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  let digits = "";
  for (let i = 0; i < n; i++) {
    const s = Math.trunc(v);
    digits += String.fromCharCode(48 + s);
    v -= s;
    v *= 10;
  }
  let es = "+";
  if (e < 0) {
    e = -e;
    es = "-";
  }
  const exp = String(Math.trunc(e / 100)) + String(Math.trunc(e / 10) % 10) + String(e % 10);
  return `${sign}${digits[0]}.${digits.slice(1)}e${es}${exp}`;
}
