package math

// The Gamma function (Cephes gamma.c) and its logarithm (FreeBSD's
// e_lgamma_r.c), pure Go in gc on amd64.

// Gamma on [2, 3]: P(x-2)/Q(x-2).
var (
	gamP = [7]float64{
		1.60119522476751861407e-04,
		1.19135147006586384913e-03,
		1.04213797561761569935e-02,
		4.76367800457137231464e-02,
		2.07448227648435975150e-01,
		4.94214826801497100753e-01,
		9.99999999999999996796e-01,
	}
	gamQ = [8]float64{
		-2.31581873324120129819e-05,
		5.39605580493303397842e-04,
		-4.45641913851797240494e-03,
		1.18139785222060435552e-02,
		3.58236398605498653373e-02,
		-2.34591795718243348568e-01,
		7.14304917030273074085e-02,
		1.00000000000000000320e+00,
	}
	// Stirling's series correction, a polynomial in 1/x.
	gamS = [5]float64{
		7.87311395793093628397e-04,
		-2.29549961613378126380e-04,
		-2.68132617805781232825e-03,
		3.47222221605458667310e-03,
		8.33333333333482257126e-02,
	}
)

// stirling returns Gamma(x) for x in [33, 171.62] by Stirling's formula, as
// the product of its two results (kept apart so that the caller can avoid
// overflow in between).
func stirling(x float64) (float64, float64) {
	if x > 200 {
		return Inf(1), 1
	}
	const (
		sqrtTwoPi   = 2.506628274631000502417
		maxStirling = 143.01608
	)
	w := 1 / x
	w = 1 + w*((((gamS[0]*w+gamS[1])*w+gamS[2])*w+gamS[3])*w+gamS[4])
	y1 := Exp(x)
	y2 := 1.0
	if x > maxStirling {
		// x**(x-0.5) would overflow: split it in two halves.
		v := Pow(x, 0.5*x-0.25)
		y1, y2 = v, v/y1
	} else {
		y1 = Pow(x, x-0.5) / y1
	}
	return y1, sqrtTwoPi * w * y2
}

// Gamma returns the Gamma function of x.
//
// Special cases: Gamma(+Inf) = +Inf, Gamma(±0) = ±Inf, Gamma(x) = NaN for
// integer x < 0, -Inf and NaN.
func Gamma(x float64) float64 {
	const euler = 0.57721566490153286060651209008240243104215933593992
	switch {
	case isNegInt(x) || IsInf(x, -1) || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	q := Abs(x)
	p := Floor(q)
	if q > 33 {
		if x >= 0 {
			y1, y2 := stirling(x)
			return y1 * y2
		}
		// Reflection: Gamma(x) = -π / (|x| sin(π|x|) Gamma(|x|)).
		sign := 1
		if ip := int64(p); ip&1 == 0 {
			sign = -1
		}
		z := q - p
		if z > 0.5 {
			p = p + 1
			z = q - p
		}
		z = q * Sin(Pi*z)
		if z == 0 {
			return Inf(sign)
		}
		s1, s2 := stirling(q)
		az := Abs(z)
		d := az * s1 * s2
		if IsInf(d, 0) {
			z = Pi / az / s1 / s2
		} else {
			z = Pi / d
		}
		return float64(sign) * z
	}

	// Move x into [2, 3) with the recurrence Gamma(x+1) = x*Gamma(x),
	// collecting the factors in z; near 0 use the series instead.
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	for x < 0 {
		if x > -1e-09 {
			return gammaNearZero(x, z, euler)
		}
		z = z / x
		x = x + 1
	}
	for x < 2 {
		if x < 1e-09 {
			return gammaNearZero(x, z, euler)
		}
		z = z / x
		x = x + 1
	}
	if x == 2 {
		return z
	}
	x = x - 2
	p = (((((x*gamP[0]+gamP[1])*x+gamP[2])*x+gamP[3])*x+gamP[4])*x+gamP[5])*x + gamP[6]
	q = ((((((x*gamQ[0]+gamQ[1])*x+gamQ[2])*x+gamQ[3])*x+gamQ[4])*x+gamQ[5])*x+gamQ[6])*x + gamQ[7]
	return z * p / q
}

// gammaNearZero is z*Gamma(x) for |x| < 1e-9: Gamma(x) = 1/(x + euler*x²).
func gammaNearZero(x, z, euler float64) float64 {
	if x == 0 {
		return Inf(1)
	}
	return z / ((1 + euler*x) * x)
}

func isNegInt(x float64) bool {
	if x < 0 {
		_, xf := Modf(x)
		return xf == 0
	}
	return false
}

// Coefficients of Lgamma's approximations (FreeBSD e_lgamma_r.c).
var (
	lgamA = [12]float64{
		7.72156649015328655494e-02, // 0x3FB3C467E37DB0C8
		3.22467033424113591611e-01, // 0x3FD4A34CC4A60FAD
		6.73523010531292681824e-02, // 0x3FB13E001A5562A7
		2.05808084325167332806e-02, // 0x3F951322AC92547B
		7.38555086081402883957e-03, // 0x3F7E404FB68FEFE8
		2.89051383673415629091e-03, // 0x3F67ADD8CCB7926B
		1.19270763183362067845e-03, // 0x3F538A94116F3F5D
		5.10069792153511336608e-04, // 0x3F40B6C689B99C00
		2.20862790713908385557e-04, // 0x3F2CF2ECED10E54D
		1.08011567247583939954e-04, // 0x3F1C5088987DFB07
		2.52144565451257326939e-05, // 0x3EFA7074428CFA52
		4.48640949618915160150e-05, // 0x3F07858E90A45837
	}
	lgamR = [7]float64{
		1.0,                        // unused
		1.39200533467621045958e+00, // 0x3FF645A762C4AB74
		7.21935547567138069525e-01, // 0x3FE71A1893D3DCDC
		1.71933865632803078993e-01, // 0x3FC601EDCCFBDF27
		1.86459191715652901344e-02, // 0x3F9317EA742ED475
		7.77942496381893596434e-04, // 0x3F497DDACA41A95B
		7.32668430744625636189e-06, // 0x3EDEBAF7A5B38140
	}
	lgamS = [7]float64{
		-7.72156649015328655494e-02, // 0xBFB3C467E37DB0C8
		2.14982415960608852501e-01,  // 0x3FCB848B36E20878
		3.25778796408930981787e-01,  // 0x3FD4D98F4F139F59
		1.46350472652464452805e-01,  // 0x3FC2BB9CBEE5F2F7
		2.66422703033638609560e-02,  // 0x3F9B481C7E939961
		1.84028451407337715652e-03,  // 0x3F5E26B67368F239
		3.19475326584100867617e-05,  // 0x3F00BFECDD17E945
	}
	lgamT = [15]float64{
		4.83836122723810047042e-01,  // 0x3FDEF72BC8EE38A2
		-1.47587722994593911752e-01, // 0xBFC2E4278DC6C509
		6.46249402391333854778e-02,  // 0x3FB08B4294D5419B
		-3.27885410759859649565e-02, // 0xBFA0C9A8DF35B713
		1.79706750811820387126e-02,  // 0x3F9266E7970AF9EC
		-1.03142241298341437450e-02, // 0xBF851F9FBA91EC6A
		6.10053870246291332635e-03,  // 0x3F78FCE0E370E344
		-3.68452016781138256760e-03, // 0xBF6E2EFFB3E914D7
		2.25964780900612472250e-03,  // 0x3F6282D32E15C915
		-1.40346469989232843813e-03, // 0xBF56FE8EBF2D1AF1
		8.81081882437654011382e-04,  // 0x3F4CDF0CEF61A8E9
		-5.38595305356740546715e-04, // 0xBF41A6109C73E0EC
		3.15632070903625950361e-04,  // 0x3F34AF6D6C0EBBF7
		-3.12754168375120860518e-04, // 0xBF347F24ECC38C38
		3.35529192635519073543e-04,  // 0x3F35FD3EE8C2D3F4
	}
	lgamU = [6]float64{
		-7.72156649015328655494e-02, // 0xBFB3C467E37DB0C8
		6.32827064025093366517e-01,  // 0x3FE4401E8B005DFF
		1.45492250137234768737e+00,  // 0x3FF7475CD119BD6F
		9.77717527963372745603e-01,  // 0x3FEF497644EA8450
		2.28963728064692451092e-01,  // 0x3FCD4EAEF6010924
		1.33810918536787660377e-02,  // 0x3F8B678BBF2BAB09
	}
	lgamV = [6]float64{
		1.0,
		2.45597793713041134822e+00, // 0x4003A5D7C2BD619C
		2.12848976379893395361e+00, // 0x40010725A42B18F5
		7.69285150456672783825e-01, // 0x3FE89DFBE45050AF
		1.04222645593369134254e-01, // 0x3FBAAE55D6537C88
		3.21709242282423911810e-03, // 0x3F6A5ABB57D0CF61
	}
	lgamW = [7]float64{
		4.18938533204672725052e-01,  // 0x3FDACFE390C97D69
		8.33333333333329678849e-02,  // 0x3FB555555555553B
		-2.77777777728775536470e-03, // 0xBF66C16C16B02E5C
		7.93650558643019558500e-04,  // 0x3F4A019F98CF38B6
		-5.95187557450339963135e-04, // 0xBF4380CB8C0FE741
		8.36339918996282139126e-04,  // 0x3F4B67BA4CDAD5D1
		-1.63092934096575273989e-03, // 0xBF5AB89D0B9E43E4
	}
)

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
//
// Special cases: Lgamma(+Inf) = +Inf, Lgamma(0) = +Inf, Lgamma(-integer) =
// +Inf, Lgamma(-Inf) = -Inf, Lgamma(NaN) = NaN.
//
// Method: on (0, 2) shifts to one of three ranges around 1, the minimum
// (ymin ≈ 1.4616) and 2 (minimax polynomials there); on [2, 8) reduces to
// [2, 3) by lgamma(x+1) = lgamma(x) + log(x); up to 2**58 Stirling's series;
// beyond x*(log(x)-1). Negative x by reflection with sin(πx).
func Lgamma(x float64) (lgamma float64, sign int) {
	const (
		ymin  = 1.461632144968362245
		two52 = 1 << 52
		two58 = 1 << 58
		tiny  = 1.0 / (1 << 70)
		tc    = 1.46163214496836224576e+00  // 0x3FF762D86356BE3F
		tf    = -1.21486290535849611461e-01 // 0xBFBF19B9BCC38A42, lgamma(tc)
		tt    = -3.63867699703950536541e-18 // 0xBC50C7CAA48A971F, the rest of it
	)
	sign = 1
	switch {
	case IsNaN(x) || IsInf(x, 0):
		return x, 1
	case x == 0:
		return Inf(1), 1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < tiny {
		if neg {
			sign = -1
		}
		return -Log(x), sign
	}
	var nadj float64
	if neg {
		if x >= two52 {
			// Every float64 this large is an integer: a pole.
			return Inf(1), sign
		}
		t := sinPi(x)
		if t == 0 {
			return Inf(1), sign
		}
		nadj = Log(Pi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}

	switch {
	case x == 1 || x == 2:
		return 0, sign
	case x < 2:
		var y float64
		var i int
		if x <= 0.9 {
			lgamma = -Log(x)
			switch {
			case x >= (ymin - 1 + 0.27):
				y = 1 - x
				i = 0
			case x >= (ymin - 1 - 0.27):
				y = x - (tc - 1)
				i = 1
			default:
				y = x
				i = 2
			}
		} else {
			lgamma = 0
			switch {
			case x >= (ymin + 0.27):
				y = 2 - x
				i = 0
			case x >= (ymin - 0.27):
				y = x - tc
				i = 1
			default:
				y = x - 1
				i = 2
			}
		}
		switch i {
		case 0:
			z := y * y
			p1 := lgamA[0] + z*(lgamA[2]+z*(lgamA[4]+z*(lgamA[6]+z*(lgamA[8]+z*lgamA[10]))))
			p2 := z * (lgamA[1] + z*(lgamA[3]+z*(lgamA[5]+z*(lgamA[7]+z*(lgamA[9]+z*lgamA[11])))))
			p := y*p1 + p2
			lgamma += (p - 0.5*y)
		case 1:
			z := y * y
			w := z * y
			p1 := lgamT[0] + w*(lgamT[3]+w*(lgamT[6]+w*(lgamT[9]+w*lgamT[12])))
			p2 := lgamT[1] + w*(lgamT[4]+w*(lgamT[7]+w*(lgamT[10]+w*lgamT[13])))
			p3 := lgamT[2] + w*(lgamT[5]+w*(lgamT[8]+w*(lgamT[11]+w*lgamT[14])))
			p := z*p1 - (tt - w*(p2+y*p3))
			lgamma += (tf + p)
		case 2:
			p1 := y * (lgamU[0] + y*(lgamU[1]+y*(lgamU[2]+y*(lgamU[3]+y*(lgamU[4]+y*lgamU[5])))))
			p2 := 1 + y*(lgamV[1]+y*(lgamV[2]+y*(lgamV[3]+y*(lgamV[4]+y*lgamV[5]))))
			lgamma += (-0.5*y + p1/p2)
		}
	case x < 8:
		i := int(x)
		y := x - float64(i)
		p := y * (lgamS[0] + y*(lgamS[1]+y*(lgamS[2]+y*(lgamS[3]+y*(lgamS[4]+y*(lgamS[5]+y*lgamS[6]))))))
		q := 1 + y*(lgamR[1]+y*(lgamR[2]+y*(lgamR[3]+y*(lgamR[4]+y*(lgamR[5]+y*lgamR[6])))))
		lgamma = 0.5*y + p/q
		if i >= 3 {
			// lgamma(y+i) = lgamma(y+2) + log((y+2)(y+3)...(y+i-1)).
			z := 1.0
			for k := i - 1; k >= 2; k-- {
				z *= y + float64(k)
			}
			lgamma += Log(z)
		}
	case x < two58:
		t := Log(x)
		z := 1 / x
		y := z * z
		w := lgamW[0] + z*(lgamW[1]+y*(lgamW[2]+y*(lgamW[3]+y*(lgamW[4]+y*(lgamW[5]+y*lgamW[6])))))
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if neg {
		lgamma = nadj - lgamma
	}
	return
}

// sinPi returns sin(π*x) for x > 0, reducing x modulo 2 exactly first.
// (Its sign is inverted, as Lgamma wants it.)
func sinPi(x float64) float64 {
	const (
		two52 = 1 << 52
		two53 = 1 << 53
	)
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	z := Floor(x)
	var n int
	if z != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else if x >= two53 {
		// An even integer.
		x = 0
		n = 0
	} else {
		if x < two52 {
			z = x + two52 // exact: z's last bit is x's parity
		}
		n = int(1 & Float64bits(z))
		x = float64(n)
		n <<= 2
	}
	switch n {
	case 0:
		x = Sin(Pi * x)
	case 1, 2:
		x = Cos(Pi * (0.5 - x))
	case 3, 4:
		x = Sin(Pi * (1 - x))
	case 5, 6:
		x = -Cos(Pi * (x - 1.5))
	default:
		x = Sin(Pi * (x - 2))
	}
	return -x
}
