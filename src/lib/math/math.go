package math

const (
	mask     = 0x7FF
	shift    = 64 - 11 - 1
	bias     = 1023
	signMask = 1 << 63
	fracMask = 1<<shift - 1
)

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	var v uint64
	if sign >= 0 {
		v = 0x7FF0000000000000
	} else {
		v = 0xFFF0000000000000
	}
	return Float64frombits(v)
}

// NaN returns an IEEE 754 “not-a-number” value.
func NaN() float64 { return Float64frombits(0x7FF8000000000001) }

// IsNaN reports whether f is an IEEE 754 “not-a-number” value.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is an infinity, according to sign: sign > 0 tests
// for +Inf, sign < 0 for -Inf, sign == 0 for either.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Abs, Copysign and Signbit work on the sign bit (NaNs too), as gc's
// single instructions do; comparisons and negation (which flips just the
// sign bit) do it without 64-bit integers, which the interpreter handles
// slowly, for all but zeros and NaNs.

// Abs returns the absolute value of x.
func Abs(x float64) float64 {
	if x > 0 {
		return x
	}
	if x < 0 {
		return -x
	}
	return Float64frombits(Float64bits(x) &^ signMask)
}

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	if Signbit(f) != Signbit(sign) {
		return -f
	}
	return f
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	if x < 0 {
		return true
	}
	if x > 0 {
		return false
	}
	return Float64bits(x)&signMask != 0
}

// Dim returns the maximum of x-y or 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Max returns the larger of x or y: Max(x, +Inf) = +Inf, Max(x, NaN) = NaN,
// Max(+0, ±0) = +0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y: Min(x, -Inf) = -Inf, Min(x, NaN) = NaN,
// Min(-0, ±0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// normalize returns a normal number y and exponent exp satisfying x == y ×
// 2**exp.
func normalize(x float64) (y float64, exp int) {
	const SmallestNormal = 2.2250738585072014e-308
	if Abs(x) < SmallestNormal {
		return x * (1 << 52), -52
	}
	return x, 0
}

// Frexp breaks f into a normalized fraction and an integral power of two: f
// == frac × 2**exp, with the absolute value of frac in [½, 1).
func Frexp(f float64) (frac float64, exp int) {
	switch {
	case f == 0:
		return f, 0
	case IsInf(f, 0) || IsNaN(f):
		return f, 0
	}
	f, exp = normalize(f)
	x := Float64bits(f)
	exp += int((x>>shift)&mask) - bias + 1
	x &^= mask << shift
	x |= (-1 + bias) << shift
	frac = Float64frombits(x)
	return
}

// Ldexp is the inverse of Frexp: it returns frac × 2**exp.
func Ldexp(frac float64, exp int) float64 {
	switch {
	case frac == 0:
		return frac
	case IsInf(frac, 0) || IsNaN(frac):
		return frac
	}
	frac, e := normalize(frac)
	exp += e
	x := Float64bits(frac)
	exp += int(x>>shift)&mask - bias
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		if frac < 0 {
			return Inf(-1)
		}
		return Inf(1)
	}
	var m float64 = 1
	if exp < -1022 {
		exp += 53
		m = 1.0 / (1 << 53)
	}
	x &^= mask << shift
	x |= uint64(exp+bias) << shift
	return m * Float64frombits(x)
}

// Ilogb returns the binary exponent of x as an integer.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x):
		return MaxInt32
	case IsInf(x, 0):
		return MaxInt32
	}
	return ilogb(x)
}

// Logb returns the binary exponent of x.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(ilogb(x))
}

func ilogb(x float64) int {
	x, exp := normalize(x)
	return int((Float64bits(x)>>shift)&mask) - bias + exp
}

// Modf returns integer and fractional floating-point numbers that sum to f,
// both with the same sign as f.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f
		}
		return 0, f
	}
	x := Float64bits(f)
	e := uint(x>>shift)&mask - bias

	if e < 64-12 {
		x &^= 1<<(64-12-e) - 1
	}
	int = Float64frombits(x)
	frac = f - int
	return
}

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	bits := Float64bits(x)
	e := uint(bits>>shift) & mask
	if e < bias {
		bits &= signMask
		if e == bias-1 {
			bits |= uvone
		}
	} else if e < bias+shift {
		const half = 1 << (shift - 1)
		e -= bias
		bits += half >> e
		bits &^= fracMask >> e
	}
	return Float64frombits(bits)
}

const (
	uvone = 0x3FF0000000000000
	uvinf = 0x7FF0000000000000
	uvnan = 0x7FF8000000000001
)

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	bits := Float64bits(x)
	e := uint(bits>>shift) & mask
	if e >= bias {
		const halfMinusULP = (1 << (shift - 1)) - 1
		e -= bias
		bits += (halfMinusULP + (bits>>(shift-e))&1) >> e
		bits &^= fracMask >> e
	} else if e == bias-1 && bits&fracMask != 0 {
		bits = bits&signMask | uvone
	} else {
		bits &= signMask
	}
	return Float64frombits(bits)
}

// Remainder returns the IEEE 754 floating-point remainder of x/y.
func Remainder(x, y float64) float64 {
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		if sign {
			return Copysign(0, -1)
		}
		return 0
	}

	var r float64
	if y <= MaxFloat64/2 {
		r = Mod(x, y+y)
	} else {
		r = x
	}
	if y < 0x1p-1021 {
		if r+r > y {
			r -= y
			if r+r >= y {
				r -= y
			}
		}
	} else {
		yHalf := 0.5 * y
		if r > yHalf {
			r -= y
			if r >= yHalf {
				r -= y
			}
		}
	}
	if sign {
		r = -r
	}
	return r
}

// Nextafter returns the next representable float64 value after x towards y.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		r = NaN()
	case x == y:
		r = x
	case x == 0:
		r = Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		r = Float64frombits(Float64bits(x) + 1)
	default:
		r = Float64frombits(Float64bits(x) - 1)
	}
	return
}

// Nextafter32 returns the next representable float32 value after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case IsNaN(float64(x)) || IsNaN(float64(y)):
		r = float32(NaN())
	case x == y:
		r = x
	case x == 0:
		r = float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		r = Float32frombits(Float32bits(x) + 1)
	default:
		r = Float32frombits(Float32bits(x) - 1)
	}
	return
}

// Pow10 returns 10**n, the base-10 exponential of n: 0 for n < -323 and +Inf
// for n > 308.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10pos[uint(n)/32] * pow10tab[uint(n)%32]
	}
	if -323 <= n && n <= 0 {
		return pow10neg[uint(-n)/32] / pow10tab[uint(-n)%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}

// pow10tab holds 10**i for i in [0, 32); pow10pos 10**(32*i) for i in [0,
// 10); pow10neg 10**(-32*i).
var pow10tab = [32]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10pos = [10]float64{
	1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
}

var pow10neg = [11]float64{
	1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
}
