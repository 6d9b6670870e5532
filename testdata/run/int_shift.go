// Shifts: by counts >= the width, signed right shifts of negatives, shift
// counts of various types, and shifts of every width.
package main

import "fmt"

func main() {
	var i8 int8 = -100
	var u8 uint8 = 0xb5
	var i16 int16 = -30000
	var u16 uint16 = 0xbeef
	var i32 int32 = -2000000000
	var u32 uint32 = 0xdeadbeef
	var i64 int64 = -8000000000000000000
	var u64 uint64 = 0xfedcba9876543210
	for _, s := range []uint{0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 200} {
		fmt.Println(s, i8>>s, i8<<s, u8>>s, u8<<s, i16>>s, i16<<s, u16>>s, u16<<s)
		fmt.Println(s, i32>>s, i32<<s, u32>>s, u32<<s, i64>>s, i64<<s, u64>>s, u64<<s)
	}
	// shift counts of various types
	var c8 uint8 = 3
	var c16 int16 = 4
	var c32 int32 = 5
	var c64 uint64 = 6
	var ci int = 7
	var cu uintptr = 8
	x := 1000
	fmt.Println(x<<c8, x<<c16, x<<c32, x<<c64, x<<ci, x<<cu)
	fmt.Println(x>>c8, x>>c16, x>>c32, x>>c64, x>>ci, x>>cu)
	// big counts of small types
	var c8b uint8 = 255
	fmt.Println(x<<c8b, x>>c8b, -x>>c8b)
	var cbig uint64 = 1 << 40
	fmt.Println(x<<cbig, -x>>cbig)
	// shifted values that become negative or wrap
	one := 1
	fmt.Println(one<<62, one<<63, one<<64)
	var o32 int32 = 1
	fmt.Println(o32<<30, o32<<31, o32<<32)
	// op-assign shifts
	v := uint32(1)
	for i := 0; i < 5; i++ {
		v <<= 7
		fmt.Print(v, " ")
	}
	fmt.Println()
	w := int64(-1)
	w <<= 63
	fmt.Println(w, w>>62, w>>63, uint64(w)>>63)
	// constants
	const k = 1 << 100 >> 98
	fmt.Println(k, 1<<10, -1<<3, -16>>2)
	println(i8>>2, u64>>60, i64>>60)
}
