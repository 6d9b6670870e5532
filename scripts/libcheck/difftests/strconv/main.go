// Differential test: strconv (Go code around the float natives), math.
package main

import (
	"fmt"
	"math"
	"os"
	"reflect"
	"strconv"

	gmath "gotslib/math"
	gbits "gotslib/math/bits"
	"math/bits"
	gstrconv "gotslib/strconv"
)

var fails int

func check(what string, want, got any) {
	if !reflect.DeepEqual(want, got) {
		fails++
		if fails < 40 {
			fmt.Printf("%s:\n\twant %#v\n\tgot  %#v\n", what, want, got)
		}
	}
}

func es(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

var intInputs = []string{
	"", "0", "-0", "+0", "1", "-1", "+1", "12345", "-12345", "9223372036854775807", "9223372036854775808",
	"-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
	"99999999999999999999999", "0x1f", "0X1F", "0b101", "0o17", "017", "0_1", "1_000", "1__0", "_1", "1_",
	"0x_1f", "0x", "0b", "0o", "08", "12a", "a12", " 1", "1 ", "+", "-", "0xg", "255", "256", "-128", "-129",
	"127", "128", "z", "Z", "zz", "0x8000000000000000", "-0x8000000000000000", "1e3", "٣",
}

var floatInputs = []string{
	"", "0", "-0", "1", "1.5", "-1.5", ".5", "5.", ".", "1e10", "1E-10", "1e", "1e+", "1e400", "-1e400", "1e-400",
	"inf", "+Inf", "-INF", "infinity", "-Infinity", "infin", "nan", "NaN", "-nan", "0x1p-2", "0x1.8p1", "0x1.8",
	"0x.8p1", "0X1P+3", "1_000.5", "1__0.5", "_1.0", "0x_1p0", "0x1_0p0", "123456789012345678901234567890",
	"3.4e38", "3.5e38", "1e-45", "1e-46", "2.2250738585072014e-308", "4.9e-324", "1.7976931348623157e308",
	"1.7976931348623159e308", "0.1", "0.30000000000000004", "1e23", "8.41e21", "  1", "1x", "+.e1",
	"0x1p1024", "0x1p-1075", "00012", "0b101", "1e1_0", "1.5e-1_0", "0.000_1",
}

var quoteInputs = []string{
	"", "abc", "héllo", "\x00\x01\a\b\f\n\r\t\v\x7f", "\"quote\" and \\", "'single'", "\xff\xfe", "日本",
	"\u2028\u00a0\u200b\ufeff", "`back`", "\U0001F600", "\xed\xa0\x80", "a\u0300", "\u0378",
}

var unquoteInputs = []string{
	`""`, `"abc"`, `"a\nb"`, `"\x41\101\u00e9\U0001F600"`, `"\xff"`, `"\400"`, `"\u00"`, `"unterminated`,
	`'a'`, `'ab'`, `''`, `'\''`, `'"'`, `"\'"`, `'\x41'`, `'\xff'`, "`raw\\n`", "`a\rb`", "`a`b`", `"a"b`,
	`"\q"`, "\"a\nb\"", `"\ud800"`, `'é'`, `'\u00e9'`, "\"\xff\"", "'\xff'", `"`, `x`, `"\"`,
}

func main() {
	for _, s := range intInputs {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bs := range []int{0, 8, 32, 64, 65} {
				v1, e1 := strconv.ParseInt(s, base, bs)
				v2, e2 := gstrconv.ParseInt(s, base, bs)
				check(fmt.Sprintf("ParseInt(%q,%d,%d)", s, base, bs), []any{v1, es(e1)}, []any{v2, es(e2)})
				u1, e1 := strconv.ParseUint(s, base, bs)
				u2, e2 := gstrconv.ParseUint(s, base, bs)
				check(fmt.Sprintf("ParseUint(%q,%d,%d)", s, base, bs), []any{u1, es(e1)}, []any{u2, es(e2)})
			}
		}
		a1, e1 := strconv.Atoi(s)
		a2, e2 := gstrconv.Atoi(s)
		check(fmt.Sprintf("Atoi(%q)", s), []any{a1, es(e1)}, []any{a2, es(e2)})
		b1, e1 := strconv.ParseBool(s)
		b2, e2 := gstrconv.ParseBool(s)
		check(fmt.Sprintf("ParseBool(%q)", s), []any{b1, es(e1)}, []any{b2, es(e2)})
	}
	for _, s := range floatInputs {
		for _, bs := range []int{32, 64} {
			f1, e1 := strconv.ParseFloat(s, bs)
			f2, e2 := gstrconv.ParseFloat(s, bs)
			check(fmt.Sprintf("ParseFloat(%q,%d)", s, bs), []any{math.Float64bits(f1), es(e1)}, []any{math.Float64bits(f2), es(e2)})
		}
		for _, cs := range []string{s, s + "i", "(" + s + "+2i)", s + "-" + s + "i", "1+" + s + "i"} {
			c1, e1 := strconv.ParseComplex(cs, 128)
			c2, e2 := gstrconv.ParseComplex(cs, 128)
			check(fmt.Sprintf("ParseComplex(%q)", cs), fmt.Sprint(c1, es(e1)), fmt.Sprint(c2, es(e2)))
		}
	}
	ints := []int64{0, 1, -1, 9, 10, -10, 255, 1 << 31, -1 << 63, 1<<63 - 1, 123456789}
	for _, i := range ints {
		for base := 2; base <= 36; base++ {
			check("FormatInt", strconv.FormatInt(i, base), gstrconv.FormatInt(i, base))
			check("FormatUint", strconv.FormatUint(uint64(i), base), gstrconv.FormatUint(uint64(i), base))
		}
		check("Itoa", strconv.Itoa(int(i)), gstrconv.Itoa(int(i)))
		check("AppendInt", strconv.AppendInt([]byte("x"), i, 10), gstrconv.AppendInt([]byte("x"), i, 10))
	}
	check("FormatComplex", strconv.FormatComplex(complex(1.5, -2), 'g', -1, 128), gstrconv.FormatComplex(complex(1.5, -2), 'g', -1, 128))
	check("FormatComplex64", strconv.FormatComplex(complex(1.1, 2.2), 'f', 3, 64), gstrconv.FormatComplex(complex(1.1, 2.2), 'f', 3, 64))
	for _, s := range quoteInputs {
		check("Quote "+s, strconv.Quote(s), gstrconv.Quote(s))
		check("QuoteToASCII "+s, strconv.QuoteToASCII(s), gstrconv.QuoteToASCII(s))
		check("QuoteToGraphic "+s, strconv.QuoteToGraphic(s), gstrconv.QuoteToGraphic(s))
		check("CanBackquote "+s, strconv.CanBackquote(s), gstrconv.CanBackquote(s))
		for _, r := range s {
			check("QuoteRune", strconv.QuoteRune(r), gstrconv.QuoteRune(r))
			check("QuoteRuneToASCII", strconv.QuoteRuneToASCII(r), gstrconv.QuoteRuneToASCII(r))
			check("QuoteRuneToGraphic", strconv.QuoteRuneToGraphic(r), gstrconv.QuoteRuneToGraphic(r))
		}
	}
	for _, r := range []rune{-1, 0xd800, 0x110000, 0xfffd, 0x7f, 0x85} {
		check("QuoteRune bad", strconv.QuoteRune(r), gstrconv.QuoteRune(r))
	}
	for _, s := range append(unquoteInputs, quoteInputs...) {
		u1, e1 := strconv.Unquote(s)
		u2, e2 := gstrconv.Unquote(s)
		check("Unquote "+s, []any{u1, es(e1)}, []any{u2, es(e2)})
		p1, e1 := strconv.QuotedPrefix(s + "tail")
		p2, e2 := gstrconv.QuotedPrefix(s + "tail")
		check("QuotedPrefix "+s, []any{p1, es(e1)}, []any{p2, es(e2)})
	}
	for r := rune(0); r < 0x30000; r++ {
		if strconv.IsPrint(r) != gstrconv.IsPrint(r) || strconv.IsGraphic(r) != gstrconv.IsGraphic(r) {
			check(fmt.Sprintf("IsPrint/IsGraphic %U", r), strconv.IsPrint(r), gstrconv.IsPrint(r))
		}
	}
	// math: the Go-code functions.
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 3.7, -3.7, 1e300, -1e-300, 5e-324,
		math.Inf(1), math.Inf(-1), math.NaN(), 4503599627370496.5, 1 << 53, 123456.789, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, x := range fs {
		check(fmt.Sprint("Round ", x), fmt.Sprint(math.Round(x)), fmt.Sprint(gmath.Round(x)))
		check(fmt.Sprint("RoundToEven ", x), fmt.Sprint(math.RoundToEven(x)), fmt.Sprint(gmath.RoundToEven(x)))
		f1, e1 := math.Frexp(x)
		f2, e2 := gmath.Frexp(x)
		check(fmt.Sprint("Frexp ", x), fmt.Sprint(f1, e1), fmt.Sprint(f2, e2))
		i1, r1 := math.Modf(x)
		i2, r2 := gmath.Modf(x)
		check(fmt.Sprint("Modf ", x), fmt.Sprint(i1, r1, math.Signbit(i1), math.Signbit(r1)), fmt.Sprint(i2, r2, gmath.Signbit(i2), gmath.Signbit(r2)))
		check(fmt.Sprint("Ilogb ", x), math.Ilogb(x), gmath.Ilogb(x))
		check(fmt.Sprint("Logb ", x), fmt.Sprint(math.Logb(x)), fmt.Sprint(gmath.Logb(x)))
		check(fmt.Sprint("Abs ", x), fmt.Sprint(math.Abs(x)), fmt.Sprint(gmath.Abs(x)))
		for _, e := range []int{-1100, -1074, -1022, -1, 0, 1, 52, 1023, 1100} {
			check(fmt.Sprint("Ldexp ", x, e), math.Float64bits(math.Ldexp(x, e)), math.Float64bits(gmath.Ldexp(x, e)))
		}
		for _, y := range fs {
			check(fmt.Sprint("Max ", x, y), math.Float64bits(math.Max(x, y)), math.Float64bits(gmath.Max(x, y)))
			check(fmt.Sprint("Min ", x, y), math.Float64bits(math.Min(x, y)), math.Float64bits(gmath.Min(x, y)))
			check(fmt.Sprint("Dim ", x, y), fmt.Sprint(math.Dim(x, y)), fmt.Sprint(gmath.Dim(x, y)))
			check(fmt.Sprint("Remainder ", x, y), fmt.Sprint(math.Remainder(x, y)), fmt.Sprint(gmath.Remainder(x, y)))
			check(fmt.Sprint("Nextafter ", x, y), fmt.Sprint(math.Nextafter(x, y)), fmt.Sprint(gmath.Nextafter(x, y)))
			check(fmt.Sprint("Nextafter32 ", x, y), fmt.Sprint(math.Nextafter32(float32(x), float32(y))), fmt.Sprint(gmath.Nextafter32(float32(x), float32(y))))
		}
	}
	for n := -330; n < 320; n++ {
		check(fmt.Sprint("Pow10 ", n), math.Pow10(n), gmath.Pow10(n))
	}
	us := []uint64{0, 1, 2, 3, 7, 8, 255, 256, 1<<32 - 1, 1 << 32, 1<<63 + 5, 1<<64 - 1, 0xdeadbeefcafebabe}
	for _, x := range us {
		check("Len64", bits.Len64(x), gbits.Len64(x))
		check("OnesCount64", bits.OnesCount64(x), gbits.OnesCount64(x))
		check("TrailingZeros64", bits.TrailingZeros64(x), gbits.TrailingZeros64(x))
		check("Reverse64", bits.Reverse64(x), gbits.Reverse64(x))
		check("Reverse8", bits.Reverse8(uint8(x)), gbits.Reverse8(uint8(x)))
		check("ReverseBytes32", bits.ReverseBytes32(uint32(x)), gbits.ReverseBytes32(uint32(x)))
		check("RotateLeft64", bits.RotateLeft64(x, -7), gbits.RotateLeft64(x, -7))
		check("RotateLeft16", bits.RotateLeft16(uint16(x), 5), gbits.RotateLeft16(uint16(x), 5))
		for _, y := range us {
			h1, l1 := bits.Mul64(x, y)
			h2, l2 := gbits.Mul64(x, y)
			check("Mul64", [2]uint64{h1, l1}, [2]uint64{h2, l2})
			s1, c1 := bits.Add64(x, y, 1)
			s2, c2 := gbits.Add64(x, y, 1)
			check("Add64", [2]uint64{s1, c1}, [2]uint64{s2, c2})
			d1, b1 := bits.Sub64(x, y, 1)
			d2, b2 := gbits.Sub64(x, y, 1)
			check("Sub64", [2]uint64{d1, b1}, [2]uint64{d2, b2})
			if y != 0 {
				hi := x % y
				q1, r1 := bits.Div64(hi, x, y)
				q2, r2 := gbits.Div64(hi, x, y)
				check(fmt.Sprint("Div64 ", hi, x, y), [2]uint64{q1, r1}, [2]uint64{q2, r2})
				check("Rem64", bits.Rem64(x, y, y), gbits.Rem64(x, y, y))
			}
		}
	}
	if fails > 0 {
		fmt.Println(fails, "mismatches")
		os.Exit(1)
	}
}
