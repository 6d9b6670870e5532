package math

// Exp returns e**x, the base-e exponential of x.
//
// On amd64 gc's Exp is assembly (exp_amd64.s, after Shibata's SLEEF
// method), which differs from the FreeBSD algorithm of the other ports in
// the last bit; this is that assembly, instruction for instruction, on the
// path CPUs with FMA take (all x86-64-v3 processors): k = round(x/ln2); r =
// (x - k*ln2)/16 with ln2 in two parts and fused multiply-adds; e**r - 1 by
// its Taylor series to degree 8; squared four times as u -> u*(u+2) (the
// last one fused with the final +1); times 2**k.
func Exp(x float64) float64 {
	const (
		ln2Hi    = 0.69314718055966295651160180568695068359375
		ln2Lo    = 0.28235290563031577122588448175013436025525412068e-12
		log2e    = 1.4426950408889634073599246810018920
		overflow = 7.09782712893384e+02
		// 1.5*2**52: adding and subtracting it rounds to an integer (ties to
		// even, as CVTSD2SL does) any value of magnitude below 2**51.
		roundBias = 0x1.8p52
	)
	switch {
	case x != x || x > MaxFloat64:
		return x // NaN or +Inf
	case x < -MaxFloat64:
		return 0
	case x > overflow:
		return Inf(1)
	}
	t := log2e * x
	// CVTSD2SL: round to nearest even; out of int32 range (only below it
	// here) it gives the "integer indefinite" -2**31.
	var k int
	if t <= -(1 << 31) {
		k = -1 << 31
	} else {
		k = int((t + roundBias) - roundBias)
	}
	e := k + 0x3FF // the biased exponent of 2**k
	if e >= 0x7FF {
		return Inf(1)
	}
	if e < -52 {
		return 0
	}
	kf := float64(k)
	r := FMA(-kf, ln2Hi, x)
	r = FMA(-kf, ln2Lo, r)
	r *= 0.0625
	p := FMA(r, 2.4801587301587301587e-5, 1.9841269841269841270e-4)
	p = FMA(r, p, 1.3888888888888888889e-3)
	p = FMA(r, p, 8.3333333333333333333e-3)
	p = FMA(r, p, 4.1666666666666666667e-2)
	p = FMA(r, p, 1.6666666666666666667e-1)
	p = FMA(r, p, 0.5)
	p = FMA(r, p, 1.0)
	u := r * p // e**r - 1
	u *= u + 2
	u *= u + 2
	u *= u + 2
	y := FMA(u+2, u, 1.0)
	if e <= 0 {
		// Subnormal result: scale in two steps, 2**(k+1022) then 2**-1022.
		y *= Float64frombits(uint64(e+0x3FE) << shift)
		e = 1
	}
	return y * Float64frombits(uint64(e)<<shift)
}

// Exp2 returns 2**x, the base-2 exponential of x (FreeBSD's algorithm, pure
// Go in gc on amd64).
func Exp2(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	// x = k + t with k integer and |t| <= 1/2; then 2**x = 2**k * e**(t*ln2).
	var k int
	if x > 0 {
		k = int(x + 0.5)
	} else if x < 0 {
		k = int(x - 0.5)
	}
	t := x - float64(k)
	return expmulti(t*ln2Hi, -t*ln2Lo, k)
}

// expmulti returns e**r * 2**k for r = hi - lo, |r| <= ln2/2: FreeBSD's
// e_exp.c remez polynomial for r*(e**r+1)/(e**r-1).
func expmulti(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01  // 0x3FC55555 55555555
		p2 = -2.77777777770155933842e-03 // 0xBF66C16C 16BEBD93
		p3 = 6.61375632143793436117e-05  // 0x3F11566A AF25DE2C
		p4 = -1.65339022054652515390e-06 // 0xBEBBBD41 C5D26BF1
		p5 = 4.13813679705723846039e-08  // 0x3E663769 72BEA4D0
	)
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Expm1 returns e**x - 1, the base-e exponential of x minus 1, accurate
// also for x near 0 (FreeBSD's s_expm1.c, pure Go in gc on amd64).
func Expm1(x float64) float64 {
	const (
		othreshold = 7.09782712893383973096e+02 // 0x40862E42FEFA39EF
		ln2X56     = 3.88162421113569373274e+01 // 0x4043687a9f1af2b1
		ln2HalfX3  = 1.03972077083991796413e+00 // 0x3ff0a2b23f3bab73
		ln2Half    = 3.46573590279972654709e-01 // 0x3fd62e42fefa39ef
		ln2Hi      = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		ln2Lo      = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
		invLn2     = 1.44269504088896338700e+00 // 0x3ff71547652b82fe
		tiny       = 1.0 / (1 << 54)            // 0x3c90000000000000
		// Scaled coefficients of the rational approximation.
		q1 = -3.33333333333331316428e-02 // 0xBFA11111111110F4
		q2 = 1.58730158725481460165e-03  // 0x3F5A01A019FE5585
		q3 = -7.93650757867487942473e-05 // 0xBF14CE199EAADBB7
		q4 = 4.00821782732936239552e-06  // 0x3ED0CFCA86E65239
		q5 = -2.01099218183624371326e-07 // 0xBE8AFDB76E09C32D
	)
	switch {
	case IsInf(x, 1) || IsNaN(x):
		return x
	case IsInf(x, -1):
		return -1
	}
	ax := x
	neg := false
	if x < 0 {
		ax = -ax
		neg = true
	}
	if ax >= ln2X56 {
		if neg {
			return -1
		}
		if ax >= othreshold {
			return Inf(1)
		}
	}
	// Reduce: x = k*ln2 + r with |r| <= ln2/2, r = hi - lo and c the error
	// of that subtraction.
	var c float64
	var k int
	if ax > ln2Half {
		var hi, lo float64
		if ax < ln2HalfX3 {
			if neg {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			} else {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			}
		} else {
			if neg {
				k = int(invLn2*x - 0.5)
			} else {
				k = int(invLn2*x + 0.5)
			}
			kf := float64(k)
			hi = x - kf*ln2Hi // exact
			lo = kf * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	} else if ax < tiny {
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*(q1+hxs*(q2+hxs*(q3+hxs*(q4+hxs*q5))))
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = (x*(e-c) - c)
	e -= hxs
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		// e**x - 1 is e**x to working precision.
		y := 1 - (e - x)
		y = Float64frombits(Float64bits(y) + uint64(k)<<52)
		return y - 1
	}
	if k < 20 {
		t := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1 - 2**-k
		y := t - (e - x)
		return Float64frombits(Float64bits(y) + uint64(k)<<52)
	}
	t = Float64frombits(uint64(0x3ff-k) << 52) // 2**-k
	y := x - (e + t)
	y++
	return Float64frombits(Float64bits(y) + uint64(k)<<52)
}
