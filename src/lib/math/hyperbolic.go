package math

// Hyperbolic functions and their inverses, as gc computes them on amd64
// (pure Go there, over Exp, Log and Log1p): sinh and tanh from Cephes,
// asinh, acosh and atanh from FreeBSD's msun.

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 {
	// Rational approximation for |x| <= 0.5 (Cephes sinh.c).
	const (
		p0 = -0.6307673640497716991184787251e+6
		p1 = -0.8991272022039509355398013511e+5
		p2 = -0.2894211355989563807284660366e+4
		p3 = -0.2630563213397497062819489e+2
		q0 = -0.6307673640497716991212077277e+6
		q1 = 0.1521517378790019070696485176e+5
		q2 = -0.173678953558233699533450911e+3
	)
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	if x > 21 {
		r = Exp(x) * 0.5
	} else if x > 0.5 {
		e := Exp(x)
		r = (e - 1/e) * 0.5
	} else {
		xx := x * x
		r = (((p3*xx+p2)*xx+p1)*xx + p0) * x
		r = r / (((xx+q2)*xx+q1)*xx + q0)
	}
	if neg {
		r = -r
	}
	return r
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	e := Exp(x)
	return (e + 1/e) * 0.5
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	// Rational approximation for |x| < 0.625 (Cephes tanh.c).
	const (
		p0     = -9.64399179425052238628e-1
		p1     = -9.92877231001918586564e1
		p2     = -1.61468768441708447952e3
		q0     = 1.12811678491632931402e2
		q1     = 2.23548839060100448583e3
		q2     = 4.84406305325125486048e3
		maxLog = 8.8029691931113054295988e+01 // log(2**127)
	)
	z := Abs(x)
	switch {
	case z > 0.5*maxLog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
		return z
	case x == 0:
		return x
	}
	s := x * x
	return x + x*s*((p0*s+p1)*s+p2)/(((s+q0)*s+q1)*s+q2)
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64 {
	const (
		ln2      = 6.93147180559945286227e-01 // 0x3FE62E42FEFA39EF
		nearZero = 1.0 / (1 << 28)
		large    = 1 << 28
	)
	if IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x > large:
		r = Log(x) + ln2
	case x > 2:
		r = Log(2*x + 1/(Sqrt(x*x+1)+x))
	case x < nearZero:
		r = x
	default:
		r = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if neg {
		r = -r
	}
	return r
}

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64 {
	const large = 1 << 28
	switch {
	case x < 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return 0
	case x >= large:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x float64) float64 {
	const nearZero = 1.0 / (1 << 28)
	switch {
	case x < -1 || x > 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x < nearZero:
		r = x
	case x < 0.5:
		r = x + x
		r = 0.5 * Log1p(r+r*x/(1-x))
	default:
		r = 0.5 * Log1p((x+x)/(1-x))
	}
	if neg {
		r = -r
	}
	return r
}
