// gen-strconv writes the expected results of the strconv natives' differential
// tests, computed by Go's own strconv (test/lib/natives.test.ts compares gots
// with them):
//
//	ftoa: lines "BITS FMT PREC BITSIZE<TAB>FormatFloat(...)", BITS the float64's bits in hex;
//	atof: lines "LITERAL<TAB>BITS64 OVF64<TAB>BITS32 OVF32": ParseFloat(lit, 64) and
//	      ParseFloat(lit, 32) as float64 bits, and whether each reported ErrRange.
//
// Values and literals come from a fixed-seed generator: random bit patterns,
// short decimals, exact decimal ties, powers of two and ten, float32 values,
// midpoints between adjacent floats (and literals just off them).
//
// Usage (the committed files: N = 4000 and 6000; larger N extend the same sequences):
//
//	(cd scripts/gen-strconv && GO111MODULE=off go run main.go ftoa 4000) | gzip -9 > testdata/lib/strconv/ftoa.txt.gz
//	(cd scripts/gen-strconv && GO111MODULE=off go run main.go atof 6000) | gzip -9 > testdata/lib/strconv/atof.txt.gz
package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
)

var state uint64 = 0x9e3779b97f4a7c15

// next is splitmix64.
func next() uint64 {
	state += 0x9e3779b97f4a7c15
	z := state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func intn(n int) int { return int(next() % uint64(n)) }

func value() (float64, bool) {
	switch intn(12) {
	case 0, 1, 2:
		for {
			f := math.Float64frombits(next())
			if !math.IsNaN(f) && !math.IsInf(f, 0) || intn(50) == 0 {
				return f, false
			}
		}
	case 3, 4:
		for {
			f := math.Float32frombits(uint32(next()))
			if !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) || intn(50) == 0 {
				return float64(f), true
			}
		}
	case 5, 6:
		// A short decimal, as parsed.
		s := strconv.Itoa(1+intn(1000000)) + "e" + strconv.Itoa(intn(80)-40)
		f, _ := strconv.ParseFloat(s, 64)
		if intn(2) == 0 {
			f32, _ := strconv.ParseFloat(s, 32)
			return f32, true
		}
		return f, false
	case 7, 8:
		// Exact decimal ties and other dyadic values with few digits.
		k := float64(intn(100000))
		f := (2*k + 1) / math.Ldexp(1, intn(12))
		if intn(3) == 0 {
			f = k * math.Ldexp(1, intn(20))
		}
		if intn(4) == 0 {
			f = float64(intn(1000)*10+5) * math.Pow(10, float64(intn(10)))
		}
		return f, float64(float32(f)) == f
	case 9:
		e := intn(2098) - 1074
		return math.Ldexp(1, e), false
	case 10:
		e := intn(277) - 149
		return math.Ldexp(1, e), true
	}
	specials := []float64{0, math.Copysign(0, -1), 5e-324, 1e-323, math.MaxFloat64, math.SmallestNonzeroFloat32,
		math.MaxFloat32, 1e23, 9007199254740993, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e21, 1e22, 123456789, 0.000001, 1e-7,
		math.Inf(1), math.Inf(-1), math.NaN(), 2.2250738585072014e-308, 2.225073858507201e-308}
	f := specials[intn(len(specials))]
	if intn(2) == 0 {
		f = -f
	}
	return f, float64(float32(f)) == f
}

var precs = []int{-1, -1, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 16, 17, 18, 19, 20, 25, 30, 50, 99, 100, 101, 120, 300, 800}

func ftoa(n int, w *bufio.Writer) {
	for i := 0; i < n; i++ {
		f, is32 := value()
		for j := 0; j < 8; j++ {
			fc := "eEfgGbxX"[intn(8)]
			if intn(3) != 0 {
				fc = "efg"[intn(3)]
			}
			prec := precs[intn(len(precs))]
			if prec > 120 && intn(4) != 0 {
				prec = intn(40)
			}
			bits := 64
			if is32 && intn(3) != 0 || intn(6) == 0 {
				bits = 32
			}
			fmt.Fprintf(w, "%x %c %d %d\t%s\n", math.Float64bits(f), fc, prec, bits, strconv.FormatFloat(f, fc, prec, bits))
		}
	}
}

// midpoint returns the exact decimal text of the value halfway between f and the next float (of the same precision) above.
func midpoint(f float64, prec uint) string {
	x := new(big.Float).SetPrec(200).SetFloat64(f)
	var up float64
	if prec == 24 {
		up = float64(math.Nextafter32(float32(f), float32(math.Inf(1))))
	} else {
		up = math.Nextafter(f, math.Inf(1))
	}
	if math.IsInf(up, 0) {
		if prec == 24 {
			up = math.Ldexp(1, 128)
		} else {
			return strconv.FormatFloat(f, 'e', -1, 64)
		}
	}
	y := new(big.Float).SetPrec(200).SetFloat64(up)
	x.Add(x, y)
	x.Quo(x, big.NewFloat(2))
	return x.Text('e', -1)
}

func digits(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(byte('0' + intn(10)))
	}
	return b.String()
}

func literal() string {
	sign := []string{"", "", "", "-", "+"}[intn(5)]
	switch intn(8) {
	case 0, 1:
		// Random decimal.
		nd := 1 + intn(25)
		if intn(10) == 0 {
			nd = 50 + intn(800)
		}
		d := digits(nd)
		dot := intn(nd + 1)
		s := d[:dot] + "." + d[dot:]
		if intn(4) == 0 {
			s = d
		}
		if intn(3) != 0 {
			s += []string{"e", "E"}[intn(2)] + []string{"", "+", "-"}[intn(3)] + strconv.Itoa(intn(400))
		}
		return sign + s
	case 2, 3:
		// A float32 midpoint, exact or perturbed in its last digits.
		f := float64(math.Float32frombits(uint32(next()) & 0x7fffffff))
		if math.IsNaN(f) || math.IsInf(f, 0) {
			f = math.MaxFloat32
		}
		return sign + perturb(midpoint(f, 24))
	case 4:
		f := math.Float64frombits(next() & 0x7fffffffffffffff)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			f = math.MaxFloat64
		}
		return sign + perturb(midpoint(f, 53))
	case 5:
		// Hexadecimal.
		nd := 1 + intn(20)
		h := "0123456789abcdefABCDEF"
		var b strings.Builder
		for i := 0; i < nd; i++ {
			b.WriteByte(h[intn(len(h))])
		}
		s := b.String()
		if intn(2) == 0 {
			dot := intn(nd + 1)
			s = s[:dot] + "." + s[dot:]
		}
		return sign + []string{"0x", "0X"}[intn(2)] + s + []string{"p", "P"}[intn(2)] + []string{"", "+", "-"}[intn(3)] + strconv.Itoa(intn(1200))
	case 6:
		// Short decimals near the ends of the ranges.
		e := []int{38, 39, -38, -45, -46, 308, 309, -308, -323, -324}[intn(10)]
		return sign + digits(1+intn(8)) + "e" + strconv.Itoa(e-intn(8))
	}
	f := math.Float64frombits(next() & 0x7fffffffffffffff)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		f = 1
	}
	return sign + strconv.FormatFloat(f, 'g', intn(20)-1, 64)
}

func perturb(s string) string {
	// s is d.ddde±x: change the mantissa's last digit or append digits.
	e := strings.IndexByte(s, 'e')
	m, x := s[:e], s[e:]
	switch intn(4) {
	case 0:
		return s
	case 1:
		return m + "0000001" + x
	case 2:
		return m + digits(1+intn(5)) + x
	}
	last := m[len(m)-1]
	if last > '0' {
		return m[:len(m)-1] + string(last-1) + "9999" + x
	}
	return s
}

func atof(n int, w *bufio.Writer) {
	for i := 0; i < n; i++ {
		lit := literal()
		f64, e64 := strconv.ParseFloat(lit, 64)
		f32, e32 := strconv.ParseFloat(lit, 32)
		if e64 != nil && !errors.Is(e64, strconv.ErrRange) || e32 != nil && !errors.Is(e32, strconv.ErrRange) {
			panic(lit)
		}
		fmt.Fprintf(w, "%s\t%x %t\t%x %t\n", lit, math.Float64bits(f64), e64 != nil, math.Float64bits(f32), e32 != nil)
	}
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	n, _ := strconv.Atoi(os.Args[2])
	switch os.Args[1] {
	case "ftoa":
		ftoa(n, w)
	case "atof":
		atof(n, w)
	}
}
