// Source files and positions.
//
// A position (Pos) is one number: the file's base in a FileSet plus a byte
// offset into the file, as go/token does. Nodes carry only that number; the
// line and column are computed when a message is printed. Columns count bytes
// from 1, as gc's do. Pos 0 means "no position".
//
// Strings inside the compiler are byte strings: each UTF-16 code unit holds
// one byte (0..255) of the Go string. This matches Go's string semantics
// (strings are byte sequences, possibly invalid UTF-8) and makes len() and
// indexing exact. Output is written back with the latin1 encoding.

export type Pos = number;

export const NoPos: Pos = 0;

export interface Position {
  filename: string;
  line: number;
  /** 0 when unknown: after a //line directive that gives no column. */
  col: number;
}

/**
 * A //line directive's effect (gc's line PosBase): from byte offset
 * `offset` on, a position at file line L, column C is reported as
 * filename:(line + L - baseLine):col', where col' is col + C - baseCol on
 * line baseLine and C elsewhere.
 */
export interface LineBase {
  offset: number;
  filename: string;
  line: number;
  /** 0: columns are unknown until the next directive. */
  col: number;
  /** Where the directive says it applies, in file coordinates (gc's PosBase.Pos()). */
  baseLine: number;
  baseCol: number;
}

/** gc's syntax.Pos text: "file:line:col", "file:line" if the column is unknown. */
export function formatPosition(p: Position): string {
  if (p.line === 0) return p.filename === "" ? "<unknown position>" : p.filename;
  if (p.col === 0) return `${p.filename}:${p.line}`;
  return `${p.filename}:${p.line}:${p.col}`;
}

// gc's compact positions (cmd/internal/src lico) keep lines below 2^20 - 2
// and columns below 255; larger values print without a column.
const LineMax = (1 << 20) - 2;
const ColMax = 255;

export class SourceFile {
  private lines: number[] | null = null;
  /** //line directives in offset order (added by the parser). */
  readonly lineBases: LineBase[] = [];
  /**
   * Offsets where gc's scanner starts counting lines one too high (after
   * ".." and a newline it counts the newline twice; added by the parser).
   * From such an offset on, gc's line numbers are one higher, and the rest
   * of that line is numbered from column 2.
   */
  readonly lineShifts: number[] = [];

  constructor(
    /** Name as shown in messages, e.g. "./main.go" (a byte string). */
    readonly name: string,
    readonly base: number,
    readonly bytes: Uint8Array,
  ) {}

  /** Byte offsets where each line starts; lineStarts[0] === 0 (computed when first needed). */
  get lineStarts(): readonly number[] {
    let ls = this.lines;
    if (ls === null) {
      ls = [0];
      const b = this.bytes;
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) ls.push(i + 1);
      this.lines = ls;
    }
    return ls;
  }

  get size(): number {
    return this.bytes.length;
  }

  pos(offset: number): Pos {
    return this.base + offset;
  }

  /** The 0-based line index of a byte offset. */
  private lineIndex(off: number): number {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Line and column in the file itself (as gc counts them), ignoring //line directives. */
  rawPosition(pos: Pos): Position {
    const off = pos - this.base;
    const l = this.lineIndex(off);
    let line = l + 1;
    let col = off - this.lineStarts[l] + 1;
    const shifts = this.lineShifts;
    for (let i = 0; i < shifts.length && shifts[i] <= off; i++) {
      line++;
      if (shifts[i] >= this.lineStarts[l]) col = 2 + (off - shifts[i]);
    }
    return { filename: this.name, line, col };
  }

  /**
   * The position at the start of gc's error messages (base.FmtPos): like
   * position(), but computed from gc's clamped line and column, with the
   * column 0 (not shown) when it is unknown or too large.
   */
  errorPosition(pos: Pos): Position {
    const raw = this.rawPosition(pos);
    let line = raw.line;
    let col = raw.col;
    if (line >= LineMax) {
      line = LineMax;
      col = 0;
    }
    if (col > ColMax) col = ColMax;
    const lb = this.lineBase(pos - this.base);
    let filename = this.name;
    if (lb !== null) {
      let bl = lb.baseLine;
      let bc = lb.baseCol;
      if (bl >= LineMax) {
        bl = LineMax;
        bc = 0;
      }
      if (bc > ColMax) bc = ColMax;
      filename = lb.filename;
      col = lb.col === 0 ? 0 : line === bl ? lb.col + (col - bc) : col;
      line = lb.line + (line - bl);
    }
    if (col >= ColMax) col = 0;
    return { filename, line, col };
  }

  /** gc's syntax.Pos.String(): the position relative to a //line directive, followed by "[file:line:col]" if that differs. */
  posString(pos: Pos): string {
    const rel = this.position(pos);
    const abs = this.rawPosition(pos);
    const s = formatPosition(rel);
    if (rel.filename !== abs.filename || rel.line !== abs.line || rel.col !== abs.col) return `${s}[${formatPosition(abs)}]`;
    return s;
  }

  /** The position relative to the governing //line directive, if any (gc's RelFilename, RelLine, RelCol). */
  position(pos: Pos): Position {
    const off = pos - this.base;
    const { line, col } = this.rawPosition(pos);
    const lb = this.lineBase(off);
    if (lb === null) return { filename: this.name, line, col };
    let relCol = 0;
    if (lb.col !== 0) relCol = line === lb.baseLine ? lb.col + (col - lb.baseCol) : col;
    return { filename: lb.filename, line: lb.line + (line - lb.baseLine), col: relCol };
  }

  /** The //line directive governing pos, or null. */
  lineBaseAt(pos: Pos): LineBase | null {
    return this.lineBase(pos - this.base);
  }

  private lineBase(off: number): LineBase | null {
    const lbs = this.lineBases;
    if (lbs.length === 0 || off < lbs[0].offset) return null;
    let lo = 0;
    let hi = lbs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lbs[mid].offset <= off) lo = mid;
      else hi = mid - 1;
    }
    return lbs[lo];
  }
}

export class FileSet {
  private readonly files: SourceFile[] = [];
  private nextBase = 1;

  addFile(name: string, bytes: Uint8Array): SourceFile {
    const f = new SourceFile(name, this.nextBase, bytes);
    // +1 so that the EOF position of one file is not the first of the next.
    this.nextBase += bytes.length + 1;
    this.files.push(f);
    return f;
  }

  file(pos: Pos): SourceFile | undefined {
    const fs = this.files;
    let lo = 0;
    let hi = fs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = fs[mid];
      if (pos < f.base) hi = mid - 1;
      else if (pos > f.base + f.size) lo = mid + 1;
      else return f;
    }
    return undefined;
  }

  position(pos: Pos): Position {
    const f = this.file(pos);
    if (!f) return { filename: "<unknown>", line: 0, col: 0 };
    return f.position(pos);
  }

  /** How gc prints an error's position: "file:line:col" ("file:line" if the column is unknown or > 254). */
  format(pos: Pos): string {
    const f = this.file(pos);
    if (!f) return "<unknown line number>";
    return formatPosition(f.errorPosition(pos));
  }

  /** How gc prints a position inside a message (syntax.Pos.String). */
  posString(pos: Pos): string {
    const f = this.file(pos);
    if (!f) return "<unknown position>";
    return f.posString(pos);
  }
}

/** Converts a JS (UTF-16) string to a byte string (UTF-8 bytes, one per code unit). */
export function toByteString(s: string): string {
  // Fast path: pure ASCII is already its own byte string.
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return Buffer.from(s, "utf8").toString("latin1");
}

/** Converts a byte string back to a JS string, decoding UTF-8 (invalid bytes become U+FFFD). */
export function fromByteString(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return Buffer.from(s, "latin1").toString("utf8");
}
