package math

import "math/bits"

// Sine, cosine and tangent, as gc computes them on amd64 (pure Go there):
// the Cephes algorithms. The argument is reduced to z in [-π/4, π/4] and an
// octant j; below 2**29 with π/4 split in three parts (Cody-Waite), above
// with the Payne-Hanek method (trigReduce). sin and cos of z are then
// minimax polynomials in z², tan a rational function.

// The three parts of π/4 for Cody-Waite reduction: the first two have
// enough trailing zeros that y*pi4a and y*pi4b are exact for the j in use.
const (
	pi4a = 7.85398125648498535156e-1  // 0x3fe921fb40000000
	pi4b = 3.77489470793079817668e-8  // 0x3e64442d00000000
	pi4c = 2.69515142907905952645e-15 // 0x3ce8469898cc5170
)

// Polynomial coefficients (Cephes sin.c), highest degree first.
var sinCoef = [6]float64{
	1.58962301576546568060e-10, // 0x3de5d8fd1fd19ccd
	-2.50507477628578072866e-8, // 0xbe5ae5e5a9291f5d
	2.75573136213857245213e-6,  // 0x3ec71de3567d48a1
	-1.98412698295895385996e-4, // 0xbf2a01a019bfdf03
	8.33333333332211858878e-3,  // 0x3f8111111110f7d0
	-1.66666666666666307295e-1, // 0xbfc5555555555548
}

var cosCoef = [6]float64{
	-1.13585365213876817300e-11, // 0xbda8fa49a0861a9b
	2.08757008419747316778e-9,   // 0x3e21ee9d7b4e3f05
	-2.75573141792967388112e-7,  // 0xbe927e4f7eac4bc6
	2.48015872888517045348e-5,   // 0x3efa01a019c844f5
	-1.38888888888730564116e-3,  // 0xbf56c16c16c14f91
	4.16666666666665929218e-2,   // 0x3fa555555555554b
}

// sinPoly is sin(z) for |z| <= π/4, given zz = z*z.
func sinPoly(z, zz float64) float64 {
	p := sinCoef[0]*zz + sinCoef[1]
	p = p*zz + sinCoef[2]
	p = p*zz + sinCoef[3]
	p = p*zz + sinCoef[4]
	p = p*zz + sinCoef[5]
	return z + z*zz*p
}

// cosPoly is cos(z) for |z| <= π/4, given zz = z*z.
func cosPoly(zz float64) float64 {
	p := cosCoef[0]*zz + cosCoef[1]
	p = p*zz + cosCoef[2]
	p = p*zz + cosCoef[3]
	p = p*zz + cosCoef[4]
	p = p*zz + cosCoef[5]
	return 1.0 - 0.5*zz + zz*zz*p
}

// reduce returns, for finite x >= 0, the octant j (0..7, made even) and z =
// x - j*π/4 (before j is taken modulo 8), so that z is in [-π/4, π/4].
func reduce(x float64) (j uint64, z float64) {
	if x >= reduceThreshold {
		return trigReduce(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	z = ((x - y*pi4a) - y*pi4b) - y*pi4c
	return
}

// Sin returns the sine of the radian argument x.
func Sin(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	j, z := reduce(x)
	if j > 3 {
		neg = !neg
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(zz)
	} else {
		y = sinPoly(z, zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Cos returns the cosine of the radian argument x.
func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	j, z := reduce(Abs(x))
	neg := false
	if j > 3 {
		j -= 4
		neg = true
	}
	if j > 1 {
		neg = !neg
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z, zz)
	} else {
		y = cosPoly(zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	if x == 0 {
		return x, 1
	}
	if IsNaN(x) || IsInf(x, 0) {
		return NaN(), NaN()
	}
	sinNeg, cosNeg := false, false
	if x < 0 {
		x = -x
		sinNeg = true
	}
	j, z := reduce(x)
	if j > 3 {
		j -= 4
		sinNeg, cosNeg = !sinNeg, !cosNeg
	}
	if j > 1 {
		cosNeg = !cosNeg
	}
	zz := z * z
	cos = cosPoly(zz)
	sin = sinPoly(z, zz)
	if j == 1 || j == 2 {
		sin, cos = cos, sin
	}
	if cosNeg {
		cos = -cos
	}
	if sinNeg {
		sin = -sin
	}
	return
}

// Rational approximation of tan (Cephes tan.c): tan(z) = z + z*zz*P(zz)/Q(zz).
var (
	tanP = [3]float64{
		-1.30936939181383777646e4, // 0xc0c992d8d24f3f38
		1.15351664838587416140e6,  // 0x413199eca5fc9ddd
		-1.79565251976484877988e7, // 0xc1711fead3299176
	}
	tanQ = [5]float64{
		1.00000000000000000000e0,
		1.36812963470692954678e4,  // 0x40cab8a5eeb36572
		-1.32089234440210967447e6, // 0xc13427bc582abc96
		2.50083801823357915839e7,  // 0x4177d98fc2ead8ef
		-5.38695755929454629881e7, // 0xc189afe03cbe5a31
	}
)

// Tan returns the tangent of the radian argument x.
func Tan(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var j uint64
	var z float64
	if x >= reduceThreshold {
		j, z = trigReduce(x)
	} else {
		// As reduce, but the octant is not masked (only its low bits matter).
		j = uint64(x * (4 / Pi))
		y := float64(j)
		if j&1 == 1 {
			j++
			y++
		}
		z = ((x - y*pi4a) - y*pi4b) - y*pi4c
	}
	zz := z * z
	y := z
	if zz > 1e-14 {
		num := zz * ((tanP[0]*zz+tanP[1])*zz + tanP[2])
		den := (((zz+tanQ[1])*zz+tanQ[2])*zz+tanQ[3])*zz + tanQ[4]
		y = z + z*(num/den)
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}

// reduceThreshold is where Cody-Waite reduction stops being accurate: with
// j up to 2**29*4/π, y*pi4a and y*pi4b are no longer exact beyond it.
const reduceThreshold = 1 << 29

// trigReduce is Payne-Hanek reduction for x >= reduceThreshold: it
// multiplies x's 53-bit mantissa by the bits of 4/π that matter for its
// exponent (a window of 192 bits of mPi4), keeping the integer part's low 3
// bits as the octant j and the fraction as z, scaled back by π/4.
func trigReduce(x float64) (j uint64, z float64) {
	const quarterPi = Pi / 4
	if x < quarterPi {
		return 0, x
	}
	ix := Float64bits(x)
	exp := int(ix>>shift&mask) - bias - shift
	ix &^= mask << shift
	ix |= 1 << shift
	// The window starts 61 bits before x's binary point, so that the
	// product's top 3 integer bits land at the top of hi.
	word, off := uint(exp+61)/64, uint(exp+61)%64
	w0 := (mPi4[word] << off) | (mPi4[word+1] >> (64 - off))
	w1 := (mPi4[word+1] << off) | (mPi4[word+2] >> (64 - off))
	w2 := (mPi4[word+2] << off) | (mPi4[word+3] >> (64 - off))
	// 192-by-64-bit product, of which the top 128 bits are kept (hi, lo).
	h2, _ := bits.Mul64(w2, ix)
	h1, l1 := bits.Mul64(w1, ix)
	l0 := w0 * ix
	lo, carry := bits.Add64(l1, h2, 0)
	hi, _ := bits.Add64(l0, h1, carry)
	j = hi >> 61
	// The fraction: shift out j, normalise, and build a float64 in [0, 1).
	hi = hi<<3 | lo>>61
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(bias - (lz + 1))
	hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)))
	hi >>= 64 - shift
	hi |= e << shift
	z = Float64frombits(hi)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * quarterPi
}

// mPi4 holds the binary digits of 4/π, 64 per word, starting from the
// units digit (word 0 is 1): 1216 bits, enough for any float64's exponent.
var mPi4 = [...]uint64{
	0x0000000000000001,
	0x45f306dc9c882a53,
	0xf84eafa3ea69bb81,
	0xb6c52b3278872083,
	0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0,
	0x0c925dd413a32439,
	0xfc3bd63962534e7d,
	0xd1046bea5d768909,
	0xd338e04d68befc82,
	0x7323ac7306a673e9,
	0x3908bf177bf25076,
	0x3ff12fffbc0b301f,
	0xde5e2316b414da3e,
	0xda6cfd9e4f96136e,
	0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4,
	0xd7f6bf623f1aba10,
	0xac06608df8f6d757,
}
