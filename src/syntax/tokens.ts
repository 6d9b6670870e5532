// Token kinds of the Go scanner, numbered and named as in gc's
// cmd/compile/internal/syntax/tokens.go (the names are what gc prints in
// "unexpected X" messages), plus the keyword table and operator precedences.

export const enum Token {
  None = 0,
  EOF, // EOF

  // names and literals
  Name, // name
  Literal, // literal

  // operators and operations (Operator excludes '*', which is Star)
  Operator, // op
  AssignOp, // op=
  IncOp, // opop
  Assign, // =
  Define, // :=
  Arrow, // <-
  Star, // *

  // delimiters
  Lparen, // (
  Lbrack, // [
  Lbrace, // {
  Rparen, // )
  Rbrack, // ]
  Rbrace, // }
  Comma, // ,
  Semi, // ;
  Colon, // :
  Dot, // .
  DotDotDot, // ...

  // keywords
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,

  Count,
}

/** tok.String() in gc: the text used for a token kind in messages. */
export const tokenNames: readonly string[] = [
  "token(0)",
  "EOF",
  "name",
  "literal",
  "op",
  "op=",
  "opop",
  "=",
  ":=",
  "<-",
  "*",
  "(",
  "[",
  "{",
  ")",
  "]",
  "}",
  ",",
  ";",
  ":",
  ".",
  "...",
  "break",
  "case",
  "chan",
  "const",
  "continue",
  "default",
  "defer",
  "else",
  "fallthrough",
  "for",
  "func",
  "go",
  "goto",
  "if",
  "import",
  "interface",
  "map",
  "package",
  "range",
  "return",
  "select",
  "struct",
  "switch",
  "type",
  "var",
];

export function tokenString(tok: Token): string {
  return tokenNames[tok] ?? `token(${tok})`;
}

/** gc's tokstring: English words for some punctuation, used in messages. */
export function tokstring(tok: Token): string {
  switch (tok) {
    case Token.Comma:
      return "comma";
    case Token.Semi:
      return "semicolon or newline";
  }
  return tokenString(tok);
}

// Operator precedences (gc's precOrOr .. precMul).
export const enum Prec {
  None = 0,
  OrOr = 1,
  AndAnd = 2,
  Cmp = 3,
  Add = 4,
  Mul = 5,
}

// ---------------------------------------------------------------------------
// Keyword recognition by gc's perfect hash over the identifier bytes:
// ((b0 << 4 ^ b1) + len) & 63. keywordTable[h] holds the token, keywordBytes[h]
// its spelling, so a lookup is one hash and one byte comparison.

export const keywordTable = new Uint8Array(64);
export const keywordBytes: (Uint8Array | null)[] = new Array<Uint8Array | null>(64).fill(null);

export function keywordHash(b0: number, b1: number, len: number): number {
  return (((b0 << 4) ^ b1) + len) & 63;
}

for (let tok = Token.Break; tok <= Token.Var; tok++) {
  const s = tokenNames[tok];
  const h = keywordHash(s.charCodeAt(0), s.charCodeAt(1), s.length);
  if (keywordTable[h] !== 0) throw new Error("imperfect keyword hash");
  keywordTable[h] = tok;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  keywordBytes[h] = bytes;
}
