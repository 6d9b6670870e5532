// Closures: capture by reference, per-iteration loop variables (Go 1.22),
// recursion through closure variables, closures returned from functions,
// func values compared with nil.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	next2, _ := counter()
	fmt.Println(next2(), next())
	// capture by reference
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	// per-iteration loop variables
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	// loop var modified in body is per-iteration copy
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	for i := range 3 {
		defer func() { fmt.Print("deferred ", i, "\n") }()
	}
	// shared variable declared outside the loop
	var shared []func() int
	j := 0
	for j = 0; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	fmt.Println(shared[0](), shared[1](), shared[2]())
	// recursion via closure variable
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	var even, odd func(int) bool
	even = func(n int) bool { return n == 0 || odd(n-1) }
	odd = func(n int) bool { return n != 0 && even(n-1) }
	fmt.Println(even(10), odd(7), even(7))
	// returned closures
	a := adder(10)
	fmt.Println(a(1), a(2), a(3))
	c := compose(func(x int) int { return x * 2 }, func(x int) int { return x + 3 })
	fmt.Println(c(4))
	// func values and nil
	var nf func()
	fmt.Println(nf == nil, inc != nil)
	nf = inc
	fmt.Println(nf == nil)
	nf()
	fmt.Println(x)
	// immediately invoked
	r := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(r)
	// closure capturing struct and slice
	type S struct{ n int }
	s := S{1}
	sl := []int{1}
	mod := func() { s.n = 2; sl[0] = 2; sl = append(sl, 3) }
	mod()
	fmt.Println(s, sl)
	// nested closures
	outer := func() func() int {
		k := 0
		return func() int {
			return func() int { k += 10; return k }()
		}
	}()
	fmt.Println(outer(), outer())
	fmt.Printf("%T %T\n", fib, compose)
}
