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
import { TypeDescs, interfaceMethods } from "../codegen/typedesc.js";
import { Chans } from "../runtime/chan/chan.js";
import { errorType } from "../types/universe.js";
import { Pointer } from "../types/types.js";
import { formatRuntimeFloat } from "../runtime/print.js";
import * as abi from "../runtime/abi.js";
import type { ProgramLowerer } from "../ir/lower.js";
import type { Program } from "../ir/ir.js";
import type { Image } from "./image.js";
import { typeBuildingNatives } from "../lib/natives/rtype.js";
import { FatalPanic, type ImageCode, VM } from "./interp.js";
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

/** The runtime's error types whose values recover returns for runtime panics (see runtimeErrorValue). */
const runtimeErrorTypes = ["errorString", "boundsError", "plainError", "TypeAssertionError", "PanicNilError"] as const;
type RuntimeErrorType = (typeof runtimeErrorTypes)[number];

/** A linked program: its code and the descriptors the run-time messages need. */
interface Linked {
  program: Program;
  /** Descriptors of runtime.errorString, runtime.boundsError, ... (pointer types for the last two), 0 without a runtime package. */
  errDescs: Record<RuntimeErrorType, number>;
  /** The descriptors of error and fmt.Stringer (0 without fmt). */
  errorDesc: number;
  stringerDesc: number;
}

/** Resolves a source position to its file and line (after //line directives), for the pc tables. */
export type Positions = (pos: number) => { filename: string; line: number };

/** Everything one run of a program uses: the arena, the heap, the type system, the runtime. */
interface Machine {
  arena: Arena;
  heap: Heap;
  descs: TypeDescs;
  rt: Runtime;
  /** Arena bytes in use once the machine is built, before anything is linked into it. */
  baseTop: number;
  /** The lowerer that generates method code for descriptors (none for a restored image). */
  lowerer: ProgramLowerer | null;
}

function newMachine(args: string[]): Machine {
  // The whole arena is reserved at once (see rt.ts fixedViews): 2 GiB of
  // address space, committed by the OS page by page as it is touched.
  const size = 2 ** 31 - 65536;
  const arena = new Arena(size, size);
  const heap = new Heap(arena);
  const alloc = (size: number, noscan: boolean) => heap.malloc(size, noscan);
  const m: Machine = { arena, heap, descs: null!, rt: null!, baseTop: 0, lowerer: null };
  // Descriptors and itabs are never freed and hold no heap pointers: like
  // gc's (read-only data, persistentalloc'd itabs) they are outside the heap.
  m.descs = new TypeDescs(arena, (n) => arena.alloc(n), (recv, fn) => {
    if (m.lowerer === null) throw new Error("gots: method code needed that the executable image lacks");
    return m.lowerer.methodCode(recv, fn);
  });
  const descs = m.descs;
  const algs = new Algs(arena);
  const maps = new Maps(arena, alloc, algs);
  const rt = new Runtime(arena, heap);
  m.rt = rt;
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
  rt.args = args;
  // GOTSDEBUG=preemptstress=1 (like GODEBUG's settings, for gots' own
  // runtime): every loop back edge stops for the scheduler, to test that
  // goroutines resume correctly from each one.
  if ((process.env.GOTSDEBUG ?? "").split(",").includes("preemptstress=1")) {
    rt.sched.stress = true;
    rt.sched.preempt = 1;
  }
  registerNatives(rt);
  m.baseTop = arena.sys;
  return m;
}

/**
 * Lowers the checked packages into the machine: code, static data and the
 * descriptors. Throws Unsupported for what the interpreter cannot run yet.
 * cacheable tells whether the result can be saved as an executable image.
 */
function link(m: Machine, pkgs: CheckedPackage[], positions: Positions | null): { linked: Linked; cacheable: boolean; live: Set<number> } {
  const { arena, descs, rt } = m;
  const strings = new Map<string, number>();
  const statics = {
    view: arena.dv,
    // Zero-size variables all live at zerobase, as in gc.
    alloc: (size: number, align: number) => {
      void align;
      return size === 0 ? m.heap.zerobase : arena.alloc(size);
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
  const types: TypeInfo = { desc: (t) => descs.desc(t), itab: (i, t) => descs.itab(i, t), imethodKey: (it, fn) => descs.imethodKey(it, fn) };
  const r = lowerProgram(pkgs, statics, types, new Set(rt.natives.keys()), (pl) => (m.lowerer = pl), positions);
  for (const s of r.lowerer.staticInits) rt.v.f64[s.addr >> 3] = s.code;
  // Runtime errors recovered by the program are runtime.Error values of
  // gc's runtime types.
  const rtPkg = pkgs.find((p) => p.pkg.path === "runtime");
  const rtType = (name: string) => rtPkg?.pkg.scope.lookup(name)?.type ?? null;
  const errDescs = {} as Record<RuntimeErrorType, number>;
  for (const name of runtimeErrorTypes) {
    const t = rtType(name);
    errDescs[name] = t === null ? 0 : descs.desc(name === "TypeAssertionError" || name === "PanicNilError" ? new Pointer(t) : t);
  }
  const fmtPkg = pkgs.find((p) => p.pkg.path === "fmt");
  const stringerType = fmtPkg?.pkg.scope.lookup("Stringer")?.type ?? null;
  const linked: Linked = {
    program: r.program,
    errDescs,
    errorDesc: descs.desc(errorType),
    stringerDesc: stringerType !== null ? descs.desc(stringerType) : 0,
  };
  // Code for every method an itab may need, so that running needs no more
  // code generation; natives that make new descriptors from Types still do.
  // The runtime calls Error and String itself (printpanicval).
  const rootKeys: string[] = [];
  for (const t of [errorType, stringerType]) if (t !== null) for (const fn of interfaceMethods(t)) rootKeys.push(descs.imethodKey(t, fn));
  const reach = () => r.lowerer.reachable(r.program.entry, descs.resolvedMethods(), rootKeys);
  const complete = descs.linkMethods(reach);
  const natives = [...reach().funcs].map((id) => r.program.funcs[id].native);
  const cacheable = complete && m.heap.stats.Mallocs === 0 && !natives.some((n) => n !== null && typeBuildingNatives.has(n));
  // reflect.MakeFunc's stub is called by code ids the native writes.
  const live = reach().funcs.add(abi.MAKEFUNC_CODE);
  return { linked, cacheable, live };
}

/** The linked program of a machine as an executable image (code generated while it runs is added later). */
function makeImage(m: Machine, l: Linked, live: Set<number>): Image {
  const st = m.arena.allocState();
  return {
    code: null,
    baseTop: m.baseTop,
    arena: st,
    data: new Uint8Array(m.arena.buf, 0, st.top).slice(),
    funcs: l.program.funcs,
    live,
    entry: l.program.entry,
    descs: m.descs.exportState(),
    errDescs: l.errDescs,
    errorDesc: l.errorDesc,
    stringerDesc: l.stringerDesc,
  };
}

/** Runs the program (packages in dependency order, main last); returns the process exit status. */
export function execute(pkgs: CheckedPackage[], args: string[], positions: Positions | null = null, saveImage: ((img: Image) => void) | null = null): number {
  const m = newMachine(args);
  let linked: Linked;
  let img: Image | null = null;
  try {
    const r = link(m, pkgs, positions);
    linked = r.linked;
    if (r.cacheable && saveImage !== null) img = makeImage(m, linked, r.live);
  } catch (e) {
    if (e instanceof Unsupported) {
      writeOut(2, `gots: cannot run this program yet: ${e.message} not supported by the interpreter\n`);
      flushAll();
      return 2;
    }
    throw e;
  }
  // The image is saved once the program has run, with the code generated
  // for what it called.
  return run(m, linked, null, (vm) => {
    if (img === null) return;
    img.code = vm.exportCode();
    saveImage!(img);
  });
}

/** Runs a program from its executable image (see execute); null if the image does not fit this gots. */
export function executeImage(img: Image, args: string[], onStart: () => void = () => {}): number | null {
  const m = newMachine(args);
  if (m.baseTop !== img.baseTop) return null;
  onStart();
  m.arena.restore(img.arena, img.data);
  m.descs.importState(img.descs);
  return run(m, { program: { funcs: img.funcs, entry: img.entry, dataSize: 0 }, errDescs: img.errDescs, errorDesc: img.errorDesc, stringerDesc: img.stringerDesc }, img.code);
}

/** Runs a linked program; after(vm) is called once it has ended and its output is flushed (but not after an internal error). */
function run(m: Machine, l: Linked, code: ImageCode | null, after: (vm: VM) => void = () => {}): number {
  const { arena, heap, descs, rt } = m;
  /** A Go string header for a JS byte string, at a new heap address. */
  const goString = (at: number, s: string) => {
    const p = s.length === 0 ? 0 : heap.malloc(s.length, true);
    for (let i = 0; i < s.length; i++) rt.v.u8[p + i] = s.charCodeAt(i);
    rt.v.u32[at >> 2] = p;
    rt.v.u32[(at + 8) >> 2] = s.length;
  };
  // The value recover returns for a runtime panic, of gc's runtime type.
  if (l.errDescs.errorString !== 0) {
    rt.runtimeErrorValue = (e) => {
      switch (e.errType) {
        case "PanicNilError":
          return [l.errDescs.PanicNilError, heap.zerobase];
        case "TypeAssertionError": {
          const a = e.assertion!;
          const obj = heap.malloc(72, false);
          goString(obj, a.iface);
          goString(obj + 16, a.concrete);
          goString(obj + 32, a.asserted);
          goString(obj + 48, a.missing);
          rt.v.u8[obj + 64] = a.samePkgs ? 1 : 0;
          return [l.errDescs.TypeAssertionError, obj];
        }
        default: {
          const text = e.errType === "plainError" ? e.text : e.text.replace(/^runtime error: /, "");
          const box = heap.malloc(16, false);
          goString(box, text);
          return [l.errDescs[e.errType], box];
        }
      }
    };
  }
  const vm = new VM(arena, rt, (n) => heap.allocStack(n));
  /** Calls the one-result string method at index 0 of itab tab on data (Error, String), as preprintpanics does. */
  const callStringMethod = (tab: number, data: number): string => {
    const code = rt.v.u32[(tab + abi.ITAB_FUN) >> 2];
    const saved = rt.g;
    rt.g = { defer: 0, panic: null };
    try {
      const fp = vm.run(code, (f) => {
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
    const et = descs.assertE2I(l.errorDesc, typ);
    if (et !== 0) return indent(callStringMethod(et, data));
    if (l.stringerDesc !== 0) {
      const st = descs.assertE2I(l.stringerDesc, typ);
      if (st !== 0) return indent(callStringMethod(st, data));
    }
    return printAny(rt, arena, typ, data);
  };
  vm.load(l.program);
  if (code !== null) vm.importCode(code);
  const status = ended(rt, () => vm.run(l.program.entry));
  if (rt.sched.stress) writeOut(2, `gots: preemptions: ${rt.sched.preemptions}\n`);
  flushAll();
  after(vm);
  return status;
}

/** Runs body and turns the way the program ended into its exit status, printing what Go prints for it. */
function ended(rt: Runtime, body: () => void): number {
  try {
    body();
    return 0;
  } catch (e) {
    if (e instanceof GoExit) return e.code;
    if (e instanceof FatalPanic || e instanceof GoPanic) {
      const panics = e instanceof FatalPanic ? e.panics : [{ err: e, recovered: false }];
      printPanics(panics, (p) => (p.text !== "" ? p.text : rt.panicValueText(p.typ, p.data)));
      return 2;
    }
    if (e instanceof GoFatal || e instanceof OutOfMemory) {
      const fatal = e instanceof GoFatal ? e : new GoFatal("runtime: out of memory");
      for (const l of fatal.preamble) writeOut(2, l + "\n");
      writeOut(2, `fatal error: ${fatal.text}\n`);
      if (fatal.trace !== "") writeOut(2, `\n${fatal.trace}\n`);
      return 2;
    }
    if (e instanceof Unsupported) {
      writeOut(2, `gots: cannot run this program yet: ${e.message} not supported by the interpreter\n`);
      return 2;
    }
    throw e;
  }
}
