// The tokenizer on its own: token kinds and texts, automatic semicolons
// (with their "newline"/"EOF" names), operators with precedences, literal
// kinds, directive comments, and error positions in bytes.

import assert from "node:assert/strict";
import { test } from "node:test";
import { LitKind, Operator } from "../../src/syntax/ast.js";
import { Scanner, formatU, quoteRune } from "../../src/syntax/scanner.js";
import { Prec, Token, tokenString } from "../../src/syntax/tokens.js";

class TestScanner extends Scanner {
  readonly errors: string[] = [];
  readonly directives: string[] = [];

  constructor(src: string) {
    super(Buffer.from(src, "latin1"), 0);
  }

  protected override scanError(pos: number, msg: string): void {
    this.errors.push(`${pos}: ${msg}`);
  }

  protected override directive(pos: number, text: string, blank: boolean): void {
    this.directives.push(`${pos} ${blank ? "blank" : "after code"}: ${text}`);
  }

  /** All tokens as short strings: names and literals with their text, semicolons with theirs. */
  tokens(): string[] {
    const out: string[] = [];
    for (;;) {
      this.next();
      if (this.tok === Token.EOF) return out;
      switch (this.tok) {
        case Token.Name:
          out.push(`name ${this.lit}`);
          break;
        case Token.Literal:
          out.push(`lit${this.kind} ${this.lit}${this.bad ? " bad" : ""}`);
          break;
        case Token.Semi:
          out.push(`; ${this.lit}`);
          break;
        case Token.Operator:
        case Token.AssignOp:
        case Token.IncOp:
        case Token.Star:
          out.push(`${tokenString(this.tok)} ${this.op}/${this.prec}`);
          break;
        default:
          out.push(tokenString(this.tok));
      }
    }
  }
}

function scan(src: string): { toks: string[]; errors: string[] } {
  const s = new TestScanner(src);
  return { toks: s.tokens(), errors: s.errors };
}

test("automatic semicolons after names, literals, closers and some keywords", () => {
  const { toks, errors } = scan("x\n1\n)\n]\n}\nbreak\nreturn\nx++\nif\n+\nfoo");
  assert.deepEqual(errors, []);
  assert.deepEqual(toks, [
    "name x",
    "; newline",
    `lit${LitKind.Int} 1`,
    "; newline",
    ")",
    "; newline",
    "]",
    "; newline",
    "}",
    "; newline",
    "break",
    "; newline",
    "return",
    "; newline",
    "name x",
    `opop ${Operator.Add}/${Prec.Add}`,
    "; newline",
    "if",
    `op ${Operator.Add}/${Prec.Add}`,
    "name foo",
    "; EOF",
  ]);
});

test("a comment spanning lines acts as a newline; an explicit semicolon is named so", () => {
  assert.deepEqual(scan("a /* x\ny */ b; c /* z */ d // e\nf").toks, [
    "name a",
    "; newline",
    "name b",
    "; semicolon",
    "name c",
    "name d",
    "; newline",
    "name f",
    "; EOF",
  ]);
});

test("operators and their precedences", () => {
  const { toks } = scan("a || b && c == d != e < f <= g > h >= i + j - k | l ^ m * n / o % p & q &^ r << s >> t");
  const ops = toks.filter((t) => !t.startsWith("name"));
  assert.deepEqual(ops, [
    `op ${Operator.OrOr}/${Prec.OrOr}`,
    `op ${Operator.AndAnd}/${Prec.AndAnd}`,
    `op ${Operator.Eql}/${Prec.Cmp}`,
    `op ${Operator.Neq}/${Prec.Cmp}`,
    `op ${Operator.Lss}/${Prec.Cmp}`,
    `op ${Operator.Leq}/${Prec.Cmp}`,
    `op ${Operator.Gtr}/${Prec.Cmp}`,
    `op ${Operator.Geq}/${Prec.Cmp}`,
    `op ${Operator.Add}/${Prec.Add}`,
    `op ${Operator.Sub}/${Prec.Add}`,
    `op ${Operator.Or}/${Prec.Add}`,
    `op ${Operator.Xor}/${Prec.Add}`,
    `* ${Operator.Mul}/${Prec.Mul}`,
    `op ${Operator.Div}/${Prec.Mul}`,
    `op ${Operator.Rem}/${Prec.Mul}`,
    `op ${Operator.And}/${Prec.Mul}`,
    `op ${Operator.AndNot}/${Prec.Mul}`,
    `op ${Operator.Shl}/${Prec.Mul}`,
    `op ${Operator.Shr}/${Prec.Mul}`,
    "; EOF",
  ]);
  assert.deepEqual(scan("x <<= 1; y &^= 2; z *= 3; <-c; a := ~b; !c").toks.filter((t) => !/^(name|lit|;)/.test(t)), [
    `op= ${Operator.Shl}/${Prec.Mul}`,
    `op= ${Operator.AndNot}/${Prec.Mul}`,
    `op= ${Operator.Mul}/${Prec.Mul}`,
    "<-",
    ":=",
    `op ${Operator.Tilde}/${Prec.None}`,
    `op ${Operator.Not}/${Prec.None}`,
  ]);
});

test("dots: '.', '...', '..' and '.5'", () => {
  assert.deepEqual(scan("a.b ... .. .5").toks, [
    "name a",
    ".",
    "name b",
    "...",
    ".",
    ".",
    `lit${LitKind.Float} .5`,
    "; EOF",
  ]);
});

test("keywords and identifiers, including Unicode letters", () => {
  assert.deepEqual(scan("func funcs chan chan2 _ \xc3\xa9t\xc3\xa9 fallthrough").toks, [
    "func",
    "name funcs",
    "chan",
    "name chan2",
    "name _",
    "name \xc3\xa9t\xc3\xa9",
    "fallthrough",
    "; EOF",
  ]);
});

test("number literal kinds and errors at gc's byte positions", () => {
  const { toks, errors } = scan("0 0x1F 0o17 017 0b1 1_0 1.5 1e3 0x1p3 1i 0x1.8p1i 0b12 1__0 0x.p1");
  assert.deepEqual(toks.slice(0, -1), [
    `lit${LitKind.Int} 0`,
    `lit${LitKind.Int} 0x1F`,
    `lit${LitKind.Int} 0o17`,
    `lit${LitKind.Int} 017`,
    `lit${LitKind.Int} 0b1`,
    `lit${LitKind.Int} 1_0`,
    `lit${LitKind.Float} 1.5`,
    `lit${LitKind.Float} 1e3`,
    `lit${LitKind.Float} 0x1p3`,
    `lit${LitKind.Imag} 1i`,
    `lit${LitKind.Imag} 0x1.8p1i`,
    `lit${LitKind.Int} 0b12 bad`,
    `lit${LitKind.Int} 1__0 bad`,
    `lit${LitKind.Float} 0x.p1 bad`,
  ]);
  assert.deepEqual(errors, [
    "53: invalid digit '2' in binary literal",
    "57: '_' must separate successive digits",
    "63: hexadecimal literal has no digits",
  ]);
});

test("strings, runes and raw strings keep their source text", () => {
  const { toks, errors } = scan("\"a\\tb\\u00e9\" 'x' '\\n' `raw\n\\n`");
  assert.deepEqual(errors, []);
  assert.deepEqual(toks, [
    `lit${LitKind.String} "a\\tb\\u00e9"`,
    `lit${LitKind.Rune} 'x'`,
    `lit${LitKind.Rune} '\\n'`,
    `lit${LitKind.String} \`raw\n\\n\``,
    "; EOF",
  ]);
});

test("lexical errors: invalid characters, NUL, invalid UTF-8, BOM", () => {
  const { toks, errors } = scan("\xef\xbb\xbfa @ b\x00 c \xff d \xef\xbb\xbf e");
  // As in gc, a skipped NUL byte stays in the name's text.
  assert.deepEqual(toks, ["name a", "name b\x00", "name c", "name d", "name e", "; EOF"]);
  assert.deepEqual(errors, [
    "5: invalid character U+0040 '@'",
    "8: invalid NUL character",
    "12: invalid UTF-8 encoding",
    "16: invalid BOM in the middle of the file",
  ]);
});

test("a NUL where gc refills its read buffer is an invalid character", () => {
  // gc reads through a 4 KiB buffer; a NUL read while refilling it is
  // decoded as a character (so "invalid character U+0000" at a token start).
  assert.deepEqual(scan("\x00x").errors, ["0: invalid character U+0000"]);
});

test("//go: directives are reported with whether they start their line", () => {
  const s = new TestScanner("//go:build x\npackage p // go:no\nvar x int //go:noinline\n  //go:nosplit\n");
  s.tokens();
  assert.deepEqual(s.directives, ["0 blank: //go:build x", "42 after code: //go:noinline", "58 blank: //go:nosplit"]);
});

test("message helpers format like Go's %#U and %q", () => {
  assert.equal(formatU(0x40), "U+0040 '@'");
  assert.equal(formatU(0), "U+0000");
  assert.equal(formatU(0x20ac), "U+20AC '\xe2\x82\xac'");
  assert.equal(formatU(0x110000), "U+110000");
  assert.equal(quoteRune(0x27), "'\\''");
  assert.equal(quoteRune(10), "'\\n'");
  assert.equal(quoteRune(1), "'\\x01'");
  assert.equal(quoteRune(0x85), "'\\u0085'");
  assert.equal(quoteRune(0x5a), "'Z'");
});
