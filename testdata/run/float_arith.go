// float64 and float32 rounding after every operation.
package main

import "fmt"

func main() {
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64, s32 == 1, s64 == 1)
	var t32 float32
	for i := 0; i < 1000000; i++ {
		t32 += 0.1
	}
	fmt.Println(t32)
	// float32 products rounded after each op
	var p32 float32 = 1
	var p64 float64 = 1
	for i := 0; i < 20; i++ {
		p32 = p32*1.1 + 0.3
		p64 = p64*1.1 + 0.3
	}
	fmt.Println(p32, p64, float64(p32))
	a32, b32 := float32(16777216), float32(1)
	fmt.Println(a32+b32, a32+b32+b32, a32+2*b32)
	var x32 float32 = 1.0 / 3.0
	fmt.Println(x32, float64(x32), x32*3, float64(x32)*3)
	var d32 float32 = 2
	var e32 float32 = 3
	fmt.Println(d32/e32, float64(d32/e32), d32/e32*e32)
	f := 0.1
	g := 0.2
	fmt.Println(f+g, f+g == 0.3, f*3, 1-0.9, 100*1.1)
	m := 1e308
	fmt.Println(m*10, -m*10, 5e-324/2, 5e-324)
	var tiny32 float32 = 1e-45
	fmt.Println(tiny32, tiny32/2, tiny32*1e38*1e38)
	// negative zero
	nz := -0.0 // constant: positive zero
	z := 0.0
	nz2 := -z
	fmt.Println(nz, nz2, 1/nz2, z == nz2)
	// integer valued floats
	fmt.Println(3.0, 1e20, 1e21, 123456789.0, 1.5e-5, 0.0001, 0.00001)
	fmt.Println(float32(3.0), float32(1e20), float32(1e21), float32(16777217))
	// mixed rounding in expressions
	h := 1e16
	fmt.Println(h+1, h+2, h+1-h, (h+1)+1)
	var k float32 = 1e8
	fmt.Println(k+1, k+4, k+5)
	// division
	fmt.Println(1.0/3, 2.0/3, 10.0/4, -7.5/2)
	var q32 float32 = 10
	fmt.Println(q32/3, q32/7)
	println(s32, s64, p32, x32, f+g)
}
