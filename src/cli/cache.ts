// The build cache: executable images of programs already linked, so that
// `gots run` of an unchanged program starts without compiling (like the go
// command's GOCACHE, which holds compiled packages and, since Go 1.24,
// executables of `go run`).
//
// An entry's key is a 128-bit hash (hash.ts) over what the image depends
// on: the gots build, GOOS, the build tags and compiler flags, the source files
// (names and bytes) of the program's packages. A program that imports only
// the standard library is looked up by its own package's files alone, so
// that a run from the cache reads nothing of the library: its entry lists
// the library's directories and files with their sizes and modification
// times, and is only used while those are unchanged. Other programs are
// looked up with every package's sources in the key. Entries are written
// whole (to a temporary name, then renamed), so a reader never sees half of
// one. As in Go's cache, using an entry refreshes its modification time
// (at most once an hour) and, at most once a day, entries unused for five
// days are deleted.
//
// The cache directory is $GOTSCACHE, else $XDG_CACHE_HOME/gots, else
// ~/.cache/gots; GOTSCACHE=off turns the cache off. A cache that cannot be
// read or written is silently not used: it only ever saves time.

import { murmur128Hex } from "./hash.js";
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { LoadedPackage } from "./loader.js";
import { GOOS } from "./env.js";

declare const __GOTS_BUILD_ID__: string;
/** Identifies the gots build (a hash of its sources, set by the bundler). */
const buildId = typeof __GOTS_BUILD_ID__ === "string" ? __GOTS_BUILD_ID__ : "dev";

const hour = 3600 * 1000;
const trimInterval = 24 * hour;
const trimLimit = 5 * 24 * hour;

/**
 * A file or directory an entry depends on without its content being in the
 * key, with its size and modification time when the entry was made (like
 * the go command's file hash cache, which trusts unchanged mtimes).
 */
export type Dep = [path: string, size: number, mtimeMs: number];

export interface Entry {
  deps: Dep[];
  /** The executable image (src/vm/image.ts). */
  image: Uint8Array;
}

/** The library packages' directories and files, as deps (a file added to a directory changes its mtime). */
export function depsOf(packages: LoadedPackage[]): Dep[] {
  const deps: Dep[] = [];
  const add = (p: string) => {
    const st = statSync(p);
    deps.push([p, st.size, st.mtimeMs]);
  };
  for (const p of packages) {
    add(p.dir);
    for (const n of readdirSync(p.dir)) if (n.endsWith(".go")) add(join(p.dir, n));
  }
  return deps;
}

/** Whether every dep is as it was. */
export function depsValid(deps: Dep[]): boolean {
  try {
    return deps.every(([p, size, mtime]) => {
      const st = statSync(p);
      return st.size === size && st.mtimeMs === mtime;
    });
  } catch {
    return false;
  }
}

export class BuildCache {
  private constructor(readonly dir: string) {}

  /** The cache of this environment, or null when it is off or unusable. */
  static open(env: NodeJS.ProcessEnv): BuildCache | null {
    let dir = env.GOTSCACHE ?? "";
    if (dir === "off") return null;
    if (dir === "") {
      const base = env.XDG_CACHE_HOME || (homedir() !== "" ? join(homedir(), ".cache") : "");
      if (base === "") return null;
      dir = join(base, "gots");
    }
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      return null;
    }
    return new BuildCache(dir);
  }

  /** The key of a program: its packages in build order, with what else the image depends on. */
  static key(packages: LoadedPackage[], settings: string[]): string {
    // Each field with its length, so that no two lists of fields run together alike.
    const parts: Uint8Array[] = [];
    const field = (s: string | Uint8Array) => {
      const b = typeof s === "string" ? Buffer.from(s, "latin1") : s;
      const n = Buffer.alloc(4);
      n.writeUInt32LE(b.length);
      parts.push(n, b);
    };
    field(buildId);
    field(GOOS);
    for (const s of settings) field(s);
    for (const p of packages) {
      field(p.path);
      field(String(p.sources.length));
      for (const src of p.sources) {
        field(src.name);
        field(src.bytes);
      }
    }
    return murmur128Hex(Buffer.concat(parts));
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}-x`);
  }

  /** The entry under key, or null. */
  get(key: string): Entry | null {
    const f = this.file(key);
    try {
      const b = readFileSync(f);
      const now = Date.now();
      if (now - statSync(f).mtimeMs > hour) utimesSync(f, now / 1000, now / 1000);
      if (b.length < 4) return null;
      const n = b.readUInt32LE(0);
      const deps = JSON.parse(b.toString("utf8", 4, 4 + n)) as Dep[];
      return { deps, image: b.subarray(4 + n) };
    } catch {
      return null;
    }
  }

  put(key: string, e: Entry): void {
    const f = this.file(key);
    const tmp = `${f}.${process.pid}.tmp`;
    const deps = Buffer.from(JSON.stringify(e.deps), "utf8");
    const n = Buffer.alloc(4);
    n.writeUInt32LE(deps.length);
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      writeFileSync(tmp, Buffer.concat([n, deps, e.image]));
      renameSync(tmp, f);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing was written
      }
    }
    this.trim();
  }

  /** Like the go command's cache trimming: once a day, delete entries unused for five days. */
  private trim(): void {
    const mark = join(this.dir, "trim.txt");
    const now = Date.now();
    try {
      if (now - statSync(mark).mtimeMs < trimInterval) return;
    } catch {
      // never trimmed
    }
    try {
      writeFileSync(mark, `${Math.floor(now / 1000)}\n`);
      for (const sub of readdirSync(this.dir)) {
        if (sub.length !== 2) continue;
        for (const name of readdirSync(join(this.dir, sub))) {
          const f = join(this.dir, sub, name);
          if (now - statSync(f).mtimeMs > trimLimit) unlinkSync(f);
        }
      }
    } catch {
      // trimming is best effort
    }
  }
}
