// Executable images: a linked program as a byte string, so that running it
// again needs neither the front end nor the lowering (like the binary the
// go command keeps in its build cache).
//
// A program is linked into a fresh machine (run.ts): its static data,
// strings, type descriptors and itabs are written into the arena, and its
// functions are lowered to IR. None of that depends on anything but the
// program's source and gots itself, so the arena's bytes in use, the IR
// and the few JS-side tables of the descriptors are the whole image.
// Restoring it builds the same machine (whose own allocations land at the
// same addresses, checked with baseTop), copies the bytes back and runs.
//
// The run that links a program also keeps the JS it generated for the
// functions it called, so a run from the image skips that too.
// That code is one script whose V8 code cache the image holds too.
//
// Layout: "GOTSIMG6", a little-endian uint32 length, that many bytes of
// JSON (everything but what follows), the functions' bodies (JSON texts,
// parsed when first called), the generated script's text, its code cache,
// then the arena's bytes. Not compressed: inflating costs more start-up
// time than reading the larger file.

import type { Func } from "../ir/ir.js";
import type { ImageCode } from "./interp.js";
import type { DescState } from "../codegen/typedesc.js";
import type { ArenaState } from "../runtime/mem/arena.js";

export interface Image {
  /** Arena bytes in use by the machine before linking (a restored machine must match). */
  baseTop: number;
  arena: ArenaState;
  /** The arena's bytes [0, arena.top). */
  data: Uint8Array;
  funcs: Func[];
  /** The functions the program can call (the linker's reachable set): only their bodies are kept. */
  live: ReadonlySet<number>;
  entry: number;
  descs: DescState;
  errDescs: Record<string, number>;
  errorDesc: number;
  stringerDesc: number;
  /** Code generated for the functions the program called when it ran (the run that made the image). */
  code: ImageCode | null;
}

const magic = "GOTSIMG6";

/** A function as the image stores it: the scalars, and where its body's JSON text is in the bodies section. */
type StoredFunc = [name: string, argSize: number, localsEnd: number, maxCallArgs: number, native: string | null, exitPc: number, wrapper: boolean, file: string, bodyAt: number, bodyLen: number];

/** What the bodies section holds for a function: what only running it (or walking its frames) needs. */
type StoredBody = [regs: Func["regs"], blocks: Func["blocks"], ptrRegs: number[], lines: [number, number][], files: [number, string][] | null];

export function encodeImage(img: Image): Buffer {
  const { data, funcs, live, code, ...rest } = img;
  const bodies: Buffer[] = [];
  let at = 0;
  const stored: StoredFunc[] = funcs.map((f) => {
    // Code ids are in the data (func values, method tables), so every
    // function keeps its place; one the program cannot call keeps its name.
    if (!live.has(f.id)) return [f.name, 0, 0, 0, null, -1, false, "", -1, 0];
    const body: StoredBody = [f.regs, f.blocks, [...f.ptrRegs], [...f.lines], f.files === undefined ? null : [...f.files]];
    const b = Buffer.from(JSON.stringify(body), "utf8");
    bodies.push(b);
    at += b.length;
    return [f.name, f.argSize, f.localsEnd, f.maxCallArgs, f.native, f.exitPc, f.wrapper, f.file, at - b.length, b.length];
  });
  const text = Buffer.from(code?.text ?? "", "utf8");
  const gen = code === null ? null : { ids: code.ids, meta: code.meta, textLength: text.length, cacheLength: code.cache.length };
  const header = Buffer.from(JSON.stringify({ ...rest, funcs: stored, bodiesLength: at, code: gen }), "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  return Buffer.concat([Buffer.from(magic, "latin1"), len, header, ...bodies, text, code?.cache ?? new Uint8Array(0), data]);
}

/** The body of a function the image does not keep (the program cannot call it). */
const noBody: StoredBody = [[], [], [], [], null];

/**
 * A function of a restored image: most are never called, so their bodies
 * (registers, blocks, pointer registers) are parsed when first asked for.
 */
class LazyFunc implements Func {
  private parsed: { regs: Func["regs"]; blocks: Func["blocks"]; ptrRegs: Func["ptrRegs"]; lines: Func["lines"]; files: Func["files"] } | null = null;
  constructor(
    readonly name: string,
    readonly id: number,
    readonly argSize: number,
    readonly localsEnd: number,
    readonly maxCallArgs: number,
    readonly native: string | null,
    readonly exitPc: number,
    readonly wrapper: boolean,
    readonly file: string,
    /** Where its body's text is in the image (null: not kept, the program cannot call it). */
    private readonly body: Buffer | null,
  ) {}
  private get p(): NonNullable<LazyFunc["parsed"]> {
    if (this.parsed === null) {
      const [regs, blocks, ptrs, lines, files] = this.body === null ? noBody : (JSON.parse(this.body.toString("utf8")) as StoredBody);
      this.parsed = { regs, blocks, ptrRegs: new Set(ptrs), lines: new Map(lines), files: files === null ? undefined : new Map(files) };
    }
    return this.parsed;
  }
  get regs(): Func["regs"] {
    return this.p.regs;
  }
  get blocks(): Func["blocks"] {
    return this.p.blocks;
  }
  get ptrRegs(): Func["ptrRegs"] {
    return this.p.ptrRegs;
  }
  get lines(): Func["lines"] {
    return this.p.lines;
  }
  get files(): Func["files"] {
    return this.p.files;
  }
}

/** The image in b, or null if b is not one (a damaged or foreign file). */
export function decodeImage(b: Uint8Array): Image | null {
  const raw = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (raw.length < 12 || raw.toString("latin1", 0, 8) !== magic) return null;
  const n = raw.readUInt32LE(8);
  if (12 + n > raw.length) return null;
  let h: Omit<Image, "data" | "funcs" | "code"> & { funcs: StoredFunc[]; bodiesLength: number; code: (Omit<ImageCode, "cache" | "text"> & { textLength: number; cacheLength: number }) | null };
  try {
    h = JSON.parse(raw.toString("utf8", 12, 12 + n)) as typeof h;
  } catch {
    return null;
  }
  const bodies = raw.subarray(12 + n, 12 + n + h.bodiesLength);
  const funcs: Func[] = h.funcs.map((f, id) => new LazyFunc(f[0], id, f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8] < 0 ? null : bodies.subarray(f[8], f[8] + f[9])));
  let at = 12 + n + h.bodiesLength;
  let code: ImageCode | null = null;
  if (h.code !== null) {
    const { textLength, cacheLength, ...c } = h.code;
    const text = raw.toString("utf8", at, at + textLength);
    at += textLength;
    code = { ...c, text, cache: raw.subarray(at, at + cacheLength) };
    at += cacheLength;
  }
  return { ...h, funcs, live: new Set(), code, data: raw.subarray(at) };
}
