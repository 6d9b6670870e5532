// Integer arithmetic of every width wraps on overflow.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8", i8, i8-1, -i8)
	var i8b int8 = -128
	i8b--
	fmt.Println("int8 min-1", i8b)
	var i8m int8 = 100
	i8m *= 3
	fmt.Println("int8 mul", i8m)

	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16", i16)
	var i16m int16 = 300
	i16m *= 300
	fmt.Println("int16 mul", i16m)

	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32", i32, -i32)
	var i32m int32 = 123456789
	i32m *= 1000
	fmt.Println("int32 mul", i32m)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64", i64, -i64)
	var i64m int64 = 3037000500
	i64m *= 3037000500
	fmt.Println("int64 mul", i64m)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8", u8)
	var u8b uint8 = 0
	u8b--
	fmt.Println("uint8 0-1", u8b, -u8b)
	var u8m uint8 = 16
	u8m *= 17
	fmt.Println("uint8 mul", u8m)

	var u16 uint16 = 65535
	u16 += 3
	fmt.Println("uint16", u16)
	var u16m uint16 = 1000
	u16m *= 1000
	fmt.Println("uint16 mul", u16m)

	var u32 uint32 = 4294967295
	u32++
	fmt.Println("uint32", u32)
	var u32m uint32 = 4000000000
	u32m *= 3
	fmt.Println("uint32 mul", u32m)
	var u32n uint32 = 5
	fmt.Println("uint32 neg", -u32n)

	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64", u64)
	var u64m uint64 = 0xdeadbeefcafebabe
	u64m *= 0x123456789
	fmt.Println("uint64 mul", u64m)
	var u64n uint64 = 1
	fmt.Println("uint64 neg", -u64n)

	var up uintptr = 0
	up--
	fmt.Println("uintptr", up, up+2)

	var n int = 9223372036854775807
	n++
	fmt.Println("int", n)
	var un uint = 0
	un -= 1
	fmt.Println("uint", un)

	// loops that wrap
	var c uint8
	steps := 0
	for c = 250; c != 4; c++ {
		steps++
	}
	fmt.Println("steps", steps)

	var acc int32 = 1
	for i := 0; i < 40; i++ {
		acc = acc*3 + 7
	}
	fmt.Println("acc32", acc)
	var acc16 int16 = 1
	for i := 0; i < 40; i++ {
		acc16 = acc16*5 - 3
	}
	fmt.Println("acc16", acc16)
	var accu16 uint16 = 1
	for i := 0; i < 40; i++ {
		accu16 = accu16*7 + 11
	}
	fmt.Println("accu16", accu16)
	println("println", i8, i16, i32, i64, u8, u16, u32, u64, up)
}
