package math

// Log returns the natural logarithm of x.
//
// On amd64 gc's Log is assembly (log_amd64.s): FreeBSD's e_log.c algorithm
// (x = 2**k * f1 with f1 in [√2/2, √2], s = (f1-1)/(f1+1), log(1+f) as
// 2s + s*R(s²)), but with these differences from the pure Go log, kept
// here: subnormal x are not normalized (their exponent is taken as -1022,
// so Log(5e-324) is about -709.09), f1 is doubled when f1 <= √2/2 (not <),
// and every negative x, -Inf and negative NaNs included, gives NaN().
func Log(x float64) float64 {
	const (
		hSqrt2 = 7.07106781186547524401e-01 // √2/2
		ln2Hi  = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		ln2Lo  = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
		l1     = 6.666666666666735130e-01   // 0x3FE5555555555593
		l2     = 3.999999999940941908e-01   // 0x3FD999999997FA04
		l3     = 2.857142874366239149e-01   // 0x3FD2492494229359
		l4     = 2.222219843214978396e-01   // 0x3FCC71C51D8E78AF
		l5     = 1.818357216161805012e-01   // 0x3FC7466496CB03DE
		l6     = 1.531383769920937332e-01   // 0x3FC39A09D078C69F
		l7     = 1.479819860511658591e-01   // 0x3FC2F112DF3E5244
	)
	b := Float64bits(x)
	switch {
	case b&^signMask == 0:
		return Inf(-1)
	case b&signMask != 0:
		return NaN()
	case b >= uvinf:
		return x // +Inf or NaN
	}
	f1 := Float64frombits(b&fracMask | 0x3FE0000000000000)
	k := float64(int(b>>shift) - 0x3FE)
	if f1 <= hSqrt2 {
		k--
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (((l7*s4+l5)*s4+l3)*s4 + l1)
	t2 := s4 * ((l6*s4+l4)*s4 + l2)
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Log2 returns the binary logarithm of x (exact for powers of two).
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p returns the natural logarithm of 1 plus its argument x, accurate
// also for x near 0 (FreeBSD's s_log1p.c, pure Go in gc on amd64).
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 4.142135623730950488017e-01  // √2-1, 0x3fda827999fcef34
		sqrt2HalfM1 = -2.928932188134524755992e-01 // √2/2-1, 0xbfd2bec333018866
		small       = 1.0 / (1 << 29)
		tiny        = 1.0 / (1 << 54)
		two53       = 1 << 53
		ln2Hi       = 6.93147180369123816490e-01 // 3fe62e42fee00000
		ln2Lo       = 1.90821492927058770002e-10 // 3dea39ef35793c76
		lp1         = 6.666666666666735130e-01   // 3FE5555555555593
		lp2         = 3.999999999940941908e-01   // 3FD999999997FA04
		lp3         = 2.857142874366239149e-01   // 3FD2492494229359
		lp4         = 2.222219843214978396e-01   // 3FCC71C51D8E78AF
		lp5         = 1.818357216161805012e-01   // 3FC7466496CB03DE
		lp6         = 1.531383769920937332e-01   // 3FC39A09D078C69F
		lp7         = 1.479819860511658591e-01   // 3FC2F112DF3E5244
	)
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	ax := Abs(x)
	var f float64
	var iu uint64
	k := 1
	if ax < sqrt2M1 {
		if ax < small {
			if ax < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 {
			// √2/2-1 < x < √2-1: 1+x needs no reduction.
			k = 0
			f = x
			iu = 1
		}
	}
	// c corrects for the rounding of u = 1+x.
	var c float64
	if k != 0 {
		var u float64
		if ax < two53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			c = 0
		}
		iu &= 0x000fffffffffffff
		if iu < 0x0006a09e667f3bcd { // u's mantissa below √2's
			u = Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000)
			iu = (0x0010000000000000 - iu) >> 2
		}
		f = u - 1.0
	}
	hfsq := 0.5 * f * f
	kf := float64(k)
	if iu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += kf * ln2Lo
			return kf*ln2Hi + c
		}
		R := hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return kf*ln2Hi - ((R - (kf*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	R := z * (lp1 + z*(lp2+z*(lp3+z*(lp4+z*(lp5+z*(lp6+z*lp7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return kf*ln2Hi - ((hfsq - (s*(hfsq+R) + (kf*ln2Lo + c))) - f)
}
