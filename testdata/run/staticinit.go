// Package-level variables initialized by the linker (static data) and by
// code, and how they see each other: values must be as if every
// initializer ran in order.
package main

import (
	"fmt"
	"unicode"
)

type Range struct {
	Lo, Hi uint16
	Stride uint16
}

type Table struct {
	R     []Range
	Extra *Range
	Name  string
	Flags [4]int8
}

var table = &Table{
	R:     []Range{{0x41, 0x5a, 1}, {0x61, 0x7a, 1}},
	Extra: &Range{1, 2, 3},
	Name:  "letters",
	Flags: [4]int8{1: -1, 3: 127},
}

var alias = table // a copy of a static pointer

var counter = next() // dynamic

var afterDynamic = table // still the same pointer: nothing changed it

var modified = modify()

var copied = snapshot // copied after modify() ran: must see its change

var snapshot = [3]int{1, 2, 3}

var calls int

func next() int {
	calls++
	return calls + 41
}

func modify() int {
	snapshot[0] = 100
	return 1
}

var (
	f32  float32    = 1.0 / 3
	f64             = 1e300 * 1e8 / 1e10
	c64  complex64  = 1 + 2i
	c128            = complex(3, -4.5)
	u64  uint64     = 1<<64 - 1
	i64  int64      = -1 << 63
	i8   int8       = -128
	u16  uint16     = 65535
	r    rune       = 'é'
	b    byte       = 'x'
	ok              = true
	str             = "héllo, 世界"
	empty           = ""
	nilp *int       = nil
	nils []int      = nil
	nilm map[int]int
	zero struct{}
)

var grid = [2][3]int{{1, 2, 3}, {4, 5, 6}}
var ptrs = []*Range{{1, 1, 1}, nil, {2, 2, 2}}
var fn = double
var fns = []func(int) int{double, triple}
var gp = &counter
var iface interface{} = 42 // boxed when the program starts
var sparse = []string{5: "five", 2: "two"}

var _ = side("blank with side effect")

func side(s string) int {
	fmt.Println(s)
	return 0
}

func double(x int) int { return 2 * x }
func triple(x int) int { return 3 * x }

type Named []Range

var named = Named{{7, 8, 9}}
var upper = unicode.Upper

func main() {
	fmt.Println(table.Name, table.R, *table.Extra, table.Flags, len(table.R), cap(table.R))
	fmt.Println(alias == table, afterDynamic == table, counter, modified)
	fmt.Println(copied, snapshot)
	fmt.Println(f32, f64, c64, c128, u64, i64, i8, u16, r, b, ok, str, len(empty))
	fmt.Println(nilp == nil, nils == nil, nilm == nil, zero)
	fmt.Println(grid, *ptrs[0], ptrs[1] == nil, *ptrs[2], len(sparse), sparse[5], sparse[2])
	fmt.Println(fn(5), fns[0](7), fns[1](7), *gp, iface)
	fmt.Println(named, upper == unicode.Upper, unicode.Is(upper, 'Q'), unicode.Is(upper, 'q'))
	table.R[0].Lo = 0x30
	ptrs[0].Hi = 99
	snapshot[1] = -2
	fmt.Println(table.R[0], alias.R[0], *ptrs[0], snapshot, copied)
	table.R = append(table.R, Range{1, 2, 3})
	fmt.Println(len(table.R), cap(table.R))
	fmt.Println(unicode.IsUpper('Ä'), unicode.IsLetter('ß'), unicode.ToUpper('ß'), unicode.IsSpace('\u00a0'), unicode.In('7', unicode.Digit, unicode.Letter))
}
