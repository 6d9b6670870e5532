// strconv's float natives through the API: formatting, parsing, round trips.
package main

import (
	"math"
	"os"
	"strconv"
)

func say(s string) { os.Stdout.WriteString(s + "\n") }

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 1e21, 1e22, 1e23, 123456789, 1.0 / 3, 2.0 / 3, math.Pi, math.E,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 0.000001234, 1e-7, 100, 1e6, 123.456}
	for _, v := range vals {
		s := ""
		for _, f := range []byte("befgxEGX") {
			for _, prec := range []int{-1, 0, 3, 17} {
				s += " " + strconv.FormatFloat(v, f, prec, 64)
			}
		}
		s += " |" + strconv.FormatFloat(v, 'g', -1, 32) + " " + strconv.FormatFloat(v, 'e', 5, 32)
		say(s)
		if !math.IsNaN(v) {
			back, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64), 64)
			if back != v || err != nil {
				say("round trip failed")
			}
		}
	}
	for _, s := range []string{"1", "-1.5", "1e10", ".5", "5.", "+3", "0x1p-2", "0x1.8p1", "1_000.5", "0x_1p0", "1e400", "-1e400", "1e-400", "inf", "-Infinity", "NaN",
		"3.4028235e38", "3.4028236e38", "1.401298464324817e-45", "7e-46", "abc", "1e", "0x1", "1.5x", "", "2.2250738585072011e-308", "4.9406564584124654e-324",
		"1.00000000000000011102230246251565404236316680908203125", "1.00000000000000011102230246251565404236316680908203124",
		"0.0000000000000000000000000000000000000000000000001e49"} {
		for _, bits := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bits)
			e := "nil"
			if err != nil {
				e = err.Error()
			}
			say(strconv.Quote(s) + " " + strconv.Itoa(bits) + ": " + strconv.FormatFloat(f, 'g', -1, 64) + " " + e)
		}
	}
	c, err := strconv.ParseComplex("(1.5+2e3i)", 128)
	say(strconv.FormatComplex(c, 'g', -1, 128) + " " + strconv.FormatBool(err == nil))
	say(string(strconv.AppendFloat([]byte("x="), 0.25, 'f', 4, 64)))
}
