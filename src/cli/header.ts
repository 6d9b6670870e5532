// The go command's first look at a Go file: before anything is compiled, it
// reads each file's header (package clause and imports) to find the
// package's name and its imports, and it reports problems there in its own
// words, which are go/parser's, not the compiler's:
//
//   t.go:1:1: expected 'package', found pakage
//   t.go:4:2: string literal not terminated
//   go: reading t.go: unexpected NUL in input
//
// Two steps, as in go/build (read.go, readGoInfo):
//  1. A byte reader takes the header: comments, "package name", then import
//     declarations, stopping at the first byte that cannot continue them. If
//     the header is malformed the whole file is taken instead; a NUL byte in
//     what was read is an error of its own.
//  2. go/parser parses those bytes in ImportsOnly mode. This file models the
//     small part of go/scanner and go/parser that mode uses: tokens,
//     semicolon insertion, the package clause and import specs, and their
//     error messages. Only the first error (by position) is reported, as the
//     go command does.

/** A position in go/token terms: 1-based line, 1-based byte column. */
export interface LineCol {
  line: number;
  col: number;
}

export interface HeaderImport extends LineCol {
  /** The import path, unquoted (a byte string). */
  path: string;
}

export type HeaderError =
  | { kind: "nul" }
  /** A go/parser or go/scanner error, reported with the file's ShortPath. */
  | ({ kind: "syntax"; msg: string } & LineCol)
  /** An invalid import path, reported with the file's absolute name. */
  | ({ kind: "importpath"; msg: string } & LineCol);

export interface HeaderInfo {
  pkgName: string;
  imports: HeaderImport[];
  error: HeaderError | null;
}

// ---------------------------------------------------------------------------
// Step 1: go/build's importReader.

const enum RErr {
  None,
  Syntax,
  Nul,
}

function isIdentByte(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c >= 0x80;
}

class ImportReader {
  pos: number;
  readonly start: number;
  peek = 0;
  err = RErr.None;
  eof = false;

  constructor(readonly b: Uint8Array) {
    this.start = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    this.pos = this.start;
  }

  readByte(): number {
    if (this.pos >= this.b.length) {
      this.eof = true;
      return 0;
    }
    const c = this.b[this.pos++];
    if (c === 0) {
      if (this.err === RErr.None) this.err = RErr.Nul;
      return 0;
    }
    return c;
  }

  syntaxError(): void {
    if (this.err === RErr.None) this.err = RErr.Syntax;
  }

  peekByte(skipSpace: boolean): number {
    if (this.err !== RErr.None) return 0;
    let c = this.peek;
    if (c === 0) c = this.readByte();
    while (this.err === RErr.None && !this.eof) {
      if (skipSpace) {
        if (c === 32 || c === 12 || c === 9 || c === 13 || c === 10 || c === 59) {
          c = this.readByte();
          continue;
        }
        if (c === 47) {
          c = this.readByte();
          if (c === 47) {
            while (c !== 10 && this.err === RErr.None && !this.eof) c = this.readByte();
          } else if (c === 42) {
            let c1 = 0;
            while ((c !== 42 || c1 !== 47) && this.err === RErr.None) {
              if (this.eof) this.syntaxError();
              c = c1;
              c1 = this.readByte();
            }
          } else {
            this.syntaxError();
          }
          c = this.readByte();
          continue;
        }
      }
      break;
    }
    this.peek = c;
    return c;
  }

  nextByte(skipSpace: boolean): number {
    const c = this.peekByte(skipSpace);
    this.peek = 0;
    return c;
  }

  readKeyword(kw: string): void {
    this.peekByte(true);
    for (let i = 0; i < kw.length; i++) {
      if (this.nextByte(false) !== kw.charCodeAt(i)) {
        this.syntaxError();
        return;
      }
    }
    if (isIdentByte(this.peekByte(false))) this.syntaxError();
  }

  readIdent(): void {
    const c = this.peekByte(true);
    if (!isIdentByte(c)) {
      this.syntaxError();
      return;
    }
    while (isIdentByte(this.peekByte(false))) this.peek = 0;
  }

  readString(): void {
    switch (this.nextByte(true)) {
      case 96:
        while (this.err === RErr.None) {
          if (this.nextByte(false) === 96) break;
          if (this.eof) this.syntaxError();
        }
        break;
      case 34:
        while (this.err === RErr.None) {
          const c = this.nextByte(false);
          if (c === 34) break;
          if (this.eof || c === 10) this.syntaxError();
          if (c === 92) this.nextByte(false);
        }
        break;
      default:
        this.syntaxError();
    }
  }

  readImport(): void {
    const c = this.peekByte(true);
    if (c === 46) this.peek = 0;
    else if (isIdentByte(c)) this.readIdent();
    this.readString();
  }
}

/** The header bytes go/build hands to go/parser, or null for "unexpected NUL in input". */
export function readHeader(b: Uint8Array): Uint8Array | null {
  const r = new ImportReader(b);
  r.readKeyword("package");
  r.readIdent();
  while (r.peekByte(true) === 105) {
    r.readKeyword("import");
    if (r.peekByte(true) === 40) {
      r.nextByte(false);
      while (r.peekByte(true) !== 41 && r.err === RErr.None) r.readImport();
      r.nextByte(false);
    } else {
      r.readImport();
    }
  }
  let end = r.pos;
  if (r.err === RErr.None && !r.eof) end--;
  if (r.err === RErr.Syntax) {
    r.err = RErr.None;
    while (r.err === RErr.None && !r.eof) r.readByte();
    end = r.pos;
  }
  if (r.err !== RErr.None) return null;
  return b.subarray(r.start, end);
}

// ---------------------------------------------------------------------------
// Step 2: the part of go/scanner and go/parser that ImportsOnly mode uses.

const enum T {
  EOF,
  ILLEGAL,
  IDENT,
  INT, // any number literal
  CHAR,
  STRING,
  SEMICOLON,
  LPAREN,
  RPAREN,
  RBRACE,
  PERIOD,
  COMMA,
  OP, // any other operator; its text is in lit
  KEYWORD, // its text is in lit
}

const keywords = new Set([
  "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
  "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select",
  "struct", "switch", "type", "var",
]);

const operators = [
  "...", "<<=", ">>=", "&^=", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=", "-=",
  "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^",
];

const reLetter = /^\p{L}$/u;
const reDigit = /^\p{Nd}$/u;
const reGraphic = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u;
const rePrint = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** Go's %#U: U+0023 '#' (the character only if printable). */
function fmtU(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, "0");
  const ch = String.fromCodePoint(cp);
  return rePrint.test(ch) || cp === 0x20 ? `U+${hex} '${ch}'` : `U+${hex}`;
}

interface ScanError extends LineCol {
  offset: number;
  msg: string;
}

class HeaderScanner {
  private off = 0;
  private insertSemi = false;
  readonly errors: ScanError[] = [];

  // The current token.
  tok = T.EOF;
  lit = "";
  tokOff = 0;
  tokLine = 1;
  tokCol = 1;

  private readonly lineStarts: number[] = [0];

  constructor(readonly src: Uint8Array) {
    for (let i = 0; i < src.length; i++) if (src[i] === 10) this.lineStarts.push(i + 1);
  }

  private error(offset: number, msg: string): void {
    this.errors.push({ offset, msg, ...this.lineCol(offset) });
  }

  lineCol(offset: number): LineCol {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - ls[lo] + 1 };
  }

  /** Decodes the rune at `i`: [code point, width]; invalid UTF-8 is [0xfffd, 1]. */
  private rune(i: number): [number, number] {
    const b = this.src;
    const c = b[i];
    if (c < 0x80) return [c, 1];
    let need: number;
    let cp: number;
    if (c >= 0xc2 && c < 0xe0) {
      need = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c < 0xf0) {
      need = 2;
      cp = c & 0x0f;
    } else if (c >= 0xf0 && c < 0xf5) {
      need = 3;
      cp = c & 0x07;
    } else {
      return [0xfffd, 1];
    }
    if (i + need > b.length - 1) return [0xfffd, 1];
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if ((cc & 0xc0) !== 0x80) return [0xfffd, 1];
      cp = (cp << 6) | (cc & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return [0xfffd, 1];
    return [cp, need + 1];
  }

  /** Reads the rune at off, reporting encoding errors as go/scanner's next() does. */
  private peekRune(): [number, number] {
    const [cp, w] = this.rune(this.off);
    if (cp === 0xfffd && w === 1) this.error(this.off, "illegal UTF-8 encoding");
    else if (cp === 0xfeff && this.off > 0) this.error(this.off, "illegal byte order mark");
    return [cp, w];
  }

  private isLetter(cp: number): boolean {
    return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || cp === 95 || (cp >= 0x80 && reLetter.test(String.fromCodePoint(cp)));
  }

  private isDigit(cp: number): boolean {
    return (cp >= 48 && cp <= 57) || (cp >= 0x80 && reDigit.test(String.fromCodePoint(cp)));
  }

  private text(from: number, to: number): string {
    let s = "";
    for (let i = from; i < to; i++) s += String.fromCharCode(this.src[i]);
    return s;
  }

  private setTok(tok: T, off: number, lit: string): void {
    this.tok = tok;
    this.lit = lit;
    this.tokOff = off;
    const lc = this.lineCol(off);
    this.tokLine = lc.line;
    this.tokCol = lc.col;
  }

  /** Whether only whitespace and comments (no newline-free code) remain on this line after `i`. */
  private lineEndsAfter(i: number): boolean {
    const b = this.src;
    while (i < b.length) {
      const c = b[i];
      if (c === 10) return true;
      if (c === 32 || c === 9 || c === 13) {
        i++;
        continue;
      }
      if (c === 47 && b[i + 1] === 47) return true;
      if (c === 47 && b[i + 1] === 42) {
        let j = i + 2;
        let nl = false;
        while (j < b.length && !(b[j] === 42 && b[j + 1] === 47)) {
          if (b[j] === 10) nl = true;
          j++;
        }
        if (nl || j >= b.length) return true;
        i = j + 2;
        continue;
      }
      return false;
    }
    return true;
  }

  next(): void {
    const b = this.src;
    for (;;) {
      while (this.off < b.length) {
        const c = b[this.off];
        if (c === 32 || c === 9 || c === 13 || (c === 10 && !this.insertSemi)) this.off++;
        else break;
      }
      const off = this.off;
      if (off >= b.length) {
        if (this.insertSemi) {
          this.insertSemi = false;
          this.setTok(T.SEMICOLON, off, "\n");
          return;
        }
        this.setTok(T.EOF, off, "");
        return;
      }
      const c = b[off];
      if (c === 10) {
        this.insertSemi = false;
        this.off++;
        this.setTok(T.SEMICOLON, off, "\n");
        return;
      }
      if (c === 47 && (b[off + 1] === 47 || b[off + 1] === 42)) {
        if (this.insertSemi && this.lineEndsAfter(off)) {
          this.insertSemi = false;
          this.setTok(T.SEMICOLON, off, "\n");
          return;
        }
        if (b[off + 1] === 47) {
          while (this.off < b.length && b[this.off] !== 10) this.off++;
        } else {
          let j = off + 2;
          while (j < b.length && !(b[j] === 42 && b[j + 1] === 47)) j++;
          if (j >= b.length) {
            this.error(off, "comment not terminated");
            this.off = b.length;
          } else {
            this.off = j + 2;
          }
        }
        continue;
      }
      this.scanToken(off);
      return;
    }
  }

  private scanToken(off: number): void {
    const b = this.src;
    const [cp, w] = this.peekRune();
    let insertSemi = false;
    if (this.isLetter(cp)) {
      let i = off;
      for (;;) {
        if (i >= b.length) break;
        const [r, rw] = this.rune(i);
        if (!this.isLetter(r) && !this.isDigit(r)) break;
        i += rw;
      }
      this.off = i;
      const lit = this.text(off, i);
      if (keywords.has(lit)) {
        this.setTok(T.KEYWORD, off, lit);
        insertSemi = lit === "break" || lit === "continue" || lit === "fallthrough" || lit === "return";
      } else {
        this.setTok(T.IDENT, off, lit);
        insertSemi = true;
      }
    } else if ((cp >= 48 && cp <= 57) || (cp === 46 && b[off + 1] >= 48 && b[off + 1] <= 57)) {
      // Number literals: only their extent matters here (any literal is
      // shown as written in "found ..."), so their syntax is not checked.
      let i = off;
      while (i < b.length) {
        const ch = b[i];
        if (!((ch >= 48 && ch <= 57) || (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || ch === 95 || ch === 46)) break;
        i++;
        const isExp = ch === 101 || ch === 69 || ch === 112 || ch === 80;
        if (isExp && (b[i] === 43 || b[i] === 45)) i++;
      }
      this.off = i;
      this.setTok(T.INT, off, this.text(off, i));
      insertSemi = true;
    } else if (cp === 34 || cp === 96) {
      this.scanString(off, cp === 96);
      insertSemi = true;
    } else if (cp === 39) {
      let i = off + 1;
      while (i < b.length && b[i] !== 39 && b[i] !== 10) i += b[i] === 92 ? 2 : 1;
      if (i >= b.length || b[i] !== 39) this.error(off, "rune literal not terminated");
      else i++;
      this.off = Math.min(i, b.length);
      this.setTok(T.CHAR, off, this.text(off, this.off));
      insertSemi = true;
    } else {
      let op = "";
      for (const o of operators) {
        if (this.text(off, off + o.length) === o) {
          op = o;
          break;
        }
      }
      if (op === "" && cp < 0x80 && "+-*/%&|^<>=!()[]{},;.:~".includes(String.fromCharCode(cp))) op = String.fromCharCode(cp);
      if (op !== "") {
        this.off = off + op.length;
        const tok = op === "(" ? T.LPAREN : op === ")" ? T.RPAREN : op === "}" ? T.RBRACE : op === "." ? T.PERIOD : op === "," ? T.COMMA : op === ";" ? T.SEMICOLON : T.OP;
        this.setTok(tok, off, op);
        insertSemi = op === ")" || op === "]" || op === "}" || op === "++" || op === "--";
      } else {
        this.off = off + w;
        if (cp === 0x201c || cp === 0x201d) this.error(off, `curly quotation mark '${String.fromCodePoint(cp)}' (use neutral '"')`);
        else if (!(cp === 0xfffd && w === 1) && !(cp === 0xfeff && off > 0)) this.error(off, `illegal character ${fmtU(cp)}`);
        this.setTok(T.ILLEGAL, off, this.text(off, off + w));
        insertSemi = this.insertSemi;
      }
    }
    this.insertSemi = insertSemi;
  }

  private scanString(off: number, raw: boolean): void {
    const b = this.src;
    let i = off + 1;
    if (raw) {
      while (i < b.length && b[i] !== 96) i++;
      if (i >= b.length) {
        this.error(off, "raw string literal not terminated");
        this.off = b.length;
      } else {
        this.off = i + 1;
      }
      this.setTok(T.STRING, off, this.text(off, this.off));
      return;
    }
    for (;;) {
      if (i >= b.length || b[i] === 10) {
        this.error(off, "string literal not terminated");
        break;
      }
      const c = b[i];
      if (c === 34) {
        i++;
        break;
      }
      if (c === 92) {
        i = this.scanEscape(i);
        continue;
      }
      i++;
    }
    this.off = i;
    this.setTok(T.STRING, off, this.text(off, i));
  }

  /**
   * Checks the escape whose backslash is at b[i] (go/scanner's scanEscape:
   * errors point after the backslash, or at the offending digit); returns
   * the index after it.
   */
  private scanEscape(i: number): number {
    const b = this.src;
    const offs = i + 1;
    i = offs;
    if (i >= b.length) {
      this.error(offs, "escape sequence not terminated");
      return i;
    }
    const c = b[i];
    let n: number;
    let base: number;
    let max: number;
    if ("abfnrtv\\\"".includes(String.fromCharCode(c))) return i + 1;
    if (c >= 48 && c <= 55) {
      n = 3;
      base = 8;
      max = 255;
    } else if (c === 120 || c === 117 || c === 85) {
      i++;
      n = c === 120 ? 2 : c === 117 ? 4 : 8;
      base = 16;
      max = c === 120 ? 255 : 0x10ffff;
    } else {
      this.error(offs, "unknown escape sequence");
      return i;
    }
    let x = 0;
    for (; n > 0; n--) {
      if (i >= b.length) {
        this.error(i, "escape sequence not terminated");
        return i;
      }
      const d = parseInt(String.fromCharCode(b[i]), 16);
      if (Number.isNaN(d) || d >= base) {
        this.error(i, `illegal character ${fmtU(this.rune(i)[0])} in escape sequence`);
        return i;
      }
      x = x * base + d;
      i++;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) this.error(offs, "escape sequence is invalid Unicode code point");
    return i;
  }
}

/** Decodes a Go string literal's value as bytes (a byte string); null if malformed. */
export function unquote(lit: string): string | null {
  if (lit.length < 2) return null;
  const q = lit[0];
  if (q === "`") return lit.endsWith("`") ? lit.slice(1, -1).replace(/\r/g, "") : null;
  if (q !== '"' || !lit.endsWith('"')) return null;
  const s = lit.slice(1, -1);
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = s[++i];
    const simple: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"' };
    if (e in simple) out += simple[e];
    else if (e >= "0" && e <= "7") {
      out += String.fromCharCode(parseInt(s.slice(i, i + 3), 8) & 0xff);
      i += 2;
    } else if (e === "x") {
      out += String.fromCharCode(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e === "u" || e === "U") {
      const n = e === "u" ? 4 : 8;
      const cp = parseInt(s.slice(i + 1, i + 1 + n), 16);
      if (Number.isNaN(cp) || cp > 0x10ffff) return null;
      out += Buffer.from(String.fromCodePoint(cp), "utf8").toString("latin1");
      i += n;
    } else return null;
  }
  return out;
}

/** go/build's isValidImport. `path` is a byte string. */
export function isValidImport(path: string): boolean {
  if (path === "") return false;
  const illegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`\ufffd";
  const s = Buffer.from(path, "latin1").toString("utf8");
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    // ASCII without the Unicode-class regexes (compiling them costs a few
    // milliseconds of every start): graphic and not space is '!'..'~'.
    if (c < 0x80) {
      if (c < 0x21 || c > 0x7e || illegal.includes(ch)) return false;
      continue;
    }
    if (!reGraphic.test(ch) || /^\s$/u.test(ch) || illegal.includes(ch)) return false;
  }
  return true;
}

/** go/parser in ImportsOnly mode, over the header bytes. */
class HeaderParser {
  readonly s: HeaderScanner;
  pkgName = "";
  readonly imports: HeaderImport[] = [];
  /** The first parser error; parsing stops there (later errors are never the first by position). */
  err: ScanError | null = null;
  /** Set at the first parser error, even one dropped for sharing a line with a scanner error. */
  private stopped = false;

  constructor(src: Uint8Array) {
    this.s = new HeaderScanner(src);
  }

  private tok(): T {
    return this.s.tok;
  }

  private isKeyword(kw: string): boolean {
    return this.s.tok === T.KEYWORD && this.s.lit === kw;
  }

  private isLiteral(): boolean {
    const t = this.tok();
    return t === T.INT || t === T.CHAR || t === T.STRING;
  }

  /** go/parser's error(): dropped if the last error recorded is on the same line. */
  private error(offset: number, msg: string): void {
    this.stopped = true;
    if (this.err !== null) return;
    const e = { offset, msg, ...this.s.lineCol(offset) };
    const last = this.s.errors[this.s.errors.length - 1];
    if (last !== undefined && last.line === e.line) return;
    this.err = e;
  }

  private errorExpected(what: string): void {
    const s = this.s;
    let m = "expected " + what;
    if (s.tok === T.SEMICOLON && s.lit === "\n") m += ", found newline";
    else if (s.tok === T.IDENT || this.isLiteral()) m += ", found " + s.lit;
    else m += ", found '" + (s.tok === T.EOF ? "EOF" : s.tok === T.ILLEGAL ? "ILLEGAL" : s.lit) + "'";
    this.error(s.tokOff, m);
  }

  private expectSemi(): void {
    const t = this.tok();
    if (t === T.RPAREN || t === T.RBRACE) return;
    if (t === T.SEMICOLON) this.s.next();
    else this.errorExpected("';'");
  }

  parse(): void {
    const s = this.s;
    s.next();
    if (!this.isKeyword("package")) return this.errorExpected("'package'");
    s.next();
    if (this.tok() !== T.IDENT) return this.errorExpected("'IDENT'");
    this.pkgName = s.lit;
    s.next();
    this.expectSemi();
    while (!this.stopped && this.isKeyword("import")) {
      s.next();
      if (this.tok() !== T.LPAREN) {
        this.importSpec();
        continue;
      }
      s.next();
      while (!this.stopped && this.tok() !== T.RPAREN && this.tok() !== T.EOF) this.importSpec();
      if (this.stopped) return;
      if (this.tok() !== T.RPAREN) return this.errorExpected("')'");
      s.next();
      this.expectSemi();
    }
  }

  private importSpec(): void {
    const s = this.s;
    let at: LineCol | null = null;
    if (this.tok() === T.IDENT || this.tok() === T.PERIOD) {
      at = { line: s.tokLine, col: s.tokCol };
      s.next();
    }
    if (this.tok() === T.STRING) {
      const lit = s.lit;
      const pos = at ?? { line: s.tokLine, col: s.tokCol };
      s.next();
      const path = unquote(lit);
      if (path !== null) this.imports.push({ path, ...pos });
    } else if (this.isLiteral()) {
      return this.error(s.tokOff, "import path must be a string");
    } else {
      return this.error(s.tokOff, "missing import path");
    }
    this.expectSemi();
  }
}

/** Reads a file's header as the go command does (see the file comment). */
export function scanHeader(src: Uint8Array): HeaderInfo {
  const header = readHeader(src);
  if (header === null) return { pkgName: "", imports: [], error: { kind: "nul" } };
  const p = new HeaderParser(header);
  p.parse();
  const all = [...p.s.errors];
  if (p.err !== null) all.push(p.err);
  if (all.length > 0) {
    all.sort((a, b) => a.line - b.line || a.col - b.col || (a.msg < b.msg ? -1 : a.msg > b.msg ? 1 : 0));
    const e = all[0];
    return { pkgName: p.pkgName, imports: [], error: { kind: "syntax", msg: e.msg, line: e.line, col: e.col } };
  }
  for (const imp of p.imports) {
    if (!isValidImport(imp.path)) {
      return { pkgName: p.pkgName, imports: [], error: { kind: "importpath", msg: `invalid import path: ${imp.path}`, line: imp.line, col: imp.col } };
    }
  }
  return { pkgName: p.pkgName, imports: p.imports, error: null };
}
