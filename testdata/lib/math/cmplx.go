// Every function of package math/cmplx on a fixed pool of complex inputs,
// real and imaginary parts of the results printed as IEEE 754 bits in hex.
// Go 1.23 on linux/amd64 (a CPU with FMA) printed cmplx.out.gz
// (scripts/gen-math); test/lib/math.test.ts requires gots to print exactly
// the same.
//
// Output: "z I RE IM" lines give the pool; "F I RE IM..." the results of F
// on input I (Pow on input I and the next one).
//
// NaNs print as "nan", without their bits: complex arithmetic often
// combines two NaNs (say 0*Inf times NaN()), and which one an x86
// instruction passes on depends on the order gc puts the operands in.
package main

import (
	"bufio"
	"math"
	"math/cmplx"
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

func bits(f float64) {
	if f != f {
		line = append(line, " nan"...)
		return
	}
	u := math.Float64bits(f)
	line = append(line, ' ')
	line = hex32(line, uint32(u>>32))
	line = hex32(line, uint32(u))
}

func cbits(z complex128) {
	bits(real(z))
	bits(imag(z))
}

func start(name string, i int) {
	line = append(line[:0], name...)
	line = append(line, ' ')
	line = strconv.AppendInt(line, int64(i), 10)
}

func end() {
	line = append(line, '\n')
	out.Write(line)
}

var state uint64 = 0xbb67ae8584caa73b

func next() uint64 {
	state += 0x9e3779b97f4a7c15
	z := state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func unif() float64 { return float64(next()>>11) / (1 << 53) }

type fn struct {
	name string
	f    func(complex128) complex128
}

func main() {
	defer out.Flush()
	inf, nan := math.Inf(1), math.NaN()
	parts := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -2, 3, 1e-300, -1e300, 5e-324, inf, -inf, nan, math.Pi / 2,
		-math.Pi, 1e10, 40, -40, 700, 0x1p30, 1e-8}
	var pool []complex128
	for _, a := range parts {
		for _, b := range parts {
			if next()%3 == 0 {
				pool = append(pool, complex(a, b))
			}
		}
	}
	for i := 0; i < 60; i++ {
		pool = append(pool, complex((2*unif()-1)*4, (2*unif()-1)*4))
	}
	for i := 0; i < 30; i++ {
		pool = append(pool, complex((2*unif()-1)*1e3, (2*unif()-1)*50))
	}
	for k := -4; k <= 4; k++ {
		// Near the poles of Tan and Cot, where tanSeries is used.
		pool = append(pool, complex(float64(k)*math.Pi/2+(2*unif()-1)*1e-3, (2*unif()-1)*1e-3))
		pool = append(pool, complex(float64(k)*math.Pi/2, 1e-9))
	}
	for i := 0; i < 20; i++ {
		// Near the unit circle and ±i (Atan, Asin).
		t := unif() * 2 * math.Pi
		r := 1 + (2*unif()-1)*1e-9
		pool = append(pool, cmplx.Rect(r, t))
	}
	pool = append(pool, 1i, -1i, 1+1e-10i, 1e-10+1i, complex(1e-17, 1), complex(0x1p31*math.Pi, 0.01))

	for i, z := range pool {
		start("z", i)
		cbits(z)
		end()
	}
	fns := []fn{
		{"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10}, {"Sqrt", cmplx.Sqrt}, {"Sin", cmplx.Sin},
		{"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot}, {"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh},
		{"Tanh", cmplx.Tanh}, {"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan}, {"Asinh", cmplx.Asinh},
		{"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh}, {"Conj", cmplx.Conj},
	}
	for _, f := range fns {
		for i, z := range pool {
			start(f.name, i)
			cbits(f.f(z))
			end()
		}
	}
	for i, z := range pool {
		start("Pow", i)
		cbits(cmplx.Pow(z, pool[(i+1)%len(pool)]))
		cbits(cmplx.Pow(z, complex(real(z), 0)))
		end()
		start("Abs", i)
		bits(cmplx.Abs(z))
		bits(cmplx.Phase(z))
		r, t := cmplx.Polar(z)
		bits(r)
		bits(t)
		cbits(cmplx.Rect(real(z), imag(z)))
		end()
		start("Class", i)
		c := byte('0')
		if cmplx.IsNaN(z) {
			c++
		}
		if cmplx.IsInf(z) {
			c += 2
		}
		line = append(line, ' ', c)
		end()
	}
	start("Specials", 0)
	cbits(cmplx.Inf())
	cbits(cmplx.NaN())
	end()
}
