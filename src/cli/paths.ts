// File names as the go command shows them.
//
// Compile errors: the go command runs the compiler on absolute file names
// and then rewrites each package directory (and its parents) in the output
// to a path relative to the current directory when that is shorter
// (cmd/go's reportCmd with base.ShortPath). So a file in the current
// directory prints as "./main.go", one below it as "a/main.go", one above as
// "../main.go", and a file far away keeps its absolute name.
//
// Errors the go command itself reports while loading packages (syntax in
// the import block, missing imports) use base.ShortPath on the file name:
// "main.go", "a/main.go", "../main.go".

import { dirname, relative, isAbsolute, resolve, sep } from "node:path";

/** base.ShortPath: the relative name if it is shorter than the absolute one. */
export function shortPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs) || ".";
  return rel.length < abs.length ? rel : abs;
}

/** The name a compile error shows for the file at `abs` (see the header). */
export function compileDisplayName(cwd: string, abs: string): string {
  for (let dir = dirname(abs); ; ) {
    const short = shortPath(cwd, dir);
    if (short !== dir) return short + abs.slice(dir.length);
    const up = dirname(dir);
    if (up === dir) return abs;
    dir = up;
  }
}

/** An absolute, normalised version of a command-line path. */
export function absPath(cwd: string, p: string): string {
  return isAbsolute(p) ? resolve(p) : resolve(cwd, p);
}

/** Whether `abs` is `dir` itself or lies below it. */
export function isWithin(dir: string, abs: string): boolean {
  return abs === dir || abs.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}
