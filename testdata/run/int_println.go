// Integer semantics checked with the println builtin only (no packages):
// wrapping, division and remainder, shifts, conversions, 64-bit hashing.
package main

func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	var i8 int8 = 127
	var u8 uint8 = 255
	var i16 int16 = -32768
	var u16 uint16 = 65535
	var i32 int32 = 2147483647
	var u32 uint32 = 0
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	i8++
	u8++
	i16--
	u16 += 2
	i32 *= 2
	u32--
	i64--
	u64 *= u64
	println(i8, u8, i16, u16, i32, u32, i64, u64)
	for _, p := range [][2]int64{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {-9223372036854775808, -1}} {
		a, b := p[0], p[1]
		println(a/b, a%b, int32(a)/int32(b), int32(a)%int32(b), int8(a)/int8(b), int8(a)%int8(b))
	}
	var m8 int8 = -128
	m1 := int8(-1)
	println(m8/m1, m8%m1)
	x := -1000
	for _, s := range []uint{0, 1, 7, 63, 64, 100} {
		println(s, x>>s, x<<s, uint64(x)>>s, int8(x)>>s, uint16(x)<<s)
	}
	v := int64(0x123456789abcdef0)
	println(int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), uint64(-v))
	println(fnv1a("hello"), int64(fnv1a("hello")), fnv1a("")^0xff)
	println(0x0f&^0x05, ^0, -7>>1, -7/2, 1<<62*2-1)
	var big uint64 = 1 << 63
	println(big, big>>1|big, big*3, big/3, big%7)
	var up uintptr = 1
	up <<= 40
	println(up, up-1)
}
