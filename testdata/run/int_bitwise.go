// Bitwise operations on every width, including &^ and unary ^.
package main

import "fmt"

func main() {
	var a8, b8 int8 = -86, 0x3c
	var u8, v8 uint8 = 0xaa, 0x3c
	fmt.Println(a8&b8, a8|b8, a8^b8, a8&^b8, ^a8, ^b8)
	fmt.Println(u8&v8, u8|v8, u8^v8, u8&^v8, ^u8, ^v8)
	var a16, b16 int16 = -21846, 0x0ff0
	var u16, v16 uint16 = 0xaaaa, 0x0ff0
	fmt.Println(a16&b16, a16|b16, a16^b16, a16&^b16, ^a16)
	fmt.Println(u16&v16, u16|v16, u16^v16, u16&^v16, ^u16)
	var a32, b32 int32 = -1431655766, 0x00ffff00
	var u32, v32 uint32 = 0xaaaaaaaa, 0x00ffff00
	fmt.Println(a32&b32, a32|b32, a32^b32, a32&^b32, ^a32)
	fmt.Println(u32&v32, u32|v32, u32^v32, u32&^v32, ^u32)
	var a64, b64 int64 = -6148914691236517206, 0x0000ffffffff0000
	var u64, v64 uint64 = 0xaaaaaaaaaaaaaaaa, 0x0000ffffffff0000
	fmt.Println(a64&b64, a64|b64, a64^b64, a64&^b64, ^a64)
	fmt.Println(u64&v64, u64|v64, u64^v64, u64&^v64, ^u64)
	var up uintptr = 0xf0f0
	fmt.Println(up&0xff, up|1, up^0xffff, up&^0xf000, ^up)
	x := 0x12345678
	x &^= 0xff
	x |= 3
	x ^= 0x10000000
	x &= 0x7fffffff
	fmt.Println(x)
	// popcount by hand
	count := 0
	for n := u64; n != 0; n &= n - 1 {
		count++
	}
	fmt.Println("popcount", count)
	fmt.Printf("%x %x %x\n", u64&^v64, ^uint32(0), ^int64(0))
}
