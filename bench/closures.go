//go:build ignore

// closures: calling closures that capture variables by reference, in loops:
// counters, accumulators, a closure passed to a higher-order function, and
// closures created per iteration.
// Usage: closures N. Prints checksums.

package main

import (
	"fmt"
	"os"
	"strconv"
)

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func apply(n int, f func(int) int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += f(i)
	}
	return s
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	next, reset := counter()
	total := 0
	for i := 0; i < n; i++ {
		total += next()
		if i%1000 == 999 {
			reset()
		}
	}
	fmt.Println("counter:", total)

	sum, prod := 0, 1
	add := func(x int) { sum += x }
	mul := func(x int) { prod = (prod * (x%7 + 1)) % 1000003 }
	for i := 0; i < n; i++ {
		add(i)
		mul(i)
	}
	fmt.Println("accumulate:", sum, prod)

	k := 3
	fmt.Println("higher-order:", apply(n, func(i int) int { return (i * k) % 11 }))

	fs := make([]func() int, 0, 100)
	acc := 0
	for i := 0; i < n/100; i++ {
		fs = fs[:0]
		for j := 0; j < 100; j++ {
			fs = append(fs, func() int { return i + j })
		}
		for _, f := range fs {
			acc += f()
		}
	}
	fmt.Println("per-iteration:", acc)
}
