// The Go tokenizer: reads a file's bytes and produces one token per next()
// call, inserting semicolons at line ends as the language requires.
//
// Models gc's cmd/compile/internal/syntax scanner.go and source.go: the same
// token kinds and literal checks, the same error texts at the same byte
// positions, the "newline"/"EOF" names for implicit semicolons, and the
// same treatment of NUL bytes, invalid UTF-8 and byte order marks. Only
// //go: directive comments are reported (to directive()); other comments,
// including //line directives, are skipped.
//
// The current token lives in fields (tok, tpos, lit, kind, op, prec, ...),
// as in gc, so scanning allocates nothing but literal and name strings.

import { LitKind, Operator } from "./ast.js";
import type { Pos } from "./source.js";
import { Prec, Token, keywordBytes, keywordHash, keywordTable } from "./tokens.js";

// ASCII character classes.
const LETTER = 1; // a-z A-Z _
const DIGIT = 2; // 0-9
const HEX = 4; // 0-9 a-f A-F
const cls = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  let k = 0;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) k |= LETTER;
  if (c >= 48 && c <= 57) k |= DIGIT | HEX;
  if ((c >= 97 && c <= 102) || (c >= 65 && c <= 70)) k |= HEX;
  cls[c] = k;
}

const reLetter = /^\p{L}$/u;
const reDigit = /^\p{Nd}$/u;
const rePrint = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function isUnicodeLetter(cp: number): boolean {
  return reLetter.test(String.fromCodePoint(cp));
}

function isUnicodeDigit(cp: number): boolean {
  return reDigit.test(String.fromCodePoint(cp));
}

/** Go's strconv.IsPrint. */
export function isPrint(cp: number): boolean {
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return false;
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
  return rePrint.test(String.fromCodePoint(cp));
}

/** A code point as a byte string (UTF-8 encoded). */
export function runeBytes(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  if (cp < 0x10000)
    return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  return String.fromCharCode(
    0xf0 | (cp >> 18),
    0x80 | ((cp >> 12) & 0x3f),
    0x80 | ((cp >> 6) & 0x3f),
    0x80 | (cp & 0x3f),
  );
}

function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, "0");
}

/** Go's fmt %#U: "U+0040 '@'" (the character only if printable). */
export function formatU(cp: number): string {
  const s = "U+" + hex(cp, 4);
  return isPrint(cp) ? `${s} '${runeBytes(cp)}'` : s;
}

/** Go's fmt %q for a rune (strconv.QuoteRune), as a byte string. */
export function quoteRune(cp: number): string {
  if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) cp = 0xfffd;
  switch (cp) {
    case 39:
      return "'\\''";
    case 92:
      return "'\\\\'";
    case 7:
      return "'\\a'";
    case 8:
      return "'\\b'";
    case 12:
      return "'\\f'";
    case 10:
      return "'\\n'";
    case 13:
      return "'\\r'";
    case 9:
      return "'\\t'";
    case 11:
      return "'\\v'";
  }
  if (isPrint(cp)) return `'${runeBytes(cp)}'`;
  if (cp < 0x20 || cp === 0x7f) return `'\\x${hex(cp, 2).toLowerCase()}'`;
  if (cp < 0x10000) return `'\\u${hex(cp, 4).toLowerCase()}'`;
  return `'\\U${hex(cp, 8).toLowerCase()}'`;
}

function baseName(base: number): string {
  switch (base) {
    case 2:
      return "binary";
    case 8:
      return "octal";
    case 10:
      return "decimal";
  }
  return "hexadecimal";
}

function lower(ch: number): number {
  return ch | 0x20;
}

function isDecimal(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

function isHex(ch: number): boolean {
  return ch >= 0 && ch < 128 && (cls[ch] & HEX) !== 0;
}

/** Index of the first misplaced '_' in a number literal, or -1 (gc's invalidSep). */
function invalidSep(x: string): number {
  let x1 = 32; // prefix char; only 'x' matters
  let d = 46; // '.': anything else; '0': a digit; '_': separator
  let i = 0;
  if (x.length >= 2 && x.charCodeAt(0) === 48) {
    x1 = lower(x.charCodeAt(1));
    if (x1 === 120 || x1 === 111 || x1 === 98) {
      d = 48;
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x.charCodeAt(i);
    if (d === 95) {
      if (p !== 48) return i;
    } else if (isDecimal(d) || (x1 === 120 && isHex(d))) {
      d = 48;
    } else {
      if (p === 95) return i - 1;
      d = 46;
    }
  }
  if (d === 95) return x.length - 1;
  return -1;
}

// Recently seen short names, by hash: most names repeat, and comparing a
// few bytes is cheaper than making a string.
const internSize = 4096;
const internTable: (string | undefined)[] = new Array<string | undefined>(internSize).fill(undefined);

/** Node's Buffer has an (untyped) fast byte-to-latin1 string conversion. */
interface Latin1Text {
  latin1Slice(start: number, end: number): string;
}

export class Scanner {
  protected readonly src: Uint8Array;
  private readonly text: Latin1Text;
  protected readonly base: number;
  private readonly len: number;

  // Reader state: ch is the current character (a code point, -1 at EOF),
  // starting at offset r - chw.
  private ch = 32;
  private chw = 0;
  private r = 0;
  // Where the current whitespace/comment skipping round began.
  private roundStart = 0;
  private invalidDigit = -1;

  // A model of gc's read buffer (syntax/source.go), which decides where a
  // NUL byte is reported as "invalid NUL character" (read from the buffer)
  // or as "invalid character U+0000" / not at all (read while refilling):
  // the buffer holds bytes up to offset gcE, has capacity gcCap, and keeps
  // the current token's text from gcB (-1: none).
  private gcE = 0;
  private gcCap = 4096;
  private gcB = -1;
  private gcEOF = false;

  /** If set, a newline or EOF becomes a semicolon. */
  nlsemi = false;

  // The current token.
  tok: Token = Token.None;
  /** Position of the token's first byte. */
  tpos: Pos = 0;
  /** Names, literals (as written) and Semi ("semicolon", "newline" or "EOF"). */
  lit = "";
  /** The literal has an error (already reported). */
  bad = false;
  kind: LitKind = LitKind.Int;
  /** For Operator, Star, AssignOp and IncOp. */
  op: Operator = Operator.None;
  prec: number = Prec.None;

  constructor(src: Uint8Array, base: number) {
    this.src = src;
    this.text = Buffer.from(src.buffer, src.byteOffset, src.byteLength) as unknown as Latin1Text;
    this.base = base;
    this.len = src.length;
  }

  /** Reports a lexical error. */
  protected scanError(pos: Pos, msg: string): void {
    throw new Error(`${pos}: ${msg}`);
  }

  /**
   * Called with a //go: directive comment (text from "//" to the end of the
   * line) at the position of its first "/"; blank tells whether only white
   * space precedes it on its line.
   */
  protected directive(_pos: Pos, _text: string, _blank: boolean): void {}

  /**
   * Called with a //line or /*line directive comment (the whole comment
   * text) that starts at byte offset start and ends before offset end.
   */
  protected lineDirective(_start: number, _end: number, _text: string): void {}

  /**
   * Called where gc's scanner miscounts lines: from offset at on, gc's line
   * numbers are one higher, and the rest of that line starts at column 2.
   */
  protected lineMiscount(_at: number): void {}

  // -------------------------------------------------------------------------
  // Characters

  private nextch(): void {
    const r = this.r;
    if (r < this.gcE) {
      const c = this.src[r];
      if (c < 0x80 && c !== 0) {
        this.ch = c;
        this.chw = 1;
        this.r = r + 1;
        return;
      }
    }
    this.nextchSlow();
  }

  /** Makes the character at offset i current. */
  private seek(i: number): void {
    this.r = i;
    this.chw = 0;
    this.nextch();
  }

  private nextchSlow(): void {
    const src = this.src;
    for (;;) {
      const r = this.r;
      const atBufferEnd = r >= this.gcE;
      while (!this.gcEOF && this.gcE - r < 4 && !this.fullRune(r)) this.fill(r);
      if (r >= this.gcE) {
        this.ch = -1;
        this.chw = 0;
        return;
      }
      const c = src[r];
      if (c === 0 && !atBufferEnd) {
        this.ch = 0;
        this.chw = 1;
        this.r = r + 1;
        this.scanError(this.base + r, "invalid NUL character");
        continue;
      }
      if (c < 0x80) {
        this.ch = c;
        this.chw = 1;
        this.r = r + 1;
        return;
      }
      const cp = this.decode(r);
      if (cp < 0) {
        this.ch = 0xfffd;
        this.chw = 1;
        this.r = r + 1;
        this.scanError(this.base + r, "invalid UTF-8 encoding");
        continue;
      }
      const w = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      this.r = r + w;
      if (cp === 0xfeff) {
        this.ch = cp;
        this.chw = w;
        if (r > 0) this.scanError(this.base + r, "invalid BOM in the middle of the file");
        continue;
      }
      this.ch = cp;
      this.chw = w;
      return;
    }
  }

  /** gc's source.fill: reads more of the file into the (modeled) buffer. */
  private fill(r: number): void {
    const keep = this.gcB >= 0 ? this.gcB : r;
    const content = this.gcE - keep;
    if (content * 2 > this.gcCap) {
      const c = this.gcCap;
      this.gcCap = c < 4096 ? 4096 : c <= 1 << 20 ? c << 1 : c + (1 << 20);
    }
    const n = Math.min(this.gcCap - 1 - content, this.len - this.gcE);
    if (n <= 0) {
      this.gcEOF = true;
      return;
    }
    this.gcE += n;
  }

  /** utf8.FullRune of the buffered bytes from offset r. */
  private fullRune(r: number): boolean {
    const n = this.gcE - r;
    if (n <= 0) return false;
    const src = this.src;
    const b0 = src[r];
    if (b0 < 0xc2 || b0 > 0xf4) return true; // ASCII or invalid
    const need = b0 < 0xe0 ? 2 : b0 < 0xf0 ? 3 : 4;
    if (n >= need) return true;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 === 0xe0) lo = 0xa0;
    else if (b0 === 0xed) hi = 0x9f;
    else if (b0 === 0xf0) lo = 0x90;
    else if (b0 === 0xf4) hi = 0x8f;
    if (n > 1 && (src[r + 1] < lo || src[r + 1] > hi)) return true;
    if (n > 2 && (src[r + 2] < 0x80 || src[r + 2] > 0xbf)) return true;
    return false;
  }

  /** Decodes the UTF-8 sequence at offset i (first byte >= 0x80) by Go's rules; -1 if invalid. */
  private decode(i: number): number {
    const src = this.src;
    const n = this.len;
    const b0 = src[i];
    if (b0 < 0xc2 || b0 > 0xf4) return -1;
    if (i + 1 >= n) return -1;
    const b1 = src[i + 1];
    if (b0 < 0xe0) {
      if ((b1 & 0xc0) !== 0x80) return -1;
      return ((b0 & 0x1f) << 6) | (b1 & 0x3f);
    }
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 === 0xe0) lo = 0xa0;
    else if (b0 === 0xed) hi = 0x9f;
    else if (b0 === 0xf0) lo = 0x90;
    else if (b0 === 0xf4) hi = 0x8f;
    if (b1 < lo || b1 > hi) return -1;
    if (i + 2 >= n) return -1;
    const b2 = src[i + 2];
    if ((b2 & 0xc0) !== 0x80) return -1;
    if (b0 < 0xf0) return ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    if (i + 3 >= n) return -1;
    const b3 = src[i + 3];
    if ((b3 & 0xc0) !== 0x80) return -1;
    return ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
  }

  /** Reports an error at the current character. */
  private errorHere(msg: string): void {
    this.scanError(this.base + this.r - this.chw, msg);
  }

  /** Reports an error at a byte offset from the start of the current token. */
  private errorAtTok(offset: number, msg: string): void {
    this.scanError(this.tpos + offset, msg);
  }

  private setLit(kind: LitKind, ok: boolean, start: number): void {
    this.nlsemi = true;
    this.tok = Token.Literal;
    this.lit = this.text.latin1Slice(start, this.r - this.chw);
    this.bad = !ok;
    this.kind = kind;
  }

  // -------------------------------------------------------------------------
  // Tokens

  next(): void {
    const nlsemi = this.nlsemi;
    this.nlsemi = false;
    const src = this.src;

    for (;;) {
      // Skip white space.
      this.gcB = -1;
      this.roundStart = this.r - this.chw;
      let ch = this.ch;
      while (ch === 32 || ch === 9 || ch === 13 || (ch === 10 && !nlsemi)) {
        let i = this.r;
        const n = this.gcE;
        while (i < n) {
          const c = src[i];
          if (c === 32 || c === 9 || c === 13 || (c === 10 && !nlsemi)) i++;
          else break;
        }
        this.seek(i); // may skip invalid bytes and land on more white space
        ch = this.ch;
      }

      const start = this.r - this.chw;
      this.tpos = this.base + start;
      this.gcB = start;

      if (ch >= 0 && ch < 0x80) {
        if ((cls[ch] & LETTER) !== 0) {
          this.ident(start);
          return;
        }
      } else if (ch >= 0x80) {
        if (this.atIdentChar(true)) {
          this.ident(start);
          return;
        }
      }

      switch (ch) {
        case -1:
          if (nlsemi) {
            this.lit = "EOF";
            this.tok = Token.Semi;
            return;
          }
          this.tok = Token.EOF;
          return;

        case 10: // \n
          this.nextch();
          this.lit = "newline";
          this.tok = Token.Semi;
          return;

        case 48:
        case 49:
        case 50:
        case 51:
        case 52:
        case 53:
        case 54:
        case 55:
        case 56:
        case 57:
          this.number(false, start);
          return;

        case 34: // "
          this.stdString(start);
          return;

        case 96: // `
          this.rawString(start);
          return;

        case 39: // '
          this.rune(start);
          return;

        case 40: // (
          this.nextch();
          this.tok = Token.Lparen;
          return;

        case 91: // [
          this.nextch();
          this.tok = Token.Lbrack;
          return;

        case 123: // {
          this.nextch();
          this.tok = Token.Lbrace;
          return;

        case 44: // ,
          this.nextch();
          this.tok = Token.Comma;
          return;

        case 59: // ;
          this.nextch();
          this.lit = "semicolon";
          this.tok = Token.Semi;
          return;

        case 41: // )
          this.nextch();
          this.nlsemi = true;
          this.tok = Token.Rparen;
          return;

        case 93: // ]
          this.nextch();
          this.nlsemi = true;
          this.tok = Token.Rbrack;
          return;

        case 125: // }
          this.nextch();
          this.nlsemi = true;
          this.tok = Token.Rbrace;
          return;

        case 58: // :
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.tok = Token.Define;
            return;
          }
          this.tok = Token.Colon;
          return;

        case 46: // .
          this.nextch();
          if (isDecimal(this.ch)) {
            this.number(true, start);
            return;
          }
          if (this.ch === 46) {
            this.nextch();
            if ((this.ch as number) === 46) {
              this.nextch();
              this.tok = Token.DotDotDot;
              return;
            }
            // gc rewinds to the first '.' here; when the character it looked
            // at was a newline, its line counter counts that newline twice.
            if ((this.ch as number) === 10) this.lineMiscount(start + 1);
            this.seek(start + 1); // back to the second '.'
          }
          this.tok = Token.Dot;
          return;

        case 43: // +
          this.nextch();
          this.op = Operator.Add;
          this.prec = Prec.Add;
          if (this.ch !== 43) {
            this.assignop();
            return;
          }
          this.nextch();
          this.nlsemi = true;
          this.tok = Token.IncOp;
          return;

        case 45: // -
          this.nextch();
          this.op = Operator.Sub;
          this.prec = Prec.Add;
          if (this.ch !== 45) {
            this.assignop();
            return;
          }
          this.nextch();
          this.nlsemi = true;
          this.tok = Token.IncOp;
          return;

        case 42: // *
          this.nextch();
          this.op = Operator.Mul;
          this.prec = Prec.Mul;
          if (this.ch === 61) {
            this.nextch();
            this.tok = Token.AssignOp;
            return;
          }
          this.tok = Token.Star;
          return;

        case 47: // /
          this.nextch();
          if (this.ch === 47) {
            this.nextch();
            this.lineComment(start);
            continue;
          }
          if (this.ch === 42) {
            this.nextch();
            const isLine = this.matchPrefix((this.ch as number) === 108 ? "line " : "");
            if (this.skipComment(start) && isLine) {
              const end = this.r - this.chw;
              this.lineDirective(start, end, this.text.latin1Slice(start, end));
            }
            if (nlsemi) {
              const end = this.r - this.chw;
              const nl = src.indexOf(10, start);
              if (nl >= 0 && nl < end) {
                this.lit = "newline";
                this.tok = Token.Semi;
                return;
              }
            }
            continue;
          }
          this.op = Operator.Div;
          this.prec = Prec.Mul;
          this.assignop();
          return;

        case 37: // %
          this.nextch();
          this.op = Operator.Rem;
          this.prec = Prec.Mul;
          this.assignop();
          return;

        case 38: // &
          this.nextch();
          if (this.ch === 38) {
            this.nextch();
            this.op = Operator.AndAnd;
            this.prec = Prec.AndAnd;
            this.tok = Token.Operator;
            return;
          }
          this.op = Operator.And;
          this.prec = Prec.Mul;
          if (this.ch === 94) {
            this.nextch();
            this.op = Operator.AndNot;
          }
          this.assignop();
          return;

        case 124: // |
          this.nextch();
          if (this.ch === 124) {
            this.nextch();
            this.op = Operator.OrOr;
            this.prec = Prec.OrOr;
            this.tok = Token.Operator;
            return;
          }
          this.op = Operator.Or;
          this.prec = Prec.Add;
          this.assignop();
          return;

        case 94: // ^
          this.nextch();
          this.op = Operator.Xor;
          this.prec = Prec.Add;
          this.assignop();
          return;

        case 60: // <
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.op = Operator.Leq;
            this.prec = Prec.Cmp;
            this.tok = Token.Operator;
            return;
          }
          if (this.ch === 60) {
            this.nextch();
            this.op = Operator.Shl;
            this.prec = Prec.Mul;
            this.assignop();
            return;
          }
          if (this.ch === 45) {
            this.nextch();
            this.tok = Token.Arrow;
            return;
          }
          this.op = Operator.Lss;
          this.prec = Prec.Cmp;
          this.tok = Token.Operator;
          return;

        case 62: // >
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.op = Operator.Geq;
            this.prec = Prec.Cmp;
            this.tok = Token.Operator;
            return;
          }
          if (this.ch === 62) {
            this.nextch();
            this.op = Operator.Shr;
            this.prec = Prec.Mul;
            this.assignop();
            return;
          }
          this.op = Operator.Gtr;
          this.prec = Prec.Cmp;
          this.tok = Token.Operator;
          return;

        case 61: // =
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.op = Operator.Eql;
            this.prec = Prec.Cmp;
            this.tok = Token.Operator;
            return;
          }
          this.tok = Token.Assign;
          return;

        case 33: // !
          this.nextch();
          if (this.ch === 61) {
            this.nextch();
            this.op = Operator.Neq;
            this.prec = Prec.Cmp;
            this.tok = Token.Operator;
            return;
          }
          this.op = Operator.Not;
          this.prec = Prec.None;
          this.tok = Token.Operator;
          return;

        case 126: // ~
          this.nextch();
          this.op = Operator.Tilde;
          this.prec = Prec.None;
          this.tok = Token.Operator;
          return;

        default:
          this.errorHere(`invalid character ${formatU(ch)}`);
          this.nextch();
          continue;
      }
    }
  }

  private assignop(): void {
    if (this.ch === 61) {
      this.nextch();
      this.tok = Token.AssignOp;
      return;
    }
    this.tok = Token.Operator;
  }

  /** Scans the rest of an identifier or keyword; the first character is current. */
  private ident(start: number): void {
    const src = this.src;
    const n = this.gcE;
    let i = this.r;
    while (i < n && (cls[src[i]] & (LETTER | DIGIT)) !== 0) i++;
    this.seek(i);
    // Go on slowly past non-ASCII characters, skipped invalid bytes or the
    // end of gc's buffer.
    while (this.atIdentChar(false)) this.nextch();

    const end = this.r - this.chw;
    const len = end - start;
    if (len >= 2 && len <= 11) {
      const h = keywordHash(src[start], src[start + 1], len);
      const kw = keywordTable[h];
      if (kw !== 0) {
        const kb = keywordBytes[h]!;
        if (kb.length === len) {
          let j = 0;
          while (j < len && src[start + j] === kb[j]) j++;
          if (j === len) {
            this.nlsemi =
              kw === Token.Break || kw === Token.Continue || kw === Token.Fallthrough || kw === Token.Return;
            this.tok = kw as Token;
            return;
          }
        }
      }
    }
    this.nlsemi = true;
    this.lit = len <= 16 ? this.internName(start, len) : this.text.latin1Slice(start, end);
    this.tok = Token.Name;
  }

  /** The name spelled by len bytes at start, shared with earlier occurrences if possible. */
  private internName(start: number, len: number): string {
    const src = this.src;
    let h = len;
    for (let i = 0; i < len; i++) h = (Math.imul(h, 31) + src[start + i]) | 0;
    h = (h ^ (h >>> 13)) & (internSize - 1);
    const s = internTable[h];
    if (s !== undefined && s.length === len) {
      let i = 0;
      while (i < len && s.charCodeAt(i) === src[start + i]) i++;
      if (i === len) return s;
    }
    const t = this.text.latin1Slice(start, start + len);
    internTable[h] = t;
    return t;
  }

  private atIdentChar(first: boolean): boolean {
    const ch = this.ch;
    if (ch < 0) return false;
    if (ch < 0x80) {
      const c = cls[ch];
      if ((c & LETTER) !== 0) return true;
      if ((c & DIGIT) !== 0) {
        if (first) this.errorHere(`identifier cannot begin with digit ${formatU(ch)}`);
        return true;
      }
      return false;
    }
    if (isUnicodeLetter(ch)) return true;
    if (isUnicodeDigit(ch)) {
      if (first) this.errorHere(`identifier cannot begin with digit ${formatU(ch)}`);
      return true;
    }
    this.errorHere(`invalid character ${formatU(ch)} in identifier`);
    return true;
  }

  /** { digit | '_' }; returns bit 0 if digits were seen, bit 1 if separators were. */
  private digits(base: number, start: number): number {
    let digsep = 0;
    if (base <= 10) {
      const max = 48 + base;
      for (;;) {
        const ch = this.ch;
        if (ch === 95) digsep |= 2;
        else if (ch >= 48 && ch <= 57) {
          digsep |= 1;
          if (ch >= max && this.invalidDigit < 0) this.invalidDigit = this.r - this.chw - start;
        } else break;
        this.nextch();
      }
    } else {
      for (;;) {
        const ch = this.ch;
        if (ch === 95) digsep |= 2;
        else if (isHex(ch)) digsep |= 1;
        else break;
        this.nextch();
      }
    }
    return digsep;
  }

  private number(seenPoint: boolean, start: number): void {
    let ok = true;
    let kind = LitKind.Int;
    let base = 10;
    let prefix = 0; // 0 (decimal), '0' (0-octal), 'x', 'o' or 'b'
    let digsep = 0;
    this.invalidDigit = -1;

    if (!seenPoint) {
      if (this.ch === 48) {
        this.nextch();
        switch (lower(this.ch)) {
          case 120: // x
            this.nextch();
            base = 16;
            prefix = 120;
            break;
          case 111: // o
            this.nextch();
            base = 8;
            prefix = 111;
            break;
          case 98: // b
            this.nextch();
            base = 2;
            prefix = 98;
            break;
          default:
            base = 8;
            prefix = 48;
            digsep = 1; // leading 0
        }
      }
      digsep |= this.digits(base, start);
      if (this.ch === 46) {
        if (prefix === 111 || prefix === 98) {
          this.errorHere(`invalid radix point in ${baseName(base)} literal`);
          ok = false;
        }
        this.nextch();
        seenPoint = true;
      }
    }

    if (seenPoint) {
      kind = LitKind.Float;
      digsep |= this.digits(base, start);
    }

    if ((digsep & 1) === 0 && ok) {
      this.errorHere(`${baseName(base)} literal has no digits`);
      ok = false;
    }

    const e = lower(this.ch);
    if (e === 101 || e === 112) {
      if (ok) {
        if (e === 101 && prefix !== 0 && prefix !== 48) {
          this.errorHere(`${quoteRune(this.ch)} exponent requires decimal mantissa`);
          ok = false;
        } else if (e === 112 && prefix !== 120) {
          this.errorHere(`${quoteRune(this.ch)} exponent requires hexadecimal mantissa`);
          ok = false;
        }
      }
      this.nextch();
      kind = LitKind.Float;
      if (this.ch === 43 || this.ch === 45) this.nextch();
      digsep = this.digits(10, start) | (digsep & 2);
      if ((digsep & 1) === 0 && ok) {
        this.errorHere("exponent has no digits");
        ok = false;
      }
    } else if (prefix === 120 && kind === LitKind.Float && ok) {
      this.errorHere("hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }

    if (this.ch === 105) {
      kind = LitKind.Imag;
      this.nextch();
    }

    this.setLit(kind, ok, start);

    const invalid = this.invalidDigit;
    if (kind === LitKind.Int && invalid >= 0 && ok) {
      this.errorAtTok(invalid, `invalid digit ${quoteRune(this.lit.charCodeAt(invalid))} in ${baseName(base)} literal`);
      ok = false;
    }

    if ((digsep & 2) !== 0 && ok) {
      const i = invalidSep(this.lit);
      if (i >= 0) {
        this.errorAtTok(i, "'_' must separate successive digits");
        ok = false;
      }
    }

    this.bad = !ok;
  }

  private rune(start: number): void {
    let ok = true;
    this.nextch();
    for (let n = 0; ; n++) {
      const ch = this.ch;
      if (ch === 39) {
        if (ok) {
          if (n === 0) {
            this.errorHere("empty rune literal or unescaped '");
            ok = false;
          } else if (n !== 1) {
            this.errorAtTok(0, "more than one character in rune literal");
            ok = false;
          }
        }
        this.nextch();
        break;
      }
      if (ch === 92) {
        this.nextch();
        if (!this.escape(39)) ok = false;
        continue;
      }
      if (ch === 10) {
        if (ok) {
          this.errorHere("newline in rune literal");
          ok = false;
        }
        break;
      }
      if (ch < 0) {
        if (ok) {
          this.errorAtTok(0, "rune literal not terminated");
          ok = false;
        }
        break;
      }
      this.nextch();
    }
    this.setLit(LitKind.Rune, ok, start);
  }

  private stdString(start: number): void {
    let ok = true;
    const src = this.src;
    this.nextch();
    for (;;) {
      const ch = this.ch;
      if (ch === 34) {
        this.nextch();
        break;
      }
      if (ch === 92) {
        this.nextch();
        if (!this.escape(34)) ok = false;
        continue;
      }
      if (ch === 10) {
        this.errorHere("newline in string");
        ok = false;
        break;
      }
      if (ch < 0) {
        this.errorAtTok(0, "string not terminated");
        ok = false;
        break;
      }
      let i = this.r;
      const n = this.gcE;
      while (i < n) {
        const c = src[i];
        if (c === 34 || c === 92 || c === 10 || c === 0 || c >= 0x80) break;
        i++;
      }
      this.seek(i);
    }
    this.setLit(LitKind.String, ok, start);
  }

  private rawString(start: number): void {
    let ok = true;
    const src = this.src;
    this.nextch();
    for (;;) {
      const ch = this.ch;
      if (ch === 96) {
        this.nextch();
        break;
      }
      if (ch < 0) {
        this.errorAtTok(0, "string not terminated");
        ok = false;
        break;
      }
      let i = this.r;
      const n = this.gcE;
      while (i < n) {
        const c = src[i];
        if (c === 96 || c === 0 || c >= 0x80) break;
        i++;
      }
      this.seek(i);
    }
    this.setLit(LitKind.String, ok, start);
  }

  /** Skips to the end of the line (not consuming the newline). */
  private skipLine(): void {
    const src = this.src;
    while (this.ch >= 0 && this.ch !== 10) {
      let i = this.r;
      const n = this.gcE;
      while (i < n) {
        const c = src[i];
        if (c === 10 || c === 0 || c >= 0x80) break;
        i++;
      }
      this.seek(i);
    }
  }

  /** After "//": skips the comment, reporting //go: and //line directives. */
  private lineComment(start: number): void {
    const ch = this.ch;
    if (ch === 103 && this.matchPrefix("go:")) {
      this.skipLine();
      const text = this.text.latin1Slice(start, this.r - this.chw);
      this.directive(this.base + start, text, this.isBlank(start));
      return;
    }
    if (ch === 108 && this.matchPrefix("line ")) {
      this.skipLine();
      if (start === 0 || this.src[start - 1] === 10) {
        // only at the start of a line
        const end = this.r - this.chw;
        this.lineDirective(start, end, this.text.latin1Slice(start, end));
      }
      return;
    }
    this.gcB = -1;
    this.skipLine();
  }

  /**
   * Consumes the characters of prefix that match; true if all do. As gc,
   * the comment's text is kept (gcB) only while it may be a directive.
   */
  private matchPrefix(prefix: string): boolean {
    for (let k = 0; k < prefix.length; k++) {
      if (this.ch !== prefix.charCodeAt(k)) {
        this.gcB = -1;
        return false;
      }
      this.nextch();
    }
    if (prefix === "") this.gcB = -1;
    return prefix !== "";
  }

  /** Whether only white space precedes offset start on its line (gc's scanner.blank). */
  private isBlank(start: number): boolean {
    const rs = this.roundStart;
    if (rs === 0 || this.src[rs - 1] === 10) return true;
    for (let i = rs; i < start; i++) if (this.src[i] === 10) return true;
    return false;
  }

  /** After "/*": skips to the closing "*\/". */
  private skipComment(start: number): boolean {
    const src = this.src;
    while (this.ch >= 0) {
      while (this.ch === 42) {
        this.nextch();
        if ((this.ch as number) === 47) {
          this.nextch();
          return true;
        }
      }
      if (this.ch < 0) break;
      let i = this.r;
      const n = this.gcE;
      while (i < n) {
        const c = src[i];
        if (c === 42 || c === 0 || c >= 0x80) break;
        i++;
      }
      this.seek(i);
    }
    this.scanError(this.base + start, "comment not terminated");
    return false;
  }

  private escape(quote: number): boolean {
    let n: number;
    let base: number;
    let max: number;
    const ch = this.ch;
    switch (ch) {
      case quote:
      case 97: // a
      case 98: // b
      case 102: // f
      case 110: // n
      case 114: // r
      case 116: // t
      case 118: // v
      case 92: // \
        this.nextch();
        return true;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
        n = 3;
        base = 8;
        max = 255;
        break;
      case 120: // x
        this.nextch();
        n = 2;
        base = 16;
        max = 255;
        break;
      case 117: // u
        this.nextch();
        n = 4;
        base = 16;
        max = 0x10ffff;
        break;
      case 85: // U
        this.nextch();
        n = 8;
        base = 16;
        max = 0x10ffff;
        break;
      default:
        if (ch < 0) return true; // the caller complains about EOF
        this.errorHere("unknown escape");
        return false;
    }

    let x = 0;
    for (let i = n; i > 0; i--) {
      const c = this.ch;
      if (c < 0) return true; // the caller complains about EOF
      let d = base;
      if (isDecimal(c)) d = c - 48;
      else if (lower(c) >= 97 && lower(c) <= 102) d = lower(c) - 97 + 10;
      if (d >= base) {
        this.errorHere(`invalid character ${quoteRune(c)} in ${baseName(base)} escape`);
        return false;
      }
      x = x * base + d;
      this.nextch();
    }

    if (x > max && base === 8) {
      this.errorHere(`octal escape value ${x} > 255`);
      return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.errorHere(`escape is invalid Unicode code point ${formatU(x)}`);
      return false;
    }
    return true;
  }
}
