// The first slice of the VM: scalar locals, arithmetic with Go's wrapping,
// control flow, calls and recursion, println and fmt.Println of basic values.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func collatz(n int64) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	s := 0
	for i := 0; i < 1000; i++ {
		if i%3 == 0 {
			continue
		}
		s += (i * i) % 7
		if s > 100000 {
			break
		}
	}
	var u uint8 = 250
	u += 10
	var i32 int32 = 2147483647
	i32++
	var big int64 = 9223372036854775807
	big++
	var ub uint64 = 0
	ub--
	x := 1.5
	println("println:", 3, x, true, u, -7)
	fmt.Println(s, fib(20), collatz(27), x*2, "done", u, i32, big, ub)
	fmt.Println(1e6, 123456.0, 1234567.0, 0.000012, float32(0.1), 3/2, -7/2, -7%3, 7>>1, -8>>1, 1<<62)
	fmt.Print("a", 1, 2, "b", 3.5, true, "\n")
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b, a < b && b > 0, !(a == 2) || b == 1, "x"+"y" == "xy", "abc" < "abd")
	fmt.Println(string(rune(19990)), int('A'), float64(7)/2, int(-x*2), uint32(u)+4294967295)
}
