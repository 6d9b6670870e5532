// Running a checked program: lower it to IR, generate code, run the entry
// (package initialization, then main.main) on the VM, and turn the way it
// ended into the exit status and the messages Go prints (panics and fatal
// errors exit with status 2, after stdout is flushed).

import { lowerProgram, Unsupported, type CheckedPackage, type TypeInfo } from "../ir/lower.js";
import { Arena, OutOfMemory } from "../runtime/mem/arena.js";
import { flushAll, writeOut } from "../runtime/output.js";
import { Runtime } from "../runtime/rt.js";
import { registerNatives } from "../lib/natives/index.js";
import { Heap } from "../runtime/mem/heap.js";
import { Algs } from "../runtime/alg.js";
import { Maps } from "../runtime/map/hashmap.js";
import { TypeDescs } from "../codegen/typedesc.js";
import { Chans } from "../runtime/chan/chan.js";
import { errorType } from "../types/universe.js";
import { Pointer } from "../types/types.js";
import { formatRuntimeFloat } from "../runtime/print.js";
import * as abi from "../runtime/abi.js";
import type { ProgramLowerer } from "../ir/lower.js";
import { FatalPanic, VM } from "./interp.js";
import { GoExit, GoFatal, GoPanic } from "./panic.js";

/** Like printpanics: every panic of the chain, oldest first, then the goroutine's header. */
function printPanics(panics: { err: GoPanic; recovered: boolean }[], value: (p: GoPanic) => string): void {
  let out = "";
  panics.forEach((p, i) => {
    if (i > 0) out += "\t";
    out += `panic: ${value(p.err)}`;
    if (p.recovered) out += " [recovered]";
    out += "\n";
  });
  if (panics[panics.length - 1].err.sigsegv) out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  out += "\ngoroutine 1 [running]:\nmain.main()\n";
  writeOut(2, out);
}

/** printindented: continuation lines of a panic string are indented with a tab. */
function indent(s: string): string {
  return s.replace(/\n/g, "\n\t");
}

/** printpanicval for values that are neither errors nor Stringers (runtime/error.go). */
function printAny(rt: Runtime, arena: Arena, typ: number, data: number): string {
  const v = rt.v;
  const kind = abi.typeKind(rt.v, typ);
  const name = abi.typeString(rt.v, typ);
  // Predeclared types print as print would; defined ones as T(value).
  const named = (abi.typeTFlag(rt.v, typ) & abi.TFLAG_NAMED) !== 0 && name.includes(".");
  const wrapNamed = (s: string, str = false) => (!named ? s : str ? `${name}("${s}")` : `${name}(${s})`);
  const big = (signed: boolean) => {
    const lo = v.u32[data >> 2];
    const hi = v.u32[(data >> 2) + 1];
    const b = (BigInt(hi) << 32n) | BigInt(lo);
    return String(signed ? BigInt.asIntN(64, b) : b);
  };
  switch (kind) {
    case abi.Kind.String:
      return named ? `${name}("${indent(arena.readBytes(v.u32[data >> 2], v.u32[(data + 8) >> 2]))}")` : indent(arena.readBytes(v.u32[data >> 2], v.u32[(data + 8) >> 2]));
    case abi.Kind.Bool:
      return wrapNamed(v.u8[data] !== 0 ? "true" : "false");
    case abi.Kind.Int:
    case abi.Kind.Int64:
      return wrapNamed(big(true));
    case abi.Kind.Int8:
      return wrapNamed(String(v.i8[data]));
    case abi.Kind.Int16:
      return wrapNamed(String(v.i16[data >> 1]));
    case abi.Kind.Int32:
      return wrapNamed(String(v.i32[data >> 2]));
    case abi.Kind.Uint:
    case abi.Kind.Uint64:
    case abi.Kind.Uintptr:
      return wrapNamed(big(false));
    case abi.Kind.Uint8:
      return wrapNamed(String(v.u8[data]));
    case abi.Kind.Uint16:
      return wrapNamed(String(v.u16[data >> 1]));
    case abi.Kind.Uint32:
      return wrapNamed(String(v.u32[data >> 2]));
    case abi.Kind.Float32:
      return wrapNamed(formatRuntimeFloat(v.f32[data >> 2]));
    case abi.Kind.Float64:
      return wrapNamed(formatRuntimeFloat(v.f64[data >> 3]));
    case abi.Kind.Complex64:
      return `${named ? name : ""}(${formatRuntimeFloat(v.f32[data >> 2])}${formatRuntimeFloat(v.f32[(data >> 2) + 1])}i)`;
    case abi.Kind.Complex128:
      return `${named ? name : ""}(${formatRuntimeFloat(v.f64[data >> 3])}${formatRuntimeFloat(v.f64[(data >> 3) + 1])}i)`;
  }
  return `(${name}) 0x${data.toString(16)}`;
}

/** Runs the program (packages in dependency order, main last); returns the process exit status. */
export function execute(pkgs: CheckedPackage[], args: string[], positions: ((pos: number) => { filename: string; line: number }) | null = null): number {
  // The whole arena is reserved at once (see rt.ts fixedViews): 2 GiB of
  // address space, committed by the OS page by page as it is touched.
  const size = 2 ** 31 - 65536;
  const arena = new Arena(size, size);
  const heap = new Heap(arena);
  const strings = new Map<string, number>();
  const statics = {
    // Zero-size variables all live at zerobase, as in gc.
    alloc: (size: number, align: number) => {
      void align;
      return size === 0 ? heap.zerobase : arena.alloc(size);
    },
    str: (s: string) => {
      if (s.length === 0) return 0;
      let p = strings.get(s);
      if (p === undefined) {
        p = arena.allocBytes(s);
        strings.set(s, p);
      }
      return p;
    },
  };
  const alloc = (size: number, noscan: boolean) => heap.malloc(size, noscan);
  let lowerer: ProgramLowerer | null = null;
  const descs = new TypeDescs(arena, alloc, (recv, m) => lowerer!.methodCode(recv, m));
  const algs = new Algs(arena);
  const maps = new Maps(arena, alloc, algs);
  const types: TypeInfo = { desc: (t) => descs.desc(t), itab: (i, t) => descs.itab(i, t) };
  const rt = new Runtime(arena, heap);
  rt.types = {
    assertE2I: (inter, typ) => descs.assertE2I(inter, typ),
    missingMethod: (inter, typ) => descs.missingMethod(inter, typ),
    typeString: (t) => abi.typeString(arena, t),
    equal: (t, p, q) => algs.equal(t, p, q),
    isDirect: (t) => abi.isDirectIface(arena, t),
    maps,
  };
  rt.typeSystem = { descs, algs, maps };
  rt.chans = new Chans(rt.v, alloc, (t) => ({ size: abi.typeSize(arena, t), noscan: abi.typePtrBytes(arena, t) === 0 }));
  // Runtime errors recovered by the program are runtime.Error values: a
  // runtime.errorString holding the message (without "runtime error: ").
  const rtPkg = pkgs.find((p) => p.pkg.path === "runtime");
  const rtType = (name: string) => rtPkg?.pkg.scope.lookup(name)?.type ?? null;
  if (rtPkg !== undefined) {
    /** A Go string header for a JS byte string, at a new heap address. */
    const goString = (at: number, s: string) => {
      const p = s.length === 0 ? 0 : heap.malloc(s.length, true);
      for (let i = 0; i < s.length; i++) rt.v.u8[p + i] = s.charCodeAt(i);
      rt.v.u32[at >> 2] = p;
      rt.v.u32[(at + 8) >> 2] = s.length;
    };
    // The value recover returns for a runtime panic, of gc's runtime type.
    rt.runtimeErrorValue = (e) => {
      switch (e.errType) {
        case "PanicNilError":
          return [descs.desc(new Pointer(rtType("PanicNilError")!)), heap.zerobase];
        case "TypeAssertionError": {
          const a = e.assertion!;
          const obj = heap.malloc(72, false);
          goString(obj, a.iface);
          goString(obj + 16, a.concrete);
          goString(obj + 32, a.asserted);
          goString(obj + 48, a.missing);
          rt.v.u8[obj + 64] = a.samePkgs ? 1 : 0;
          return [descs.desc(new Pointer(rtType("TypeAssertionError")!)), obj];
        }
        default: {
          const text = e.errType === "plainError" ? e.text : e.text.replace(/^runtime error: /, "");
          const box = heap.malloc(16, false);
          goString(box, text);
          return [descs.desc(rtType(e.errType)!), box];
        }
      }
    };
  }
  rt.args = args;
  registerNatives(rt);
  let vm: VM | null = null;
  let entry: number;
  const errorDesc = descs.desc(errorType);
  const fmtPkg = pkgs.find((p) => p.pkg.path === "fmt");
  const stringerType = fmtPkg?.pkg.scope.lookup("Stringer")?.type ?? null;
  const stringerDesc = stringerType !== null ? descs.desc(stringerType) : 0;
  /** Calls the one-result string method at index 0 of itab tab on data (Error, String), as preprintpanics does. */
  const callStringMethod = (tab: number, data: number): string => {
    const code = rt.v.u32[(tab + abi.ITAB_FUN) >> 2];
    const saved = rt.g;
    rt.g = { defer: 0, panic: null };
    try {
      const fp = vm!.run(code, (f) => {
        rt.v.u32[f >> 2] = data;
        rt.v.u32[(f >> 2) + 1] = 0;
      });
      return arena.readBytes(rt.v.u32[(fp + 8) >> 2], rt.v.u32[(fp + 16) >> 2]);
    } finally {
      rt.g = saved;
    }
  };
  // printpanicval: error and Stringer values print their method's text;
  // basic kinds print as print would; other types as (T) address.
  rt.panicValueText = (typ, data) => {
    if (typ === 0) return "nil";
    const et = descs.assertE2I(errorDesc, typ);
    if (et !== 0) return indent(callStringMethod(et, data));
    if (stringerDesc !== 0) {
      const st = descs.assertE2I(stringerDesc, typ);
      if (st !== 0) return indent(callStringMethod(st, data));
    }
    return printAny(rt, arena, typ, data);
  };
  try {
    const r = lowerProgram(pkgs, statics, types, new Set(rt.natives.keys()), (pl) => (lowerer = pl), positions);
    const program = r.program;
    for (const s of r.lowerer.staticInits) rt.v.f64[s.addr >> 3] = s.code;
    vm = new VM(arena, rt, (n) => heap.allocStack(n));
    vm.load(program);
    entry = program.entry;
  } catch (e) {
    if (e instanceof Unsupported) {
      writeOut(2, `gots: cannot run this program yet: ${e.message} not supported by the interpreter\n`);
      flushAll();
      return 2;
    }
    throw e;
  }
  try {
    vm.run(entry);
    flushAll();
    return 0;
  } catch (e) {
    if (e instanceof GoExit) {
      flushAll();
      return e.code;
    }
    if (e instanceof FatalPanic || e instanceof GoPanic) {
      const panics = e instanceof FatalPanic ? e.panics : [{ err: e, recovered: false }];
      printPanics(panics, (p) => (p.text !== "" ? p.text : rt.panicValueText(p.typ, p.data)));
      flushAll();
      return 2;
    }
    if (e instanceof GoFatal || e instanceof OutOfMemory) {
      const fatal = e instanceof GoFatal ? e : new GoFatal("runtime: out of memory");
      for (const l of fatal.preamble) writeOut(2, l + "\n");
      writeOut(2, `fatal error: ${fatal.text}\n`);
      if (fatal.trace !== "") writeOut(2, `\n${fatal.trace}\n`);
      flushAll();
      return 2;
    }
    if (e instanceof RangeError && /call stack/.test(e.message)) throw e;
    throw e;
  }
}
