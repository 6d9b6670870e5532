// Float semantics checked with the println builtin only: float32 rounding,
// NaN and Inf comparisons, conversions.
package main

func main() {
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	println(s32, s64, s32 == 1, s64 == 1)
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	println(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308, inf-inf == inf-inf)
	println(nan, inf, -inf, -zero, 1e21, 1e-7, 123.456)
	f := -2.7
	g := 2.7
	println(int(f), int(g), int64(-1e18), uint8(int(g)), float32(f), float64(float32(0.1)))
	var big int64 = 1<<53 + 1
	println(float64(big), int64(float64(big)), float32(big))
	var c complex128 = complex(1, 2)
	println(c*c, real(c), imag(c))
	var h float32 = 16777216
	println(h+1, h+2, h*h)
}
