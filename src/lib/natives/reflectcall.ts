// internal/rtype natives that call Go code: reflect's Value.Call and method
// calls, and the func values reflect.MakeFunc makes. Go code runs on the VM,
// so a native calls it through Runtime.callGo: the callee runs to its return
// on a stack of its own, its arguments laid out as gc's ABI0 stack arguments
// (the layout callers write, see args.ts), like reflect.call copying the
// arguments into a frame and the results out of it.

import type { Runtime } from "../../runtime/rt.js";
import * as abi from "../../runtime/abi.js";
import { Kind } from "../../runtime/abi.js";
import { GoPanic } from "../../vm/panic.js";
import { def } from "./args.js";

/** Where each argument and result of a call lives in the argument area. */
interface Layout {
  sizes: number[];
  offs: number[];
  /** Index of the first result in types/offs. */
  nin: number;
  size: number;
}

export function registerReflectCall(rt: Runtime): void {
  const v = rt.v;
  const u32 = v.u32;
  const f64 = v.f64;
  const u8 = v.u8;
  const ts = () => {
    const s = rt.typeSystem;
    if (s === null) throw new Error("gots: internal/rtype: the runtime's type system is not set up");
    return s;
  };

  /**
   * The ABI0 layout of params then results (results start 8-aligned); a
   * type, or a receiver word as 0 (the data word of an interface).
   */
  const layout = (params: number[], results: number[]): Layout => {
    let off = 0;
    const offs: number[] = [];
    const sizes: number[] = [];
    const place = (t: number) => {
      const al = t === 0 ? 8 : abi.typeAlign(v, t) || 1;
      off = Math.ceil(off / al) * al;
      offs.push(off);
      const size = t === 0 ? 8 : abi.typeSize(v, t);
      sizes.push(size);
      off += size;
    };
    params.forEach(place);
    off = Math.ceil(off / 8) * 8;
    results.forEach(place);
    return { sizes, offs, nin: params.length, size: Math.ceil(off / 8) * 8 };
  };
  const funcParams = (ft: number): number[] => Array.from({ length: abi.funcInCount(v, ft) }, (_, i) => abi.funcIn(v, ft, i));
  const funcResults = (ft: number): number[] => Array.from({ length: abi.funcOutCount(v, ft) }, (_, i) => abi.funcOut(v, ft, i));

  const copy = (dst: number, src: number, n: number): void => {
    if (n > 0) u8.copyWithin(dst, src, src + n);
  };
  /** The elements of a []unsafe.Pointer whose header is at p. */
  const pointers = (p: number): number[] => {
    const arr = u32[p >>> 2];
    const n = u32[(p + 8) >>> 2];
    return Array.from({ length: n }, (_, i) => u32[(arr + 8 * i) >>> 2]);
  };

  /**
   * Calls code (closure context ctx) with the values at args (pointers, in
   * parameter order) and copies the results to the addresses in results.
   */
  const invoke = (code: number, ctx: number, lay: Layout, args: number[], results: number[], panicked: boolean): void => {
    const fp = rt.callGo(code, ctx, lay.size, (fp) => {
      u8.fill(0, fp, fp + lay.size);
      for (let i = 0; i < lay.nin; i++) copy(fp + lay.offs[i], args[i], lay.sizes[i]);
    }, panicked);
    for (let j = 0; j < results.length; j++) {
      const k = lay.nin + j;
      copy(results[j], fp + lay.offs[k], lay.sizes[k]);
    }
  };

  def(rt, "internal/rtype.Call", (a) => {
    const ft = a.ptr();
    const fn = a.ptr();
    const args = pointers(a.p + 16);
    const results = pointers(a.p + 40);
    if (fn === 0) throw new GoPanic("runtime error: invalid memory address or nil pointer dereference", true, true);
    invoke(f64[fn >>> 3], fn, layout(funcParams(ft), funcResults(ft)), args, results, rt.deferredByPanic(a.p, false));
  });

  def(rt, "internal/rtype.CallMethod", (a) => {
    const t = a.ptr();
    const i = a.num();
    const recv = a.ptr();
    const args = pointers(a.p + 24);
    const results = pointers(a.p + 48);
    if (abi.typeKind(v, t) === Kind.Interface) {
      // Through the itab, with the interface's data word as the receiver.
      const tab = u32[recv >>> 2];
      if (tab === 0) throw new GoPanic("runtime error: invalid memory address or nil pointer dereference", true, true);
      const mt = abi.word(v, abi.interfaceMethod(v, t, i) + abi.IMETHOD_TYPE);
      const lay = layout([0, ...funcParams(mt)], funcResults(mt));
      invoke(abi.itabFun(v, tab, i), 0, lay, [recv + 8, ...args], results, rt.deferredByPanic(a.p, false));
      return;
    }
    // The method with a receiver of type t itself (its tfn).
    ts().descs.resolveMethod(t, i);
    const m = abi.method(v, t, i);
    const mt = abi.word(v, m + abi.METHOD_MTYP);
    const lay = layout([t, ...funcParams(mt)], funcResults(mt));
    invoke(abi.word(v, m + abi.METHOD_TFN), 0, lay, [recv, ...args], results, rt.deferredByPanic(a.p, false));
  });

  def(rt, "internal/rtype.MakeFunc", (a) => {
    const ft = a.ptr();
    const impl = a.ptr();
    const clo = rt.heap.malloc(abi.MAKEFUNC_SIZE, false);
    f64[clo >>> 3] = abi.MAKEFUNC_CODE;
    u32[(clo + abi.MAKEFUNC_IMPL) >>> 2] = impl;
    u32[(clo + abi.MAKEFUNC_TYPE) >>> 2] = ft;
    // The implementation acts for the func value, which is what the program
    // called or deferred: a wrapper, through which recover sees (as gc's
    // makeFuncStub and callReflect are wrappers).
    rt.frames.wrappers.add(f64[impl >>> 3]);
    a.results().setPtr(clo);
  });

  /**
   * The body of every MakeFunc func value (its closure context is at
   * fp - 8): copies the arguments to the heap, calls the implementation with
   * their addresses and those of zeroed result slots, and copies the results
   * back into the frame, like reflect's callReflect.
   */
  def(rt, "internal/rtype.makeFuncStub", (a) => {
    const fp = a.p;
    const clo = f64[(fp - 8) >>> 3];
    const impl = u32[(clo + abi.MAKEFUNC_IMPL) >>> 2];
    const ft = u32[(clo + abi.MAKEFUNC_TYPE) >>> 2];
    const lay = layout(funcParams(ft), funcResults(ft));
    const types = [...funcParams(ft), ...funcResults(ft)];
    const cells = types.map((t, k) => {
      const size = lay.sizes[k];
      const p = rt.heap.malloc(Math.max(size, 1), abi.typePtrBytes(v, t) === 0);
      if (k < lay.nin) copy(p, fp + lay.offs[k], size);
      else u8.fill(0, p, p + size);
      return p;
    });
    const slice = (ptrs: number[]): number => {
      const arr = rt.heap.malloc(Math.max(8 * ptrs.length, 1), false);
      ptrs.forEach((p, i) => {
        u32[(arr + 8 * i) >>> 2] = p;
        u32[((arr + 8 * i) >>> 2) + 1] = 0;
      });
      return arr;
    };
    const ins = cells.slice(0, lay.nin);
    const outs = cells.slice(lay.nin);
    const inArr = slice(ins);
    const outArr = slice(outs);
    rt.callGo(f64[impl >>> 3], impl, 48, (nfp) => {
      u8.fill(0, nfp, nfp + 48);
      u32[nfp >>> 2] = inArr;
      u32[(nfp + 8) >>> 2] = ins.length;
      u32[(nfp + 16) >>> 2] = ins.length;
      u32[(nfp + 24) >>> 2] = outArr;
      u32[(nfp + 32) >>> 2] = outs.length;
      u32[(nfp + 40) >>> 2] = outs.length;
    }, rt.deferredByPanic(fp, true));
    outs.forEach((p, j) => {
      const k = lay.nin + j;
      copy(fp + lay.offs[k], p, lay.sizes[k]);
    });
  });
}
