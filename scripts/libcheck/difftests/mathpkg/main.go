// Differential test: package math, bit for bit (NaN bits included), on
// millions of inputs: gots' Go implementations compiled by gc against gc's
// own math (assembly where amd64 has it). The runtime test
// (test/lib/math.test.ts) checks that gots then executes them the same way.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"os"

	gmath "gotslib/math"
	gcmplx "gotslib/math/cmplx"
)

var state uint64 = 0x2545f4914f6cdd1d

func next() uint64 {
	state += 0x9e3779b97f4a7c15
	z := state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func unif() float64 { return float64(next()>>11) / (1 << 53) }

var specials = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 0.25, 1.5, 0.75, 0.1, 1e-300, 5e-324,
	1e-310, 2.2250738585072014e-308, math.MaxFloat64, -math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(),
	math.Float64frombits(0xfff8000000000000), math.Pi, math.Pi / 2, math.Pi / 4, 1 << 29, 1 << 52, 1 << 53, 1 << 63,
	709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, -708.39, 710, -746, 1e300, -1e300,
	math.Sqrt2 / 2, 0.7071067811865475, 0.7071067811865476, 33, 33.5, 171.6, 171.7, -33.5, -170.5, 1e-9, -1e-9,
	0.84375, 1.25, 2.857142857142857, 6, 28, 2, 8, 4.5454, 2.8571, 1e9, 1e15, 1e17, 1e22, 0.9, 0.2316, 0.7316,
	1.2316, 1.7316, 1.4616321449683622, 4.5, 7.5, 1 << 58, 0x1p-70, 0x1p-28, 0x1p-29, 0x1p-54, 0x1p-56}

// input returns the i-th test input: specials, then a mix of random bit
// patterns, uniform values on several scales, integers and half-integers,
// and values next to multiples of π/4.
func input(i int) float64 {
	if i < len(specials) {
		return specials[i]
	}
	var x float64
	switch next() % 10 {
	case 0, 1:
		x = math.Float64frombits(next())
	case 2:
		x = (unif()*2 - 1) * 2
	case 3:
		x = (unif()*2 - 1) * 40
	case 4:
		x = (unif()*2 - 1) * 1000
	case 5:
		x = math.Ldexp(unif()+0.5, int(next()%2100)-1075)
		if next()%2 == 0 {
			x = -x
		}
	case 6:
		x = float64(int64(next()%400) - 200)
		if next()%2 == 0 {
			x += 0.5
		}
	case 7:
		k := float64(int64(next()%2000000) - 1000000)
		if next()%3 == 0 {
			k = float64(int64(next()%(1<<40)) - 1<<39)
		}
		x = k * (math.Pi / 4)
		x = math.Float64frombits(math.Float64bits(x) + next()%5 - 2)
	case 8:
		x = (unif()*2 - 1)
		x = x * x * x
	case 9:
		x = 1 + (unif()*2-1)*1e-6
	}
	return x
}

var fails int

func isSNaN(x float64) bool { return x != x && math.Float64bits(x)&(1<<51) == 0 }

func same(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }

func report(name string, args string, want, got float64) {
	fails++
	if fails <= 60 {
		fmt.Printf("%s(%s): want %v (%#x), got %v (%#x)\n", name, args, want, math.Float64bits(want), got, math.Float64bits(got))
	}
}

type f1 struct {
	name string
	a, b func(float64) float64
}

type f2 struct {
	name string
	a, b func(float64, float64) float64
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		fmt.Sscan(os.Args[1], &n)
	}
	ones := []f1{
		{"Sin", math.Sin, gmath.Sin}, {"Cos", math.Cos, gmath.Cos}, {"Tan", math.Tan, gmath.Tan},
		{"Asin", math.Asin, gmath.Asin}, {"Acos", math.Acos, gmath.Acos}, {"Atan", math.Atan, gmath.Atan},
		{"Sinh", math.Sinh, gmath.Sinh}, {"Cosh", math.Cosh, gmath.Cosh}, {"Tanh", math.Tanh, gmath.Tanh},
		{"Asinh", math.Asinh, gmath.Asinh}, {"Acosh", math.Acosh, gmath.Acosh}, {"Atanh", math.Atanh, gmath.Atanh},
		{"Exp", math.Exp, gmath.Exp}, {"Exp2", math.Exp2, gmath.Exp2}, {"Expm1", math.Expm1, gmath.Expm1},
		{"Log", math.Log, gmath.Log}, {"Log10", math.Log10, gmath.Log10}, {"Log2", math.Log2, gmath.Log2},
		{"Log1p", math.Log1p, gmath.Log1p}, {"Cbrt", math.Cbrt, gmath.Cbrt}, {"Erf", math.Erf, gmath.Erf},
		{"Erfc", math.Erfc, gmath.Erfc}, {"Erfinv", math.Erfinv, gmath.Erfinv}, {"Erfcinv", math.Erfcinv, gmath.Erfcinv},
		{"Gamma", math.Gamma, gmath.Gamma}, {"J0", math.J0, gmath.J0}, {"J1", math.J1, gmath.J1},
		{"Y0", math.Y0, gmath.Y0}, {"Y1", math.Y1, gmath.Y1}, {"Sqrt", math.Sqrt, gmath.Sqrt},
		{"Floor", math.Floor, gmath.Floor}, {"Ceil", math.Ceil, gmath.Ceil}, {"Trunc", math.Trunc, gmath.Trunc},
		{"Round", math.Round, gmath.Round}, {"RoundToEven", math.RoundToEven, gmath.RoundToEven},
		{"Logb", math.Logb, gmath.Logb}, {"Abs", math.Abs, gmath.Abs},
		{"Lgamma", func(x float64) float64 { v, s := math.Lgamma(x); return v * float64(s) },
			func(x float64) float64 { v, s := gmath.Lgamma(x); return v * float64(s) }},
		{"Sincos", func(x float64) float64 { s, c := math.Sincos(x); return s + 3*c },
			func(x float64) float64 { s, c := gmath.Sincos(x); return s + 3*c }},
		{"SincosS", func(x float64) float64 { s, _ := math.Sincos(x); return s },
			func(x float64) float64 { s, _ := gmath.Sincos(x); return s }},
		{"Frexp", func(x float64) float64 { f, e := math.Frexp(x); return f + float64(e) },
			func(x float64) float64 { f, e := gmath.Frexp(x); return f + float64(e) }},
		{"Modf", func(x float64) float64 { i, f := math.Modf(x); return i*3 + f },
			func(x float64) float64 { i, f := gmath.Modf(x); return i*3 + f }},
		{"Ilogb", func(x float64) float64 { return float64(math.Ilogb(x)) },
			func(x float64) float64 { return float64(gmath.Ilogb(x)) }},
	}
	twos := []f2{
		{"Atan2", math.Atan2, gmath.Atan2}, {"Pow", math.Pow, gmath.Pow}, {"Hypot", math.Hypot, gmath.Hypot},
		{"Mod", math.Mod, gmath.Mod}, {"Remainder", math.Remainder, gmath.Remainder}, {"Dim", math.Dim, gmath.Dim},
		{"Max", math.Max, gmath.Max}, {"Min", math.Min, gmath.Min}, {"Copysign", math.Copysign, gmath.Copysign},
		{"Nextafter", math.Nextafter, gmath.Nextafter},
		{"Ldexp", func(x, y float64) float64 { return math.Ldexp(x, int(y)%2200) },
			func(x, y float64) float64 { return gmath.Ldexp(x, int(y)%2200) }},
		{"Jn", func(x, y float64) float64 { return math.Jn(int(x)%40, y) }, func(x, y float64) float64 { return gmath.Jn(int(x)%40, y) }},
		{"Yn", func(x, y float64) float64 { return math.Yn(int(x)%40, y) }, func(x, y float64) float64 { return gmath.Yn(int(x)%40, y) }},
	}
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = input(i)
	}
	for _, f := range ones {
		for _, x := range xs {
			if isSNaN(x) && (f.name == "Floor" || f.name == "Ceil" || f.name == "Trunc") {
				// gc quiets signaling NaNs when it inlines ROUNDSD, not
				// when it calls math.Floor through a func value.
				continue
			}
			if w, g := f.a(x), f.b(x); !same(w, g) {
				report(f.name, fmt.Sprint(x), w, g)
			}
		}
	}
	for _, f := range twos {
		for i, x := range xs {
			y := xs[(i*7919+13)%n]
			if f.name == "Pow" && i%3 == 0 {
				y = float64(int64(next()%64) - 32)
			}
			if w, g := f.a(x, y), f.b(x, y); !same(w, g) {
				report(f.name, fmt.Sprint(x, ", ", y), w, g)
			}
		}
	}
	for i := 0; i < n; i++ {
		x, y, z := xs[i], xs[(i*31+7)%n], xs[(i*131+3)%n]
		if i%2 == 0 {
			z = -x * y * (1 + float64(int64(next()%5)-2)*0x1p-52)
		}
		if w, g := math.FMA(x, y, z), gmath.FMA(x, y, z); !same(w, g) {
			report("FMA", fmt.Sprint(x, ", ", y, ", ", z), w, g)
		}
	}
	cfns := []struct {
		name string
		a, b func(complex128) complex128
	}{
		{"cmplx.Exp", cmplx.Exp, gcmplx.Exp}, {"cmplx.Log", cmplx.Log, gcmplx.Log}, {"cmplx.Log10", cmplx.Log10, gcmplx.Log10},
		{"cmplx.Sqrt", cmplx.Sqrt, gcmplx.Sqrt}, {"cmplx.Sin", cmplx.Sin, gcmplx.Sin}, {"cmplx.Cos", cmplx.Cos, gcmplx.Cos},
		{"cmplx.Tan", cmplx.Tan, gcmplx.Tan}, {"cmplx.Sinh", cmplx.Sinh, gcmplx.Sinh}, {"cmplx.Cosh", cmplx.Cosh, gcmplx.Cosh},
		{"cmplx.Tanh", cmplx.Tanh, gcmplx.Tanh}, {"cmplx.Cot", cmplx.Cot, gcmplx.Cot}, {"cmplx.Asin", cmplx.Asin, gcmplx.Asin},
		{"cmplx.Acos", cmplx.Acos, gcmplx.Acos}, {"cmplx.Atan", cmplx.Atan, gcmplx.Atan}, {"cmplx.Asinh", cmplx.Asinh, gcmplx.Asinh},
		{"cmplx.Acosh", cmplx.Acosh, gcmplx.Acosh}, {"cmplx.Atanh", cmplx.Atanh, gcmplx.Atanh}, {"cmplx.Conj", cmplx.Conj, gcmplx.Conj},
		{"cmplx.Pow", func(x complex128) complex128 { return cmplx.Pow(x, complex(imag(x), 0.5)) },
			func(x complex128) complex128 { return gcmplx.Pow(x, complex(imag(x), 0.5)) }},
		{"cmplx.Rect", func(x complex128) complex128 { return cmplx.Rect(real(x), imag(x)) },
			func(x complex128) complex128 { return gcmplx.Rect(real(x), imag(x)) }},
		{"cmplx.Polar", func(x complex128) complex128 { r, t := cmplx.Polar(x); return complex(r, t) },
			func(x complex128) complex128 { r, t := gcmplx.Polar(x); return complex(r, t) }},
	}
	for _, f := range cfns {
		for i := 0; i < n/4; i++ {
			var x complex128
			if i%2 == 0 {
				x = complex(xs[i], xs[(i*13+5)%n])
			} else {
				// Moderate values, where Tan and Cot need their series.
				x = complex(xs[(i*3)%n]*1e-3+float64(i%7)*math.Pi/2, xs[(i*5+1)%n]*1e-3)
			}
			w, g := f.a(x), f.b(x)
			if !same(real(w), real(g)) || !same(imag(w), imag(g)) {
				fails++
				if fails <= 60 {
					fmt.Printf("%s(%v): want %v, got %v\n", f.name, x, w, g)
				}
			}
		}
	}
	if fails > 0 {
		fmt.Printf("%d mismatches\n", fails)
		os.Exit(1)
	}
}
