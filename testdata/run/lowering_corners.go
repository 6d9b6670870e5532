// Corner cases of lowering: return with swapped named results, ranging
// over a nil array pointer without reading elements, builtins applied to a
// multi-value call, blank struct fields in literals, zero-size slices of
// any length, append values read from the memory it writes, the package
// of unsafe.Pointer.
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

func swap() (a, b int) {
	a, b = 1, 2
	fmt.Print("")
	return b, a
}

func swapS() (x, y string) {
	x, y = "x", "y"
	return y, x
}

func pair() (float64, float64)      { return 5, 7 }
func strs() ([]string, string)      { return []string{"foo"}, "bar" }
func bs() ([]byte, byte, byte)      { return []byte{'a'}, '1', '2' }
func one() []int                    { return []int{1} }
func cnt(n *int) int                { *n++; return *n }
func pc32() (float32, float32)      { return 1.5, -2 }

var g = struct{ a, _, c int }{1, 2, 3}

type E struct{}

func main() {
	fmt.Println(swap())
	fmt.Println(swapS())

	var arr *[4]int
	s := 0
	for i := range arr {
		s += i
	}
	for i, _ := range arr {
		s += i
	}
	fmt.Println(s)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for _, v := range arr {
			s += v
		}
	}()

	fmt.Println(complex(pair()), append(strs()), string(append(bs())), append(one()))
	var c64 complex64 = complex(pc32())
	fmt.Println(c64)

	n := 0
	l := struct{ a, _, c int }{1, cnt(&n), 3}
	fmt.Println(reflect.ValueOf(l).Field(1).Int(), reflect.ValueOf(g).Field(1).Int(), n, l.a, l.c)

	const maxInt = int(^uint(0) >> 1)
	big := make([]E, maxInt)
	fmt.Println(len(big) == maxInt)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		big = append(big, E{})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		big = append(big, make([]E, 1)...)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		neg := -1
		_ = make([]E, neg)
	}()

	sb := make([]byte, 5, 6)
	copy(sb, "12346")
	sb = append(sb[:len(sb)-1], '5', sb[len(sb)-1])
	fmt.Println(string(sb))
	up := reflect.TypeOf(unsafe.Pointer(nil))
	fmt.Println(up.PkgPath(), up.Name(), up.String(), reflect.TypeOf(new(unsafe.Pointer)).PkgPath() == "")
}
