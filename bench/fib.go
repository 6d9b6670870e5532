//go:build ignore

// fib: the naive doubly recursive Fibonacci function (calls and returns).
// Usage: fib N.

package main

import (
	"fmt"
	"os"
	"strconv"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := 20
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	fmt.Printf("fib(%d) = %d\n", n, fib(n))
}
