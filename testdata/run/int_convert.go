// Conversions between all integer widths and signedness.
package main

import "fmt"

func main() {
	vals := []int64{0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536,
		2147483647, 2147483648, -2147483649, 4294967295, 4294967296, 9223372036854775807, -9223372036854775808,
		0x123456789abcdef0, -0x123456789abcdef0}
	for _, v := range vals {
		fmt.Println(v, int8(v), int16(v), int32(v), uint8(v), uint16(v), uint32(v), uint64(v), uintptr(v), int(v), uint(v))
	}
	// widening keeps sign for signed, zero-extends for unsigned
	var i8 int8 = -5
	var u8 uint8 = 251
	fmt.Println(int16(i8), int32(i8), int64(i8), uint16(i8), uint32(i8), uint64(i8))
	fmt.Println(int16(u8), int32(u8), int64(u8), uint16(u8), uint32(u8), uint64(u8), int8(u8))
	var i32 int32 = -123456
	fmt.Println(int64(i32), uint64(i32), uint32(i32), int16(i32), uint16(i32), int8(i32), uint8(i32))
	var u32 uint32 = 4000000000
	fmt.Println(int64(u32), int32(u32), uint64(u32), int(u32))
	var u64 uint64 = 18446744073709551615
	fmt.Println(int64(u64), int32(u64), uint32(u64), int8(u64), float64(u64))
	// chained
	m1, c200, all := -1, 200, uint64(0xffffffff)
	fmt.Println(uint8(int8(m1)), int8(uint8(c200)), uint16(int8(m1)), int64(uint32(int32(m1))), int64(int32(uint32(all))))
	// byte and rune
	var b byte = 'z'
	var r rune = 'é'
	fmt.Println(b, r, byte(r), rune(b), int(r), string(r))
	// arithmetic in the narrower type after conversion
	x := 300
	fmt.Println(uint8(x)+uint8(x), int8(x)*int8(x), uint16(x*x*x))
}
