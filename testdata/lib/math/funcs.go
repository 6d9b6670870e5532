// Every function of package math on a fixed pool of inputs, results printed
// as their IEEE 754 bits in hex (NaN payloads and signs of zeros included).
// Go 1.23 on linux/amd64 (a CPU with FMA) printed funcs.out.gz
// (scripts/gen-math); test/lib/math.test.ts requires gots to print exactly
// the same.
//
// Output:
//
//	x I BITS              the pool: input I is the float64 with these bits
//	F I R...              unary function F on input I: its results
//	F I J R...            binary function F on inputs I, J
//	F N I R...            Jn, Yn, Ldexp, Pow10 etc. on int N (and input I)
//	FMA X Y Z R           bits of the operands and result
//
// Floats are hex bits; ints decimal; bools 0 or 1.
package main

import (
	"bufio"
	"math"
	"os"
	"strconv"
)

var out = bufio.NewWriterSize(os.Stdout, 1<<16)
var line []byte

const digits = "0123456789abcdef"

func hex32(b []byte, v uint32) []byte {
	for s := 28; s >= 0; s -= 4 {
		b = append(b, digits[(v>>uint(s))&15])
	}
	return b
}

// bits appends " " and f's bits as 16 hex digits.
func bits(f float64) {
	u := math.Float64bits(f)
	line = append(line, ' ')
	line = hex32(line, uint32(u>>32))
	line = hex32(line, uint32(u))
}

func num(n int) {
	line = append(line, ' ')
	line = strconv.AppendInt(line, int64(n), 10)
}

func start(name string) { line = append(line[:0], name...) }

func end() {
	line = append(line, '\n')
	out.Write(line)
}

// splitmix64, for a reproducible pool.
var state uint64 = 0x6a09e667f3bcc909

func next() uint64 {
	state += 0x9e3779b97f4a7c15
	z := state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func intn(n int) int { return int(next() % uint64(n)) }

// unif is uniform in [0, 1).
func unif() float64 { return float64(next()>>11) / (1 << 53) }

// ulps moves x by d units in the last place (through zero too).
func ulps(x float64, d int) float64 {
	for ; d > 0; d-- {
		x = math.Nextafter(x, math.Inf(1))
	}
	for ; d < 0; d++ {
		x = math.Nextafter(x, math.Inf(-1))
	}
	return x
}

var pool []float64

func add(xs ...float64) {
	for _, x := range xs {
		pool = append(pool, x, -x)
	}
}

func buildPool() {
	nan := math.NaN()
	add(0, 1, 2, 3, 0.5, 0.25, 0.75, 1.5, 2.5, 0.1, 0.3, 10, 100, 1e10, 1e20, 1e100, 1e300, 1e-5, 1e-10, 1e-100, 1e-300,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 1e-310, 2.2250738585072014e-308, 2.225073858507201e-308, 1e-320,
		math.Inf(1), nan, math.Float64frombits(0x7ff8dead0000beef), math.E, math.Pi, math.Pi/2, math.Pi/4, 3*math.Pi/4,
		math.Sqrt2, math.Sqrt2/2, math.Ln2, 1<<29, 1<<29+0.5, 1<<52, 1<<52+1, 1<<53, 1<<53+2, 0x1p63, 0x1p64, 0x1p1023,
		0x1p-28, 0x1p-29, 0x1p-54, 0x1p-56, 0x1p-70, 0x1p-1022, 0x1p-1074, 0x1p-1023,
		// exp and expm1 limits
		709.782712893384, 709.7827128933841, 709.78, 708.39, 745.1332191019411, 745.1332191019412, 744.44, 746, 1075,
		1023.9999999999999, 1024, 1074, 1074.5, 38.816242111356935, 1.0397207708399179, 0.34657359027997264, 21, 22, 44.014845965556525,
		// log, log1p (Log(0x1.6a09e667f3bcdp31) depends on f1 <= √2/2 being inclusive)
		0.7071067811865475, 0.7071067811865476, 0x1.6a09e667f3bcdp31, 1.0000000000000002, 0.9999999999999999, 0.41421356237309503, 0.2928932188134524,
		// erf
		0.84375, 1.25, 2.857142857142857, 2.857142857142858, 6, 28, 5.9, 27.9, 0x1p-57, 2.848094538889218e-306,
		// gamma, lgamma
		33, 33.5, 34.7, 143.01608, 150, 171.6, 171.7, 180, 200, 1e-9, 1.1e-9, 0.9e-9, 4.5, 7.5, 7.99, 8, 1<<58, 1.4616321449683622,
		0.2316, 0.7316, 0.9, 1.2316, 1.7316, 2.0000000000000004, 170.5, 184.5, 0.4999999999999999,
		// bessel
		2.8571, 4.5454, 8.5, 0x1p129, 0x1p130, 0x1p302, 0x1p303, 1e-8, 7.450580596923828e-09,
		// erfinv
		0.85, 0.999, 0.9999999, 1-0x1p-53, 0.5000000000000001,
	)
	// One signaling NaN (gc quiets it in ROUNDSD but not in archFloor, so
	// Floor, Ceil and Trunc skip it).
	pool = append(pool, math.Float64frombits(0x7ff4000000000001))
	// Next to multiples of π/4, small and large.
	for _, k := range []float64{1, 2, 3, 4, 5, 6, 7, 8, 10, 13, 100, 1001, 65536, 1e6, 5e7, 1 << 30, 1e12, 1 << 40, 1e15} {
		x := k * (math.Pi / 4)
		for d := -2; d <= 2; d++ {
			pool = append(pool, ulps(x, d))
		}
	}
	// Near the negative integers (Gamma, Lgamma).
	for _, k := range []float64{1, 2, 3, 10, 33, 34, 100, 170, 171, 180} {
		pool = append(pool, ulps(-k, -1), ulps(-k, 1), -k+0.5, -k+1e-7)
	}
	// Random: bit patterns, several scales, integers and halves.
	for i := 0; i < 80; i++ {
		pool = append(pool, math.Float64frombits(next()))
	}
	for _, scale := range []float64{1, 2, 4, 10, 40, 700, 1e6} {
		for i := 0; i < 40; i++ {
			pool = append(pool, (2*unif()-1)*scale)
		}
	}
	for i := 0; i < 40; i++ {
		pool = append(pool, math.Ldexp(0.5+unif(), intn(2098)-1074))
	}
	for i := 0; i < 40; i++ {
		x := float64(intn(300) - 150)
		if i%2 == 1 {
			x += 0.5
		}
		pool = append(pool, x)
	}
	for i := 0; i < 30; i++ {
		pool = append(pool, 1+(2*unif()-1)*1e-7, unif()*1e-8)
	}
}

// Natives (Sqrt, Floor, Ceil, Trunc, Mod) are wrapped in function
// literals: gots cannot use a native as a func value yet.

type unary struct {
	name string
	f    func(float64) float64
}

type binary struct {
	name string
	f    func(float64, float64) float64
}

func isSNaN(x float64) bool { return x != x && math.Float64bits(x)&(1<<51) == 0 }

// partner is the second operand of binary functions for input i: another
// input of the pool, picked with a stride.
func partner(i int) int { return (i*37 + 11) % len(pool) }

func main() {
	defer out.Flush()
	buildPool()
	for i, x := range pool {
		start("x")
		num(i)
		bits(x)
		end()
	}

	unaries := []unary{
		{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin}, {"Asinh", math.Asinh},
		{"Atan", math.Atan}, {"Atanh", math.Atanh}, {"Cbrt", math.Cbrt}, {"Ceil", func(x float64) float64 { return math.Ceil(x) }}, {"Cos", math.Cos},
		{"Cosh", math.Cosh}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfcinv", math.Erfcinv}, {"Erfinv", math.Erfinv},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Floor", func(x float64) float64 { return math.Floor(x) }}, {"Gamma", math.Gamma},
		{"J0", math.J0}, {"J1", math.J1}, {"Log", math.Log}, {"Log10", math.Log10}, {"Log1p", math.Log1p},
		{"Log2", math.Log2}, {"Logb", math.Logb}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Sin", math.Sin}, {"Sinh", math.Sinh}, {"Sqrt", func(x float64) float64 { return math.Sqrt(x) }}, {"Tan", math.Tan}, {"Tanh", math.Tanh},
		{"Trunc", func(x float64) float64 { return math.Trunc(x) }}, {"Y0", math.Y0}, {"Y1", math.Y1},
	}
	for _, u := range unaries {
		for i, x := range pool {
			if isSNaN(x) && (u.name == "Floor" || u.name == "Ceil" || u.name == "Trunc") {
				continue
			}
			start(u.name)
			num(i)
			bits(u.f(x))
			end()
		}
	}

	// Unary functions with several results or non-float ones.
	for i, x := range pool {
		start("Frexp")
		num(i)
		f, e := math.Frexp(x)
		bits(f)
		num(e)
		end()
		start("Modf")
		num(i)
		ip, fp := math.Modf(x)
		bits(ip)
		bits(fp)
		end()
		start("Lgamma")
		num(i)
		lg, sign := math.Lgamma(x)
		bits(lg)
		num(sign)
		end()
		start("Sincos")
		num(i)
		s, c := math.Sincos(x)
		bits(s)
		bits(c)
		end()
		start("Ilogb")
		num(i)
		num(math.Ilogb(x))
		end()
		start("Class")
		num(i)
		for _, b := range []bool{math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1), math.Signbit(x)} {
			if b {
				num(1)
			} else {
				num(0)
			}
		}
		end()
		start("Float32")
		num(i)
		f32 := float32(x)
		num(int(math.Float32bits(f32)))
		bits(float64(math.Float32frombits(math.Float32bits(f32) ^ 1)))
		if !math.IsNaN(x) {
			num(int(math.Float32bits(math.Nextafter32(f32, float32(math.Inf(1))))))
			num(int(math.Float32bits(math.Nextafter32(f32, 0))))
		}
		end()
	}

	binaries := []binary{
		{"Atan2", math.Atan2}, {"Copysign", math.Copysign}, {"Dim", math.Dim}, {"Hypot", math.Hypot},
		{"Max", math.Max}, {"Min", math.Min}, {"Mod", func(x, y float64) float64 { return math.Mod(x, y) }}, {"Nextafter", math.Nextafter}, {"Pow", math.Pow},
		{"Remainder", math.Remainder},
	}
	for _, b := range binaries {
		for i, x := range pool {
			j := partner(i)
			start(b.name)
			num(i)
			num(j)
			bits(b.f(x, pool[j]))
			end()
		}
	}
	// Pow on small integer and half-integer exponents, and Pow's special
	// bases.
	for i, x := range pool {
		if i%3 != 0 {
			continue
		}
		for _, y := range []float64{-3, -2, -1, -0.5, 0.5, 2, 3, 7, 10, 0.3, 1.5, 64, 1e10, 1 << 63, math.Inf(1)} {
			start("PowY")
			num(i)
			bits(y)
			bits(math.Pow(x, y))
			end()
		}
	}
	for _, x := range []float64{0, math.Copysign(0, -1), 1, -1, math.Inf(1), math.Inf(-1), 0.5, -0.5, 2, -2} {
		for j, y := range pool {
			if j%4 != 0 {
				continue
			}
			start("PowX")
			bits(x)
			num(j)
			bits(math.Pow(x, y))
			end()
		}
	}

	// Functions of an int and a float.
	for i, x := range pool {
		if i%2 != 0 {
			continue
		}
		for _, n := range []int{-5, -2, -1, 2, 3, 10, 40} {
			start("Jn")
			num(n)
			num(i)
			bits(math.Jn(n, x))
			end()
			start("Yn")
			num(n)
			num(i)
			bits(math.Yn(n, x))
			end()
		}
		for _, e := range []int{-1100, -1074, -1060, -60, 0, 1000, 2100} {
			start("Ldexp")
			num(e)
			num(i)
			bits(math.Ldexp(x, e))
			end()
		}
	}
	for n := -330; n <= 312; n++ {
		start("Pow10")
		num(n)
		bits(math.Pow10(n))
		end()
	}
	start("Specials")
	bits(math.Inf(1))
	bits(math.Inf(-1))
	bits(math.NaN())
	end()

	// FMA: random operands from the pool, products cancelled by z to a few
	// ulps, products halfway between floats, and tiny results.
	fma := func(x, y, z float64) {
		start("FMA")
		bits(x)
		bits(y)
		bits(z)
		bits(math.FMA(x, y, z))
		end()
	}
	for i := 0; i < 400; i++ {
		fma(pool[intn(len(pool))], pool[intn(len(pool))], pool[intn(len(pool))])
	}
	for i := 0; i < 400; i++ {
		x := math.Ldexp(0.5+unif(), intn(200)-100)
		y := math.Ldexp(0.5+unif(), intn(200)-100)
		if intn(2) == 0 {
			y = -y
		}
		z := -x * y
		switch intn(4) {
		case 0:
			z = ulps(z, intn(5)-2)
		case 1:
			z = math.Ldexp(z, -53-intn(10))
		case 2:
			z = -z
		}
		fma(x, y, z)
	}
	for i := 0; i < 200; i++ {
		// Odd 27-bit mantissas: 53 or 54-bit products, often exact ties
		// against a z of a nearby scale.
		x := math.Ldexp(float64(next()%(1<<27)|1|1<<26), intn(40)-60)
		y := math.Ldexp(float64(next()%(1<<27)|1|1<<26), intn(40)-60)
		p := x * y
		z := math.Ldexp(1, math.Ilogb(p)-intn(60))
		if intn(2) == 0 {
			z = -z
		}
		fma(x, y, z)
	}
	for i := 0; i < 100; i++ {
		// Results near or below the smallest normal.
		x := math.Ldexp(0.5+unif(), -500-intn(80))
		y := math.Ldexp(0.5+unif(), -500-intn(80))
		z := math.Ldexp(0.5+unif(), -1022-intn(60))
		if intn(2) == 0 {
			z = -z
		}
		if intn(3) == 0 {
			z = -x * y
			z = ulps(z, intn(3)-1)
		}
		fma(x, y, z)
	}
	// Overflowing products, infinities, zeros and NaNs.
	specials := []float64{0, math.Copysign(0, -1), 1, -1, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(),
		math.Float64frombits(0x7ff8dead0000beef), 5e-324, 1e300, -1e-300}
	for _, x := range specials {
		for _, y := range specials {
			for _, z := range specials {
				fma(x, y, z)
			}
		}
	}
}
