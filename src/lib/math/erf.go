package math

// The error function and its complement (FreeBSD's s_erf.c, pure Go in gc
// on amd64), and the inverse error function (Giles' rational
// approximations, as in gc).
//
// erf and erfc are rational approximations on four ranges of |x|:
//
//	[0, 0.84375):     erf(x) = x + x*P(x²)/Q(x²)
//	[0.84375, 1.25):  erf(x) = erx + P(s)/Q(s), s = x-1, erx = erf(1) to 24 bits
//	[1.25, 1/0.35):   erfc(x) = exp(-x²-0.5625+R(1/x²)/S(1/x²)) / x
//	[1/0.35, 28):     the same with other R, S
//
// with exp(-x²) computed as exp(-z²)*exp((z-x)(z+x)), z being x cut to 20
// mantissa bits, so that z² is exact.

// polyval evaluates c[0] + z*(c[1] + z*(c[2] + ...)), innermost first.
func polyval(z float64, c []float64) float64 {
	n := len(c) - 1
	p := c[n]
	for i := n - 1; i >= 0; i-- {
		p = c[i] + z*p
	}
	return p
}

const (
	erx  = 8.45062911510467529297e-01 // 0x3FEB0AC160000000
	efx  = 1.28379167095512586316e-01 // 2/√π - 1, 0x3FC06EBA8214DB69
	efx8 = 1.02703333676410069053e+00 // 8*efx, 0x3FF06EBA8214DB69
)

var (
	// [0, 0.84375)
	erfPP = []float64{
		1.28379167095512558561e-01,  // 0x3FC06EBA8214DB68
		-3.25042107247001499370e-01, // 0xBFD4CD7D691CB913
		-2.84817495755985104766e-02, // 0xBF9D2A51DBD7194F
		-5.77027029648944159157e-03, // 0xBF77A291236668E4
		-2.37630166566501626084e-05, // 0xBEF8EAD6120016AC
	}
	erfQQ = []float64{
		1,
		3.97917223959155352819e-01,  // 0x3FD97779CDDADC09
		6.50222499887672944485e-02,  // 0x3FB0A54C5536CEBA
		5.08130628187576562776e-03,  // 0x3F74D022C4D36B0F
		1.32494738004321644526e-04,  // 0x3F215DC9221C1A10
		-3.96022827877536812320e-06, // 0xBED09C4342A26120
	}
	// [0.84375, 1.25)
	erfPA = []float64{
		-2.36211856075265944077e-03, // 0xBF6359B8BEF77538
		4.14856118683748331666e-01,  // 0x3FDA8D00AD92B34D
		-3.72207876035701323847e-01, // 0xBFD7D240FBB8C3F1
		3.18346619901161753674e-01,  // 0x3FD45FCA805120E4
		-1.10894694282396677476e-01, // 0xBFBC63983D3E28EC
		3.54783043256182359371e-02,  // 0x3FA22A36599795EB
		-2.16637559486879084300e-03, // 0xBF61BF380A96073F
	}
	erfQA = []float64{
		1,
		1.06420880400844228286e-01, // 0x3FBB3E6618EEE323
		5.40397917702171048937e-01, // 0x3FE14AF092EB6F33
		7.18286544141962662868e-02, // 0x3FB2635CD99FE9A7
		1.26171219808761642112e-01, // 0x3FC02660E763351F
		1.36370839120290507362e-02, // 0x3F8BEDC26B51DD1C
		1.19844998467991074170e-02, // 0x3F888B545735151D
	}
	// [1.25, 1/0.35)
	erfRA = []float64{
		-9.86494403484714822705e-03, // 0xBF843412600D6435
		-6.93858572707181764372e-01, // 0xBFE63416E4BA7360
		-1.05586262253232909814e+01, // 0xC0251E0441B0E726
		-6.23753324503260060396e+01, // 0xC04F300AE4CBA38D
		-1.62396669462573470355e+02, // 0xC0644CB184282266
		-1.84605092906711035994e+02, // 0xC067135CEBCCABB2
		-8.12874355063065934246e+01, // 0xC054526557E4D2F2
		-9.81432934416914548592e+00, // 0xC023A0EFC69AC25C
	}
	erfSA = []float64{
		1,
		1.96512716674392571292e+01,  // 0x4033A6B9BD707687
		1.37657754143519042600e+02,  // 0x4061350C526AE721
		4.34565877475229228821e+02,  // 0x407B290DD58A1A71
		6.45387271733267880336e+02,  // 0x40842B1921EC2868
		4.29008140027567833386e+02,  // 0x407AD02157700314
		1.08635005541779435134e+02,  // 0x405B28A3EE48AE2C
		6.57024977031928170135e+00,  // 0x401A47EF8E484A93
		-6.04244152148580987438e-02, // 0xBFAEEFF2EE749A62
	}
	// [1/0.35, 28)
	erfRB = []float64{
		-9.86494292470009928597e-03, // 0xBF84341239E86F4A
		-7.99283237680523006574e-01, // 0xBFE993BA70C285DE
		-1.77579549177547519889e+01, // 0xC031C209555F995A
		-1.60636384855821916062e+02, // 0xC064145D43C5ED98
		-6.37566443368389627722e+02, // 0xC083EC881375F228
		-1.02509513161107724954e+03, // 0xC09004616A2E5992
		-4.83519191608651397019e+02, // 0xC07E384E9BDC383F
	}
	erfSB = []float64{
		1,
		3.03380607434824582924e+01,  // 0x403E568B261D5190
		3.25792512996573918826e+02,  // 0x40745CAE221B9F0A
		1.53672958608443695994e+03,  // 0x409802EB189D5118
		3.19985821950859553908e+03,  // 0x40A8FFB7688C246A
		2.55305040643316442583e+03,  // 0x40A3F219CEDF3BE6
		4.74528541206955367215e+02,  // 0x407DA874E79FE763
		-2.24409524465858183362e+01, // 0xC03670E242712D62
	}
)

// Erf returns the error function of x.
func Erf(x float64) float64 {
	const (
		veryTiny = 2.848094538889218e-306 // 0x0080000000000000
		small    = 1.0 / (1 << 28)
	)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < 0.84375 {
		var r float64
		switch {
		case x < veryTiny:
			r = 0.125 * (8.0*x + efx8*x) // scaled so as not to underflow
		case x < small:
			r = x + efx*x
		default:
			z := x * x
			r = x + x*(polyval(z, erfPP)/polyval(z, erfQQ))
		}
		if neg {
			return -r
		}
		return r
	}
	if x < 1.25 {
		s := x - 1
		pq := polyval(s, erfPA) / polyval(s, erfQA)
		if neg {
			return -erx - pq
		}
		return erx + pq
	}
	if x >= 6 {
		if neg {
			return -1
		}
		return 1
	}
	s := 1 / (x * x)
	var rs float64
	if x < 1/0.35 {
		rs = polyval(s, erfRA) / polyval(s, erfSA)
	} else {
		rs = polyval(s, erfRB) / polyval(s, erfSB)
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	r := Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+rs)
	if neg {
		return r/x - 1
	}
	return 1 - r/x
}

// Erfc returns the complementary error function of x, 1 - Erf(x).
func Erfc(x float64) float64 {
	const tiny = 1.0 / (1 << 56)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < 0.84375 {
		var r float64
		if x < tiny {
			r = x
		} else {
			z := x * x
			y := polyval(z, erfPP) / polyval(z, erfQQ)
			if x < 0.25 {
				r = x + x*y
			} else {
				r = 0.5 + (x*y + (x - 0.5))
			}
		}
		if neg {
			return 1 + r
		}
		return 1 - r
	}
	if x < 1.25 {
		s := x - 1
		pq := polyval(s, erfPA) / polyval(s, erfQA)
		if neg {
			return 1 + erx + pq
		}
		return 1 - erx - pq
	}
	if x >= 28 {
		if neg {
			return 2
		}
		return 0
	}
	s := 1 / (x * x)
	var rs float64
	if x < 1/0.35 {
		rs = polyval(s, erfRA) / polyval(s, erfSA)
	} else {
		if neg && x > 6 {
			return 2
		}
		rs = polyval(s, erfRB) / polyval(s, erfSB)
	}
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	r := Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+rs)
	if neg {
		return 2 - r/x
	}
	return r / x
}

// Coefficients of Erfinv's rational approximations (Giles, "Approximating
// the erfinv function", with the central range of Blair et al.).
var (
	erfinvA = []float64{
		1.1975323115670912564578e0, 4.7072688112383978012285e1,
		6.9706266534389598238465e2, 4.8548868893843886794648e3,
		1.6235862515167575384252e4, 2.3782041382114385731252e4,
		1.1819493347062294404278e4, 8.8709406962545514830200e2,
	}
	erfinvB = []float64{
		1.0000000000000000000e0, 4.2313330701600911252e1,
		6.8718700749205790830e2, 5.3941960214247511077e3,
		2.1213794301586595867e4, 3.9307895800092710610e4,
		2.8729085735721942674e4, 5.2264952788528545610e3,
	}
	erfinvC = []float64{
		1.42343711074968357734e0, 4.63033784615654529590e0,
		5.76949722146069140550e0, 3.64784832476320460504e0,
		1.27045825245236838258e0, 2.41780725177450611770e-1,
		2.27238449892691845833e-2, 7.74545014278341407640e-4,
	}
	erfinvD = []float64{
		1.4142135623730950488016887e0, 2.9036514445419946173133295e0,
		2.3707661626024532365971225e0, 9.7547832001787427186894837e-1,
		2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
		7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9,
	}
	erfinvE = []float64{
		6.65790464350110377720e0, 5.46378491116411436990e0,
		1.78482653991729133580e0, 2.96560571828504891230e-1,
		2.65321895265761230930e-2, 1.24266094738807843860e-3,
		2.71155556874348757815e-5, 2.01033439929228813265e-7,
	}
	erfinvF = []float64{
		1.414213562373095048801689e0, 8.482908416595164588112026e-1,
		1.936480946950659106176712e-1, 2.103693768272068968719679e-2,
		1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
		2.010321207683943062279931e-7, 2.891024605872965461538222e-15,
	}
)

// hornerUp evaluates ((c[n]*r + c[n-1])*r + ...)*r + c[0].
func hornerUp(r float64, c []float64) float64 {
	n := len(c) - 1
	p := c[n]
	for i := n - 1; i >= 0; i-- {
		p = p*r + c[i]
	}
	return p
}

// Erfinv returns the inverse error function of x.
func Erfinv(x float64) float64 {
	if IsNaN(x) || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	if x <= 0.85 {
		t := 0.180625 - 0.25*x*x
		r = (x * hornerUp(t, erfinvA)) / hornerUp(t, erfinvB)
	} else {
		t := Sqrt(Ln2 - Log(1.0-x))
		if t <= 5.0 {
			t -= 1.6
			r = hornerUp(t, erfinvC) / hornerUp(t, erfinvD)
		} else {
			t -= 5.0
			r = hornerUp(t, erfinvE) / hornerUp(t, erfinvF)
		}
	}
	if neg {
		return -r
	}
	return r
}

// Erfcinv returns the inverse of Erfc(x).
func Erfcinv(x float64) float64 {
	return Erfinv(1 - x)
}
