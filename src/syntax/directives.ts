// Interprets //go: directive comments met while parsing: the Go version
// implied by a //go:build line (go/build/constraint's Parse and GoVersion),
// and the pragma bookkeeping gc's noder does during parsing
// (noder.go's pragma handler and checkUnusedDuringParse, lex.go's
// pragmaFlag): which directive sets which flag, which directives are
// rejected outright, and which are reported as misplaced when no
// declaration takes them.

import { type Pragma, PragmaFlag } from "./ast.js";
import type { Pos } from "./source.js";

// ---------------------------------------------------------------------------
// //go:build expressions

type BuildExpr =
  | { op: "tag"; tag: string }
  | { op: "!"; x: BuildExpr }
  | { op: "&&" | "||"; x: BuildExpr; y: BuildExpr };

class BuildParser {
  private i = 0;
  tok = "";
  private isTag = false;

  constructor(private readonly s: string) {}

  private lex(): void {
    const s = this.s;
    this.isTag = false;
    while (this.i < s.length && (s[this.i] === " " || s[this.i] === "\t")) this.i++;
    if (this.i >= s.length) {
      this.tok = "";
      return;
    }
    const c = s[this.i];
    if (c === "(" || c === ")" || c === "!") {
      this.tok = c;
      this.i++;
      return;
    }
    if (c === "&" || c === "|") {
      if (this.i + 1 >= s.length || s[this.i + 1] !== c) throw new Error("invalid syntax");
      this.tok = c + c;
      this.i += 2;
      return;
    }
    const start = this.i;
    while (this.i < s.length && /[A-Za-z0-9_.]/.test(s[this.i])) this.i++;
    if (this.i === start) throw new Error("invalid syntax");
    this.tok = s.slice(start, this.i);
    this.isTag = true;
  }

  current(): string {
    return this.tok;
  }

  or(): BuildExpr {
    let x = this.and();
    while (this.tok === "||") x = { op: "||", x, y: this.and() };
    return x;
  }

  private and(): BuildExpr {
    let x = this.not();
    while (this.tok === "&&") x = { op: "&&", x, y: this.not() };
    return x;
  }

  private not(): BuildExpr {
    this.lex();
    if (this.tok === "!") {
      this.lex();
      if (this.tok === "!") throw new Error("double negation not allowed");
      return { op: "!", x: this.atom() };
    }
    return this.atom();
  }

  private atom(): BuildExpr {
    if (this.tok === "(") {
      const x = this.or();
      if (this.current() !== ")") throw new Error("missing close paren");
      this.lex();
      return x;
    }
    if (!this.isTag) throw new Error("unexpected token");
    const tag = this.tok;
    this.lex();
    return { op: "tag", tag };
  }
}

function minVersion(z: BuildExpr, sign: number): number {
  switch (z.op) {
    case "&&":
    case "||": {
      const a = minVersion(z.x, sign);
      const b = minVersion(z.y, sign);
      const isAnd = (z.op === "&&") === sign > 0;
      return isAnd ? Math.max(a, b) : Math.min(a, b);
    }
    case "!":
      return minVersion(z.x, -sign);
    case "tag": {
      if (sign < 0) return -1;
      if (z.tag === "go1") return 0;
      const m = /^go1\.(\d+)$/.exec(z.tag);
      return m ? Number(m[1]) : -1;
    }
  }
}

/**
 * The minimum Go version ("go1.21") a //go:build line implies, "" if none,
 * or null if the line is not a valid //go:build constraint.
 */
export function buildLineGoVersion(line: string): string | null {
  if (line.endsWith("\n")) line = line.slice(0, -1);
  if (line.includes("\n") || !line.startsWith("//go:build")) return null;
  const rest = line.trim().slice("//go:build".length);
  const trimmed = rest.trim();
  if (rest.length === trimmed.length && rest !== "") return null;
  let x: BuildExpr;
  try {
    const p = new BuildParser(trimmed);
    x = p.or();
    if (p.tok !== "") return null;
  } catch {
    return null;
  }
  const v = minVersion(x, +1);
  if (v < 0) return "";
  return v === 0 ? "go1" : `go1.${v}`;
}

// ---------------------------------------------------------------------------
// Pragmas

// gc flag bits that have no PragmaFlag of their own (kept out of Pragma.flags).
const GoBuildFlag = 1 << 20;
const CgoUnsafeArgsFlag = 1 << 21;
const PublicMask = (1 << 20) - 1;

/** The directives allowed on a func declaration (gc's funcPragmas). */
export const FuncPragmas =
  PragmaFlag.Noescape |
  PragmaFlag.Norace |
  PragmaFlag.Nosplit |
  PragmaFlag.Noinline |
  PragmaFlag.Nocheckptr |
  PragmaFlag.Registerparams |
  CgoUnsafeArgsFlag |
  PragmaFlag.Uintptrkeepalive |
  PragmaFlag.Uintptrescapes |
  PragmaFlag.Systemstack |
  PragmaFlag.Nowritebarrier |
  PragmaFlag.Nowritebarrierrec |
  PragmaFlag.Yeswritebarrierrec;

/** The directive allowed before the package clause. */
export const GoBuildPragma = GoBuildFlag;

/**
 * gc's checkPragmas (noder/writer.go), run on each declaration after type
 * checking: directives whose flags are not all in allowed are misplaced,
 * and //go:embed is misplaced unless embedOK (var declarations).
 */
export function misplacedPragmas(p: Pragma | null, allowed: number, embedOK: boolean, report: Report): void {
  if (p === null) return;
  for (const fp of p.flagPos) if ((fp.flag & ~allowed) !== 0) report(fp.pos, "misplaced compiler directive");
  if (!embedOK) for (const e of p.embeds) report(e, "misplaced go:embed directive");
}

const RuntimePragmas =
  PragmaFlag.Systemstack | PragmaFlag.Nowritebarrier | PragmaFlag.Nowritebarrierrec | PragmaFlag.Yeswritebarrierrec;

/** gc's pragmaFlag (lex.go): the flags a directive verb sets. */
function pragmaFlag(verb: string): number {
  switch (verb) {
    case "go:build":
      return GoBuildFlag;
    case "go:noescape":
      return PragmaFlag.Noescape;
    case "go:norace":
      return PragmaFlag.Norace;
    case "go:nosplit":
      return PragmaFlag.Nosplit | PragmaFlag.Nocheckptr;
    case "go:noinline":
      return PragmaFlag.Noinline;
    case "go:nocheckptr":
      return PragmaFlag.Nocheckptr;
    case "go:systemstack":
      return PragmaFlag.Systemstack;
    case "go:nowritebarrier":
      return PragmaFlag.Nowritebarrier;
    case "go:nowritebarrierrec":
      return PragmaFlag.Nowritebarrierrec | PragmaFlag.Nowritebarrier;
    case "go:yeswritebarrierrec":
      return PragmaFlag.Yeswritebarrierrec;
    case "go:cgo_unsafe_args":
      return CgoUnsafeArgsFlag | PragmaFlag.Nocheckptr;
    case "go:uintptrkeepalive":
      return PragmaFlag.Uintptrkeepalive;
    case "go:uintptrescapes":
      return PragmaFlag.Uintptrescapes | PragmaFlag.Uintptrkeepalive;
    case "go:registerparams":
      return PragmaFlag.Registerparams;
  }
  return 0;
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r";
}

/** gc's pragmaFields: fields split at spaces, double-quoted parts kept whole. */
function pragmaFields(s: string): string[] {
  const a: string[] = [];
  let inQuote = false;
  let fieldStart = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      if (inQuote) {
        inQuote = false;
        a.push(s.slice(fieldStart, i + 1));
        fieldStart = -1;
      } else {
        inQuote = true;
        if (fieldStart >= 0) a.push(s.slice(fieldStart, i));
        fieldStart = i;
      }
    } else if (!inQuote && isSpace(c)) {
      if (fieldStart >= 0) {
        a.push(s.slice(fieldStart, i));
        fieldStart = -1;
      }
    } else if (fieldStart === -1) {
      fieldStart = i;
    }
  }
  if (!inQuote && fieldStart >= 0) a.push(s.slice(fieldStart));
  return a;
}

function fields(s: string): string[] {
  return s.split(/[ \t\n\r\v\f]+/).filter((f) => f !== "");
}

/** gc's parseGoEmbed: the patterns of a //go:embed line, or an error text. */
function parseGoEmbed(args: string): string[] | string {
  const list: string[] = [];
  for (args = args.trim(); args !== ""; args = args.trim()) {
    let path: string;
    const c = args[0];
    if (c === "`") {
      const i = args.indexOf("`", 1);
      if (i < 0) return `invalid quoted string in //go:embed: ${args}`;
      path = args.slice(1, i);
      args = args.slice(i + 1);
    } else if (c === '"') {
      let i = 1;
      let done = false;
      for (; i < args.length; i++) {
        if (args[i] === "\\") {
          i++;
          continue;
        }
        if (args[i] === '"') {
          done = true;
          break;
        }
      }
      if (!done) return `invalid quoted string in //go:embed: ${args}`;
      const q = args.slice(0, i + 1);
      try {
        path = JSON.parse(q) as string;
      } catch {
        return `invalid quoted string in //go:embed: ${q}`;
      }
      args = args.slice(i + 1);
    } else {
      let i = 0;
      while (i < args.length && !isSpace(args[i])) i++;
      path = args.slice(0, i);
      args = args.slice(i);
    }
    if (args !== "" && !isSpace(args[0])) return `invalid quoted string in //go:embed: ${args}`;
    list.push(path);
  }
  return list;
}

function isQuoted(s: string): boolean {
  return s.length >= 2 && s[0] === '"' && s[s.length - 1] === '"';
}

/** gc's pragcgo: checks the arguments of a //go:cgo_* directive. */
function checkCgoPragma(pos: Pos, text: string, report: Report): void {
  const f = pragmaFields(text);
  const verb = f[0].startsWith("go:") ? f[0].slice(3) : f[0];
  switch (verb) {
    case "cgo_export_static":
    case "cgo_export_dynamic":
      if ((f.length === 2 && !isQuoted(f[1])) || (f.length === 3 && !isQuoted(f[1]) && !isQuoted(f[2]))) return;
      report(pos, `usage: //go:${verb} local [remote]`);
      return;
    case "cgo_import_dynamic":
      if (
        (f.length === 2 && !isQuoted(f[1])) ||
        (f.length === 3 && !isQuoted(f[1]) && !isQuoted(f[2])) ||
        (f.length === 4 && !isQuoted(f[1]) && !isQuoted(f[2]) && isQuoted(f[3]))
      ) {
        return;
      }
      report(pos, `usage: //go:cgo_import_dynamic local [remote ["library"]]`);
      return;
    case "cgo_import_static":
      if (f.length === 2 && !isQuoted(f[1])) return;
      report(pos, `usage: //go:cgo_import_static local`);
      return;
    case "cgo_dynamic_linker":
      if (f.length === 2 && isQuoted(f[1])) return;
      report(pos, `usage: //go:cgo_dynamic_linker "path"`);
      return;
    case "cgo_ldflag":
      if (f.length === 2 && isQuoted(f[1])) return;
      report(pos, `usage: //go:cgo_ldflag "arg"`);
      return;
  }
}

/** gc's safeArg: the library name cannot be mistaken for a command-line flag. */
function safeArg(name: string): boolean {
  if (name === "") return false;
  const c = name.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 47 || c >= 0x80
  );
}

/** The pragmas collected for the next declaration (gc noder's *pragmas). */
export class PragmaState {
  /** gc's Flag: all bits, including those without a PragmaFlag. */
  flags = 0;
  /** Flag and position of each flag-setting directive. */
  readonly flagPos: { flag: number; pos: Pos }[] = [];
  readonly embeds: Pos[] = [];
  wasmImport: Pos = 0;
  readonly directives: string[] = [];
  publicFlags = 0;

  constructor(readonly pos: Pos) {}

  toPragma(): Pragma {
    return {
      flags: this.publicFlags & PublicMask,
      directives: this.directives,
      pos: this.pos,
      flagPos: this.flagPos,
      embeds: this.embeds,
    };
  }
}

export type Report = (pos: Pos, msg: string) => void;

/** The gc flags that change how directives are judged. */
export interface PragmaContext {
  /** -std: compiling the standard library. */
  std: boolean;
  /** -+: compiling the runtime. */
  compilingRuntime: boolean;
  /** The file's name starts with "_cgo_" (cgo-generated). */
  cgoGenerated: boolean;
}

// Directives allowed in the standard library without a flag of their own.
const allowedStdPragmas = new Set([
  "go:cgo_export_static",
  "go:cgo_export_dynamic",
  "go:cgo_import_static",
  "go:cgo_import_dynamic",
  "go:cgo_ldflag",
  "go:cgo_dynamic_linker",
  "go:embed",
  "go:generate",
]);

/**
 * gc noder's pragma handler for one directive: text is the comment without
 * "//" (and without a trailing CR), pos the position after "//".
 */
export function addPragma(
  state: PragmaState | null,
  pos: Pos,
  blankLine: boolean,
  text: string,
  ctx: PragmaContext,
  report: Report,
): PragmaState {
  const pragma = state ?? new PragmaState(pos);
  if (!blankLine) {
    report(pos, "misplaced compiler directive");
    return pragma;
  }
  pragma.directives.push(text);

  if (text.startsWith("go:wasmimport ")) {
    if (fields(text).length !== 3) report(pos, "usage: //go:wasmimport importmodule importname");
    return pragma;
  }
  if (text.startsWith("go:linkname ")) {
    const f = fields(text);
    if (!(f.length >= 2 && f.length <= 3)) {
      report(pos, "usage: //go:linkname localname [linkname]");
      return pragma;
    }
    pragma.publicFlags |= PragmaFlag.Linkname;
    return pragma;
  }
  if (text === "go:embed" || text.startsWith("go:embed ")) {
    const args = parseGoEmbed(text.slice("go:embed".length));
    if (typeof args === "string") report(pos, args);
    if (typeof args === "string" || args.length === 0) {
      report(pos, "usage: //go:embed pattern...");
      return pragma;
    }
    pragma.embeds.push(pos);
    pragma.publicFlags |= PragmaFlag.Embed;
    return pragma;
  }
  let cgoDynamicOk = false;
  if (text.startsWith("go:cgo_import_dynamic ")) {
    const f = pragmaFields(text);
    if (f.length >= 4) {
      const lib = f[3].replace(/^"+|"+$/g, "");
      if (lib !== "" && !safeArg(lib) && !ctx.cgoGenerated) {
        report(pos, `invalid library name ${JSON.stringify(lib)} in cgo_import_dynamic directive`);
      }
      checkCgoPragma(pos, text, report);
      cgoDynamicOk = true;
    }
  }
  if (!cgoDynamicOk && text.startsWith("go:cgo_")) {
    if (!ctx.cgoGenerated && !ctx.std) report(pos, `//${text} only allowed in cgo-generated code`);
    checkCgoPragma(pos, text, report);
  }

  const sp = text.indexOf(" ");
  const verb = sp >= 0 ? text.slice(0, sp) : text;
  const flag = pragmaFlag(verb);
  if (!ctx.compilingRuntime && (flag & RuntimePragmas) !== 0) report(pos, `//${verb} only allowed in runtime`);
  if (flag === PragmaFlag.Uintptrkeepalive && !ctx.std) {
    report(pos, `//${verb} is only allowed in the standard library`);
  }
  if (flag === 0 && !allowedStdPragmas.has(verb) && ctx.std) {
    report(pos, `//${verb} is not allowed in the standard library`);
  }
  pragma.flags |= flag;
  pragma.publicFlags |= flag;
  pragma.flagPos.push({ flag, pos });
  return pragma;
}

/** gc's checkUnusedDuringParse: the pragma was not taken by a declaration. */
export function reportUnusedPragma(pragma: PragmaState, report: Report): void {
  for (const p of pragma.flagPos) {
    if ((p.flag & pragma.flags) !== 0) report(p.pos, "misplaced compiler directive");
  }
  for (const e of pragma.embeds) report(e, "misplaced go:embed directive");
  if (pragma.wasmImport !== 0) report(pragma.wasmImport, "misplaced go:wasmimport directive");
}
