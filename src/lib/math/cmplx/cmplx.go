// Package cmplx provides basic constants and mathematical functions for
// complex numbers, built on package math. Pure Go, no natives.
package cmplx

import "math"

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

// Sqrt returns the square root of x, with real part >= 0.
func Sqrt(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0:
		switch {
		case a == 0:
			return complex(0, b)
		case a < 0:
			return complex(0, math.Copysign(math.Sqrt(-a), b))
		}
		return complex(math.Sqrt(a), b)
	case math.IsInf(b, 0):
		return complex(math.Inf(1), b)
	case a == 0:
		t := math.Sqrt(0.5 * math.Abs(b))
		return complex(t, math.Copysign(t, b))
	case math.IsNaN(a):
		return complex(math.NaN(), math.NaN())
	case math.IsInf(a, 0):
		if a < 0 {
			if math.IsNaN(b) {
				return complex(math.NaN(), math.Inf(1))
			}
			return complex(0, math.Copysign(math.Inf(1), b))
		}
		if math.IsNaN(b) {
			return complex(math.Inf(1), math.NaN())
		}
		return complex(math.Inf(1), math.Copysign(0, b))
	}
	// Scale to keep |a|+|x| finite and away from underflow.
	scale := 1.0
	if math.Abs(a) > 1e300 || math.Abs(b) > 1e300 {
		a, b, scale = a*0.25, b*0.25, 2
	} else if math.Abs(a) < 1e-300 && math.Abs(b) < 1e-300 {
		a, b, scale = a*(1<<120), b*(1<<120), 1.0/(1<<60)
	}
	r := math.Hypot(a, b)
	if a >= 0 {
		t := math.Sqrt(0.5 * (r + a))
		return complex(t*scale, b/(2*t)*scale)
	}
	t := math.Sqrt(0.5 * (r - a))
	return complex(math.Abs(b)/(2*t)*scale, math.Copysign(t, b)*scale)
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

// Tan returns the tangent of x.
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
	if math.Abs(b) > 40 {
		// cosh(2b) dominates: tan ≈ ±i with a tiny real part.
		e := math.Exp(-2 * math.Abs(b))
		return complex(2*math.Sin(2*a)*e, math.Copysign(1, b))
	}
	s, c := math.Sincos(2 * a)
	sh, ch := sinhcosh(2 * b)
	d := c + ch
	if d == 0 {
		return Inf()
	}
	return complex(s/d, sh/d)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x complex128) complex128 {
	z := Tan(complex(-imag(x), real(x)))
	return complex(imag(z), -real(z))
}

// Cot returns the cotangent of x.
func Cot(x complex128) complex128 {
	s, c := math.Sincos(2 * real(x))
	sh, ch := sinhcosh(2 * imag(x))
	d := ch - c
	if d == 0 {
		return Inf()
	}
	return complex(s/d, -sh/d)
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

// Atan returns the inverse tangent of x.
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
	// atan z = 1/2 * atan2(2a, 1-a²-b²) + i/4 * log(((b+1)²+a²)/((b-1)²+a²))
	a2 := a * a
	t := 1 - a2 - b*b
	if t == 0 && a == 0 {
		return NaN()
	}
	re := 0.5 * math.Atan2(2*a, t)
	num := (b+1)*(b+1) + a2
	den := (b-1)*(b-1) + a2
	if den == 0 {
		return NaN()
	}
	return complex(re, 0.25*math.Log(num/den))
}

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x complex128) complex128 {
	z := Atan(complex(-imag(x), real(x)))
	return complex(imag(z), -real(z))
}
