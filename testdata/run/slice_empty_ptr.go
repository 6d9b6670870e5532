// An empty result of slicing keeps the operand's pointer (gc never lets it
// point past the end of the underlying memory).
package main

import (
	"fmt"
	"unsafe"
)

var five = 5

func main() {
	s := "hello"
	b := []byte{1, 2, 3, 4, 5}
	base := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	off := func(t string) uintptr { return uintptr(unsafe.Pointer(unsafe.StringData(t))) - base }
	fmt.Println(off(s[5:]), off(s[five:]), off(s[2:five]), off(s[five:five]), off(s[1:1]), off(s[2:]))
	bb := uintptr(unsafe.Pointer(&b[0]))
	boff := func(t []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(t))) - bb }
	fmt.Println(boff(b[5:]), boff(b[five:]), boff(b[2:2]), boff(b[1:3:3]), boff(b[3:3:3]), boff(b[five:five:five]))
}
