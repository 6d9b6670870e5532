// Type descriptors against gc: the expected strings, sizes, pointer
// bitmaps, flags and map layouts below are what Go 1.23 (linux/amd64)
// reports for the same declarations: %T, and the fields of the runtime's
// abi.Type / abi.MapType read through unsafe from an interface's type word
// (Size_, PtrBytes, Align_, Kind_ & KindDirectIface, TFlagRegularMemory,
// TFlagNamed, Equal != nil, the GCData mask bytes; KeySize, ValueSize,
// BucketSize, Flags, Bucket.PtrBytes).

import { test } from "node:test";
import assert from "node:assert/strict";
import * as abi from "../../src/runtime/abi.js";
import { Alg } from "../../src/runtime/abi.js";
import { interfaceMethods, methodSet, typeString } from "../../src/codegen/typedesc.js";
import type { Package } from "../../src/types/objects.js";
import type { Expr, CompositeLit } from "../../src/syntax/ast.js";
import type { Type } from "../../src/types/types.js";
import { checkGo, newDescs, typeOf } from "./helpers.js";

/** The types of the elements of package-level composite literal `name`. */
function elemTypes(pkg: Package, name: string): Type[] {
  const init = pkg.info!.initOrder.find((i) => i.lhs[0].name === name)!;
  const lit = init.rhs as CompositeLit;
  return lit.elemList.map((e: Expr) => pkg.info!.types.get(e)!.type!);
}

const decls = `
type Reader interface { Read(p []byte) (n int, err error) }
type Duration int64
type T struct {
	X int
	y string
}
type I interface{ M() }
type E struct {
	T
	*I2
	Reader
	z float64 \`json:"z"\`
}
type I2 struct{ A int }
type G[K comparable, V any] struct{ k K; v V }
type MyInt int
type Fn func(int) string
type P *T
`;

test("type strings are reflect's", () => {
  const pkg = checkGo(`package main
${decls}
var vals = []any{
	T{}, &T{}, []int{}, map[string]int{}, [3]int{}, func(int) string { return "" },
	func(...int) {}, func() (int, error) { return 0, nil }, func(a, b int, c ...string) (x int) { return },
	struct{ X int }{}, struct{}{}, struct {
		X int \`json:"x"\`
		y string
	}{}, struct{ T }{}, struct{ *T; MyInt }{},
	new(any), new(I), new(interface{ M(); N(int) string }), new(interface{ Reader; M() }), new(error),
	make(chan int), make(<-chan int), make(chan<- int), make(chan (<-chan int)), make(chan<- chan int), make(<-chan <-chan int),
	G[string, int]{}, G[T, []int]{}, G[Duration, map[string]*T]{}, E{}, MyInt(1), Fn(nil), P(nil),
	uintptr(0), 'x', byte(1), complex64(0), new(interface{ Reader }), [0]int{}, [2][]*T{},
	map[T][]string{}, func(func(int) int) func() {return nil}, new(struct{ a, b int }),
	new(interface{ m() }), new(struct{ _ int; x, _ int8 }), G[struct{a int}, interface{}]{},
	new(func(int, ...any)), Duration(0), []any{}, map[any]any{},
}
`);
  const want = [
    "main.T", "*main.T", "[]int", "map[string]int", "[3]int", "func(int) string",
    "func(...int)", "func() (int, error)", "func(int, int, ...string) int",
    "struct { X int }", "struct {}", 'struct { X int "json:\\"x\\""; y string }', "struct { main.T }", "struct { *main.T; main.MyInt }",
    "*interface {}", "*main.I", "*interface { M(); N(int) string }", "*interface { M(); Read([]uint8) (int, error) }", "*error",
    "chan int", "<-chan int", "chan<- int", "chan (<-chan int)", "chan<- chan int", "<-chan <-chan int",
    "main.G[string,int]", "main.G[main.T,[]int]", "main.G[main.Duration,map[string]*main.T]", "main.E", "main.MyInt", "main.Fn", "main.P",
    "uintptr", "int32", "uint8", "complex64", "*interface { Read([]uint8) (int, error) }", "[0]int", "[2][]*main.T",
    "map[main.T][]string", "func(func(int) int) func()", "*struct { a int; b int }",
    "*interface { main.m() }", "*struct { _ int; x int8; _ int8 }", "main.G[struct { main.a int },interface {}]",
    "*func(int, ...interface {})", "main.Duration", "[]interface {}", "map[interface {}]interface {}",
  ];
  const { arena, descs } = newDescs();
  const got = elemTypes(pkg, "vals").map((t) => abi.typeString(arena, descs.desc(t)));
  assert.deepEqual(got, want);
  assert.deepEqual(elemTypes(pkg, "vals").map((t) => typeString(t)), want);
});

interface Layout {
  s: string;
  size: number;
  ptr: number;
  align: number;
  kind: number;
  direct: boolean;
  regmem: boolean;
  named: boolean;
  comparable: boolean;
  mask: string;
}

test("sizes, pointer bitmaps and flags are gc's", () => {
  const pkg = checkGo(`package main
import "unsafe"
${decls}
type Padded struct {
	a int8
	b int64
}
type Blank struct {
	a int32
	_ int32
}
type Mixed struct {
	a  int
	p  *int
	s  string
	n  int
	i  any
	sl []int
	f  float64
}
type Big struct {
	a [20]*int
	b [3]string
	c int
}
type PairI struct{ a, b int32 }
var vals = []any{
	T{}, &T{}, []int{}, map[string]int{}, [3]int{}, func(int) string { return "" },
	struct{ X int }{}, struct{}{}, struct{ T }{}, struct {
		*T
		MyInt
	}{},
	new(any), make(chan int), G[string, int]{}, E{}, MyInt(1), Fn(nil), P(nil),
	uintptr(0), 'x', byte(1), complex64(0), complex128(0), float32(0), float64(0), [0]int{}, [2][]*T{}, "",
	Padded{}, Blank{}, Mixed{}, Big{}, PairI{}, [4]PairI{}, [2]float64{}, [1]*int{}, struct{ p *int }{}, [1]string{},
	struct{ a, b any }{}, [3]any{}, struct{ f func() }{}, [2]map[int]int{}, unsafe.Pointer(nil), true,
	struct {
		a int8
		b [0]int
	}{}, [5]struct{ s string; x int8 }{},
}
`);
  const want: Layout[] = [
    { s: "main.T", size: 24, ptr: 16, align: 8, kind: 25, direct: false, regmem: false, named: true, comparable: true, mask: "02" },
    { s: "*main.T", size: 8, ptr: 8, align: 8, kind: 22, direct: true, regmem: true, named: false, comparable: true, mask: "01" },
    { s: "[]int", size: 24, ptr: 8, align: 8, kind: 23, direct: false, regmem: false, named: false, comparable: false, mask: "01" },
    { s: "map[string]int", size: 8, ptr: 8, align: 8, kind: 21, direct: true, regmem: false, named: false, comparable: false, mask: "01" },
    { s: "[3]int", size: 24, ptr: 0, align: 8, kind: 17, direct: false, regmem: true, named: false, comparable: true, mask: "" },
    { s: "func(int) string", size: 8, ptr: 8, align: 8, kind: 19, direct: true, regmem: false, named: false, comparable: false, mask: "01" },
    { s: "struct { X int }", size: 8, ptr: 0, align: 8, kind: 25, direct: false, regmem: true, named: false, comparable: true, mask: "" },
    { s: "struct {}", size: 0, ptr: 0, align: 1, kind: 25, direct: false, regmem: true, named: false, comparable: true, mask: "" },
    { s: "struct { main.T }", size: 24, ptr: 16, align: 8, kind: 25, direct: false, regmem: false, named: false, comparable: true, mask: "02" },
    { s: "struct { *main.T; main.MyInt }", size: 16, ptr: 8, align: 8, kind: 25, direct: false, regmem: true, named: false, comparable: true, mask: "01" },
    { s: "*interface {}", size: 8, ptr: 8, align: 8, kind: 22, direct: true, regmem: true, named: false, comparable: true, mask: "01" },
    { s: "chan int", size: 8, ptr: 8, align: 8, kind: 18, direct: true, regmem: true, named: false, comparable: true, mask: "01" },
    { s: "main.G[string,int]", size: 24, ptr: 8, align: 8, kind: 25, direct: false, regmem: false, named: true, comparable: true, mask: "01" },
    { s: "main.E", size: 56, ptr: 48, align: 8, kind: 25, direct: false, regmem: false, named: true, comparable: true, mask: "2a" },
    { s: "main.MyInt", size: 8, ptr: 0, align: 8, kind: 2, direct: false, regmem: true, named: true, comparable: true, mask: "" },
    { s: "main.Fn", size: 8, ptr: 8, align: 8, kind: 19, direct: true, regmem: false, named: true, comparable: false, mask: "01" },
    { s: "main.P", size: 8, ptr: 8, align: 8, kind: 22, direct: true, regmem: true, named: true, comparable: true, mask: "01" },
    { s: "uintptr", size: 8, ptr: 0, align: 8, kind: 12, direct: false, regmem: true, named: true, comparable: true, mask: "" },
    { s: "int32", size: 4, ptr: 0, align: 4, kind: 5, direct: false, regmem: true, named: true, comparable: true, mask: "" },
    { s: "uint8", size: 1, ptr: 0, align: 1, kind: 8, direct: false, regmem: true, named: true, comparable: true, mask: "" },
    { s: "complex64", size: 8, ptr: 0, align: 4, kind: 15, direct: false, regmem: false, named: true, comparable: true, mask: "" },
    { s: "complex128", size: 16, ptr: 0, align: 8, kind: 16, direct: false, regmem: false, named: true, comparable: true, mask: "" },
    { s: "float32", size: 4, ptr: 0, align: 4, kind: 13, direct: false, regmem: false, named: true, comparable: true, mask: "" },
    { s: "float64", size: 8, ptr: 0, align: 8, kind: 14, direct: false, regmem: false, named: true, comparable: true, mask: "" },
    { s: "[0]int", size: 0, ptr: 0, align: 8, kind: 17, direct: false, regmem: true, named: false, comparable: true, mask: "" },
    { s: "[2][]*main.T", size: 48, ptr: 32, align: 8, kind: 17, direct: false, regmem: false, named: false, comparable: false, mask: "09" },
    { s: "string", size: 16, ptr: 8, align: 8, kind: 24, direct: false, regmem: false, named: true, comparable: true, mask: "01" },
    { s: "main.Padded", size: 16, ptr: 0, align: 8, kind: 25, direct: false, regmem: false, named: true, comparable: true, mask: "" },
    { s: "main.Blank", size: 8, ptr: 0, align: 4, kind: 25, direct: false, regmem: false, named: true, comparable: true, mask: "" },
    { s: "main.Mixed", size: 88, ptr: 64, align: 8, kind: 25, direct: false, regmem: false, named: true, comparable: false, mask: "c6" },
    { s: "main.Big", size: 216, ptr: 200, align: 8, kind: 25, direct: false, regmem: false, named: true, comparable: true, mask: "ffff5f01" },
    { s: "main.PairI", size: 8, ptr: 0, align: 4, kind: 25, direct: false, regmem: true, named: true, comparable: true, mask: "" },
    { s: "[4]main.PairI", size: 32, ptr: 0, align: 4, kind: 17, direct: false, regmem: true, named: false, comparable: true, mask: "" },
    { s: "[2]float64", size: 16, ptr: 0, align: 8, kind: 17, direct: false, regmem: false, named: false, comparable: true, mask: "" },
    { s: "[1]*int", size: 8, ptr: 8, align: 8, kind: 17, direct: true, regmem: true, named: false, comparable: true, mask: "01" },
    { s: "struct { p *int }", size: 8, ptr: 8, align: 8, kind: 25, direct: true, regmem: true, named: false, comparable: true, mask: "01" },
    { s: "[1]string", size: 16, ptr: 8, align: 8, kind: 17, direct: false, regmem: false, named: false, comparable: true, mask: "01" },
    { s: "struct { a interface {}; b interface {} }", size: 32, ptr: 32, align: 8, kind: 25, direct: false, regmem: false, named: false, comparable: true, mask: "0a" },
    { s: "[3]interface {}", size: 48, ptr: 48, align: 8, kind: 17, direct: false, regmem: false, named: false, comparable: true, mask: "2a" },
    { s: "struct { f func() }", size: 8, ptr: 8, align: 8, kind: 25, direct: true, regmem: false, named: false, comparable: false, mask: "01" },
    { s: "[2]map[int]int", size: 16, ptr: 16, align: 8, kind: 17, direct: false, regmem: false, named: false, comparable: false, mask: "03" },
    { s: "unsafe.Pointer", size: 8, ptr: 8, align: 8, kind: 26, direct: true, regmem: true, named: true, comparable: true, mask: "01" },
    { s: "bool", size: 1, ptr: 0, align: 1, kind: 1, direct: false, regmem: true, named: true, comparable: true, mask: "" },
    { s: "struct { a int8; b [0]int }", size: 16, ptr: 0, align: 8, kind: 25, direct: false, regmem: false, named: false, comparable: true, mask: "" },
    { s: "[5]struct { s string; x int8 }", size: 120, ptr: 104, align: 8, kind: 17, direct: false, regmem: false, named: false, comparable: true, mask: "4912" },
  ];
  const { arena: a, descs } = newDescs();
  const got = elemTypes(pkg, "vals").map((t): Layout => {
    const d = descs.desc(t);
    const ptr = abi.typePtrBytes(a, d);
    let mask = "";
    const g = abi.typeGCData(a, d);
    for (let i = 0; i < Math.ceil(ptr / 64); i++) mask += a.u8[g + i].toString(16).padStart(2, "0");
    return {
      s: abi.typeString(a, d),
      size: abi.typeSize(a, d),
      ptr,
      align: abi.typeAlign(a, d),
      kind: abi.typeKind(a, d),
      direct: abi.isDirectIface(a, d),
      regmem: (abi.typeTFlag(a, d) & abi.TFLAG_REGULAR_MEMORY) !== 0,
      named: (abi.typeTFlag(a, d) & abi.TFLAG_NAMED) !== 0,
      comparable: abi.typeAlg(a, d) !== Alg.NoEq,
      mask,
    };
  });
  for (let i = 0; i < want.length; i++) assert.deepEqual(got[i], want[i]);
  assert.equal(got.length, want.length);
});

test("map descriptors lay out buckets as gc does", () => {
  const pkg = checkGo(`package main
type K struct {
	a int8
	s string
}
var vals = []any{
	map[int]int{}, map[string]int{}, map[int8]int8{}, map[int32]bool{}, map[float64]string{}, map[any]int{},
	map[[200]byte]int{}, map[int][129]byte{}, map[int][128]byte{}, map[struct{}]struct{}{}, map[K]*int{}, map[complex128][2]any{},
	map[[2]float32]int{}, map[*int]uintptr{},
}
`);
  const want = [
    { s: "map[int]int", keysize: 8, valuesize: 8, bucketsize: 144, flags: 4, bucketptr: 0 },
    { s: "map[string]int", keysize: 16, valuesize: 8, bucketsize: 208, flags: 12, bucketptr: 208 },
    { s: "map[int8]int8", keysize: 1, valuesize: 1, bucketsize: 32, flags: 4, bucketptr: 0 },
    { s: "map[int32]bool", keysize: 4, valuesize: 1, bucketsize: 56, flags: 4, bucketptr: 0 },
    { s: "map[float64]string", keysize: 8, valuesize: 16, bucketsize: 208, flags: 8, bucketptr: 208 },
    { s: "map[interface {}]int", keysize: 16, valuesize: 8, bucketsize: 208, flags: 24, bucketptr: 208 },
    { s: "map[[200]uint8]int", keysize: 8, valuesize: 8, bucketsize: 144, flags: 5, bucketptr: 144 },
    { s: "map[int][129]uint8", keysize: 8, valuesize: 8, bucketsize: 144, flags: 6, bucketptr: 144 },
    { s: "map[int][128]uint8", keysize: 8, valuesize: 128, bucketsize: 1104, flags: 4, bucketptr: 0 },
    { s: "map[struct {}]struct {}", keysize: 0, valuesize: 0, bucketsize: 16, flags: 4, bucketptr: 0 },
    { s: "map[main.K]*int", keysize: 24, valuesize: 8, bucketsize: 272, flags: 12, bucketptr: 272 },
    { s: "map[complex128][2]interface {}", keysize: 16, valuesize: 32, bucketsize: 400, flags: 8, bucketptr: 400 },
    { s: "map[[2]float32]int", keysize: 8, valuesize: 8, bucketsize: 144, flags: 8, bucketptr: 0 },
    { s: "map[*int]uintptr", keysize: 8, valuesize: 8, bucketsize: 144, flags: 4, bucketptr: 144 },
  ];
  const { arena: a, descs } = newDescs();
  const got = elemTypes(pkg, "vals").map((t) => {
    const d = descs.desc(t);
    return {
      s: abi.typeString(a, d),
      keysize: a.u8[d + abi.MAP_KEYSIZE],
      valuesize: a.u8[d + abi.MAP_VALUESIZE],
      bucketsize: a.u16[(d + abi.MAP_BUCKETSIZE) >>> 1],
      flags: abi.mapFlags(a, d),
      bucketptr: abi.typePtrBytes(a, abi.mapBucket(a, d)),
    };
  });
  assert.deepEqual(got, want);
  const d = descs.desc(elemTypes(pkg, "vals")[1]);
  assert.equal(abi.typeString(a, abi.mapBucket(a, d)), "map.bucket[string]int");
  assert.equal(abi.typeString(a, abi.mapKey(a, d)), "string");
  assert.equal(abi.typeString(a, abi.typeElem(a, d)), "int");
});

test("identical types share one descriptor", () => {
  const pkg = checkGo(`package main
type G[T any] struct{ x T }
type A int
type B int
type List struct { next *List; v int }
type Tree map[string]Tree
type Fn func(Fn) Fn
type Any = any
var (
	s1 []int
	s2 []int
	st1 struct{ X int \`k:"v"\` }
	st2 struct{ X int \`k:"v"\` }
	st3 struct{ X int }
	g1 G[string]
	g2 G[string]
	g3 G[int]
	b1 []byte
	b2 []uint8
	r1 rune
	r2 int32
	e1 any
	e2 interface{}
	e3 Any
	i1 interface{ M(int) string }
	i2 interface{ M(x int) (s string) }
	f1 func(a, b int) bool
	f2 func(int, int) bool
	m1 map[string][]*List
	m2 map[string][]*List
	a A
	b B
	l List
	t Tree
	fn Fn
	x1, x2 = local1(), local2()
)
func local1() any { type L struct{}; return L{} }
func local2() any { type L struct{}; return L{} }
`);
  const { arena: a, descs } = newDescs();
  const d = (n: string) => descs.desc(typeOf(pkg, n));
  assert.equal(d("s1"), d("s2"));
  assert.equal(d("st1"), d("st2"));
  assert.notEqual(d("st1"), d("st3"));
  assert.equal(d("g1"), d("g2"));
  assert.notEqual(d("g1"), d("g3"));
  assert.equal(d("b1"), d("b2"));
  assert.equal(d("r1"), d("r2"));
  assert.equal(d("e1"), d("e2"));
  assert.equal(d("e1"), d("e3"));
  assert.equal(d("i1"), d("i2"));
  assert.equal(d("f1"), d("f2"));
  assert.equal(d("m1"), d("m2"));
  assert.notEqual(d("a"), d("b"));
  assert.equal(abi.typeString(a, d("a")), "main.A");
  // Recursive types close on themselves.
  const l = d("l");
  const next = abi.structFields(a, l)[0];
  assert.equal(abi.typeElem(a, next.type), l);
  assert.equal(abi.ptrToThis(a, l), next.type);
  const t = d("t");
  assert.equal(abi.typeElem(a, t), t);
  assert.equal(abi.funcIn(a, d("fn"), 0), d("fn"));
  // Local types with the same name are distinct types that print alike.
  const loc = [...pkg.info!.defs.values()].filter((o) => o !== null && o.kind === 2 && o.name === "L").map((o) => descs.desc(o!.type!));
  assert.equal(loc.length, 2);
  assert.notEqual(loc[0], loc[1]);
  assert.equal(abi.typeString(a, loc[0]), "main.L");
  assert.equal(abi.typeString(a, loc[1]), "main.L");
  assert.equal(descs.typeOf(d("s1")), typeOf(pkg, "s1"));
});

test("readers: struct fields, funcs, chans, arrays, interfaces", () => {
  const pkg = checkGo(`package main
type S struct {
	A int \`json:"a"\`
	b string
	_ [3]byte
	Emb
}
type Emb struct{}
type I interface { Z(); a(int) bool; M(...string) (int, error) }
var (
	s S
	f func(int, ...string) (bool, error)
	c <-chan []int
	c2 chan<- int
	c3 chan int
	arr [7]S
	i I
)
`);
  const { arena: a, descs } = newDescs();
  const d = (n: string) => descs.desc(typeOf(pkg, n));
  const fs = abi.structFields(a, d("s"));
  assert.deepEqual(
    fs.map((f) => [f.name, abi.typeString(a, f.type), f.offset, f.tag, f.embedded, f.exported, f.blank]),
    [
      ["A", "int", 0, 'json:"a"', false, true, false],
      ["b", "string", 8, "", false, false, false],
      ["_", "[3]uint8", 24, "", false, false, true],
      ["Emb", "main.Emb", 27, "", true, true, false],
    ],
  );
  assert.equal(abi.typeSize(a, d("s")), 32);
  assert.equal(abi.pkgPath(a, d("s")), "main");
  const fn = d("f");
  assert.equal(abi.funcInCount(a, fn), 2);
  assert.equal(abi.funcOutCount(a, fn), 2);
  assert.equal(abi.funcVariadic(a, fn), true);
  assert.equal(abi.typeString(a, abi.funcIn(a, fn, 1)), "[]string");
  assert.equal(abi.typeString(a, abi.funcOut(a, fn, 1)), "error");
  assert.equal(abi.chanDir(a, d("c")), abi.ChanDir.Recv);
  assert.equal(abi.chanDir(a, d("c2")), abi.ChanDir.Send);
  assert.equal(abi.chanDir(a, d("c3")), abi.ChanDir.Both);
  assert.equal(abi.typeString(a, abi.typeElem(a, d("c"))), "[]int");
  assert.equal(abi.arrayLen(a, d("arr")), 7);
  assert.equal(abi.typeString(a, a.u32[(d("arr") + abi.ARRAY_SLICE) >>> 2]), "[]main.S");
  const it = d("i");
  const names = [];
  for (let k = 0; k < abi.interfaceMethodCount(a, it); k++) {
    const m = abi.interfaceMethod(a, it, k);
    names.push([
      abi.readName(a, abi.word(a, m + abi.IMETHOD_NAME)),
      abi.readName(a, abi.word(a, m + abi.IMETHOD_PKGPATH)),
      abi.typeString(a, abi.word(a, m + abi.IMETHOD_TYPE)),
    ]);
  }
  assert.deepEqual(names, [
    ["M", "", "func(...string) (int, error)"],
    ["Z", "", "func()"],
    ["a", "main", "func(int) bool"],
  ]);
  assert.deepEqual(interfaceMethods(typeOf(pkg, "i")).map((m) => m.name), ["M", "Z", "a"]);
});

test("method sets, itabs and assertE2I", () => {
  const pkg = checkGo(`package main
type S struct{ x int }
func (S) A() {}
func (*S) B() {}
func (S) zed() {}
func (S) Zed() {}
type Inner struct{}
func (*Inner) C() int { return 0 }
type Outer struct {
	S
	*Inner
}
type X struct{}
func (X) A() {}
type Amb struct {
	S
	X
}
type Ptr *S
type Word struct{ p *int }
func (Word) A() {}
type HasI struct{ AB }
type A1 interface{ A() }
type AB interface{ B(); A() }
type Unexp interface{ zed() }
var (
	s S
	ps *S
	o Outer
	po *Outer
	amb Amb
	p Ptr
	w Word
	hi HasI
	a1 A1
	ab AB
	un Unexp
)
`);
  const { arena: a, descs, calls } = newDescs();
  const T = (n: string) => typeOf(pkg, n);
  const names = (n: string) => methodSet(T(n)).map((m) => m.name);
  assert.deepEqual(names("s"), ["A", "Zed", "zed"]);
  assert.deepEqual(names("ps"), ["A", "B", "Zed", "zed"]);
  assert.deepEqual(names("o"), ["A", "C", "Zed", "zed"]);
  assert.deepEqual(names("po"), ["A", "B", "C", "Zed", "zed"]);
  assert.deepEqual(names("amb"), ["Zed", "zed"]);
  assert.deepEqual(names("p"), []);
  assert.deepEqual(names("hi"), ["A", "B"]);
  assert.deepEqual(names("ab"), []);

  const d = (n: string) => descs.desc(T(n));
  assert.equal(abi.methodCount(a, d("s")), 3);
  assert.equal(a.u16[(abi.uncommon(a, d("s")) + abi.UNCOMMON_XCOUNT) >>> 1], 2);
  // Method code ids are asked for lazily, by itabs.
  assert.equal(calls.length, 0);
  const m0 = abi.method(a, d("s"), 0);
  assert.equal(abi.word(a, m0 + abi.METHOD_IFN), abi.CODE_UNRESOLVED);

  const tab = descs.itab(T("a1"), T("s"));
  assert.equal(descs.itab(T("a1"), T("s")), tab);
  assert.equal(abi.itabInter(a, tab), d("a1"));
  assert.equal(abi.itabType(a, tab), d("s"));
  assert.equal(a.u32[(tab + abi.ITAB_HASH) >>> 2], abi.typeHash(a, d("s")));
  // S is boxed in interfaces: calls through the itab go to (*S).A, which receives the box pointer.
  assert.deepEqual(calls.map((c) => [c.recv, c.method]), [["main.S", "A"], ["*main.S", "A"]]);
  assert.equal(abi.itabFun(a, tab, 0), calls[1].code);
  assert.equal(abi.word(a, m0 + abi.METHOD_TFN), calls[0].code);

  // Pointer-shaped receivers are called with the data word itself.
  calls.length = 0;
  const wt = descs.itab(T("a1"), T("w"));
  assert.deepEqual(calls.map((c) => [c.recv, c.method]), [["main.Word", "A"]]);
  assert.equal(abi.itabFun(a, wt, 0), calls[0].code);

  // fun[] follows the interface's method order (A, B), not the declaration's.
  calls.length = 0;
  const pt = descs.itab(T("ab"), T("ps"));
  assert.deepEqual(calls.map((c) => [c.recv, c.method]), [["*main.S", "A"], ["*main.S", "B"]]);
  assert.deepEqual([abi.itabFun(a, pt, 0), abi.itabFun(a, pt, 1)], [calls[0].code, calls[1].code]);

  // Run-time conversions from descriptors alone.
  assert.equal(descs.assertE2I(d("ab"), d("ps")), pt);
  assert.equal(descs.assertE2I(d("ab"), d("s")), 0);
  assert.equal(descs.missingMethod(d("ab"), d("s")), "B");
  assert.equal(
    abi.typeAssertionMessage(a, 0, d("s"), d("ab"), descs.missingMethod(d("ab"), d("s"))),
    "interface conversion: main.S is not main.AB: missing method B",
  );
  assert.equal(descs.missingMethod(d("a1"), d("amb")), "A");
  assert.notEqual(descs.assertE2I(d("un"), d("s")), 0);
  assert.notEqual(descs.assertE2I(d("ab"), d("hi")), 0);
  assert.notEqual(descs.assertE2I(d("ab"), d("po")), 0);
  assert.equal(descs.assertE2I(d("ab"), d("o")), 0);
  assert.equal(descs.missingMethod(d("a1"), d("p")), "A");
  assert.throws(() => descs.itab(T("ab"), T("s")), /does not implement/);
});

test("type assertion messages are runtime.TypeAssertionError's", () => {
  const pkg = checkGo(`package main
type I interface{ M() }
var (
	e any
	i I
	n int
	s string
)
func f() any { type T int; return T(0) }
func g() any { type T int; return T(0) }
`);
  const { arena: a, descs } = newDescs();
  const d = (n: string) => descs.desc(typeOf(pkg, n));
  assert.equal(abi.typeAssertionMessage(a, d("e"), d("s"), d("n")), "interface conversion: interface {} is string, not int");
  assert.equal(abi.typeAssertionMessage(a, d("i"), 0, d("n")), "interface conversion: main.I is nil, not int");
  assert.equal(abi.typeAssertionMessage(a, 0, 0, d("i")), "interface conversion: interface is nil, not main.I");
  const loc = [...pkg.info!.defs.values()].filter((o) => o !== null && o.kind === 2 && o.name === "T").map((o) => descs.desc(o!.type!));
  assert.equal(
    abi.typeAssertionMessage(a, d("e"), loc[0], loc[1]),
    "interface conversion: interface {} is main.T, not main.T (types from different scopes)",
  );
});
