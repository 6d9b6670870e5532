// NaN and Inf in comparisons and arithmetic.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
	fmt.Println(inf > math.MaxFloat64, ninf < -math.MaxFloat64, inf == inf, inf-inf, inf*0, inf+ninf)
	fmt.Println(math.IsNaN(nan), math.IsNaN(inf-inf), math.IsInf(inf, 1), math.IsInf(ninf, -1), math.IsInf(ninf, 0))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero, math.IsNaN(zero/zero))
	var f32nan = float32(nan)
	fmt.Println(f32nan == f32nan, f32nan, float32(inf), float32(1e39*zero+1e300)*1e10)
	fmt.Println(math.Max(nan, 1), math.Min(1, nan), math.Max(inf, 1), math.Min(ninf, 1))
	// comparisons producing bools used in control flow
	count := 0
	for _, v := range []float64{nan, 1, inf, ninf, 0, nan} {
		if v == v {
			count++
		}
	}
	fmt.Println("non-NaN:", count)
	s := []float64{3, nan, 1, inf, ninf, 2}
	sort.Float64s(s)
	fmt.Println(s)
	// NaN in a struct comparison
	type P struct{ X float64 }
	fmt.Println(P{nan} == P{nan}, P{1} == P{1})
	a := [2]float64{nan, 1}
	fmt.Println(a == a)
	// interface comparison with NaN
	var i1, i2 interface{} = nan, nan
	fmt.Println(i1 == i2, i1 == i1)
	println(nan, inf, ninf, -zero)
	fmt.Println(math.Signbit(-zero), math.Signbit(zero), math.Copysign(3, -1))
	fmt.Printf("%v %.2f %e %g %5.1f|%-6v|\n", nan, inf, ninf, nan, inf, nan)
	fmt.Printf("%+v %+.1f % f\n", inf, nan, inf)
}
