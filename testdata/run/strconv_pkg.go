// The strconv package: Itoa, Atoi with errors, FormatFloat, ParseFloat,
// ParseInt, Quote.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9223372036854775807))
	for _, s := range []string{"42", "-17", "+5", "", "abc", "12a", "99999999999999999999", " 1", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("  func", ne.Func, "num", strconv.Quote(ne.Num), "err", ne.Err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
			}
		}
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-80", 16, 8}, {"80", 16, 8}, {"0x1f", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"1_000", 0, 64}, {"777", 8, 16}, {"zz", 36, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	for _, f := range []float64{0, 1, -1.5, 3.141592653589793, 1e21, 1e-7, 123456789.125, 0.1} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'E', -1, 64))
	}
	for _, s := range []string{"3.14", "-0", "1e10", "1e400", "inf", "-Inf", "NaN", "0x1p-2", ".5", "1.", "abc", "1e", "4.9e-324", "2.5e-324"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	fmt.Println(strconv.Quote("hello \"world\"\n\t\x00é世\xff"), strconv.QuoteToASCII("é世😀"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(uq, err)
	_, err = strconv.Unquote(`"unterminated`)
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(18446744073709551615, 36), strconv.FormatBool(true))
	bv, err := strconv.ParseBool("T")
	fmt.Println(bv, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), -42, 10)), string(strconv.AppendQuote(nil, "q")))
}
