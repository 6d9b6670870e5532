// Complex division with infinite, NaN and zero operands follows the
// runtime's complex128div (C99 G.5.1 corrections only for infinities).
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	zero := 0.0
	ns := []complex128{0, 1, complex(1, 2), complex(inf, 0), complex(0, inf), complex(-inf, 1), complex(nan, 0), complex(nan, nan), complex(1, nan), complex(-zero, 0)}
	for _, n := range ns {
		for _, m := range ns {
			fmt.Print(n, "/", m, "=", n/m, " ")
		}
		fmt.Println()
	}
	var c64 complex64 = complex(float32(inf), 1)
	fmt.Println(c64/complex(2, 0), complex64(1)/complex(float32(nan), float32(inf)))
}
