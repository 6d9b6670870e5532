// Command-line flags of `gots build` and `gots run`, parsed as the go
// command parses its build flags (cmd/go/internal/work/build.go): `-f`,
// `-f=v`, `-f v`, `--f`; parsing stops at the first argument that is not a
// flag, or after "--". Build flags that make no sense without a native
// toolchain are accepted and ignored, so scripts written for `go build` work.
//
// -gcflags takes gc's own flags as one quoted, space-separated string,
// optionally prefixed by a package pattern ("all=-e"); see parseGcflags.

import { defaultGcFlags, type GcFlags } from "./compile.js";

/** An error in the command line: printed with the command's usage, exit status 2. */
export class UsageError extends Error {}

export interface BuildFlags {
  /** gc flags for the packages named on the command line. */
  gcflags: GcFlags;
  /** The -gcflags pattern was "all": the flags apply to every package. */
  gcflagsAll: boolean;
  /** -tags: extra build tags. */
  tags: string[];
  /** -o (build only). */
  output: string | null;
  /** Build flags given, accepted and ignored. */
  ignored: string[];
}

const boolFlags = new Set([
  "a", "n", "v", "x", "race", "msan", "asan", "trimpath", "work", "linkshared", "cover", "json",
  "modcacherw", "i",
]);
const valueFlags = new Set([
  "o", "gcflags", "tags", "mod", "modfile", "ldflags", "asmflags", "p", "pgo", "covermode", "coverpkg",
  "buildmode", "compiler", "gccgoflags", "installsuffix", "overlay", "pkgdir", "toolexec", "exec",
  "buildvcs", "C",
]);

/**
 * Parses the build flags at the front of `args` for `cmd` ("build" or
 * "run"); returns the flags and the remaining arguments.
 */
export function parseBuildFlags(cmd: "build" | "run", args: string[]): { flags: BuildFlags; rest: string[] } {
  const flags: BuildFlags = { gcflags: defaultGcFlags(), gcflagsAll: false, tags: [], output: null, ignored: [] };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    const body = a.replace(/^--?/, "");
    const eq = body.indexOf("=");
    const name = eq < 0 ? body : body.slice(0, eq);
    let value: string | null = eq < 0 ? null : body.slice(eq + 1);
    if (boolFlags.has(name) || (name === "buildvcs" && value === null)) {
      flags.ignored.push(a);
      continue;
    }
    if (!valueFlags.has(name) || (name === "o" && cmd !== "build") || (name === "exec" && cmd !== "run")) {
      throw new UsageError(`flag provided but not defined: -${name}`);
    }
    if (value === null) {
      if (i + 1 >= args.length) throw new UsageError(`flag needs an argument: -${name}`);
      value = args[++i];
    }
    switch (name) {
      case "gcflags": {
        const g = parseGcflags(value);
        flags.gcflags = g.flags;
        flags.gcflagsAll = g.all;
        break;
      }
      case "tags":
        flags.tags = value.split(/[,\s]+/).filter((t) => t !== "");
        break;
      case "o":
        flags.output = value;
        break;
      default:
        flags.ignored.push(`-${name}=${value}`);
    }
  }
  return { flags, rest: args.slice(i) };
}

/** cmd/internal/quoted.Split: space-separated words, with ' or " quoting. */
export function splitQuoted(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (i >= s.length) break;
    const q = s[i];
    if (q === "'" || q === '"') {
      const j = s.indexOf(q, i + 1);
      if (j < 0) throw new UsageError(`invalid value "${s}" for flag -gcflags: unterminated ${q} string`);
      out.push(s.slice(i + 1, j));
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < s.length && !/\s/.test(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** gc flags that take a value (as the next word when not written -f=v). */
const gcValueFlags = new Set([
  "D", "I", "asmhdr", "bench", "blockprofile", "buildid", "c", "coveragecfg", "cpuprofile", "d",
  "embedcfg", "env", "gendwarfinl", "goversion", "importcfg", "installsuffix", "json", "lang",
  "linkobj", "memprofile", "memprofilerate", "mutexprofile", "o", "p", "pgoprofile", "spectre",
  "symabis", "traceprofile", "trimpath",
]);

/** Parses a -gcflags value: "[pattern=]flags". */
export function parseGcflags(value: string): { flags: GcFlags; all: boolean } {
  let all = false;
  let v = value;
  if (v !== "" && v[0] !== "-") {
    const eq = v.indexOf("=");
    if (eq < 0) throw new UsageError(`invalid value "${value}" for flag -gcflags: missing =<value> in <pattern>=<value>`);
    all = v.slice(0, eq) === "all";
    v = v.slice(eq + 1);
  }
  return { flags: parseCompilerFlags(splitQuoted(v)), all };
}

/** gc's own flags (the part of the compile command line gots interprets). */
export function parseCompilerFlags(words: string[]): GcFlags {
  const f = defaultGcFlags();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.startsWith("-")) {
      f.ignored.push(w);
      continue;
    }
    const body = w.replace(/^--?/, "");
    const eq = body.indexOf("=");
    const name = eq < 0 ? body : body.slice(0, eq);
    let value: string | null = eq < 0 ? null : body.slice(eq + 1);
    if (value === null && gcValueFlags.has(name) && i + 1 < words.length) value = words[++i];
    const on = value === null || !/^(0|f|F|false|FALSE|False)$/.test(value);
    switch (name) {
      case "e":
        f.allErrors = on;
        break;
      case "C":
        f.noColumns = on;
        break;
      case "m":
        f.m = value === null ? f.m + 1 : Number(value) || (on ? 1 : 0);
        break;
      case "lang":
        f.lang = value;
        break;
      case "complete":
        f.complete = on;
        break;
      default:
        f.ignored.push(w);
    }
  }
  return f;
}
