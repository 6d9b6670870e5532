// gc's own syntax-stage messages for a set of bad (and some good) inputs,
// recorded by running Go 1.23's compiler (go tool compile -p=p x.go) on each
// source; where gc went on to type checking, only the messages of its
// parser stage are kept. parseFile must produce exactly these lines, in
// order, with gc's default error limit (10 and "too many errors").

import assert from "node:assert/strict";
import { test } from "node:test";
import { ErrorList, TooManyErrors } from "../../src/syntax/diag.js";
import { parseFile } from "../../src/syntax/parser.js";
import { FileSet } from "../../src/syntax/source.js";

interface Case {
  name: string;
  /** The source as a byte string. */
  src: string;
  /** gc's output lines. */
  want: string[];
}

const cases: Case[] = [
  {
    name: "missing comma in composite literal",
    src: "package p\n\nvar x = []int{\n\t1\n\t2,\n}\n",
    want: [
      "x.go:4:3: syntax error: unexpected newline in composite literal; possibly missing comma or }",
    ],
  },
  {
    name: "statement outside function",
    src: "package p\n\nx := 1\n",
    want: [
      "x.go:3:1: syntax error: non-declaration statement outside function body",
    ],
  },
  {
    name: "invalid character",
    src: "package p\n\nvar x = 1 @ 2\n",
    want: [
      "x.go:3:11: invalid character U+0040 '@'",
      "x.go:3:13: syntax error: unexpected literal 2 after top level declaration",
    ],
  },
  {
    name: "newline in string",
    src: "package p\n\nvar s = \"abc\n\"\n",
    want: [
      "x.go:3:13: newline in string",
      "x.go:4:1: syntax error: non-declaration statement outside function body",
      "x.go:4:2: newline in string",
    ],
  },
  {
    name: "unterminated raw string",
    src: "package p\n\nvar s = `abc\n",
    want: [
      "x.go:3:9: string not terminated",
    ],
  },
  {
    name: "unterminated comment",
    src: "package p\n\n/* abc\n",
    want: [
      "x.go:3:1: comment not terminated",
    ],
  },
  {
    name: "label defined and not used",
    src: "package p\n\nfunc f() {\nL:\n\tfor {\n\t}\n}\n",
    want: [
      "x.go:4:1: label L defined and not used",
    ],
  },
  {
    name: "label already defined",
    src: "package p\n\nfunc f() {\nL:\n\tgoto L\nL:\n\tgoto L\n}\n",
    want: [
      "x.go:6:1: label L already defined at x.go:4:1",
    ],
  },
  {
    name: "goto into block",
    src: "package p\n\nfunc f() {\n\tgoto L\n\t{\n\tL:\n\t}\n}\n",
    want: [
      "x.go:4:7: goto L jumps into block starting at x.go:5:2",
    ],
  },
  {
    name: "goto over var",
    src: "package p\n\nfunc f() {\n\tgoto L\n\tx := 1\n\t_ = x\nL:\n}\n",
    want: [
      "x.go:4:7: goto L jumps over declaration of x at x.go:5:4",
    ],
  },
  {
    name: "break outside loop",
    src: "package p\n\nfunc f() {\n\tbreak\n}\n",
    want: [
      "x.go:4:2: break is not in a loop, switch, or select",
    ],
  },
  {
    name: "continue outside loop",
    src: "package p\n\nfunc f() {\n\tswitch {\n\tcase true:\n\t\tcontinue\n\t}\n}\n",
    want: [
      "x.go:6:3: continue is not in a loop",
    ],
  },
  {
    name: "invalid break label",
    src: "package p\n\nfunc f() {\nL:\n\t{\n\t\tfor {\n\t\t\tbreak L\n\t\t}\n\t}\n}\n",
    want: [
      "x.go:7:10: invalid break label L",
    ],
  },
  {
    name: "invalid continue label",
    src: "package p\n\nfunc f() {\nL:\n\tswitch {\n\tdefault:\n\t\tfor {\n\t\t\tcontinue L\n\t\t}\n\t}\n}\n",
    want: [
      "x.go:8:13: invalid continue label L",
    ],
  },
  {
    name: "undefined labels",
    src: "package p\n\nfunc f() {\n\tfor {\n\t\tbreak M\n\t}\n\tfor {\n\t\tcontinue N\n\t}\n\tgoto O\n}\n",
    want: [
      "x.go:5:9: break label not defined: M",
      "x.go:8:12: continue label not defined: N",
      "x.go:10:7: label O not defined",
    ],
  },
  {
    name: "fallthrough misplaced",
    src: "package p\n\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\t}\n\tfallthrough\n\tswitch x.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}\n}\n",
    want: [
      "x.go:6:3: cannot fallthrough final case in switch",
      "x.go:8:2: fallthrough statement out of place",
      "x.go:11:3: cannot fallthrough in type switch",
    ],
  },
  {
    name: "fallthrough not last",
    src: "package p\n\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\t\tx++\n\tcase 2:\n\t\t{\n\t\t\tfallthrough\n\t\t}\n\tcase 3:\n\t}\n}\n",
    want: [
      "x.go:6:3: fallthrough statement out of place",
      "x.go:10:4: fallthrough statement out of place",
    ],
  },
  {
    name: "digit separators",
    src: "package p\n\nvar a = 1__2\nvar b = 0x_1\nvar c = 12_\nvar d = 0_7\nvar e = 0b_\n",
    want: [
      "x.go:3:11: '_' must separate successive digits",
      "x.go:5:11: '_' must separate successive digits",
      "x.go:7:12: binary literal has no digits",
    ],
  },
  {
    name: "bad number literals",
    src: "package p\n\nvar a = 0b102\nvar b = 09\nvar c = 0x1.2\nvar d = 0o1e3\nvar e = 1e\nvar f = 0x\nvar g = 0b1.0\nvar h = 0x1p\n",
    want: [
      "x.go:3:13: invalid digit '2' in binary literal",
      "x.go:4:10: invalid digit '9' in octal literal",
      "x.go:5:14: hexadecimal mantissa requires a 'p' exponent",
      "x.go:6:12: 'e' exponent requires decimal mantissa",
      "x.go:7:11: exponent has no digits",
      "x.go:8:11: hexadecimal literal has no digits",
      "x.go:9:12: invalid radix point in binary literal",
      "x.go:10:13: exponent has no digits",
    ],
  },
  {
    name: "good number literals",
    src: "package p\n\nvar a, b, c, d, e, f, g, h, i = 0x1p-2, 0X_1FFFP+16, 1_000_000, 0o777, 0b1010, 0777, 1e10i, .5, 0x1.fp3\n",
    want: [],
  },
  {
    name: "bad runes and escapes",
    src: "package p\n\nvar a = ''\nvar b = 'ab'\nvar c = '\\q'\nvar d = \"\\xZZ\"\nvar e = '\\400'\nvar f = \"\\uD800\"\nvar g = '\\U00110000'\n",
    want: [
      "x.go:3:10: empty rune literal or unescaped '",
      "x.go:4:9: more than one character in rune literal",
      "x.go:5:11: unknown escape",
      "x.go:6:12: invalid character 'Z' in hexadecimal escape",
      "x.go:7:14: octal escape value 256 > 255",
      "x.go:8:16: escape is invalid Unicode code point U+D800",
      "x.go:9:20: escape is invalid Unicode code point U+110000",
    ],
  },
  {
    name: "rune newline",
    src: "package p\n\nvar a = 'a\nvar b = 1\n",
    want: [
      "x.go:3:11: newline in rune literal",
    ],
  },
  {
    name: "unterminated rune at EOF",
    src: "package p\n\nvar a = '",
    want: [
      "x.go:3:9: rune literal not terminated",
    ],
  },
  {
    name: "invalid UTF-8",
    src: "package p\n\nvar a = 1 \u00ff\u00fe + 2\n",
    want: [
      "x.go:3:11: invalid UTF-8 encoding",
    ],
  },
  {
    name: "NUL in source",
    src: "package p\n\nvar a = 1\u0000 + 2\nvar s = \"a\u0000b\"\n",
    want: [
      "x.go:3:10: invalid NUL character",
      "x.go:4:11: invalid NUL character",
    ],
  },
  {
    name: "BOM in middle",
    src: "package p\n\nvar a = 1 \u00ef\u00bb\u00bf+ 2\n",
    want: [
      "x.go:3:11: invalid BOM in the middle of the file",
    ],
  },
  {
    name: "BOM at start",
    src: "\u00ef\u00bb\u00bfpackage p\n\nvar a = 1 @\n",
    want: [
      "x.go:3:11: invalid character U+0040 '@'",
    ],
  },
  {
    name: "identifier with invalid char",
    src: "package p\n\nvar a\u00e2\u0082\u00ac = 1\n",
    want: [
      "x.go:3:6: invalid character U+20AC '\u00e2\u0082\u00ac' in identifier",
    ],
  },
  {
    name: "identifier beginning with digit",
    src: "package p\n\nvar \u00d9\u00a3x = 1\n",
    want: [
      "x.go:3:5: identifier cannot begin with digit U+0663 '\u00d9\u00a3'",
    ],
  },
  {
    name: "unicode identifier ok",
    src: "package p\n\nvar \u00c3\u00a9t\u00c3\u00a9, \u00e6\u0097\u00a5\u00e6\u009c\u00ac = 1, 2\nvar x = @\n",
    want: [
      "x.go:4:9: invalid character U+0040 '@'",
    ],
  },
  {
    name: "missing package",
    src: "func f() {}\n",
    want: [
      "x.go:1:1: syntax error: package statement must be first",
    ],
  },
  {
    name: "package name missing",
    src: "package\nfunc f() {}\n",
    want: [
      "x.go:2:1: syntax error: unexpected func, expected name",
    ],
  },
  {
    name: "imports after decls",
    src: "package p\n\nvar x int\nimport \"fmt\"\n",
    want: [
      "x.go:4:1: syntax error: imports must appear before other declarations",
    ],
  },
  {
    name: "import path not string",
    src: "package p\n\nimport 42\nimport x\n",
    want: [
      "x.go:3:8: syntax error: import path must be a string",
      "x.go:4:9: syntax error: missing import path",
    ],
  },
  {
    name: "missing function body brace on next line",
    src: "package p\n\nfunc f()\n{\n}\n",
    want: [
      "x.go:4:1: syntax error: unexpected semicolon or newline before {",
    ],
  },
  {
    name: "else on new line",
    src: "package p\n\nfunc f() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
    want: [
      "x.go:6:2: syntax error: unexpected else, expected }",
    ],
  },
  {
    name: "if assignment as condition",
    src: "package p\n\nfunc f(x int) {\n\tif x = 1 {\n\t}\n\tif x := 1 {\n\t}\n\tfor x++ {\n\t}\n}\n",
    want: [
      "x.go:4:7: syntax error: cannot use assignment x = 1 as value",
      "x.go:6:7: syntax error: cannot use x := 1 as value",
      "x.go:8:7: syntax error: cannot use x++ as value",
    ],
  },
  {
    name: "if missing condition",
    src: "package p\n\nfunc f() {\n\tif {\n\t}\n\tif x := 1; {\n\t}\n}\n",
    want: [
      "x.go:4:5: syntax error: missing condition in if statement",
      "x.go:6:11: syntax error: missing condition in if statement",
    ],
  },
  {
    name: "if newline before brace",
    src: "package p\n\nfunc f(x bool) {\n\tif x\n\t{\n\t}\n}\n",
    want: [
      "x.go:4:6: syntax error: unexpected newline, expected { after if clause",
    ],
  },
  {
    name: "var in if init",
    src: "package p\n\nfunc f() {\n\tif var x = 1; x > 0 {\n\t}\n}\n",
    want: [
      "x.go:4:9: syntax error: var declaration not allowed in if initializer",
    ],
  },
  {
    name: "for post declare",
    src: "package p\n\nfunc f() {\n\tfor i := 0; i < 10; j := 1 {\n\t}\n}\n",
    want: [
      "x.go:4:24: syntax error: cannot declare in post statement of for loop",
    ],
  },
  {
    name: "missing statement after label",
    src: "package p\n\nfunc f() {\n\tfor {\n\tL:\n\t}\n}\nfunc g() {\nL: }\n",
    want: [
      "x.go:5:2: label L defined and not used",
      "x.go:9:1: label L defined and not used",
    ],
  },
  {
    name: "expected case",
    src: "package p\n\nfunc f(x int) {\n\tswitch x {\n\tx = 1\n\t}\n}\n",
    want: [
      "x.go:5:2: syntax error: unexpected name x, expected case or default or }",
      "x.go:6:2: syntax error: unexpected }, expected :",
    ],
  },
  {
    name: "go parenthesized",
    src: "package p\n\nfunc f() {\n\tgo (f())\n\tdefer (f())\n}\n",
    want: [
      "x.go:4:5: expression in go must not be parenthesized",
      "x.go:5:8: expression in defer must not be parenthesized",
    ],
  },
  {
    name: "method receivers",
    src: "package p\n\nfunc () m() {}\nfunc (a, b T) n() {}\n",
    want: [
      "x.go:3:9: method has no receiver",
      "x.go:4:15: method has multiple receivers",
    ],
  },
  {
    name: "mixed params",
    src: "package p\n\nfunc f(a int, b) {}\nfunc g(a, b int, c) {}\n",
    want: [
      "x.go:3:15: syntax error: mixed named and unnamed parameters",
      "x.go:4:18: syntax error: mixed named and unnamed parameters",
    ],
  },
  {
    name: "type params missing constraint",
    src: "package p\n\ntype T[P any, Q] struct{}\nfunc f[P, Q]() {}\n",
    want: [
      "x.go:3:16: syntax error: missing type constraint",
      "x.go:4:12: syntax error: missing type constraint",
    ],
  },
  {
    name: "empty type params",
    src: "package p\n\ntype T[] int\nfunc f[]() {}\n",
    want: [
      "x.go:4:8: syntax error: empty type parameter list",
    ],
  },
  {
    name: "function type with type params",
    src: "package p\n\nvar f func[T any]()\n",
    want: [
      "x.go:3:11: syntax error: function type must have no type parameters",
    ],
  },
  {
    name: "interface method type params",
    src: "package p\n\ntype I interface {\n\tm[T any]()\n\tn[]()\n\tE[]\n}\n",
    want: [
      "x.go:4:3: interface method must have no type parameters",
      "x.go:5:4: empty type parameter list",
      "x.go:6:4: empty type argument list",
    ],
  },
  {
    name: "3-index slice",
    src: "package p\n\nvar a = s[1::3]\nvar b = s[1:2:]\n",
    want: [
      "x.go:3:13: middle index required in 3-index slice",
      "x.go:4:15: final index required in 3-index slice",
    ],
  },
  {
    name: "empty index",
    src: "package p\n\nvar a = s[]\n",
    want: [
      "x.go:3:11: syntax error: unexpected ], expected operand",
    ],
  },
  {
    name: "chan element missing",
    src: "package p\n\ntype T struct {\n\tch chan\n}\nfunc f(x chan, y int) {}\n",
    want: [
      "x.go:5:1: syntax error: missing channel element type",
      "x.go:6:14: syntax error: missing channel element type",
    ],
  },
  {
    name: "recv chan chain",
    src: "package p\n\nvar a <-chan <-chan int\nvar b = <-chan<- int(nil)\nvar c = <-<-chan int(nil)\n",
    want: [],
  },
  {
    name: "parenthesized embedded",
    src: "package p\n\ntype T struct {\n\t(A)\n\t*(B)\n\t(*C)\n}\n",
    want: [
      "x.go:4:2: syntax error: cannot parenthesize embedded type",
      "x.go:5:3: syntax error: cannot parenthesize embedded type",
      "x.go:6:2: syntax error: cannot parenthesize embedded type",
    ],
  },
  {
    name: "parenthesized complit type",
    src: "package p\n\nvar x = ([]int){1}\n",
    want: [
      "x.go:3:16: syntax error: cannot parenthesize type in composite literal",
    ],
  },
  {
    name: "struct missing field name",
    src: "package p\n\ntype T struct {\n\t1 int\n}\n",
    want: [
      "x.go:4:2: syntax error: unexpected literal 1, expected field name or embedded type",
    ],
  },
  {
    name: "unexpected EOF in func",
    src: "package p\n\nfunc f() {\n\tx := 1\n",
    want: [
      "x.go:5:1: syntax error: unexpected EOF, expected }",
    ],
  },
  {
    name: "unexpected EOF in expr",
    src: "package p\n\nvar x = (1 +",
    want: [
      "x.go:3:13: syntax error: unexpected EOF, expected expression",
    ],
  },
  {
    name: "too many errors",
    src: "package p\n\nfunc f() {\n\tx0 := ]\n\tx1 := ]\n\tx2 := ]\n\tx3 := ]\n\tx4 := ]\n\tx5 := ]\n\tx6 := ]\n\tx7 := ]\n\tx8 := ]\n\tx9 := ]\n\tx10 := ]\n\tx11 := ]\n}\n",
    want: [
      "x.go:4:8: syntax error: unexpected ], expected expression",
      "x.go:5:8: syntax error: unexpected ], expected expression",
      "x.go:6:8: syntax error: unexpected ], expected expression",
      "x.go:7:8: syntax error: unexpected ], expected expression",
      "x.go:8:8: syntax error: unexpected ], expected expression",
      "x.go:9:8: syntax error: unexpected ], expected expression",
      "x.go:10:8: syntax error: unexpected ], expected expression",
      "x.go:11:8: syntax error: unexpected ], expected expression",
      "x.go:12:8: syntax error: unexpected ], expected expression",
      "x.go:13:8: syntax error: unexpected ], expected expression",
      "x.go:13:8: too many errors",
    ],
  },
  {
    name: "misplaced directive",
    src: "package p\n\nvar x = 1 //go:noinline\n//go:noinline\nfunc f() {\n\t//go:noinline\n\tx := 1\n\t_ = x\n}\n",
    want: [
      "x.go:3:13: misplaced compiler directive",
      "x.go:6:4: misplaced compiler directive",
    ],
  },
  {
    name: "linkname usage",
    src: "package p\n\n//go:linkname\nfunc f()\n",
    want: [],
  },
  {
    name: "embed usage",
    src: "package p\n\n//go:embed\nvar x string\n",
    want: [
      "x.go:3:3: usage: //go:embed pattern...",
    ],
  },
  {
    name: "line directive",
    src: "package p\n\n//line foo.go:100\nvar x = @\n/*line bar.go:7:3*/var y = #\n//line :9\nvar z = $\n//line baz.go:0\nvar w = ?\n",
    want: [
      "foo.go:100: invalid character U+0040 '@'",
      "bar.go:7:3: syntax error: unexpected var, expected expression",
      "bar.go:7:11: invalid character U+0023 '#'",
      ":9: invalid character U+0024 '$'",
      ":10: invalid line number: 0",
      ":11: invalid character U+003F '?'",
    ],
  },
  {
    name: "long line column",
    src: "package p\n\nvar x = 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + @\n",
    want: [
      "x.go:3: invalid character U+0040 '@'",
    ],
  },
  {
    name: "var with define",
    src: "package p\n\nvar x := 1\nconst y := 2\n",
    want: [
      "x.go:3:7: syntax error: unexpected :=, expected =",
      "x.go:4:9: syntax error: unexpected :=, expected =",
    ],
  },
  {
    name: "type decl missing type",
    src: "package p\n\ntype T\n",
    want: [
      "x.go:3:7: syntax error: unexpected newline in type declaration",
    ],
  },
  {
    name: "array length comma",
    src: "package p\n\ntype A [N,]int\nvar a [2,]int\n",
    want: [
      "x.go:3:11: syntax error: missing type constraint",
      "x.go:4:9: syntax error: unexpected comma; expected ]",
    ],
  },
  {
    name: "generic instantiation ok",
    src: "package p\n\ntype T[P any, Q ~int | ~string] struct{ f P }\nvar x T[int, string]\nvar y = f[int]\nfunc g[P interface{ ~[]int | *int }](p P) {}\nvar z = @\n",
    want: [
      "x.go:7:9: invalid character U+0040 '@'",
    ],
  },
  {
    name: "composite literal in if header",
    src: "package p\n\nfunc f() {\n\tif x == T{} {\n\t}\n}\n",
    want: [
      "x.go:4:14: syntax error: unexpected { at end of statement",
      "x.go:6:1: syntax error: non-declaration statement outside function body",
    ],
  },
  {
    name: "select bad case",
    src: "package p\n\nfunc f() {\n\tselect {\n\tfoo\n\t}\n}\n",
    want: [
      "x.go:5:2: syntax error: unexpected name foo, expected case or default or }",
      "x.go:6:2: syntax error: unexpected }, expected :",
    ],
  },
  {
    name: "missing comma in call",
    src: "package p\n\nvar x = f(a b)\n",
    want: [
      "x.go:3:13: syntax error: unexpected name b in argument list; possibly missing comma or )",
    ],
  },
  {
    name: "unexpected keyword in expression",
    src: "package p\n\nvar x = 1 + func\n",
    want: [
      "x.go:4:1: syntax error: unexpected EOF, expected (",
    ],
  },
  {
    name: "non-declaration at top after func",
    src: "package p\n\nfunc f() {}\n}\n",
    want: [
      "x.go:4:1: syntax error: non-declaration statement outside function body",
    ],
  },
  {
    name: "range clause forms",
    src: "package p\n\nfunc f() {\n\tfor range 10 {\n\t}\n\tfor i := range 10 {\n\t\t_ = i\n\t}\n\tfor k, v = range m {\n\t}\n\tfor x := range {\n\t}\n}\n",
    want: [
      "x.go:11:17: syntax error: unexpected {, expected expression",
      "x.go:12:2: syntax error: unexpected }, expected { after for clause",
    ],
  },
  {
    name: "typeswitch guard forms",
    src: "package p\n\nfunc f(x any) {\n\tswitch y := x.(type) {\n\t}\n\tswitch x.(type) {\n\t}\n\tswitch a, b := x.(type) {\n\t}\n}\n",
    want: [
      "x.go:8:14: syntax error: cannot use a, b := x.(type) as value",
    ],
  },
  {
    name: "labels ok",
    src: "package p\n\nfunc f() {\nL:\n\tfor {\n\t\tbreak L\n\t}\nM:\n\tswitch {\n\tdefault:\n\t\tbreak M\n\t}\n\tgoto N\nN:\n\t_ = 1\n\t_ = @\n}\n",
    want: [
      "x.go:16:6: invalid character U+0040 '@'",
      "x.go:17:1: syntax error: unexpected }, expected expression",
    ],
  },
  {
    name: "deeply wrong",
    src: "package p\n\nfunc f() {\n\tx := [}\n\ty := {]\n\tz := (]\n}\n",
    want: [
      "x.go:4:8: syntax error: unexpected }, expected expression",
      "x.go:5:7: syntax error: unexpected {, expected expression",
      "x.go:6:8: syntax error: unexpected ], expected expression",
    ],
  },
  {
    // gc counts the newline after ".." twice: its lines are one off from there on
    name: "line count after '..' and a newline",
    src: "package p\n\nfunc f() {\n\tx := a..\n\ty := @\n\tz := $\n}\n",
    want: [
      "x.go:5:2: syntax error: unexpected ., expected name or (",
      "x.go:6:7: invalid character U+0040 '@'",
      "x.go:7:7: invalid character U+0024 '$'",
    ],
  },
];

function gcOutput(src: string): string[] {
  const fset = new FileSet();
  const f = fset.addFile("x.go", Buffer.from(src, "latin1"));
  const errors = new ErrorList(fset);
  try {
    parseFile(f, errors);
  } catch (e) {
    if (!(e instanceof TooManyErrors)) throw e;
    return [...errors.lines(), `${fset.format(e.pos)}: too many errors`];
  }
  return errors.lines();
}

for (const c of cases) {
  test(`gc message: ${c.name}`, () => {
    const got = gcOutput(c.src).join("\n").split("\n").filter((l) => l !== "");
    assert.deepEqual(got, c.want);
  });
}
