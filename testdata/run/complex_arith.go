// complex64 / complex128 arithmetic, builtins and printing.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(real(a), imag(a), real(b*b), imag(a*a))
	fmt.Println(a == complex(1, 2), a != b)
	var c64 complex64 = complex(float32(1)/3, 0.1)
	fmt.Println(c64, c64*c64, c64/complex(2, 0), real(c64), imag(c64))
	fmt.Printf("%T %T %T\n", c64, a, real(c64))
	var z complex128
	fmt.Println(z, a/z, cmplx.Abs(b), cmplx.Sqrt(-1), cmplx.Conj(a))
	inf := complex(math.Inf(1), 0)
	fmt.Println(inf, inf*a, cmplx.IsInf(inf), cmplx.IsNaN(complex(math.NaN(), 0)))
	fmt.Printf("%v %.2f %g %e %+.1f %8.2f|\n", a, a, b, a, b, a)
	println(a, c64, b)
	// division of large and small values
	big := complex(1e300, 1e300)
	fmt.Println(big/big, big/complex(1e-300, 1e-300))
	fmt.Println(complex64(a)/complex64(b), complex128(complex64(a/b)))
	// powers
	p := complex(1, 1)
	for i := 0; i < 5; i++ {
		p *= complex(1, 1)
	}
	fmt.Println(p)
	fmt.Println(cmplx.Exp(complex(0, math.Pi)), cmplx.Pow(1i, 2))
	x := 2i
	x += 1
	x *= x
	fmt.Println(x, 1i*1i)
}
