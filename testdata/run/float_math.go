// math functions.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(-1), math.Sqrt(math.Inf(1)), math.Sqrt(0))
	fmt.Println(math.Floor(2.7), math.Floor(-2.7), math.Ceil(2.1), math.Ceil(-2.1), math.Trunc(-2.7), math.Round(2.5), math.Round(-0.4))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsNaN(1))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0), math.Mod(math.Inf(1), 2), math.Mod(3, math.Inf(1)))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(10, -3), math.Pow(0, -1), math.Pow(-2, 3), math.Pow(1.0001, 10000))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Hypot(3, 4), math.Cbrt(27))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log(0), math.Log(-1), math.Log1p(1e-10))
	fmt.Printf("%.6f %.6f %.6f %.6f %.6f\n", math.Sin(1), math.Cos(1), math.Tan(1), math.Atan(1), math.Atan2(1, -1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(0.5), math.Acos(0.5), math.Sinh(1))
	frac, exp := math.Frexp(12.5)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp, math.Remainder(7, 4), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Nextafter(1, 2), math.Nextafter32(1, 2), math.FMA(2, 3, 4))
	sum := 0.0
	for i := 1; i <= 100; i++ {
		sum += math.Sqrt(float64(i))
	}
	fmt.Println(sum)
}
