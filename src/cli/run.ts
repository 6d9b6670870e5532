// The hand-over from the front end to the back end: `gots run` calls
// runProgram with the type-checked program once compilation succeeded.
//
// The back end (ir → codegen → vm) is wired in here. Until then runProgram
// says so and exits with status 2, which is what `go run` does when it
// cannot run a program.

import type { FileSet } from "../syntax/source.js";
import type { GcFlags } from "./compile.js";
import type { LoadedPackage } from "./loader.js";

/** A program that compiled: everything the back end needs. */
export interface Program {
  fset: FileSet;
  /** Every package of the program, each after the packages it imports; main is last. */
  packages: LoadedPackage[];
  /** The main package (its syntax and types are set). */
  main: LoadedPackage;
  /** The name os.Args[0] should have: the program's base name, as `go run` derives it. */
  name: string;
  /** The -gcflags given for the main package (-m asks for escape diagnostics). */
  gcflags: GcFlags;
}

/**
 * Runs the program with `args` as os.Args[1:]; resolves to the process's
 * exit status (the program's own status, as when running the built binary).
 */
export async function runProgram(_program: Program, _args: string[]): Promise<number> {
  process.stderr.write("gots: the interpreter is not implemented yet\n");
  return 2;
}
