// Type-checking cases with the errors gc (Go 1.23, `go build -gcflags=-e`)
// reports for them, recorded from gc: each file is checked as package
// x.go of a module and must produce exactly these lines.

export interface GcCase {
  name: string;
  src: string;
  want: string[];
}

export const gcCases: GcCase[] = [
  {
    "name": "c01.go",
    "src": "package main\n\nimport (\n\t\"fmt\"\n\t. \"strings\"\n\t_ \"os\"\n\tstr \"strconv\"\n)\n\nconst init = 1\n\ntype main int\n\nfunc init(x int) {}\n\nfunc main() int { return 0 }\n\nvar a, b = 1\n\nconst c, d = 1\n\nconst e = 1, 2\n\nfunc f() {\n\tconst (\n\t\tx = iota\n\t\ty\n\t\tz, w\n\t)\n}\n",
    "want": [
      "./x.go:4:2: \"fmt\" imported and not used",
      "./x.go:5:2: \"strings\" imported and not used",
      "./x.go:7:2: \"strconv\" imported as str and not used",
      "./x.go:10:7: cannot declare init - must be func",
      "./x.go:12:6: cannot declare main - must be func",
      "./x.go:14:6: func init must have no arguments and no return values",
      "./x.go:16:6: func main must have no arguments and no return values",
      "./x.go:18:12: assignment mismatch: 2 variables but 1 value",
      "./x.go:20:10: missing init expr for d",
      "./x.go:22:14: extra init expr 2",
      "./x.go:28:6: missing init expr for w"
    ]
  },
  {
    "name": "c02.go",
    "src": "package p\n\ntype T1 [len(\"abc\")]int\ntype T2 [1.5]int\ntype T3 [-1]int\ntype T4 [n]int\ntype T5 [v]int\n\nvar v = 3\n\nfunc f() {\n\tvar n = 4\n\tvar _ [n]int\n}\n\ntype S struct {\n\ta, a int\n\t*int\n\tT1\n\tI\n\t*I\n\tS1\n\tb int \"tag\"\n}\n\ntype S1 struct{ S1 }\n\ntype I interface {\n\tM()\n\t_()\n\tN(int) string\n\tM()\n}\n\ntype J interface {\n\tI\n\tN(int) int\n}\n\ntype K interface{ int | string }\n\nvar k K\n\nfunc (x *I) m()    {}\nfunc (x int) m()   {}\n\nfunc (x T1) M()    {}\nfunc (x *T1) M()   {}\n",
    "want": [
      "./x.go:4:10: array length 1.5 (untyped float constant) must be integer",
      "./x.go:5:10: invalid array length -1 (untyped int constant)",
      "./x.go:6:10: undefined array length n or missing type constraint",
      "./x.go:7:10: invalid array length v",
      "./x.go:12:6: declared and not used: n",
      "./x.go:13:9: invalid array length n",
      "./x.go:17:5: a redeclared",
      "\t./x.go:17:2: other declaration of a",
      "./x.go:21:2: embedded field type cannot be a pointer to an interface",
      "./x.go:21:3: I redeclared",
      "\t./x.go:20:2: other declaration of I",
      "./x.go:26:6: invalid recursive type: S1 refers to itself",
      "./x.go:30:2: methods must have a unique non-blank name",
      "./x.go:32:2: duplicate method M",
      "\t./x.go:29:2: other declaration of method M",
      "./x.go:36:2: duplicate method N",
      "\t./x.go:37:2: other declaration of method N",
      "./x.go:42:7: cannot use type K outside a type constraint: interface contains type constraints",
      "./x.go:44:7: invalid receiver type I (pointer or interface type)",
      "./x.go:45:7: cannot define new methods on non-local type int",
      "./x.go:48:14: method T1.M already declared at ./x.go:47:13"
    ]
  },
  {
    "name": "c03.go",
    "src": "package p\n\nfunc f1() int {\n\tfor {\n\t}\n}\n\nfunc f2(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t} else {\n\t\tpanic(0)\n\t}\n}\n\nfunc f3(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\t}\n}\n\nfunc f4() (x int, err error) {\n\t{\n\t\tx := 2\n\t\t_ = x\n\t\treturn\n\t}\n}\n\nfunc f5() (int, string) {\n\treturn 1\n}\n\nfunc f6() int {\n\treturn 1, 2\n}\n\nfunc f7() {\n\tgo 1\n\tdefer f1()\n\tgo int(1)\n\tdefer len(\"x\")\n\tvar ch chan<- int\n\t<-ch\n\tch <- \"x\"\n\tx := 1\n\tx++\n\ts := \"a\"\n\ts++\n\ts += 1\n\ta, b := 1, 2\n\ta += \"x\"\n\t_ = b\n}\n\nfunc f8() {\n\tvar i interface{}\n\tswitch t := i.(type) {\n\tcase int, int:\n\tcase string:\n\t}\n\tswitch 1 {\n\tcase 1:\n\tcase 2, 1:\n\tdefault:\n\tdefault:\n\t}\n\tvar x int\n\tswitch x.(type) {\n\t}\n\tselect {\n\tcase x > 1:\n\t}\n\tfor i := range 10 {\n\t\t_ = i\n\t}\n\tfor k, v := range 10 {\n\t}\n\tfor range x {\n\t}\n\tvar f func(func(int) bool)\n\tfor a, b := range f {\n\t}\n\tvar c chan<- int\n\tfor range c {\n\t}\n\tlen(\"a\")\n\tint\n\tx == 1\n}\n",
    "want": [
      "./x.go:21:1: missing return",
      "./x.go:27:3: result parameter x not in scope at return",
      "\t./x.go:25:3: inner declaration of var x int",
      "./x.go:32:9: not enough return values",
      "\thave (number)",
      "\twant (int, string)",
      "./x.go:36:12: too many return values",
      "\thave (number, number)",
      "\twant (int)",
      "./x.go:40:5: expression in go must be function call",
      "./x.go:42:5: go requires function call, not conversion int(1) (constant 1 of type int)",
      "./x.go:43:8: defer discards result of len(\"x\") (constant 1 of type int)",
      "./x.go:45:4: invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)",
      "./x.go:46:8: cannot use \"x\" (untyped string constant) as int value in send",
      "./x.go:50:2: invalid operation: s++ (non-numeric type string)",
      "./x.go:51:2: invalid operation: s += 1 (mismatched types string and untyped int)",
      "./x.go:53:2: invalid operation: a += \"x\" (mismatched types int and untyped string)",
      "./x.go:59:9: t declared and not used",
      "./x.go:60:12: duplicate case int in type switch",
      "\t./x.go:60:7: previous case",
      "./x.go:65:10: duplicate case 1 (constant of type int) in expression switch",
      "\t./x.go:64:7: previous case",
      "./x.go:67:2: multiple defaults (first at ./x.go:66:2)",
      "./x.go:70:9: x (variable of type int) is not an interface",
      "./x.go:73:9: select case must be send or receive (possibly with assignment)",
      "./x.go:78:6: declared and not used: k",
      "./x.go:78:9: range over 10 (untyped int constant) permits only one iteration variable",
      "./x.go:83:6: declared and not used: a",
      "./x.go:83:9: range over f (variable of type func(func(int) bool)) permits only one iteration variable",
      "./x.go:86:12: cannot range over c (variable of type chan<- int): receive from send-only channel",
      "./x.go:88:2: len(\"a\") (constant 1 of type int) is not used",
      "./x.go:89:2: int (type) is not an expression",
      "./x.go:90:2: x == 1 (untyped bool value) is not used"
    ]
  },
  {
    "name": "c04.go",
    "src": "package p\n\nvar a = b + f()\nvar b = a\n\nfunc f() int { return c }\n\nvar c = g()\n\nfunc g() int { return c }\n\nvar d = d\n\ntype T1 struct{ *T1 }\ntype T2 [2]T2\ntype T3 = T3\ntype T4 = *T4\ntype T5 = struct{ x T5 }\ntype T6 struct{ x [1]T7 }\ntype T7 struct{ y T6 }\n\nconst c1 = c2\nconst c2 = c1\n\ntype A = B\ntype B struct{}\n\nfunc (A) m() {}\nfunc (*B) m() {}\n\ntype P *int\n\nfunc (P) m() {}\n\ntype E interface{ M() }\ntype S struct {\n\tE\n\t*P\n}\n\nfunc h() {\n\ttype L struct{ L }\n\ttype M [2]M\n\tvar x int\n\tconst k = iota\n\tvar _ = k\n}\n",
    "want": [
      "./x.go:3:5: initialization cycle for a",
      "\t./x.go:3:5: a refers to",
      "\t./x.go:4:5: b refers to",
      "\t./x.go:3:5: a",
      "./x.go:4:5: initialization cycle for b",
      "\t./x.go:4:5: b refers to",
      "\t./x.go:3:5: a refers to",
      "\t./x.go:4:5: b",
      "./x.go:8:5: initialization cycle for c",
      "\t./x.go:8:5: c refers to",
      "\t./x.go:10:6: g refers to",
      "\t./x.go:8:5: c",
      "./x.go:12:5: initialization cycle: d refers to itself",
      "./x.go:15:6: invalid recursive type: T2 refers to itself",
      "./x.go:16:6: invalid recursive type: T3 refers to itself",
      "./x.go:17:6: invalid recursive type: T4 refers to itself",
      "./x.go:18:6: invalid recursive type: T5 refers to itself",
      "./x.go:19:6: invalid recursive type T6",
      "\t./x.go:19:6: T6 refers to",
      "\t./x.go:20:6: T7 refers to",
      "\t./x.go:19:6: T6",
      "./x.go:22:7: initialization cycle for c1",
      "\t./x.go:22:7: c1 refers to",
      "\t./x.go:23:7: c2 refers to",
      "\t./x.go:22:7: c1",
      "./x.go:29:11: method B.m already declared at ./x.go:28:10",
      "./x.go:33:7: invalid receiver type P (pointer or interface type)",
      "./x.go:38:2: embedded field type cannot be a pointer",
      "./x.go:42:7: invalid recursive type: L refers to itself",
      "./x.go:43:7: invalid recursive type: M refers to itself",
      "./x.go:44:6: declared and not used: x"
    ]
  },
  {
    "name": "c05.go",
    "src": "package p\n\nimport \"unsafe\"\n\ntype T struct{ a, b int }\n\nvar _ [unsafe.Sizeof(T{})]int\nvar u unsafe.Pointer\n\ntype U unsafe.Pointer\n\nfunc (U) m() {}\n\ntype S struct {\n\tunsafe.Pointer\n}\n\nfunc f(x ...int, y int) {}\nfunc g(x, y ...int)     {}\n\ntype I interface {\n\t~int | string\n}\n\ntype J interface {\n\tint | ~int\n}\n\nfunc k() {\n\tvar i I\n\t_ = i\n\tfor i := 0; i < 10; i++ {\n\t}\n\tfor i, j := range \"abc\" {\n\t\t_ = i\n\t}\n\tfor i := range make(chan int) {\n\t\t_ = i\n\t}\n\tvar m map[[]int]int\n\t_ = m\n}\n",
    "want": [
      "./x.go:12:7: invalid receiver type U (unsafe.Pointer)",
      "./x.go:15:2: embedded field type cannot be unsafe.Pointer",
      "./x.go:18:10: can only use ... with final parameter in list",
      "./x.go:19:13: can only use ... with final parameter in list",
      "./x.go:26:8: overlapping terms ~int and int",
      "./x.go:30:8: cannot use type I outside a type constraint: interface contains type constraints",
      "./x.go:34:9: declared and not used: j",
      "./x.go:40:12: invalid map key type []int"
    ]
  },
  {
    "name": "c06.go",
    "src": "package p\n\nimport \"fmt\"\n\nvar _ = fmt\n\nfunc f() {\n\tx := 1\n\tfunc() { x = 2 }()\n\tvar y int\n\t_ = func() int { return y }\n}\n",
    "want": [
      "./x.go:3:8: \"fmt\" imported and not used",
      "./x.go:5:9: use of package fmt not in selector",
      "./x.go:8:2: declared and not used: x"
    ]
  },
  {
    "name": "c07.go",
    "src": "package p\n\ntype List[T any] struct {\n\tnext *List[T]\n\tval  T\n}\n\nfunc (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }\n\nfunc (l *List[U]) Val() U { return l.val }\n\ntype Pair[K comparable, V any] struct {\n\tk K\n\tv V\n}\n\ntype M = Pair[string, int]\n\nvar m M\nvar x = m.v + 1\nvar l List[int]\nvar y int = l.val\nvar z = l.next.next.val\n\ntype Bad[T any] struct{ b Bad[T] }\n\ntype Tree[T any] struct {\n\tleft, right *Tree[T]\n\tdata        []Pair[int, T]\n}\n\nvar t Tree[string]\nvar s string = t.left.data[0].v\n\nfunc f() {\n\tvar p Pair[int]\n\t_ = p\n}\n",
    "want": [
      "./x.go:25:27: invalid recursive type: Bad refers to itself",
      "./x.go:36:8: not enough type arguments for type Pair: have 1, want 2"
    ]
  },
  {
    "name": "c08.go",
    "src": "// errorcheck\n\n// Copyright 2012 The Go Authors. All rights reserved.\n// Use of this source code is governed by a BSD-style\n// license that can be found in the LICENSE file.\n\n// Issue 4468: go/defer calls may not be parenthesized.\n\npackage p\n\ntype T int\n\nfunc (t *T) F() T {\n\treturn *t\n}\n\ntype S struct {\n\tt T\n}\n\nfunc F() {\n\tgo F            // ERROR \"must be function call\"\n\tdefer F         // ERROR \"must be function call\"\n\tgo (F)\t\t// ERROR \"must be function call|must not be parenthesized\"\n\tdefer (F)\t// ERROR \"must be function call|must not be parenthesized\"\n\tgo (F())\t// ERROR \"must be function call|must not be parenthesized\"\n\tdefer (F())\t// ERROR \"must be function call|must not be parenthesized\"\n\tvar s S\n\t(&s.t).F()\n\tgo (&s.t).F()\n\tdefer (&s.t).F()\n}\n",
    "want": [
      "./x.go:22:5: expression in go must be function call",
      "./x.go:23:8: expression in defer must be function call",
      "./x.go:24:5: expression in go must not be parenthesized",
      "./x.go:24:6: expression in go must be function call",
      "./x.go:25:8: expression in defer must not be parenthesized",
      "./x.go:25:9: expression in defer must be function call",
      "./x.go:26:5: expression in go must not be parenthesized",
      "./x.go:27:8: expression in defer must not be parenthesized"
    ]
  },
  {
    "name": "c09.go",
    "src": "package p\n\nconst (\n\ta, b = iota, x\n\tc, d\n\te\n)\n\nconst (\n\tf int = iota\n\tg\n\th = \"s\"\n\ti\n\tj float64 = 1.5\n\tk\n\tl, m = 1, 2, 3\n\tn\n)\n\ntype T struct {\n\tx int `json:\"x\"`\n\tT2\n\ty, z string\n}\n\ntype T2 struct{ w int }\n\nfunc (T) x() {}\nfunc (T) w() {}\n\nfunc init()   {}\nfunc init()   {}\nfunc main()   {}\nvar _ = init\n\ntype E struct{}\n\nfunc (e E) m() {}\nfunc (e *E) m() {}\n\nvar (\n\tq1 = q2\n\tq2 = q3()\n)\n\nfunc q3() int { return q1 }\n\nfunc r() {\n\tinit()\n\tvar v T\n\tv.x()\n\tgoto L\nL:\n\tfor {\n\t\tbreak L\n\t}\n}\n",
    "want": [
      "./x.go:4:15: undefined: x",
      "./x.go:5:5: undefined: x",
      "./x.go:6:2: extra init expr at ./x.go:4:15",
      "./x.go:16:15: extra init expr 3",
      "./x.go:17:2: extra init expr at ./x.go:16:12",
      "./x.go:28:10: field and method with the same name x",
      "\t./x.go:21:2: other declaration of x",
      "./x.go:34:9: undefined: init",
      "./x.go:39:13: method E.m already declared at ./x.go:38:12",
      "./x.go:42:2: initialization cycle for q1",
      "\t./x.go:42:2: q1 refers to",
      "\t./x.go:43:2: q2 refers to",
      "\t./x.go:46:6: q3 refers to",
      "\t./x.go:42:2: q1",
      "./x.go:49:2: undefined: init"
    ]
  },
  {
    "name": "c10.go",
    "src": "package p\n\ntype S[T comparable] struct{ x T }\n\ntype N[T interface{ ~int | ~string }] []T\n\nvar _ S[[]int]\nvar _ N[float64]\nvar _ N[string]\n\ntype I interface{ M() }\n\ntype J[T I] struct{}\n\nvar _ J[int]\n",
    "want": [
      "./x.go:7:9: []int does not satisfy comparable",
      "./x.go:8:9: float64 does not satisfy interface{~int | ~string} (float64 missing in ~int | ~string)",
      "./x.go:15:9: int does not satisfy I (missing method M)"
    ]
  },
  {
    "name": "c11.go",
    "src": "package p\n\ntype Duration int64\n\nfunc f(Duration int64, d Duration) Duration { return d + Duration(Duration) }\n\nfunc g(b []byte, n int) []byte {\n\tfor i := 0; i < n; i++ {\n\t\tstart := i\n\t\tend := start + 1\n\t\tb = append(b, b[start:end]...)\n\t}\n\treturn b\n}\n",
    "want": [
      "./x.go:5:58: invalid operation: cannot call non-function Duration (variable of type int64)"
    ]
  }
];
