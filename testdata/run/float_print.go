// Printing floats with println (runtime format) and fmt verbs.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.5, 100, 1234.5678, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789, 3.14159265358979,
		-0.000123, 6.02214076e23, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range vals {
		println(v)
		fmt.Println(v)
		fmt.Printf("%v|%g|%e|%f|%.3f|%G|%E|%.2e|%10.3f|%-10.2g|%+.1f|%08.3f|%.0f|%.10g\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	f32s := []float32{0.1, 1.0 / 3, 16777216, 3.4e38, 1e-45, 2.5, 0.3}
	for _, v := range f32s {
		println(v)
		fmt.Println(v)
		fmt.Printf("%v|%g|%e|%f|%.3f\n", v, v, v, v, v)
	}
	fmt.Printf("%6.2f|%-8.3e|%+g|% g|%#g|%#.3g|%#v|%#v\n", 3.14159, 31415.9, 2.0, 2.0, 2.0, 1.0, 2.0, 1e21)
	fmt.Printf("%.*f|%*.*f|%-*g|\n", 2, math.Pi, 10, 4, math.Pi, 8, 1.5)
	fmt.Printf("%x %X %b\n", 1.5, -0.25, 1.0)
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2, float32(1)/3)
	fmt.Print(1.5, 2.5, "\n")
	s := fmt.Sprint(1e100, 1e-100, -0.0)
	fmt.Println(s)
	println(float32(1e10), 1e100, -1e-100)
}
