// int64 / uint64 values beyond 2^53: multiplication overflow, hashing-style
// arithmetic (FNV-1a 64, xorshift64*, splitmix64), printing with println and fmt.
package main

import "fmt"

func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func fnv1a32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

type xorshift struct{ state uint64 }

func (x *xorshift) next() uint64 {
	s := x.state
	s ^= s >> 12
	s ^= s << 25
	s ^= s >> 27
	x.state = s
	return s * 2685821657736338717
}

func splitmix(seed *uint64) uint64 {
	*seed += 0x9e3779b97f4a7c15
	z := *seed
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func main() {
	for _, s := range []string{"", "a", "foobar", "hello, world", "The quick brown fox jumps over the lazy dog"} {
		fmt.Println(fnv1a(s), fnv1a32(s))
		println(fnv1a(s), int64(fnv1a(s)))
	}
	x := &xorshift{state: 88172645463325252}
	for i := 0; i < 5; i++ {
		v := x.next()
		fmt.Println(v, int64(v), v%1000, v>>33)
	}
	seed := uint64(1234567)
	for i := 0; i < 5; i++ {
		fmt.Printf("%d %x %o\n", splitmix(&seed), seed, seed>>40)
	}
	// values near 2^53 where float64 loses precision
	a := int64(1<<53 + 1)
	fmt.Println(a, a+1, a*3, float64(a), int64(float64(a)))
	b := int64(9007199254740993)
	fmt.Println(b*b, b*1000003, b/3, b%1000)
	c := uint64(0xffffffffffffffff)
	fmt.Println(c*c, c*2, c/7, c%7, c>>1)
	d := int64(-0x7fffffffffffffff)
	fmt.Println(d*3, d*-1, d-2, d+d)
	// 64-bit multiply-high done by hand
	hi, lo := mul64(0xdeadbeefdeadbeef, 0xfeedfacefeedface)
	fmt.Println(hi, lo)
	// LCG
	var lcg uint64 = 42
	for i := 0; i < 3; i++ {
		lcg = lcg*6364136223846793005 + 1442695040888963407
		println(lcg)
	}
	var m int64 = 1
	for i := 0; i < 70; i++ {
		m *= 3
	}
	fmt.Println(m)
	println(m, -m)
}

func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0 := x & mask32
	x1 := x >> 32
	y0 := y & mask32
	y1 := y >> 32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}
