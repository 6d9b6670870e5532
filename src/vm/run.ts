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

/** Runs the program (packages in dependency order, main last); returns the process exit status. */
export function execute(pkgs: CheckedPackage[], args: string[]): number {
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
  const errStr = rtPkg?.pkg.scope.lookup("errorString");
  const plainErr = rtPkg?.pkg.scope.lookup("plainError");
  if (errStr?.type && plainErr?.type) {
    const est = errStr.type;
    const pet = plainErr.type;
    rt.runtimeErrorValue = (text) => {
      // runtime.errorString adds "runtime error: " itself; other runtime
      // panics (nil map writes, closed channels) are plainErrors.
      const plain = !text.startsWith("runtime error: ");
      const msg = plain ? text : text.slice("runtime error: ".length);
      const box = heap.malloc(16, false);
      const p = msg.length === 0 ? 0 : heap.malloc(msg.length, true);
      for (let i = 0; i < msg.length; i++) rt.v.u8[p + i] = msg.charCodeAt(i);
      rt.v.u32[box >> 2] = p;
      rt.v.u32[(box + 8) >> 2] = msg.length;
      return [descs.desc(plain ? pet : est), box];
    };
  }
  registerNatives(rt);
  let vm: VM;
  let entry: number;
  try {
    const r = lowerProgram(pkgs, statics, types, new Set(rt.natives.keys()), (pl) => (lowerer = pl));
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
