// Running a checked program: lower it to IR, generate code, run main on
// the VM, and turn the way it ended into the exit status and the messages
// Go would print (panics and fatal errors exit with status 2).

import { lowerProgram, Unsupported, type CheckedPackage } from "../ir/lower.js";
import { CodeGen } from "../codegen/compile.js";
import { Arena, OutOfMemory } from "../runtime/mem/arena.js";
import { flushAll, writeOut } from "../runtime/output.js";
import { natives } from "../lib/natives.js";
import { VM } from "./interp.js";
import { GoExit, GoFatal, GoPanic } from "./panic.js";

/** Runs the program; returns the process exit status. */
export function execute(mainPkg: CheckedPackage): number {
  let program;
  try {
    program = lowerProgram(mainPkg);
  } catch (e) {
    if (e instanceof Unsupported) {
      writeOut(2, `gots: cannot run this program yet: ${e.message} not supported by the interpreter\n`);
      flushAll();
      return 2;
    }
    throw e;
  }
  const arena = new Arena();
  const vm = new VM(arena, new CodeGen(arena, natives()));
  try {
    vm.runProgram(program);
    flushAll();
    return 0;
  } catch (e) {
    if (e instanceof GoExit) {
      flushAll();
      return e.code;
    }
    if (e instanceof GoPanic) {
      writeOut(2, `panic: ${e.text}\n\ngoroutine 1 [running]:\nmain.main()\n`);
      flushAll();
      return 2;
    }
    if (e instanceof GoFatal || e instanceof OutOfMemory) {
      const fatal = e instanceof GoFatal ? e : new GoFatal("runtime: out of memory");
      for (const l of fatal.preamble) writeOut(2, l + "\n");
      writeOut(2, `fatal error: ${fatal.text}\n`);
      flushAll();
      return 2;
    }
    throw e;
  }
}
