package math

// isOddInt reports whether x is an odd integer.
func isOddInt(x float64) bool {
	if Abs(x) >= (1 << 53) {
		// Every float64 this large is an even integer.
		return false
	}
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

// Pow returns x**y, the base-x exponential of y, with the special cases of
// C99's pow (and gc's pure Go Pow, which amd64 uses):
//
//	Pow(x, ±0) = 1 and Pow(1, y) = 1 for any x, y (NaN too)
//	Pow(x, 1) = x
//	Pow(NaN, y) = Pow(x, NaN) = NaN
//	Pow(±0, y) = ±Inf for y an odd integer < 0, +Inf for other y < 0
//	Pow(±0, y) = ±0 for y an odd integer > 0, +0 for other y > 0
//	Pow(-1, ±Inf) = 1
//	Pow(x, +Inf) = +Inf for |x| > 1, +0 for |x| < 1; the reverse for -Inf
//	Pow(+Inf, y) = +Inf for y > 0, +0 for y < 0
//	Pow(-Inf, y) = Pow(-0, -y)
//	Pow(x, y) = NaN for finite x < 0 and finite non-integer y
//
// Otherwise y = yi + yf with yi integer and |yf| <= 1/2: x**yf is
// Exp(yf*Log(x)), x**yi is computed by repeated squaring of x's mantissa
// with the exponent kept apart, and the result is assembled by Ldexp.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if Signbit(x) && isOddInt(y) {
				return Inf(-1)
			}
			return Inf(1)
		case y > 0:
			if Signbit(x) && isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		default:
			return Inf(1)
		}
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y)
		}
		switch {
		case y < 0:
			return 0
		case y > 0:
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}

	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// yi is an even integer too large for int64: the result is 0, 1
		// or +Inf, as for an infinite y.
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		default:
			return Inf(1)
		}
	}

	// The result is m * 2**e; start with the fractional power.
	m := 1.0
	e := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		m = Exp(yf * Log(x))
	}

	// Multiply in x**yi, squaring x's mantissa xm (kept in [1/2, 1)) and
	// doubling its exponent xe; once xe is huge the result is sure to
	// overflow or underflow, and Ldexp sees to that.
	xm, xe := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			e += xe
			break
		}
		if i&1 == 1 {
			m *= xm
			e += xe
		}
		xm *= xm
		xe <<= 1
		if xm < .5 {
			xm += xm
			xe--
		}
	}

	// x**-y = 1 / x**y.
	if y < 0 {
		m = 1 / m
		e = -e
	}
	return Ldexp(m, e)
}

// Cbrt returns the cube root of x (FreeBSD's s_cbrt.c, pure Go in gc on
// amd64): an estimate from the exponent bits divided by 3, a polynomial
// step to 23 bits, rounded to 22 bits so that its square is exact, then one
// Newton step.
func Cbrt(x float64) float64 {
	const (
		b1             = 715094163                   // (682-0.03306235651)*2**20
		b2             = 696219795                   // (664-0.03306235651)*2**20
		c              = 5.42857142857142815906e-01  // 19/35     = 0x3FE15F15F15F15F1
		d              = -7.05306122448979611050e-01 // -864/1225 = 0xBFE691DE2532C834
		e              = 1.41428571428571436819e+00  // 99/70     = 0x3FF6A0EA0EA0EA0F
		f              = 1.60714285714285720630e+00  // 45/28     = 0x3FF9B6DB6DB6DB6E
		g              = 3.57142857142857150787e-01  // 5/14      = 0x3FD6DB6DB6DB6DB7
		smallestNormal = 2.22507385850720138309e-308 // 2**-1022  = 0x0010000000000000
	)
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < smallestNormal {
		// Subnormal: estimate from x*2**54 instead.
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t // exact
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		t = -t
	}
	return t
}

// Hypot returns Sqrt(p*p + q*q), taking care to avoid unnecessary overflow
// and underflow. (gc's amd64 assembly computes exactly this:
// max * sqrt(1 + (min/max)**2), +Inf if either is infinite, else NaN if
// either is NaN.)
func Hypot(p, q float64) float64 {
	p, q = Abs(p), Abs(q)
	switch {
	case IsInf(p, 1) || IsInf(q, 1):
		return Inf(1)
	case IsNaN(p) || IsNaN(q):
		return NaN()
	}
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}
