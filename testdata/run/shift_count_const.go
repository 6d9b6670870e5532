// Untyped constant shift counts of any kind (integer, float, complex)
// representable as uint.
package main

import (
	"fmt"
	"math"
)

func main() {
	var x int = 1
	var u uint8 = 3
	fmt.Println(x<<1., x<<(1+0i), x<<0i, x<<(2.0+0i)>>1)
	fmt.Println(x<<(1<<x), x<<(1.<<x), x<<((1+0i)<<x), x<<(0i<<x))
	const M = math.MaxUint
	fmt.Println(x<<(M+0), x<<(M+0.), x<<(M+0.+0i), u>>(1+0i))
	x <<= 3 + 0i
	u <<= 2.0
	fmt.Println(x, u)
}
