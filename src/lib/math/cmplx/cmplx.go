// Package cmplx provides basic constants and mathematical functions for
// complex numbers, built on package math. Pure Go, no natives: Go's
// algorithms (mostly Cephes'), so that results are Go's bit for bit.
package cmplx

import (
	"math"
	"math/bits"
)

// Abs returns the absolute value (modulus) of x.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Phase returns the phase (argument) of x, in the range [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the absolute value r and phase θ of x.
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number with polar coordinates r, θ.
func Rect(r, θ float64) complex128 {
	s, c := math.Sincos(θ)
	return complex(r*c, r*s)
}

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns a complex "not-a-number" value.
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// IsInf reports whether either real(x) or imag(x) is an infinity.
func IsInf(x complex128) bool {
	return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0)
}

// IsNaN reports whether either real(x) or imag(x) is NaN and neither is an
// infinity.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// Exp returns e**x, the base-e exponential of x.
func Exp(x complex128) complex128 {
	a, b := real(x), imag(x)
	if math.IsInf(a, 0) {
		if a > 0 && b == 0 {
			return x
		}
		if math.IsInf(b, 0) || math.IsNaN(b) {
			if a < 0 {
				return complex(0, math.Copysign(0, b))
			}
			return complex(math.Inf(1), math.NaN())
		}
	} else if math.IsNaN(a) && b == 0 {
		return complex(math.NaN(), b)
	}
	m := math.Exp(a)
	s, c := math.Sincos(b)
	return complex(m*c, m*s)
}

// Log returns the natural logarithm of x.
func Log(x complex128) complex128 {
	return complex(math.Log(Abs(x)), Phase(x))
}

// Log10 returns the decimal logarithm of x.
func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

// Sqrt returns the square root of x, with real part >= 0 (the algorithm of
// Cephes' csqrt, as Go's): √x = t + i*r with t = √((|x|+re)/2) and r =
// im/(2t) (or the reverse for re <= 0), computed on x scaled by 1/4 (large)
// or 2**54 (small) and scaled back.
func Sqrt(x complex128) complex128 {
	a, b := real(x), imag(x)
	if b == 0 {
		switch {
		case a == 0:
			return complex(0, b)
		case a < 0:
			return complex(0, math.Copysign(math.Sqrt(-a), b))
		}
		return complex(math.Sqrt(a), b)
	}
	if math.IsInf(b, 0) {
		return complex(math.Inf(1.0), b)
	}
	if a == 0 {
		if b < 0 {
			r := math.Sqrt(-0.5 * b)
			return complex(r, -r)
		}
		r := math.Sqrt(0.5 * b)
		return complex(r, r)
	}
	var scale float64
	if math.Abs(a) > 4 || math.Abs(b) > 4 {
		a *= 0.25
		b *= 0.25
		scale = 2
	} else {
		a *= 1.8014398509481984e16 // 2**54
		b *= 1.8014398509481984e16
		scale = 7.450580596923828125e-9 // 2**-27
	}
	r := math.Hypot(a, b)
	var t float64
	if a > 0 {
		t = math.Sqrt(0.5*r + 0.5*a)
		r = scale * math.Abs((0.5*b)/t)
		t *= scale
	} else {
		r = math.Sqrt(0.5*r - 0.5*a)
		t = scale * math.Abs((0.5*b)/r)
		r *= scale
	}
	if b < 0 {
		return complex(t, -r)
	}
	return complex(t, r)
}

// Pow returns x**y, the base-x exponential of y.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		switch r, i := real(y), imag(y); {
		case r == 0:
			return 1
		case r < 0:
			if i == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		return 0
	}
	mod := Abs(x)
	if mod == 0 {
		return 0
	}
	arg := Phase(x)
	m := math.Pow(mod, real(y))
	angle := real(y) * arg
	if imag(y) != 0 {
		m *= math.Exp(-imag(y) * arg)
		angle += imag(y) * math.Log(mod)
	}
	s, c := math.Sincos(angle)
	return complex(m*c, m*s)
}

// sinhcosh returns sinh(x) and cosh(x).
func sinhcosh(x float64) (sh, ch float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	e := math.Exp(x)
	ei := 0.5 / e
	e *= 0.5
	return e - ei, e + ei
}

// Sin returns the sine of x.
func Sin(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0 && (math.IsInf(a, 0) || math.IsNaN(a)):
		return complex(math.NaN(), b)
	case math.IsInf(b, 0):
		if a == 0 {
			return x
		}
		if math.IsInf(a, 0) || math.IsNaN(a) {
			return complex(math.NaN(), b)
		}
	case a == 0 && math.IsNaN(b):
		return x
	}
	s, c := math.Sincos(a)
	sh, ch := sinhcosh(b)
	return complex(s*ch, c*sh)
}

// Sinh returns the hyperbolic sine of x.
func Sinh(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case a == 0 && (math.IsInf(b, 0) || math.IsNaN(b)):
		return complex(a, math.NaN())
	case math.IsInf(a, 0):
		if b == 0 {
			return x
		}
		if math.IsInf(b, 0) || math.IsNaN(b) {
			return complex(a, math.NaN())
		}
	case b == 0 && math.IsNaN(a):
		return complex(math.NaN(), b)
	}
	s, c := math.Sincos(b)
	sh, ch := sinhcosh(a)
	return complex(c*sh, s*ch)
}

// Cos returns the cosine of x.
func Cos(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0 && (math.IsInf(a, 0) || math.IsNaN(a)):
		return complex(math.NaN(), -b*math.Copysign(0, a))
	case math.IsInf(b, 0):
		if a == 0 {
			return complex(math.Inf(1), -a*math.Copysign(0, b))
		}
		if math.IsInf(a, 0) || math.IsNaN(a) {
			return complex(math.Inf(1), math.NaN())
		}
	case a == 0 && math.IsNaN(b):
		return complex(math.NaN(), 0)
	}
	s, c := math.Sincos(a)
	sh, ch := sinhcosh(b)
	return complex(c*ch, -s*sh)
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case a == 0 && (math.IsInf(b, 0) || math.IsNaN(b)):
		return complex(math.NaN(), a*math.Copysign(0, b))
	case math.IsInf(a, 0):
		if b == 0 {
			return complex(math.Inf(1), b*math.Copysign(0, a))
		}
		if math.IsInf(b, 0) || math.IsNaN(b) {
			return complex(math.Inf(1), math.NaN())
		}
	case b == 0 && math.IsNaN(a):
		return complex(math.NaN(), b)
	}
	s, c := math.Sincos(b)
	sh, ch := sinhcosh(a)
	return complex(c*ch, s*sh)
}

// Tan returns the tangent of x: (sin 2a + i sinh 2b) / (cos 2a + cosh 2b),
// the denominator by a power series where it cancels (near the poles).
func Tan(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case math.IsInf(b, 0):
		if math.IsInf(a, 0) || math.IsNaN(a) {
			return complex(math.Copysign(0, a), math.Copysign(1, b))
		}
		return complex(math.Copysign(0, math.Sin(2*a)), math.Copysign(1, b))
	case a == 0 && math.IsNaN(b):
		return x
	}
	d := math.Cos(2*a) + math.Cosh(2*b)
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*a)/d, math.Sinh(2*b)/d)
}

// Tanh returns the hyperbolic tangent of x: (sinh 2a + i sin 2b) / (cosh 2a
// + cos 2b).
func Tanh(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case math.IsInf(a, 0):
		if math.IsInf(b, 0) || math.IsNaN(b) {
			return complex(math.Copysign(1, a), math.Copysign(0, b))
		}
		return complex(math.Copysign(1, a), math.Copysign(0, math.Sin(2*b)))
	case b == 0 && math.IsNaN(a):
		return x
	}
	d := math.Cosh(2*a) + math.Cos(2*b)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*a)/d, math.Sin(2*b)/d)
}

// Cot returns the cotangent of x: (sin 2a - i sinh 2b) / (cosh 2b - cos 2a).
func Cot(x complex128) complex128 {
	d := math.Cosh(2*imag(x)) - math.Cos(2*real(x))
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*real(x))/d, -math.Sinh(2*imag(x))/d)
}

// reducePi returns x reduced to [-π/2, π/2] modulo π: Cody-Waite with π in
// three parts below 2**30, Payne-Hanek (bits of 1/π) above.
func reducePi(x float64) float64 {
	const threshold float64 = 1 << 30
	if math.Abs(x) < threshold {
		const (
			pi1 = 3.141592502593994      // 0x400921fb40000000
			pi2 = 1.5099578831723193e-07 // 0x3e84442d00000000
			pi3 = 1.0780605716316238e-14 // 0x3d08469898cc5170
		)
		t := x / math.Pi
		t += 0.5
		t = float64(int64(t)) // the nearest multiple (for x >= 0)
		return ((x - t*pi1) - t*pi2) - t*pi3
	}
	const (
		mask     = 0x7FF
		shift    = 64 - 11 - 1
		bias     = 1023
		fracMask = 1<<shift - 1
	)
	ix := math.Float64bits(x)
	exp := int(ix>>shift&mask) - bias - shift
	ix &= fracMask
	ix |= 1 << shift
	// The 192 bits of 1/π that matter for x's exponent, times its mantissa;
	// the top 128 bits of the product hold the fraction of x/π.
	word, off := uint(exp+64)/64, uint(exp+64)%64
	w0 := (invPiBits[word] << off) | (invPiBits[word+1] >> (64 - off))
	w1 := (invPiBits[word+1] << off) | (invPiBits[word+2] >> (64 - off))
	w2 := (invPiBits[word+2] << off) | (invPiBits[word+3] >> (64 - off))
	h2, _ := bits.Mul64(w2, ix)
	h1, l1 := bits.Mul64(w1, ix)
	l0 := w0 * ix
	lo, carry := bits.Add64(l1, h2, 0)
	hi, _ := bits.Add64(l0, h1, carry)
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(bias - (lz + 1))
	hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)))
	hi >>= 64 - shift
	hi |= e << shift
	x = math.Float64frombits(hi)
	if x > 0.5 {
		x--
	}
	return math.Pi * x
}

// invPiBits holds the binary digits of 1/π, 64 per word, from the units
// digit (word 0, which is 0).
var invPiBits = [...]uint64{
	0x0000000000000000,
	0x517cc1b727220a94,
	0xfe13abe8fa9a6ee0,
	0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0,
	0xdb92371d2126e970,
	0x0324977504e8c90e,
	0x7f0ef58e5894d39f,
	0x74411afa975da242,
	0x74ce38135a2fbf20,
	0x9cc8eb1cc1a99cfa,
	0x4e422fc5defc941d,
	0x8ffc4bffef02cc07,
	0xf79788c5ad05368f,
	0xb69b3f6793e584db,
	0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd,
	0x9e839cfbc5294975,
	0x35fdafd88fc6ae84,
	0x2b0198237e3db5d5,
}

// tanSeries returns cosh(2b) - cos(2a) for z = a+ib near a pole of Tan or
// Cot, by the Taylor series of both (Cephes' ctans), summed until the terms
// stop mattering.
func tanSeries(z complex128) float64 {
	const machEp = 1.0 / (1 << 53)
	x := math.Abs(2 * real(z))
	y := math.Abs(2 * imag(z))
	x = reducePi(x)
	x = x * x
	y = y * y
	x2 := 1.0
	y2 := 1.0
	f := 1.0
	rn := 0.0
	d := 0.0
	for {
		rn++
		f *= rn
		rn++
		f *= rn
		x2 *= x
		y2 *= y
		t := y2 + x2
		t /= f
		d += t

		rn++
		f *= rn
		rn++
		f *= rn
		x2 *= x
		y2 *= y
		t = y2 - x2
		t /= f
		d += t
		if !(math.Abs(t/d) > machEp) {
			// Also stops on NaN.
			break
		}
	}
	return d
}

// Asin returns the inverse sine of x.
func Asin(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0 && math.Abs(a) <= 1:
		return complex(math.Asin(a), b)
	case a == 0 && math.Abs(b) <= 1:
		return complex(a, math.Asinh(b))
	case math.IsNaN(b):
		if a == 0 {
			return complex(a, math.NaN())
		}
		if math.IsInf(a, 0) {
			return complex(math.NaN(), a)
		}
		return NaN()
	case math.IsInf(b, 0):
		if math.IsNaN(a) {
			return x
		}
		if math.IsInf(a, 0) {
			return complex(math.Copysign(math.Pi/4, a), b)
		}
		return complex(math.Copysign(0, a), b)
	case math.IsInf(a, 0):
		return complex(math.Copysign(math.Pi/2, a), math.Copysign(a, b))
	}
	iz := complex(-b, a)
	zz := x * x
	w := Log(iz + Sqrt(complex(1-real(zz), -imag(zz))))
	return complex(imag(w), -real(w))
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0 && math.Abs(a) <= 1:
		return complex(math.Asinh(a), b)
	case a == 0 && math.Abs(b) <= 1:
		return complex(a, math.Asin(b))
	case math.IsInf(a, 0):
		if math.IsInf(b, 0) {
			return complex(a, math.Copysign(math.Pi/4, b))
		}
		if math.IsNaN(b) {
			return x
		}
		return complex(a, math.Copysign(0.0, b))
	case math.IsNaN(a):
		if b == 0 {
			return x
		}
		if math.IsInf(b, 0) {
			return complex(b, a)
		}
		return NaN()
	case math.IsInf(b, 0):
		return complex(math.Copysign(b, a), math.Copysign(math.Pi/2, b))
	}
	zz := x * x
	w := Log(x + Sqrt(complex(1+real(zz), imag(zz))))
	return w
}

// Acos returns the inverse cosine of x.
func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return complex(-imag(w), real(w))
	}
	return complex(imag(w), -real(w))
}

// Atan returns the inverse tangent of x: ½ atan2(2a, 1-a²-b²) reduced
// modulo π, + i/4 log((a²+(b+1)²)/(a²+(b-1)²)).
func Atan(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0:
		return complex(math.Atan(a), b)
	case a == 0 && math.Abs(b) <= 1:
		return complex(a, math.Atanh(b))
	case math.IsInf(b, 0) || math.IsInf(a, 0):
		if math.IsNaN(a) {
			return complex(math.NaN(), math.Copysign(0, b))
		}
		return complex(math.Copysign(math.Pi/2, a), math.Copysign(0, b))
	case math.IsNaN(a) || math.IsNaN(b):
		return NaN()
	}
	a2 := a * a
	d := 1 - a2 - b*b
	if d == 0 {
		return NaN()
	}
	t := 0.5 * math.Atan2(2*a, d)
	re := reducePi(t)
	t = b - 1
	den := a2 + t*t
	if den == 0 {
		return NaN()
	}
	t = b + 1
	q := (a2 + t*t) / den
	return complex(re, 0.25*math.Log(q))
}

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x complex128) complex128 {
	z := Atan(complex(-imag(x), real(x)))
	return complex(imag(z), -real(z))
}
