// The hand-over from the front end to the back end: `gots run` calls
// runProgram with the type-checked program once compilation succeeded.
//
// The back end (ir → codegen → vm) is src/vm/run.ts.

import type { FileSet } from "../syntax/source.js";
import type { GcFlags } from "./compile.js";
import type { LoadedPackage } from "./loader.js";
import { resolve } from "node:path";
import { execute, executeImage } from "../vm/run.js";
import { decodeImage, encodeImage } from "../vm/image.js";

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
  /** Where the linked program's executable image goes (the build cache), if anywhere. */
  saveImage?: ((image: Uint8Array) => void) | null;
}

/**
 * Runs the program with `args` as os.Args[1:]; resolves to the process's
 * exit status (the program's own status, as when running the built binary).
 */
export async function runProgram(program: Program, args: string[]): Promise<number> {
  const m = program.main;
  if (m.types === null || m.syntax === null || m.types.info === undefined) {
    throw new Error("runProgram: the main package was not type-checked");
  }
  const pkgs = program.packages
    .filter((p) => p.types !== null && p.syntax !== null && p.types.info !== undefined)
    .map((p) => ({ pkg: p.types!, files: p.syntax!, info: p.types!.info! }));
  // Source positions for the pc tables: a file's absolute path, or the name
  // a //line directive gives ("??" when it gives none), as gc records them.
  const positions = (pos: number) => {
    const f = program.fset.file(pos);
    if (f === undefined) return { filename: "", line: 0 };
    const p = f.position(pos);
    const filename = f.lineBaseAt(pos) === null ? resolve(p.filename) : p.filename === "" ? "??" : p.filename;
    return { filename, line: p.line };
  };
  const save = program.saveImage ?? null;
  return execute(pkgs, [program.name, ...args], positions, save === null ? null : (img) => save(encodeImage(img)));
}

/**
 * Runs a program from an executable image (see vm/image.ts); null if the
 * bytes are not an image this gots can run, and nothing was run.
 */
export function runImage(bytes: Uint8Array, name: string, args: string[], onStart: () => void = () => {}): number | null {
  const img = decodeImage(bytes);
  if (img === null) return null;
  // bin/gots.js keeps V8's code cache of runs like this one.
  (globalThis as { __gotsRanImage?: boolean }).__gotsRanImage = true;
  return executeImage(img, [name, ...args], onStart);
}
