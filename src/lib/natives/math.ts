// math natives: the functions math declares without a body, on JS Math
// (correctly rounded where Go requires it: Sqrt, Floor, Ceil, Trunc, Mod).

import type { Runtime } from "../../runtime/rt.js";
import { makeMem64 } from "../../runtime/int64.js";

export function registerMath(rt: Runtime): void {
  const { f64, f32, u32, i32, i64 } = rt.v;
  const { ld64, ldu64, st64 } = makeMem64(u32, i32, i64);
  const n = rt.natives;
  const f1 = (name: string, f: (x: number) => number) => n.set(name, (p) => void (f64[(p + 8) >> 3] = f(f64[p >> 3])));
  const f2 = (name: string, f: (x: number, y: number) => number) => n.set(name, (p) => void (f64[(p + 16) >> 3] = f(f64[p >> 3], f64[(p + 8) >> 3])));
  f1("math.Sqrt", Math.sqrt);
  f1("math.Floor", Math.floor);
  f1("math.Ceil", Math.ceil);
  f1("math.Trunc", Math.trunc);
  f2("math.Mod", (x, y) => x % y);
  f1("math.Sin", Math.sin);
  f1("math.Cos", Math.cos);
  f1("math.Tan", Math.tan);
  f1("math.Asin", Math.asin);
  f1("math.Acos", Math.acos);
  f1("math.Atan", Math.atan);
  f2("math.Atan2", Math.atan2);
  f1("math.Sinh", Math.sinh);
  f1("math.Cosh", Math.cosh);
  f1("math.Tanh", Math.tanh);
  f1("math.Asinh", Math.asinh);
  f1("math.Acosh", Math.acosh);
  f1("math.Atanh", Math.atanh);
  f1("math.Exp", Math.exp);
  f1("math.Exp2", (x) => 2 ** x);
  f1("math.Expm1", Math.expm1);
  f1("math.Log", Math.log);
  f1("math.Log10", Math.log10);
  f1("math.Log2", Math.log2);
  f1("math.Log1p", Math.log1p);
  f2("math.Pow", (x, y) => (x === 1 || (x === -1 && (y === Infinity || y === -Infinity)) ? 1 : x ** y));
  f1("math.Cbrt", Math.cbrt);
  f2("math.Hypot", Math.hypot);
  const buf = new DataView(new ArrayBuffer(8));
  n.set("math.Float64bits", (p) => {
    buf.setFloat64(0, f64[p >> 3], true);
    st64(p + 8, buf.getBigUint64(0, true) <= 9007199254740991n ? Number(buf.getBigUint64(0, true)) : buf.getBigUint64(0, true));
  });
  n.set("math.Float64frombits", (p) => {
    const v = ldu64(p);
    buf.setBigUint64(0, BigInt(v), true);
    f64[(p + 8) >> 3] = buf.getFloat64(0, true);
  });
  n.set("math.Float32bits", (p) => {
    u32[(p + 8) >> 2] = u32[p >> 2];
  });
  n.set("math.Float32frombits", (p) => {
    u32[(p + 8) >> 2] = u32[p >> 2];
    void f32;
  });
  void ld64;
}
