// unsafe.Slice and unsafe.String check their arguments as the runtime does
// (nil pointer with a length, negative or overflowing lengths), and len and
// cap of an array or array pointer that is not constant evaluate their
// operand (its calls and receives run; a nil pointer is not dereferenced).
package main

import (
	"fmt"
	"math"
	"unsafe"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %v\n", name, err)
			return
		}
		fmt.Printf("%s: no panic\n", name)
	}()
	f()
}

var calls int

func arr() *[40]int {
	calls++
	return nil
}

func val() [7]string {
	calls++
	return [7]string{}
}

var n1 = len(arr())

func main() {
	var p [10]byte
	s := unsafe.Slice(&p[0], len(p))
	fmt.Println(len(s), cap(s), &s[0] == &p[0], unsafe.Slice((*int)(nil), 0) == nil)
	fmt.Println(unsafe.String(&p[0], 3) == "\x00\x00\x00", unsafe.String(nil, 0) == "")
	try("slice nil", func() { _ = unsafe.Slice((*int)(nil), 1) })
	neg := -1
	try("slice negative", func() { _ = unsafe.Slice(new(byte), neg) })
	var big uint64 = math.MaxUint64
	try("slice MaxUint64", func() { _ = unsafe.Slice(new(byte), big) })
	try("slice too large", func() { _ = unsafe.Slice(new(uint64), uint64(1)<<61) })
	try("slice zero-size", func() { _ = unsafe.Slice(new(struct{}), 1<<40) })
	try("slice zero-size nil", func() { _ = unsafe.Slice((*struct{})(nil), 1) })
	try("string nil", func() { _ = unsafe.String(nil, 1) })
	try("string negative", func() { _ = unsafe.String(new(byte), neg) })
	try("string MaxUint64", func() { _ = unsafe.String(new(byte), big) })

	fmt.Println(n1, calls)
	c := make(chan *[50]int, 1)
	c <- nil
	fmt.Println(len(arr()), cap(arr()), len(val()), len(<-c), calls, len(c))
}
